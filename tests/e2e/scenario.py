"""The walking-skeleton scenario, driven through the real `alerts` command.

Two feeds carry the same story (one link with `?utm_source=x` over http); user A follows
Islamic State and Syria by instant e-mail, B follows Iraq by webhook, C follows Syria in a
daily digest. The same checks run embedded (SQLite, in-process) and distributed
(PostgreSQL, Redis, Celery workers).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from standardwebhooks.webhooks import Webhook

from alerts.demo.receiver import WebhookReceiver
from tests.conftest import FIXTURES
from tests.support.smtp import SmtpSink

STORY_TITLE = "Iraqi Airstrikes Target ISIS Militants in Syria for First Time"
ALERTS = str(Path(sys.executable).with_name("alerts"))


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run `alerts ARGS`; fail the test with its output when it exits non-zero."""
    result = subprocess.run([ALERTS, *args], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, (
        f"alerts {' '.join(args)} -> {result.returncode}\n{result.stdout}\n{result.stderr}"
    )
    return result


def base_env(**alerts_vars: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALERTS_")}
    env.update({f"ALERTS_{k.upper()}": v for k, v in alerts_vars.items()})
    return env


def _recipients(sink: SmtpSink, address: str) -> list[str]:
    return [str(m["Subject"]) for m in sink.messages if str(m["To"]) == address]


def run_scenario(env: dict[str, str], smtp: SmtpSink, receiver: WebhookReceiver) -> str:
    cli(env, "feeds", "add", str(FIXTURES / "feeds" / "outlet-a.xml"), "--name", "Outlet A")
    cli(env, "feeds", "add", str(FIXTURES / "feeds" / "outlet-b.xml"), "--name", "Outlet B")
    cli(env, "users", "add", "a@example.org", "--json")
    b = json.loads(
        cli(
            env, "users", "add", "b@example.org", "--webhook", receiver.url + "/hook", "--json"
        ).stdout
    )
    cli(env, "users", "add", "c@example.org", "--tz", "Asia/Baghdad", "--json")
    cli(env, "follow", "a@example.org", "Islamic State")
    cli(env, "follow", "a@example.org", "Syria")
    cli(env, "follow", "b@example.org", "Iraq", "--channel", "webhook")
    cli(env, "follow", "c@example.org", "Syria", "--mode", "daily")

    cli(env, "run", "--once", "--timeout", "120")
    a_mail = _recipients(smtp, "a@example.org")
    assert len(a_mail) == 1 and STORY_TITLE in a_mail[0]
    assert len(smtp.messages) == 1, "C (digest) and unrelated stories must get no instant e-mail"
    message = smtp.messages[0]
    assert (
        message["List-Unsubscribe"].startswith("<")
        and "/unsubscribe?token=" in message["List-Unsubscribe"]
    )
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"]
    assert {p.get_content_type() for p in message.walk()} >= {"text/plain", "text/html"}
    text = message.get_body(("plain",)).get_content()
    assert "Outlet A" in text or "Outlet B" in text

    assert len(receiver.requests) == 1
    request = receiver.requests[0]
    payload = Webhook(b["webhook_secret"]).verify(request.body, request.headers)
    assert payload["type"] == "article.matched"
    assert payload["data"]["matched_topics"] == ["Iraq"]
    assert payload["data"]["article"]["title"] == STORY_TITLE
    assert payload["data"]["user_id"] == b["id"]
    assert {"Iraq", "Syria", "Islamic State", "Middle East"} <= set(
        payload["data"]["article"]["topics"]
    )

    cli(env, "run", "--once", "--timeout", "120")
    assert len(smtp.messages) == 1 and len(receiver.requests) == 1, (
        "a second cycle must send nothing"
    )

    cli(env, "digest", "send", "--now")
    c_mail = [m for m in smtp.messages if str(m["To"]) == "c@example.org"]
    assert len(c_mail) == 1
    assert STORY_TITLE in c_mail[0].get_body(("plain",)).get_content()
    cli(env, "digest", "send", "--now")
    assert len(smtp.messages) == 2, "a second digest run must send nothing"
    return text
