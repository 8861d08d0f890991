"""`alerts digest send --now` counts in words a person would use: "with 1 story"."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.scenario import base_env, cli

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>One</title>
<item><title>Shelling near the Syria border</title><link>https://one.example/1</link>
<description>Shelling near the border with Syria went on overnight.</description></item>
</channel></rss>"""


def test_one_story_is_one_story(tmp_path: Path) -> None:
    feed = tmp_path / "one.xml"
    feed.write_text(FEED)
    env = base_env(database_url=f"sqlite:///{tmp_path / 'a.db'}")
    cli(env, "users", "add", "ana@example.org")
    cli(env, "follow", "ana@example.org", "Syria", "--mode", "daily")
    cli(env, "feeds", "add", str(feed))
    cli(env, "run", "--once")
    sent = cli(env, "digest", "send", "--now").stdout
    assert "daily digest to ana@example.org with 1 story" in sent
    assert "1 stories" not in sent
