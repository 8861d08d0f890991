"""Structured logs: `key=value` text for people, one JSON object per line in production
(`ALERTS_LOG_FORMAT=json`). Fixed keys such as `feed_id` and `notification_id` come from
the `extra=` of each call; secrets and personal data are never passed in."""

from __future__ import annotations

import json
import logging
import sys

from alerts.config import Settings

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


def _fields(record: logging.LogRecord) -> dict[str, object]:
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD}


class JsonFormatter(logging.Formatter):
    """One JSON object per record."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            **_fields(record),
        }
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


class KeyValueFormatter(logging.Formatter):
    """`time level logger message key=value …` for terminals."""

    def format(self, record: logging.LogRecord) -> str:
        extras = " ".join(f"{k}={v}" for k, v in _fields(record).items())
        level = record.levelname.lower()
        line = f"{self.formatTime(record)} {level} {record.name}: {record.getMessage()}"
        return f"{line} {extras}".rstrip()


def configure_logging(settings: Settings, *, level: str | None = None) -> None:
    """Route the package's logs to stderr in the configured format (`level` overrides
    `ALERTS_LOG_LEVEL`, e.g. to keep the CLI quiet)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if settings.log_format == "json" else KeyValueFormatter())
    root = logging.getLogger("alerts")
    root.handlers[:] = [handler]
    root.setLevel((level or settings.log_level).upper())
    root.propagate = False
