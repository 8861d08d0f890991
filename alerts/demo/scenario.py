"""The demo scenario: sample feeds, three followers, one cycle, one digest, all offline.

Everything lives in a scratch folder (SQLite database, `.eml` outbox); webhooks go to a
loopback receiver started for the occasion and are verified with the follower's secret.
"""

from __future__ import annotations

import email
import email.policy
import shutil
from contextlib import closing
from pathlib import Path

from standardwebhooks.webhooks import Webhook

from alerts.accounts.follows import follow
from alerts.accounts.users import add_user
from alerts.config import Settings, load_settings
from alerts.demo import SAMPLE_FEEDS
from alerts.demo.receiver import WebhookReceiver
from alerts.demo.report import DemoReport, StoryReport, stories
from alerts.errors import InputError
from alerts.feeds.registry import add_feed
from alerts.models import Channel, Mode
from alerts.runner import InlineDispatcher, run_cycle
from alerts.store.db import session_scope
from alerts.topics.taxonomy import bundled_taxonomy

MARKER = ".alerts-demo"
FOLLOWERS = (
    ("reader@example.org", Channel.EMAIL, Mode.INSTANT, ("Islamic State", "Syria")),
    ("ops@example.org", Channel.WEBHOOK, Mode.INSTANT, ("Iraq",)),
    ("digest@example.org", Channel.EMAIL, Mode.DAILY, ("Middle East",)),
)


def _prepare(workdir: Path) -> None:
    if workdir.exists():
        if not (workdir / MARKER).exists():
            raise InputError(f"{workdir} exists and is not a demo folder; pick another with --dir")
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    (workdir / MARKER).touch()


def _setup(settings: Settings, webhook_url: str) -> dict[str, str]:
    secrets: dict[str, str] = {}
    with session_scope(settings.database_url) as session:
        for path in sorted(SAMPLE_FEEDS.glob("*.xml")):
            add_feed(session, str(path), local_files=True)
        for address, channel, mode, topics in FOLLOWERS:
            hook = webhook_url if channel == Channel.WEBHOOK else None
            user = add_user(settings, session, address, webhook_url=hook)
            if user.webhook_secret:
                secrets[address] = user.webhook_secret
            for topic in topics:
                follow(session, bundled_taxonomy(), address, topic, channel=channel, mode=mode)
    return secrets


def _classified(settings: Settings) -> list[StoryReport]:
    with session_scope(settings.database_url) as session:
        return stories(session)


def _emails(outbox: Path) -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(outbox.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        found.append((str(message["To"]), str(message["Subject"]), str(path)))
    return found


def run_demo(workdir: Path) -> DemoReport:
    """Run the whole scenario in `workdir` (wiped first if it is an earlier demo's)."""
    workdir = workdir.resolve()
    _prepare(workdir)
    settings = load_settings(
        database_url=f"sqlite:///{workdir / 'alerts.db'}",
        outbox_dir=workdir / "outbox",
        smtp_url=None,
        broker_url=None,
        webhook_allowed_hosts=("127.0.0.1",),
    )
    report = DemoReport(workdir=workdir)
    with WebhookReceiver() as receiver:
        secrets = _setup(settings, receiver.url + "/hooks/alerts")
        with closing(InlineDispatcher(settings)) as dispatcher:
            run_cycle(settings, dispatcher)
            dispatcher.send_digests(Mode.DAILY, force=True)
        verifier = Webhook(secrets["ops@example.org"])
        for request in receiver.requests:
            payload = verifier.verify(request.body, request.headers)
            report.webhooks.append(
                (receiver.url + request.path, payload["data"]["article"]["title"], True)
            )
    report.classified = _classified(settings)
    report.emails = _emails(settings.outbox_dir)
    return report
