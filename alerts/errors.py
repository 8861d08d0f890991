"""One hierarchy of errors: each carries a message a user can act on.

Edges (CLI, API, workers) catch `AlertsError`; the CLI prints the message on one line and
exits 2, workers record it on the row they were working on and move on.
"""


class AlertsError(Exception):
    """Base of every error this package raises on purpose."""


class ConfigError(AlertsError):
    """A setting is missing or malformed; the message names the ALERTS_* variable."""


class StoreError(AlertsError):
    """The database cannot be reached or its schema cannot be brought up to date."""


class BrokerError(AlertsError):
    """The message broker (ALERTS_BROKER_URL) cannot be reached; the outbox keeps the work."""


class FeedError(AlertsError):
    """A feed could not be fetched or parsed; `http_status` is set when a server answered."""

    def __init__(self, message: str, *, http_status: int | None = None) -> None:
        super().__init__(message)
        self.http_status = http_status


class TopicError(AlertsError):
    """A topic is unknown or its definition is invalid."""


class UnknownTopicError(TopicError):
    """No topic has this name or alias; `suggestions` are close names. The message points
    to `alerts topics list`; `web_message` is the same for API callers, pointed at
    `GET /topics?q=` instead."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name, self.suggestions = name, suggestions
        super().__init__(self._message("see `alerts topics list`"))

    def _message(self, listing: str) -> str:
        hint = f"did you mean: {', '.join(self.suggestions)}?" if self.suggestions else listing
        return f"unknown topic {self.name!r}; {hint}"

    @property
    def web_message(self) -> str:
        """The message for API and web users, who have no CLI."""
        return self._message("search the topics with GET /topics?q=")


class NotFoundError(AlertsError):
    """A feed, user or other record named by the caller does not exist."""


class InputError(AlertsError):
    """Caller input (an e-mail address, a URL, a time zone, ...) is invalid."""


class UnknownChannelError(InputError):
    """A follow names a channel that is neither a kind of channel nor one of the user's."""


class DeliveryError(AlertsError):
    """A notification could not be delivered; `permanent` says whether retrying can help,
    `retry_after_s` how long the receiver asked us to wait."""

    def __init__(
        self, message: str, *, permanent: bool = False, retry_after_s: float | None = None
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.retry_after_s = retry_after_s


class DeferredError(DeliveryError):
    """Nothing was sent because a rate limit was reached: not a failed attempt; the delivery
    waits `retry_after_s` and goes again."""

    def __init__(self, message: str, *, wait_s: float) -> None:
        super().__init__(message, retry_after_s=wait_s)


class UnsafeTargetError(InputError, DeliveryError):
    """A feed or webhook URL points somewhere the service must not connect to (loopback, a
    private network, a scheme other than http(s)): bad input when added, and a permanent
    failure when met at delivery or fetch time."""

    def __init__(self, message: str) -> None:
        super().__init__(message, permanent=True)
