"""Request and response bodies. Validation happens here, so a bad value is a 422 naming the
field; every text field refuses control characters and unpaired surrogates, which no
database column can store, and every time is aware and within years 2000 to 2199. Input
booleans and integers are strict (`0` is not `false`, `"7"` is not `7`) and times are ISO 8601
text, so the schema's types are exactly what is accepted."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    model_validator,
)

from alerts.accounts.preferences import check_timezone
from alerts.errors import InputError
from alerts.models import Channel, Mode


def _printable(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValueError("must not contain control characters")
    return value


def _iso_text(value: object) -> object:
    if isinstance(value, str | datetime):
        return value
    raise ValueError("must be an ISO 8601 date and time with its offset, e.g. 2026-01-05T08:00Z")


def _whole(value: object) -> object:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _moment(value: datetime) -> datetime:
    try:
        utc = value.astimezone(UTC)
    except OverflowError:
        raise ValueError("must be between the years 2000 and 2199") from None
    if not 2000 <= utc.year < 2200:
        raise ValueError("must be between the years 2000 and 2199")
    return utc


def _timezone(value: str) -> str:
    try:
        return check_timezone(value)
    except InputError as error:
        raise ValueError(str(error)) from None


# Documents what `_printable` enforces (its messages are clearer than a pattern mismatch).
_PRINTABLE = Field(json_schema_extra={"pattern": "^[^\\x00-\\x1f\\x7f]*$"})
Text = Annotated[str, Field(min_length=1, max_length=200), _PRINTABLE, AfterValidator(_printable)]
Keyword = Annotated[
    str, Field(min_length=1, max_length=100), _PRINTABLE, AfterValidator(_printable)
]
Moment = Annotated[
    AwareDatetime,
    Field(json_schema_extra={"pattern": "^2[01][0-9]{2}-"}),  # documents `_moment`'s years
    BeforeValidator(_iso_text),
    AfterValidator(_moment),
]
# JSON Schema integers: 7 or 7.0, never "7" or true.
Hour = Annotated[StrictInt, Field(ge=0, le=23), BeforeValidator(_whole)]
HourlyCap = Annotated[StrictInt, Field(ge=1, le=1000), BeforeValidator(_whole)]
PerSecond = Annotated[StrictInt, Field(ge=0, le=1_000_000), BeforeValidator(_whole)]
Clock = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", examples=["22:00"])]
Timezone = Annotated[
    str, Field(max_length=64, examples=["Europe/Paris"]), AfterValidator(_timezone)
]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class Strict(BaseModel):
    """Unknown fields are refused rather than ignored, so a typo is a 422, not a no-op."""

    model_config = ConfigDict(extra="forbid")


class Problem(BaseModel):
    """An error answer: `detail` is a message, or a list of `{loc, msg, type}` per field."""

    detail: str | list[dict[str, object]]


class TopicOut(BaseModel):
    name: str
    kind: str
    parents: list[str]
    aliases: list[str]
    matched: str = Field(description="The name or alias that matched the query.")


class ArticleTopicOut(BaseModel):
    name: str
    score: float
    evidence: list[dict[str, object]]
    followed: bool = Field(description="Whether the caller follows this topic (any channel).")
    alert_id: int | None = Field(
        None, description="Set when the topic is one of the caller's alerts (`name` is its name)."
    )


class ArticleOut(BaseModel):
    id: int
    story_id: int
    title: str
    url: str
    summary: str
    published_at: datetime | None
    source: str | None
    topics: list[ArticleTopicOut]


class SearchItemOut(BaseModel):
    id: int
    title: str
    url: str
    published: datetime | None
    topics: list[str] = Field(description="The article's topics, best score first.")


class SearchPageOut(BaseModel):
    items: list[SearchItemOut] = Field(description="Matching articles, newest first.")
    next_before_id: int | None = Field(
        description="Pass as `before_id` for the next page; null when there is none."
    )


ChannelName = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$",
        examples=["email", "apprise", "phone"],
        description="email, webhook, apprise (every Apprise channel) or the name of one "
        "Apprise channel. Default: the user's default channel.",
    ),
]


class FollowIn(Strict):
    topic: Text = Field(examples=["Islamic State"], description="A topic name or alias.")
    channel: ChannelName | None = None
    mode: Mode | None = Field(None, description="Default: instant; following again keeps it.")
    exclude: list[Keyword] | None = Field(
        None, max_length=20, examples=[["football"]], description="Following again keeps it."
    )
    snoozed_until: Moment | None = None
    ignore_quiet_hours: StrictBool | None = Field(None, description="Following again keeps it.")


class FollowPatch(Strict):
    mode: Mode | None = None
    exclude: list[Keyword] | None = Field(None, max_length=20)
    snoozed_until: Moment | None = Field(None, description="null ends a snooze.")
    ignore_quiet_hours: StrictBool | None = None


class FollowOut(BaseModel):
    id: int
    topic: str = Field(description="The topic's name, or `alert:<id>` for a personal alert.")
    name: str = Field(description="The topic as its follower reads it: an alert by its name.")
    channel: str = Field(description="A kind of channel, or an Apprise channel's name.")
    mode: Mode
    exclude: list[str]
    snoozed_until: datetime | None
    ignore_quiet_hours: bool
    created_at: datetime


class QuietHours(Strict):
    start: Clock
    end: Clock

    @model_validator(mode="after")
    def _not_empty(self) -> QuietHours:
        if self.start == self.end:
            raise ValueError("quiet hours must not start and end at the same time")
        return self


class PreferencesIn(Strict):
    """Fields you send are changed; fields you leave out keep their value."""

    timezone: Timezone | None = None
    digest_hour: Hour | None = None
    weekly_weekday: Weekday | None = None
    quiet_hours: QuietHours | None = None
    quiet_mode: Literal["hold", "digest"] | None = None
    paused: StrictBool | None = None
    snoozed_until: Moment | None = None
    default_channel: Channel | None = None
    instant_cap_per_hour: HourlyCap | None = None


class PreferencesOut(BaseModel):
    timezone: str
    digest_hour: int
    weekly_weekday: Weekday
    quiet_hours: QuietHours | None
    quiet_mode: Literal["hold", "digest"]
    paused: bool
    snoozed_until: datetime | None
    default_channel: Channel
    instant_cap_per_hour: int | None


RateLimit = Annotated[
    PerSecond | None,
    Field(description="Deliveries/s at most; 0: no limit; null: ALERTS_WEBHOOK_RATE_LIMIT_PER_S."),
]


class WebhookIn(Strict):
    url: Annotated[
        str,
        Field(min_length=8, max_length=2048, pattern=r"^https?://[^\s]+$"),
        AfterValidator(_printable),
    ]
    rate_limit_per_s: RateLimit = None


class WebhookPatch(Strict):
    rate_limit_per_s: RateLimit


class WebhookOut(BaseModel):
    id: int
    url: str
    status: str
    created_at: datetime
    rate_limit_per_s: int | None


class WebhookSecretOut(WebhookOut):
    secret: str = Field(description="The whsec_… signing secret; shown only now.")


class AppriseChannelIn(Strict):
    url: Annotated[
        str,
        Field(
            min_length=4,
            max_length=2048,
            examples=["tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/-100123456"],
            description="An Apprise URL (service://…).",
        ),
    ]
    name: Annotated[
        str | None,
        Field(
            None,
            max_length=64,
            pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$",
            description="What follows call it; default: the service (ntfy, ntfy-2, …).",
        ),
    ] = None


class AppriseChannelOut(BaseModel):
    id: int
    name: str
    service: str = Field(description="The Apprise service, e.g. ntfy, Slack, JSON.")
    url: str = Field(description="The URL with its secrets masked; never shown in full.")
    status: str
    last_error: str | None


class AppriseProbeOut(BaseModel):
    delivered: bool
    error: str | None


class ProbeOut(BaseModel):
    delivered: bool
    status: int | None
    error: str | None
    webhook_id: str


class NotificationOut(BaseModel):
    id: int
    story_id: int
    article_id: int
    title: str
    url: str
    channel: str = Field(description="email, webhook, or apprise:<channel id>.")
    mode: Mode
    topics: list[str]
    status: str
    held_reason: str | None
    attempts: int
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime | None
    sent_at: datetime | None
    read_at: datetime | None = Field(
        description="When the story was marked read (on any channel); null: unread."
    )


class NotificationPatch(Strict):
    read: StrictBool = Field(
        description="Marks the story read or unread, with every channel's notification of it."
    )


class ReadAllOut(BaseModel):
    marked: int = Field(description="How many unread stories were marked read.")


class MeOut(BaseModel):
    id: int
    email: str
    timezone: str
    unread: int = Field(description="How many stories the caller was notified of and not read.")


class UnsubscribeOut(BaseModel):
    unsubscribed: bool
    topic: str | None = Field(description="The first of `topics` (kept for older clients).")
    topics: list[str] | None = Field(
        description="Every topic whose e-mail follow the link stopped; null: all of them."
    )
    follows_removed: int


class SourceIn(Strict):
    url: Annotated[
        str,
        Field(
            min_length=8,
            max_length=2048,
            pattern=r"^https?://[^\s]+$",
            examples=["https://news.example/world/"],
            description="A feed's URL, or a web page that links one.",
        ),
        AfterValidator(_printable),
    ]


class SourceOut(BaseModel):
    id: int
    url: str = Field(description="The feed's URL (the one a page linked, for a page).")
    title: str | None = Field(description="The feed's title; null until it is first polled.")
    status: str = Field(
        examples=["active"],
        description="The feed's health: active (polled normally), failing (retried with "
        "back-off) or disabled (no longer polled).",
    )
    last_error: str | None = Field(description="Why the last poll failed; null when it did not.")
    last_polled_at: datetime | None = Field(description="The last poll; null until the first.")


class ImportFailureOut(BaseModel):
    url: str
    error: str


class ImportOut(BaseModel):
    added: list[SourceOut] = Field(description="Outlines now among the caller's feeds.")
    failed: list[ImportFailureOut] = Field(description="Outlines refused, with the reason.")


class EmailLinkIn(Strict):
    email: str = Field(
        min_length=1, max_length=320, description="Where to send the link, if it has an account."
    )
    next: str | None = Field(
        default=None, max_length=500, description="The page to open after signing in (/web/…)."
    )


class EmailLinkOut(BaseModel):
    message: str


class ApiKeyOut(BaseModel):
    api_key: str = Field(description="Shown once; the previous key stopped working.")


class FeedIn(Strict):
    source: Annotated[
        str, Field(min_length=1, max_length=2048), _PRINTABLE, AfterValidator(_printable)
    ]
    name: Text | None = None


class CustomTopicIn(Strict):
    name: Text = Field(examples=["Border incidents"])
    query: Annotated[
        str, Field(min_length=1, max_length=2000), _PRINTABLE, AfterValidator(_printable)
    ] = Field(examples=['"border crossing" OR checkpoint'])
    parent: Text | None = Field(None, examples=["Syria"])
    replace: StrictBool = False


class UserIn(Strict):
    email: Annotated[
        str, Field(min_length=3, max_length=320), _PRINTABLE, AfterValidator(_printable)
    ]
    timezone: Timezone = "UTC"


class NewUserOut(BaseModel):
    id: int
    email: str
    timezone: str
    api_key: str = Field(description="Shown only now; only its hash is stored.")


class InboxFeedOut(BaseModel):
    atom_url: str = Field(description="The Atom feed; the token in it is the only credential.")
    json_url: str = Field(description="The same feed as JSON Feed 1.1.")


QueryText = Annotated[
    str, Field(min_length=1, max_length=1000), _PRINTABLE, AfterValidator(_printable)
]
Since = Annotated[str, Field(pattern=r"^[0-9]{1,5}[mhdw]$", examples=["7d"])]


class AlertIn(Strict):
    name: Text = Field(examples=["Border"], description="Your name for the alert.")
    query: QueryText = Field(
        examples=['"Albu Kamal" OR Hosaiba'], description="A query in the topic query language."
    )
    channel: Channel | None = Field(None, description="Default: the user's default channel.")
    mode: Mode | None = Field(None, description="Default: instant.")
    exclude: list[Keyword] | None = Field(None, max_length=20, examples=[["football"]])


class AlertPatch(Strict):
    name: Text | None = None
    query: QueryText | None = None
    channel: Channel | None = Field(None, description="Moves the alert's follow there.")
    mode: Mode | None = None
    exclude: list[Keyword] | None = Field(None, max_length=20)


class AlertOut(BaseModel):
    id: int
    name: str
    query: str
    channel: Channel | None = Field(description="null: the alert's follow was ended.")
    mode: Mode | None
    exclude: list[str]
    created_at: datetime
    updated_at: datetime


class PreviewIn(Strict):
    query: QueryText = Field(examples=['"Albu Kamal" OR Hosaiba'])
    since: Since = Field("7d", description="How far back to look: 30m, 12h, 7d or 2w.")


class PreviewMatchOut(BaseModel):
    article_id: int
    title: str
    published: datetime | None
    evidence: list[dict[str, object]] = Field(description="The words that matched, and where.")


class PreviewOut(BaseModel):
    matches: list[PreviewMatchOut] = Field(description="Newest first, at most 20.")
    total: int = Field(description="How many stored articles the query matches in the window.")
