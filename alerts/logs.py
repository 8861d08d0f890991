"""Structured logs: `key=value` text for people, one JSON object per line in production
(`ALERTS_LOG_FORMAT=json`). Fixed keys such as `feed_id` and `notification_id` come from
the `extra=` of each call; secrets and personal data are never passed in.

A record logged with an exception says why on its own line: `error="Type: message"` in
text, an `error` key in JSON. The traceback follows only at `ALERTS_LOG_LEVEL=DEBUG`, so
an operator sees the cause of a failure at a glance and a developer can still get the
whole story."""

from __future__ import annotations

import json
import logging
import sys
import traceback

from alerts.config import Settings

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


def _fields(record: logging.LogRecord) -> dict[str, object]:
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD}


def describe_error(error: BaseException) -> str:
    """`Type: message` (or just `Type` when the message is empty), e.g.
    `TemplateNotFound: email/instant.txt`."""
    message = str(error)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _error(record: logging.LogRecord) -> BaseException | None:
    return record.exc_info[1] if record.exc_info else None


def _traceback(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)).rstrip("\n")


class JsonFormatter(logging.Formatter):
    """One JSON object per record; `error` when an exception was logged, `exc` (the
    traceback) as well when `tracebacks` is on."""

    def __init__(self, *, tracebacks: bool = False) -> None:
        super().__init__()
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            **_fields(record),
        }
        error = _error(record)
        if error is not None:
            entry["error"] = describe_error(error)
            if self.tracebacks:
                entry["exc"] = _traceback(error)
        return json.dumps(entry, default=str)


class KeyValueFormatter(logging.Formatter):
    """`time level logger message key=value … error="Type: message"` for terminals; the
    traceback on the following lines when `tracebacks` is on."""

    def __init__(self, *, tracebacks: bool = False) -> None:
        super().__init__()
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        extras = " ".join(f"{k}={v}" for k, v in _fields(record).items())
        level = record.levelname.lower()
        line = f"{self.formatTime(record)} {level} {record.name}: {record.getMessage()}"
        line = f"{line} {extras}".rstrip()
        error = _error(record)
        if error is None:
            return line
        # JSON string quoting keeps a multi-line message on the one line.
        line = f"{line} error={json.dumps(describe_error(error), ensure_ascii=False)}"
        if self.tracebacks:
            line = f"{line}\n{_traceback(error)}"
        return line


def configure_logging(settings: Settings, *, level: str | None = None) -> None:
    """Route the package's logs to stderr in the configured format (`level` overrides
    `ALERTS_LOG_LEVEL`, e.g. to keep the CLI quiet)."""
    chosen = (level or settings.log_level).upper()
    tracebacks = chosen == "DEBUG"
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter(tracebacks=tracebacks)
        if settings.log_format == "json"
        else KeyValueFormatter(tracebacks=tracebacks)
    )
    root = logging.getLogger("alerts")
    root.handlers[:] = [handler]
    root.setLevel(chosen)
    root.propagate = False
