"""The README's commands run as written.

How README.md is read (authors of the README, this is the contract):

- Every block fenced ```bash is run, in the order of the README, each in its own
  `bash -e -o pipefail` session; all blocks share one fresh folder as the working directory
  (so the default `sqlite:///alerts.db` database and `./outbox` carry over from one block to
  the next), with the virtualenv's `alerts` first on PATH and no ALERTS_* variable from the
  machine. A command that fails fails the test, naming the block and its output.
- Lines starting `make ` or `docker-compose ` (`docker compose `) are skipped: the Makefile
  and the compose file are exercised by their own tests and by CI.
- Blocks fenced any other way (```sh, ```text, ```json, none) are shown, not run. Use ```sh
  for commands a test cannot run: a process that runs until stopped, data sets outside the
  repository, minutes of CPU.
- Hosts: `https://example.org/` stands for a loopback HTTP server that serves `world.rss`
  (a feed carrying the README's wire story) and takes webhook POSTs; it is the only host
  replaced, and ALERTS_WEBHOOK_ALLOWED_HOSTS and ALERTS_FEED_ALLOWED_HOSTS let its 127.0.0.1
  through the outbound guard.
  A file the reader brings, `saved-feed.xml`, is in the folder beforehand.
"""

from __future__ import annotations

import email
import email.policy
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import format_datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from alerts.store.tables import utcnow
from tests.conftest import FIXTURES, REPO
from tests.e2e.scenario import base_env

README = REPO / "README.md"
STAND_IN = "https://example.org/"
SKIPPED = re.compile(r"^\s*(make|docker-compose|docker compose)\s")
FENCE = re.compile(r"^(\s*)```(\S*)\s*$")
WIRE_STORY = "Iraqi Airstrikes Target ISIS Militants in Syria for First Time"


@dataclass(frozen=True)
class Block:
    """One fenced ```bash block: where it starts in README.md, and its text."""

    line: int
    script: str


def bash_blocks(markdown: str) -> list[Block]:
    """The ```bash blocks, with `make` and `docker-compose` lines commented out (line
    numbers stay put for error messages)."""
    blocks: list[Block] = []
    language, start, lines = None, 0, []
    for number, line in enumerate(markdown.splitlines(), 1):
        fence = FENCE.match(line)
        if fence and language is None:
            language, start, lines = fence.group(2), number, []
        elif fence:
            if language == "bash":
                blocks.append(Block(start, "\n".join(lines) + "\n"))
            language = None
        elif language is not None:
            lines.append("# skipped: " + line if SKIPPED.match(line) else line)
    return blocks


def _wire_feed() -> str:
    published = format_datetime(utcnow())
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example World</title><link>https://example.org/</link>
<item><title>{WIRE_STORY}</title>
<link>https://example.org/world/iraq-strikes</link><guid>example-world-1</guid>
<pubDate>{published}</pubDate>
<description>&lt;p&gt;Iraqi jets carried out strikes near Albu Kamal, the Islamic State
stronghold across the border.&lt;/p&gt;&lt;p&gt;It is the first time Iraq has struck the
militants in Syria.&lt;/p&gt;</description></item>
</channel></rss>
"""


class _StandIn(SimpleHTTPRequestHandler):
    """GET serves the folder's files; POST (a webhook) is recorded and answered 200."""

    posts: list[tuple[str, bytes]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        self.posts.append((self.path, body))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


@dataclass
class StandIn:
    url: str
    posts: list[tuple[str, bytes]]


@pytest.fixture
def stand_in(tmp_path: Path) -> Iterator[StandIn]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "world.rss").write_text(_wire_feed())
    posts: list[tuple[str, bytes]] = []
    handler = type("Handler", (_StandIn,), {"posts": posts})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield StandIn(f"http://127.0.0.1:{server.server_address[1]}/", posts)
    finally:
        server.shutdown()
        server.server_close()


def test_bash_blocks_are_found_and_make_lines_skipped() -> None:
    markdown = "```bash\nmake demo\nalerts topics list\n```\n```sh\nalerts run\n```\n"
    assert bash_blocks(markdown) == [Block(1, "# skipped: make demo\nalerts topics list\n")]


def test_readme_commands_run_as_written(tmp_path: Path, stand_in: StandIn) -> None:
    blocks = bash_blocks(README.read_text(encoding="utf-8"))
    assert len(blocks) >= 3, "README.md should show its commands in ```bash blocks"
    folder = tmp_path / "reader"
    folder.mkdir()
    (folder / "saved-feed.xml").write_bytes((FIXTURES / "feeds" / "outlet-a.xml").read_bytes())
    env = base_env(webhook_allowed_hosts="127.0.0.1", feed_allowed_hosts="127.0.0.1")
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
    output = []
    for block in blocks:
        script = block.script.replace(STAND_IN, stand_in.url)
        result = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", script],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert result.returncode == 0, (
            f"README.md block at line {block.line} failed ({result.returncode}):\n"
            f"{block.script}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
        output.append(result.stdout)
    _the_story_arrived(folder, stand_in, "\n".join(output))


def _the_story_arrived(folder: Path, stand_in: StandIn, output: str) -> None:
    """What the README promises about its own story, checked on what the commands did."""
    hooks = [body for path, body in stand_in.posts if path == "/alerts/hook"]
    assert any(WIRE_STORY.encode() in body for body in hooks), "ops@ gets the Iraq webhook"
    mails = [
        email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for path in sorted((folder / "outbox").glob("*.eml"))
    ]
    to_ana = [m for m in mails if str(m["To"]) == "ana@example.org"]
    assert any(WIRE_STORY in str(m["Subject"]) for m in to_ana), "ana@ hears of it by e-mail"
    assert "Albu Kamal offensive: 'strikes' in body" in output, "the custom topic matches it"
    assert "1 stored article matches Albu Kamal offensive" in output
