"""Frozen values that cross module boundaries: feeds hand `Article`s to the store, the
classifier hands `TopicMatch`es to matching, matching hands notification ids to delivery."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Channel(StrEnum):
    """How a follower is told. A follow on `apprise` goes to every one of the user's Apprise
    channels; a follow on one of them is stored as `apprise:<id>` (`alerts.accounts.channels`)."""

    EMAIL = "email"
    WEBHOOK = "webhook"
    APPRISE = "apprise"


class Mode(StrEnum):
    """When a follower is told: at once, or in a digest."""

    INSTANT = "instant"
    DAILY = "daily"
    WEEKLY = "weekly"


class NotificationStatus(StrEnum):
    """Life of a notification row; `held` rows wait for a digest."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    HELD = "held"
    FAILED = "failed"


@dataclass(frozen=True)
class Article:
    """One feed entry, normalised: `key` is stable across polls, `url` is canonical."""

    key: str
    url: str
    title: str
    summary: str
    published_at: datetime | None = None
    author: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    """What a feed document yielded; `problem` is a one-line note when it was malformed."""

    title: str | None
    articles: tuple[Article, ...]
    problem: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Why a topic was tagged: a matched span of the text, a child topic that implies it, or
    (field "model", with a `weight`) a feature that a learned model counted for it."""

    text: str
    field: str
    start: int = -1
    end: int = -1
    via: str | None = None
    weight: float | None = None

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form; spans carry offsets, inherited evidence names the child topic,
        model evidence carries the feature's weight in the decision."""
        if self.via is not None:
            return {"via": self.via, "text": self.text}
        if self.weight is not None:
            return {"text": self.text, "field": self.field, "weight": round(self.weight, 4)}
        return {"text": self.text, "field": self.field, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class TopicMatch:
    """A topic tagged on a text, with a score in [0, 1] and the evidence for it."""

    name: str
    score: float
    evidence: tuple[Evidence, ...] = field(default=())

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form, as printed by `alerts classify --json` and sent in webhooks."""
        return {
            "name": self.name,
            "score": round(self.score, 3),
            "evidence": [e.as_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Topic:
    """A node of the taxonomy; `parents` form a DAG (Mosul -> Iraq -> Middle East)."""

    name: str
    kind: str
    parents: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()  # places that stand for this topic when its context occurs
    cased: tuple[str, ...] = ()  # aliases that name it only as written: "Turkey", not a turkey
    population: int = 0  # for cities: which of several namesakes a bare name means
    capital: bool = False  # a country's capital: its name may stand for the government
    towns: tuple[str, ...] = ()  # for cities: other subdivisions with a town of its name
