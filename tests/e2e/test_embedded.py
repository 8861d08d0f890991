"""Acceptance: the scenario on the embedded default (SQLite, tasks in-process)."""

from __future__ import annotations

from pathlib import Path

from alerts.demo.receiver import WebhookReceiver
from tests.e2e.scenario import base_env, run_scenario
from tests.support.smtp import SmtpSink


def test_embedded_scenario(
    tmp_path: Path, smtp_server: SmtpSink, receiver: WebhookReceiver
) -> None:
    env = base_env(
        database_url=f"sqlite:///{tmp_path / 'alerts.db'}",
        smtp_url=smtp_server.url,
        webhook_allowed_hosts="127.0.0.1",
    )
    text = run_scenario(env, smtp_server, receiver)
    # In-process cycles poll every feed before delivering, so the e-mail names both outlets
    # and links the copy without tracking parameters.
    assert "Outlet A" in text and "Outlet B" in text
    assert "utm_source" not in text
