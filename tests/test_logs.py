"""Failures say why: `error="Type: message"` on the line itself (an `error` key in JSON),
the traceback only at DEBUG; and a watcher cycle that fails on a template says which."""

from __future__ import annotations

import json
import logging
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from alerts.accounts.follows import follow
from alerts.accounts.users import add_user
from alerts.config import Settings, load_settings
from alerts.feeds.registry import add_feed
from alerts.logs import configure_logging
from alerts.models import Channel, Mode
from alerts.runner import InlineDispatcher, watch
from alerts.store.db import session_scope
from alerts.topics.taxonomy import bundled_taxonomy

BIN = Path(sys.executable).parent
FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>
<item><title>Syria ceasefire holds</title><link>https://news.example/1</link>
<description>Calm in Syria.</description></item></channel></rss>"""

_MISSING = "error=\"TemplateNotFound: 'email/instant.txt' not found in search path: '"


@pytest.fixture(autouse=True)
def _restore_logger() -> Iterator[None]:
    logger = logging.getLogger("alerts")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    yield
    logger.handlers[:], logger.level, logger.propagate = saved


def _log_failure(capsys: pytest.CaptureFixture[str], **settings: str) -> str:
    configure_logging(load_settings(**settings))
    try:
        raise ValueError('bad "value"\non two lines')
    except ValueError:
        logging.getLogger("alerts.test").error("step failed", exc_info=True, extra={"feed_id": 7})
    return capsys.readouterr().err


def test_text_line_carries_the_error(capsys: pytest.CaptureFixture[str]) -> None:
    err = _log_failure(capsys)
    assert err.count("\n") == 1, err
    assert err.rstrip().endswith(
        'error alerts.test: step failed feed_id=7 error="ValueError: bad \\"value\\"\\non two lines"'
    )
    assert "Traceback" not in err


def test_json_record_has_an_error_key(capsys: pytest.CaptureFixture[str]) -> None:
    entry = json.loads(_log_failure(capsys, log_format="json"))
    assert entry["error"] == 'ValueError: bad "value"\non two lines'
    assert entry["msg"] == "step failed" and entry["feed_id"] == 7
    assert "exc" not in entry


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_tracebacks_at_debug_only(capsys: pytest.CaptureFixture[str], log_format: str) -> None:
    err = _log_failure(capsys, log_format=log_format, log_level="debug")
    assert "Traceback (most recent call last)" in err
    assert "ValueError" in err.splitlines()[0] if log_format == "text" else '"error"' in err


def _instant_follower(settings: Settings, tmp_path: Path) -> None:
    """One feed with one Syria story, one reader who wants Syria by e-mail at once."""
    feed = tmp_path / "news.xml"
    feed.write_text(FEED)
    with session_scope(settings.database_url) as session:
        add_feed(session, str(feed), local_files=True)
        add_user(settings, session, "reader@example.org")
        follow(
            session,
            bundled_taxonomy(),
            "reader@example.org",
            "Syria",
            channel=Channel.EMAIL,
            mode=Mode.INSTANT,
        )


def test_watcher_cycle_says_which_template_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty-templates").mkdir()
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'alerts.db'}",
        outbox_dir=tmp_path / "outbox",
        templates_dir=tmp_path / "empty-templates",
        sweep_interval_s=0.01,
    )
    _instant_follower(settings, tmp_path)
    configure_logging(settings)
    asked: list[bool] = []

    def after_one_cycle() -> bool:
        asked.append(True)
        return len(asked) > 1

    watch(settings, InlineDispatcher(settings), stop=after_one_cycle)
    failures = [line for line in capsys.readouterr().err.splitlines() if "cycle failed" in line]
    assert len(failures) == 1
    assert f"cycle failed {_MISSING}{tmp_path / 'empty-templates'}'\"" in failures[0]


def test_alerts_run_logs_the_cause_from_outside(tmp_path: Path) -> None:
    """The watcher as operators start it: `alerts -v run`, stopped with SIGTERM."""
    (tmp_path / "empty-templates").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALERTS_")} | {
        "ALERTS_DATABASE_URL": f"sqlite:///{tmp_path / 'alerts.db'}",
        "ALERTS_TEMPLATES_DIR": str(tmp_path / "empty-templates"),
        "ALERTS_SWEEP_INTERVAL_S": "0.2",
    }
    _instant_follower(load_settings(database_url=env["ALERTS_DATABASE_URL"]), tmp_path)
    with subprocess.Popen(
        [str(BIN / "alerts"), "-v", "run"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        line = _first_line_with(process, "cycle failed", timeout_s=60)
        process.send_signal(signal.SIGTERM)
        rest = process.communicate(timeout=30)[1]
    assert line.rstrip().endswith(f"cycle failed {_MISSING}{tmp_path / 'empty-templates'}'\"")
    assert "Traceback" not in rest
    assert process.returncode == 0


def _first_line_with(process: subprocess.Popen[str], text: str, *, timeout_s: float) -> str:
    """The first stderr line containing `text`, waiting at most `timeout_s`."""
    assert process.stderr is not None
    deadline = time.monotonic() + timeout_s
    with selectors.DefaultSelector() as selector:
        selector.register(process.stderr, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if selector.select(timeout=deadline - time.monotonic()):
                line = process.stderr.readline()
                if text in line or not line:
                    return line
    return ""
