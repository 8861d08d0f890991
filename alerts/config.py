"""Settings from `ALERTS_*` environment variables and `.env`: the only reader of the environment.

`load_settings()` validates everything at start-up and turns pydantic's report into one
`ConfigError` line naming the variable at fault, so a typo never surfaces as a traceback later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import unquote, urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from alerts.errors import ConfigError

ENV_PREFIX = "ALERTS_"
_DB_DIALECTS = ("sqlite", "postgresql")
_BROKER_SCHEMES = ("redis", "rediss", "amqp", "amqps", "pyamqp")


@dataclass(frozen=True)
class SmtpTarget:
    """Where and how to submit mail, parsed from `ALERTS_SMTP_URL`."""

    host: str
    port: int
    security: Literal["none", "starttls", "tls"]
    username: str | None = None
    password: str | None = field(default=None, repr=False)

    @classmethod
    def from_url(cls, url: str) -> SmtpTarget:
        """Parse `smtp://host:port`, `smtp+starttls://user:pass@host:port` or `smtps://…`."""
        parts = urlsplit(url)
        security: dict[str, Literal["none", "starttls", "tls"]] = {
            "smtp": "none",
            "smtp+starttls": "starttls",
            "smtps": "tls",
        }
        if parts.scheme not in security or not parts.hostname:
            raise ValueError(
                "expected smtp://host:port, smtp+starttls://user:pass@host:port or smtps://host:port"
            )
        default_port = 465 if parts.scheme == "smtps" else 25
        return cls(
            host=parts.hostname,
            port=parts.port or default_port,
            security=security[parts.scheme],
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )


class Settings(BaseSettings):
    """Every knob of the service; defaults give the embedded mode on a fresh machine."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_file=".env", extra="ignore", frozen=True
    )

    database_url: str = "sqlite:///alerts.db"
    broker_url: str | None = None
    queue: str = "alerts"
    smtp_url: SecretStr | None = None
    smtp_timeout_s: float = 30.0
    smtp_connections: int = 4  # messages submitted at once, each on its own connection
    smtp_domain_rate_per_min: int = 0  # messages per recipient domain per minute; 0: no limit
    outbox_dir: Path = Path("outbox")
    mail_from: str = "Alerts <alerts@localhost>"
    base_url: str = "http://localhost:8000"
    secret_key: SecretStr | None = None
    webhook_allowed_hosts: Annotated[tuple[str, ...], NoDecode] = ()
    webhook_timeout_s: float = 10.0
    http_timeout_s: float = 20.0
    poll_interval_s: float = 900.0
    sweep_interval_s: float = 5.0
    metrics_port: int | None = None
    metrics_host: str = "127.0.0.1"
    delivery_lease_s: float = 120.0
    fanout_chunk: int = Field(default=10_000, ge=1)
    webhook_disable_after_s: float = 5 * 24 * 3600.0
    webhook_rate_limit_per_s: int = 0  # an endpoint's default maximum; 0: no limit
    suppress_after: int = 3
    story_similarity: float = 0.45
    story_window_s: float = 48 * 3600.0
    poll_min_interval_s: float = 300.0
    poll_max_interval_s: float = 6 * 3600.0
    poll_batch_size: int = 100
    fetch_concurrency: int = 100
    fetch_per_host: int = 2
    fetch_timeout_s: float = 60.0
    fetch_max_bytes: int = 10 * 1024 * 1024
    digest_hour: int = 8
    digest_max_per_topic: int = 5
    admin_api_key: SecretStr | None = None
    retry_delays_s: Annotated[tuple[float, ...], NoDecode] = (
        5,
        300,
        1800,
        7200,
        18000,
        36000,
        36000,
    )
    templates_dir: Path | None = None
    models_dir: Path | None = None  # a folder from `alerts topics train`; unset: rules only
    custom_topics_refresh_s: float = 2.0  # how stale a worker's custom topics may get
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        # SQLAlchemy parses the URL; imported here so that `alerts --help` does not load it.
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError(
                "not a database URL; use sqlite:///alerts.db or postgresql+psycopg://user@host/db"
            ) from None
        if url.get_backend_name() not in _DB_DIALECTS:
            raise ValueError(
                f"unsupported database {url.get_backend_name()!r}; use sqlite or postgresql"
            )
        return value

    @field_validator("broker_url")
    @classmethod
    def _check_broker_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        if urlsplit(value).scheme not in _BROKER_SCHEMES:
            raise ValueError(
                "expected redis://host:port/db (or amqp://…); unset it to run in-process"
            )
        return value

    @field_validator("smtp_url")
    @classmethod
    def _check_smtp_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        SmtpTarget.from_url(value.get_secret_value())
        return value

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("expected an http(s) URL such as https://alerts.example.org")
        return value.rstrip("/")

    @field_validator("webhook_allowed_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(h.strip().lower().strip("[]") for h in value.split(",") if h.strip())
        return value

    @field_validator("retry_delays_s", mode="before")
    @classmethod
    def _split_delays(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(float(v) for v in value.split(",") if v.strip())
        return value

    @field_validator("smtp_connections")
    @classmethod
    def _check_connections(cls, value: int) -> int:
        if value < 1:
            raise ValueError("must be 1 or more")
        return value

    @field_validator("digest_hour")
    @classmethod
    def _check_hour(cls, value: int) -> int:
        if not 0 <= value <= 23:
            raise ValueError("must be an hour from 0 to 23")
        return value

    @field_validator("digest_max_per_topic", "webhook_rate_limit_per_s", "smtp_domain_rate_per_min")
    @classmethod
    def _check_count(cls, value: int) -> int:
        if value < 0:
            raise ValueError("must be 0 or more (0 means no limit)")
        return value

    @field_validator("admin_api_key")
    @classmethod
    def _check_admin_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        if len(value.get_secret_value()) < 16:
            raise ValueError("use at least 16 random characters")
        return value

    @property
    def smtp(self) -> SmtpTarget | None:
        """The parsed SMTP target, or None when mail goes to the outbox folder."""
        if self.smtp_url is None:
            return None
        return SmtpTarget.from_url(self.smtp_url.get_secret_value())

    @property
    def redis_broker_url(self) -> str | None:
        """The broker's URL when the broker is Redis, which then also holds what workers
        share besides tasks (rate-limit logs) and tells the queue depth; else None."""
        url = self.broker_url
        return url if url and urlsplit(url).scheme in ("redis", "rediss") else None


def load_settings(**overrides: object) -> Settings:
    """Read and validate the settings; raise one-line `ConfigError` naming the bad variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{ENV_PREFIX}{field.upper()}: {message}") from None
