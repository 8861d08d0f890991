"""Every setting is range-checked at start: a table of hostile and edge values per variable.

Each row is `(field, value, refusal)`: `refusal` is a fragment of the one-line message the
value must be refused with, or None when the value must be accepted. Every field of
`Settings` needs a row, so a new setting cannot skip validation unnoticed. A few rows go
through the real `alerts` command and a real Celery worker: exit 2, one line, no traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from alerts.config import Settings, load_settings
from alerts.errors import ConfigError

BIN = Path(sys.executable).parent
REPO = Path(__file__).resolve().parents[1]
SECRET_FIELDS = {"smtp_url", "admin_api_key", "secret_key", "database_url", "broker_url"}

TABLE: list[tuple[str, str, str | None]] = [
    ("database_url", "nonsense", "not a database URL"),
    ("database_url", "mysql://x@y/z", "unsupported database 'mysql'"),
    ("broker_url", "http://127.0.0.1", "expected redis://"),
    ("broker_url", "", None),
    ("queue", "my queue", "expected a queue name without spaces"),
    ("queue", "alerts-eu", None),
    ("smtp_url", "mail.example.org", "expected smtp://host:port"),
    ("smtp_url", "smtp://u:hunter2@mail.example.org:99999", "Port out of range"),
    ("smtp_url", "smtp://127.0.0.1:2525", None),
    ("smtp_timeout_s", "0", "must be more than 0 (got 0)"),
    ("smtp_timeout_s", "nan", "must be a finite number (got nan)"),
    ("smtp_connections", "0", "must be at least 1 (got 0)"),
    ("smtp_domain_rate_per_min", "-1", "must be at least 0 (got -1)"),
    ("smtp_domain_rate_per_min", "0", None),
    ("outbox_dir", "a-file", "a-file exists and is not a folder"),
    ("outbox_dir", "not-yet", None),
    ("heartbeat_dir", "a-file", "a-file exists and is not a folder"),
    ("heartbeat_dir", "beats", None),
    ("mail_from", "alerts", "expected an address such as"),
    ("mail_from", "A <a@example.org>\r\nBcc: victim@example.org", "expected an address"),
    ("mail_from", "News <news@example.org>", None),
    ("base_url", "localhost", "expected an http(s) URL"),
    ("base_url", "http://exa mple.org", "expected an http(s) URL"),
    ("base_url", "http://localhost:99999", "Port out of range"),
    ("base_url", "https://alerts.example.org/", None),
    ("secret_key", "", None),
    ("secret_key", "s3cret", None),
    ("webhook_allowed_hosts", "10.0.0.0/8", "not URLs or networks (got '10.0.0.0/8')"),
    ("webhook_allowed_hosts", "https://hooks.example.org", "not URLs or networks"),
    ("webhook_allowed_hosts", "127.0.0.1, Hooks.Example.org ,[::1]", None),
    ("feed_allowed_hosts", "10.0.0.0/8", "not URLs or networks (got '10.0.0.0/8')"),
    ("feed_allowed_hosts", "127.0.0.1, feeds.internal", None),
    ("api_max_body_bytes", "0", "must be at least 1 (got 0)"),
    ("api_max_body_bytes", "2048", None),
    ("max_feeds_per_user", "0", "must be at least 1 (got 0)"),
    ("max_feeds_per_user", "1000", None),
    ("signin_link_ttl_s", "0", "must be more than 0 (got 0)"),
    ("signin_link_ttl_s", "600", None),
    ("session_ttl_s", "inf", "must be a finite number (got inf)"),
    ("session_ttl_s", "86400", None),
    ("signin_per_address_per_hour", "0", "must be at least 1 (got 0)"),
    ("signin_per_address_per_hour", "3", None),
    ("signin_per_client_per_hour", "-5", "must be at least 1 (got -5)"),
    ("signin_per_client_per_hour", "100", None),
    ("webhook_timeout_s", "-1", "must be more than 0 (got -1)"),
    ("http_timeout_s", "0", "must be more than 0 (got 0)"),
    ("http_timeout_s", "1e400", "must be a finite number"),
    ("poll_interval_s", "inf", "must be a finite number (got inf)"),
    ("poll_interval_s", "soon", "must be a number (got soon)"),
    ("sweep_interval_s", "-1", "must be more than 0 (got -1)"),
    ("sweep_interval_s", "0", "must be more than 0 (got 0)"),
    ("sweep_interval_s", "0.5", None),
    ("metrics_port", "0", "must be from 1 to 65535 (got 0)"),
    ("metrics_port", "70000", "must be from 1 to 65535 (got 70000)"),
    ("metrics_port", "http", "must be a whole number (got http)"),
    ("metrics_port", "9100", None),
    ("metrics_host", "http://0.0.0.0", "expected a host name or IP address"),
    ("metrics_host", "0.0.0.0", None),
    ("delivery_lease_s", "0", "must be more than 0 (got 0)"),
    ("fanout_chunk", "0", "must be at least 1 (got 0)"),
    ("webhook_disable_after_s", "nan", "must be a finite number"),
    ("webhook_rate_limit_per_s", "-1", "must be at least 0 (got -1)"),
    ("webhook_rate_limit_per_s", "0", None),
    ("suppress_after", "0", "must be at least 1 (got 0)"),
    ("story_similarity", "1.5", "must be from 0 to 1 (got 1.5)"),
    ("story_similarity", "-0.1", "must be from 0 to 1 (got -0.1)"),
    ("story_similarity", "nan", "must be a finite number (got nan)"),
    ("story_similarity", "0", None),
    ("story_similarity", "1", None),
    ("story_window_s", "0", "must be more than 0 (got 0)"),
    ("poll_min_interval_s", "-300", "must be more than 0 (got -300)"),
    ("poll_max_interval_s", "60", "must be at least ALERTS_POLL_MIN_INTERVAL_S (300) (got 60)"),
    ("poll_max_interval_s", "300", None),
    ("poll_batch_size", "0", "must be at least 1 (got 0)"),
    ("poll_batch_size", "1.5", "must be a whole number (got 1.5)"),
    ("fetch_concurrency", "0", "must be at least 1 (got 0)"),
    ("fetch_per_host", "-2", "must be at least 1 (got -2)"),
    ("fetch_timeout_s", "0", "must be more than 0 (got 0)"),
    ("fetch_max_bytes", "0", "must be at least 1 (got 0)"),
    ("digest_hour", "24", "must be from 0 to 23 (got 24)"),
    ("digest_hour", "-1", "must be from 0 to 23 (got -1)"),
    ("digest_hour", "0", None),
    ("digest_hour", "23", None),
    ("digest_max_per_topic", "-1", "must be at least 0 (got -1)"),
    ("digest_max_per_topic", "0", None),
    ("admin_api_key", "short-key", "use at least 16 random characters"),
    ("admin_api_key", "k" * 16, None),
    ("retry_delays_s", ",", "must not be empty"),
    ("retry_delays_s", " , ", "must not be empty"),
    ("retry_delays_s", "5,-1", "must be at least 0 (got -1)"),
    ("retry_delays_s", "5,soon", "must be a number (got soon)"),
    ("retry_delays_s", "5,inf", "must be a finite number (got inf)"),
    ("retry_delays_s", "0", None),
    ("templates_dir", "/nonexistent", "no such folder: /nonexistent"),
    ("templates_dir", "a-file", "no such folder: a-file"),
    ("templates_dir", "a-folder", None),
    ("models_dir", "/nonexistent", "no such folder: /nonexistent"),
    ("models_dir", "a-folder", None),
    ("custom_topics_refresh_s", "0", "must be more than 0 (got 0)"),
    ("custom_topics_refresh_s", "-inf", "must be a finite number"),
    ("max_alerts_per_user", "0", "must be at least 1 (got 0)"),
    ("max_alerts_per_user", "5", None),
    ("log_level", "verbose", "must be one of 'DEBUG', 'INFO', 'WARNING', 'ERROR' or 'CRITICAL'"),
    ("log_level", "debug", None),
    ("log_format", "xml", "must be one of 'text' or 'json' (got xml)"),
    ("log_format", "JSON", None),
]


@pytest.fixture(autouse=True)
def _paths(tmp_path: Path) -> None:
    """Rows name `a-file` and `a-folder` relative to the test's working folder."""
    (tmp_path / "a-file").write_text("")
    (tmp_path / "a-folder").mkdir()


def _variable(field: str) -> str:
    return f"ALERTS_{field.upper()}"


def test_every_setting_has_a_row() -> None:
    covered = {field for field, _, _ in TABLE}
    refused = {field for field, _, refusal in TABLE if refusal is not None}
    missing = sorted(set(Settings.model_fields) - covered)
    assert not missing, f"add rows to TABLE for: {missing}"
    free_form = {"secret_key"}  # any string is a usable key
    unrefused = sorted(set(Settings.model_fields) - refused - free_form)
    assert not unrefused, f"add a refused value to TABLE for: {unrefused}"
    assert covered <= set(Settings.model_fields), "TABLE names a setting that does not exist"


@pytest.mark.parametrize(("field", "value", "refusal"), TABLE)
def test_setting_range(
    monkeypatch: pytest.MonkeyPatch, field: str, value: str, refusal: str | None
) -> None:
    monkeypatch.setenv(_variable(field), value)
    if refusal is None:
        load_settings()
        return
    with pytest.raises(ConfigError) as info:
        load_settings()
    message = str(info.value)
    assert message.startswith(f"{_variable(field)}: "), message
    assert refusal in message, message
    assert "\n" not in message and "\r" not in message
    if field in SECRET_FIELDS:  # a password or key in the value never reaches the message
        assert "hunter2" not in message and "short-key" not in message


def test_accepted_values_are_normalised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALERTS_LOG_LEVEL", "debug")
    monkeypatch.setenv("ALERTS_LOG_FORMAT", "JSON")
    monkeypatch.setenv("ALERTS_RETRY_DELAYS_S", " 1, 2.5 ,,0 ")
    monkeypatch.setenv("ALERTS_SECRET_KEY", "")
    monkeypatch.setenv("ALERTS_QUEUE", "")  # empty is unset: the default
    settings = load_settings()
    assert (settings.log_level, settings.log_format) == ("DEBUG", "json")
    assert settings.retry_delays_s == (1.0, 2.5, 0.0)
    assert settings.secret_key is None
    assert settings.queue == "alerts"


def test_min_above_the_default_max_names_both(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALERTS_POLL_MIN_INTERVAL_S", "30000")
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert str(info.value) == (
        "ALERTS_POLL_MAX_INTERVAL_S: must be at least ALERTS_POLL_MIN_INTERVAL_S (30000) "
        "(got 21600)"
    )


def test_overrides_are_checked_like_the_environment() -> None:
    with pytest.raises(ConfigError, match=r"^ALERTS_RETRY_DELAYS_S: must not be empty"):
        load_settings(retry_delays_s=())
    with pytest.raises(ConfigError, match=r"^ALERTS_SWEEP_INTERVAL_S: must be more than 0"):
        load_settings(sweep_interval_s=-1.0)


def _clean_env(**settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALERTS_")}
    return env | {_variable(field): value for field, value in settings.items()}


def _assert_one_line_exit_2(result: subprocess.CompletedProcess[str], variable: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and variable in lines[0], result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("poll_batch_size", "0"),
        ("retry_delays_s", ","),
        ("templates_dir", "/nonexistent"),
    ],
)
def test_alerts_command_stops_on_a_bad_setting(tmp_path: Path, field: str, value: str) -> None:
    result = subprocess.run(
        [str(BIN / "alerts"), "status"],
        env=_clean_env(**{field: value}),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    _assert_one_line_exit_2(result, _variable(field))
    assert result.stdout == ""


@pytest.mark.parametrize("command", [["worker", "--pool=solo"], ["beat"]])
def test_celery_stops_on_a_bad_setting(tmp_path: Path, command: list[str]) -> None:
    env = _clean_env(sweep_interval_s="-1", broker_url="redis://127.0.0.1:6379/15")
    env["PYTHONPATH"] = str(REPO)
    result = subprocess.run(
        [str(BIN / "celery"), "-A", "workers", *command],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    _assert_one_line_exit_2(result, "ALERTS_SWEEP_INTERVAL_S")
    assert "must be more than 0 (got -1)" in result.stderr
