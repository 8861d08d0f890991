"""Settings: contract names, validation at start-up, one-line errors, masked secrets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from alerts.config import SmtpTarget, load_settings
from alerts.errors import ConfigError

ALERTS = str(Path(sys.executable).with_name("alerts"))


def test_defaults_are_the_embedded_mode() -> None:
    settings = load_settings()
    assert settings.database_url == "sqlite:///alerts.db"
    assert settings.broker_url is None
    assert settings.smtp is None
    assert settings.outbox_dir == Path("outbox")


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("ALERTS_DATABASE_URL", "nonsense"),
        ("ALERTS_DATABASE_URL", "mysql://x@y/z"),
        ("ALERTS_BROKER_URL", "http://127.0.0.1"),
        ("ALERTS_SMTP_URL", "mail.example.org"),
        ("ALERTS_BASE_URL", "localhost"),
        ("ALERTS_DIGEST_HOUR", "25"),
    ],
)
def test_bad_value_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert str(info.value).startswith(f"{variable}: ")
    assert "\n" not in str(info.value)


def test_cli_reports_bad_config_in_one_line_with_exit_2(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "ALERTS_DATABASE_URL": "nonsense"}
    result = subprocess.run(
        [ALERTS, "feeds", "list"], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "ALERTS_DATABASE_URL" in lines[0]
    assert "Traceback" not in result.stderr


def test_env_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ALERTS_MAIL_FROM=News <news@example.org>\n")
    assert load_settings().mail_from == "News <news@example.org>"


def test_lists_and_smtp_urls_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALERTS_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1, Hooks.Example.org ,[::1]")
    monkeypatch.setenv("ALERTS_SMTP_URL", "smtp+starttls://user%40x:p%3Ass@mail.example.org:587")
    settings = load_settings()
    assert settings.webhook_allowed_hosts == ("127.0.0.1", "hooks.example.org", "::1")
    assert settings.smtp == SmtpTarget("mail.example.org", 587, "starttls", "user@x", "p:ss")
    assert "p:ss" not in repr(settings) and "p:ss" not in repr(settings.smtp)


def test_every_setting_is_documented_in_the_readme() -> None:
    from alerts.config import Settings

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    missing = [
        f"ALERTS_{name.upper()}"
        for name in Settings.model_fields
        if f"ALERTS_{name.upper()}" not in readme
    ]
    assert not missing, f"document these in README.md: {missing}"
