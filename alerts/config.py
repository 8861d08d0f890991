"""Settings from `ALERTS_*` environment variables and `.env`: the only reader of the environment.

`load_settings()` validates everything at start-up and turns pydantic's report into one
`ConfigError` line naming the variable at fault and what it allows, so a typo or an
out-of-range value never surfaces as a traceback, a busy loop or a silent failure later.
Every number is range-checked (durations positive and finite, sizes and counts at least 1,
limits where 0 means none at least 0), folders that must exist exist, and URLs parse. An
empty variable counts as unset.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import unquote, urlsplit

from pydantic import (
    BeforeValidator,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import ErrorDetails
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from alerts.errors import ConfigError

ENV_PREFIX = "ALERTS_"
_DB_DIALECTS = ("sqlite", "postgresql")
_BROKER_SCHEMES = ("redis", "rediss", "amqp", "amqps", "pyamqp")
_BLANK = re.compile(r"\s")
_HOST = re.compile(r"[^\s/@?#\\]+")  # a name or an address: no scheme, path or user


def _upper(value: object) -> object:
    return value.upper() if isinstance(value, str) else value


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


# Declared once, so every duration, count and limit is checked by the same rule. NaN and
# infinity are refused: `inf` seconds would never fire and NaN compares false to everything.
PositiveSeconds = Annotated[float, Field(gt=0, allow_inf_nan=False)]
AtLeastOne = Annotated[int, Field(ge=1)]  # sizes and counts: 0 would stall or divide by zero
ZeroMeansNoLimit = Annotated[int, Field(ge=0)]
RetryDelay = Annotated[float, Field(ge=0, allow_inf_nan=False)]


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
        env_prefix=ENV_PREFIX, env_file=".env", extra="ignore", frozen=True, env_ignore_empty=True
    )

    database_url: str = "sqlite:///alerts.db"
    broker_url: str | None = None
    queue: str = "alerts"
    smtp_url: SecretStr | None = None
    smtp_timeout_s: PositiveSeconds = 30.0
    smtp_connections: AtLeastOne = 4  # messages submitted at once, each on its own connection
    smtp_domain_rate_per_min: ZeroMeansNoLimit = 0  # per recipient domain per minute
    outbox_dir: Path = Path("outbox")
    mail_from: str = "Alerts <alerts@localhost>"
    base_url: str = "http://localhost:8000"
    secret_key: SecretStr | None = None
    webhook_allowed_hosts: Annotated[tuple[str, ...], NoDecode] = ()
    feed_allowed_hosts: Annotated[tuple[str, ...], NoDecode] = ()  # exempt from the guard
    webhook_timeout_s: PositiveSeconds = 10.0
    http_timeout_s: PositiveSeconds = 20.0
    poll_interval_s: PositiveSeconds = 900.0
    sweep_interval_s: PositiveSeconds = 5.0
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    metrics_host: str = "127.0.0.1"
    delivery_lease_s: PositiveSeconds = 120.0
    fanout_chunk: AtLeastOne = 10_000
    webhook_disable_after_s: PositiveSeconds = 5 * 24 * 3600.0
    webhook_rate_limit_per_s: ZeroMeansNoLimit = 0  # an endpoint's default maximum
    suppress_after: AtLeastOne = 3
    story_similarity: Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)] = 0.45
    story_window_s: PositiveSeconds = 48 * 3600.0
    poll_min_interval_s: PositiveSeconds = 300.0
    poll_max_interval_s: PositiveSeconds = 6 * 3600.0
    poll_batch_size: AtLeastOne = 100
    fetch_concurrency: AtLeastOne = 100
    fetch_per_host: AtLeastOne = 2
    fetch_timeout_s: PositiveSeconds = 60.0
    fetch_max_bytes: AtLeastOne = 10 * 1024 * 1024
    digest_hour: Annotated[int, Field(ge=0, le=23)] = 8
    digest_max_per_topic: ZeroMeansNoLimit = 5
    admin_api_key: SecretStr | None = None
    api_max_body_bytes: AtLeastOne = 1024 * 1024  # larger request bodies: 413
    max_feeds_per_user: AtLeastOne = 200  # a subscriber's own sources (`POST /me/feeds`)
    signin_link_ttl_s: PositiveSeconds = 900.0  # an e-mailed sign-in link works this long, once
    session_ttl_s: PositiveSeconds = 30 * 24 * 3600.0  # a browser stays signed in this long
    signin_per_address_per_hour: AtLeastOne = 5  # sign-in links asked for one address
    signin_per_client_per_hour: AtLeastOne = 30  # sign-in links asked from one client address
    # Without any delay the first temporary failure would be final: at least one is needed.
    retry_delays_s: Annotated[tuple[RetryDelay, ...], NoDecode, Field(min_length=1)] = (
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
    custom_topics_refresh_s: PositiveSeconds = 2.0  # how stale a worker's custom topics may get
    max_alerts_per_user: AtLeastOne = 100  # personal alerts (`/me/alerts`) per subscriber
    # watcher.alive and worker.alive, touched while their loops turn (alerts/heartbeat.py)
    heartbeat_dir: Path = Path(tempfile.gettempdir()) / "alerts"
    log_level: Annotated[
        Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"], BeforeValidator(_upper)
    ] = "INFO"
    log_format: Annotated[Literal["text", "json"], BeforeValidator(_lower)] = "text"

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
        if parts.scheme not in ("http", "https") or not parts.hostname or _BLANK.search(value):
            raise ValueError("expected an http(s) URL such as https://alerts.example.org")
        _ = parts.port  # raises ValueError on a port that is not a number from 0 to 65535
        return value.rstrip("/")

    @field_validator("queue")
    @classmethod
    def _check_queue(cls, value: str) -> str:
        if not value or _BLANK.search(value):
            raise ValueError(
                f"expected a queue name without spaces, such as alerts (got {value!r})"
            )
        return value

    @field_validator("mail_from")
    @classmethod
    def _check_mail_from(cls, value: str) -> str:
        if not value.isprintable() or "@" not in parseaddr(value)[1]:
            raise ValueError("expected an address such as Alerts <alerts@example.org>")
        return value

    @field_validator("metrics_host")
    @classmethod
    def _check_metrics_host(cls, value: str) -> str:
        if not _HOST.fullmatch(value):
            raise ValueError(
                f"expected a host name or IP address such as 127.0.0.1 (got {value!r})"
            )
        return value

    @field_validator("webhook_allowed_hosts", "feed_allowed_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(h.strip().lower().strip("[]") for h in value.split(",") if h.strip())
        return value

    @field_validator("webhook_allowed_hosts", "feed_allowed_hosts")
    @classmethod
    def _check_hosts(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        # Entries are compared whole with a webhook's host, so a URL or a network would
        # never match anything: refuse them rather than exempt nothing in silence.
        for host in value:
            if not _HOST.fullmatch(host):
                raise ValueError(
                    f"expected host names or IP addresses separated by commas, such as "
                    f"hooks.example.org,10.0.0.5; not URLs or networks (got {host!r})"
                )
        return value

    @field_validator("retry_delays_s", mode="before")
    @classmethod
    def _split_delays(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        return value

    @field_validator("poll_max_interval_s")
    @classmethod
    def _check_interval_bounds(cls, value: float, info: ValidationInfo) -> float:
        low = info.data.get("poll_min_interval_s")  # absent when it was refused itself
        if low is not None and value < low:
            raise ValueError(
                f"must be at least ALERTS_POLL_MIN_INTERVAL_S ({low:g}) (got {value:g})"
            )
        return value

    @field_validator("outbox_dir", "heartbeat_dir")
    @classmethod
    def _check_not_a_file(cls, value: Path) -> Path:
        if value.exists() and not value.is_dir():
            raise ValueError(f"{value} exists and is not a folder")
        return value  # created on the first message

    @field_validator("templates_dir", "models_dir")
    @classmethod
    def _check_folder(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_dir():
            raise ValueError(f"no such folder: {value}")
        return value

    @field_validator("secret_key")
    @classmethod
    def _check_secret_key(cls, value: SecretStr | None) -> SecretStr | None:
        return value if value is not None and value.get_secret_value() else None

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
    """Read and validate the settings; raise one-line `ConfigError` naming the bad variable
    and what it allows, e.g. `ALERTS_POLL_BATCH_SIZE: must be at least 1 (got 0)`."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        raise ConfigError(f"{ENV_PREFIX}{field.upper()}: {_reason(field, first)}") from None


# pydantic's error types, said the way an operator reads them. Only these show the value
# received: none of them can apply to a secret (a URL with a password, a key).
_KINDS = {
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "int_type": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "finite_number": "must be a finite number",
    "too_short": "must not be empty",
}
_BOUND_WORDS = {"gt": "more than", "ge": "at least", "lt": "less than", "le": "at most"}


def _reason(field: str, error: ErrorDetails) -> str:
    """The part of the one-line message after the variable's name."""
    kind, ctx = error["type"], error.get("ctx", {})
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "literal_error":
        reason = f"must be one of {ctx['expected']}"
    elif kind in _KINDS:
        reason = _KINDS[kind]
    elif set(ctx) & set(_BOUND_WORDS):
        reason = f"must be {_allowed_range(field, ctx)}"
    else:
        return str(error["msg"])
    return f"{reason} (got {_shown(error['input'])})"


def _allowed_range(field: str, ctx: dict[str, object]) -> str:
    """Both ends of a field's range when it has two (`from 0 to 23`), else the one broken."""
    info = Settings.model_fields.get(field)
    bounds = {
        key: getattr(item, key)
        for item in (info.metadata if info else ())
        for key in _BOUND_WORDS
        if getattr(item, key, None) is not None
    } or {key: ctx[key] for key in _BOUND_WORDS if key in ctx}
    shown = {key: f"{value:g}" for key, value in bounds.items()}  # 0.0 reads as 0
    if set(shown) == {"ge", "le"}:
        return f"from {shown['ge']} to {shown['le']}"
    return " and ".join(f"{_BOUND_WORDS[key]} {value}" for key, value in shown.items())


def _shown(value: object) -> str:
    """A received value for a one-line message: bare when plain, quoted when it has blanks."""
    text = str(value)
    if not text or _BLANK.search(text) or not text.isprintable():
        text = repr(text)
    return text if len(text) <= 60 else text[:57] + "..."
