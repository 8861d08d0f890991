"""kombu's Redis transport, with a lost connection reported as one.

When the Redis broker goes away, Celery collects the broken connection, which detaches the
transport from it, and then closes it. Closing the channel gives back unacknowledged
messages, and a task that was running during the outage is acknowledged afterwards; both
ask the detached transport for connection parameters, and kombu raises `AttributeError`.
Celery takes that for a bug, not a connection error, and the worker exits: after a broker
restart every worker could be gone at once. Here that request raises the connection error
it is, which Celery already handles (it logs the failed acknowledgement and reconnects).
The messages concerned were lost with the broker's memory anyway; the outbox sweeper does
their work.
"""

from __future__ import annotations

from typing import Any

from kombu.transport import redis
from redis.exceptions import ConnectionError as RedisConnectionError


class Channel(redis.Channel):
    """A Redis channel that knows when its connection is gone."""

    def _connparams(self, asynchronous: bool = False) -> Any:
        if self.connection.client is None:
            raise RedisConnectionError("the connection to the broker was closed")
        return super()._connparams(asynchronous)  # type: ignore[no-untyped-call]


class Transport(redis.Transport):
    """`broker_transport` for redis:// and rediss:// broker URLs (see `workers.app`)."""

    Channel = Channel
