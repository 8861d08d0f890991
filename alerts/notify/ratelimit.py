"""Per-endpoint rate limits: at most `limit` webhook sends to one endpoint in any one-second
window, counted across every worker that shares the limiter.

Each limiter keeps a sliding log of the sends it allowed (one entry per send, kept for one
second), rather than a counter per fixed one-second window: fixed windows let twice the limit
through when a burst at the end of one window meets a burst at the start of the next. With a
Redis broker the log lives in Redis, updated by one Lua script timed by the Redis server's
clock, so every worker on every machine shares one count; without one, each process keeps
its own log in memory. The same limiters, keyed by recipient domain
with a one-minute window, throttle SMTP submissions.

A refused send is not an error: the caller defers it by the number of seconds `acquire`
returns, the time until the oldest send in the log leaves the window.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections import deque
from typing import Protocol

import redis

from alerts.config import Settings

log = logging.getLogger(__name__)
WINDOW_S = 1.0
KEY_PREFIX = "alerts:webhook-rate:"

# KEYS[1]: the endpoint's log; ARGV: limit, window in µs, a unique member suffix.
# Returns 0 when the send is allowed (and logged), else µs until a slot frees.
_SLIDING_LOG = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, now .. ':' .. ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
"""


class RateLimiter(Protocol):
    """Decides whether one more send to an endpoint (or any key) fits in its limit."""

    def acquire(self, endpoint_id: int | str, limit: int) -> float:
        """0.0 when a send may go now (it is counted); else seconds until one may."""
        ...


class LocalRateLimiter:
    """A sliding log per endpoint in this process's memory (thread-safe).

    >>> limiter = LocalRateLimiter()
    >>> [limiter.acquire(7, 2) == 0.0 for _ in range(3)]
    [True, True, False]
    """

    def __init__(self, *, window_s: float = WINDOW_S) -> None:
        self._window_s = window_s
        self._logs: dict[int | str, deque[float]] = {}
        self._lock = threading.Lock()

    def acquire(self, endpoint_id: int | str, limit: int) -> float:
        """See `RateLimiter.acquire`."""
        now = time.monotonic()
        with self._lock:
            sends = self._logs.setdefault(endpoint_id, deque())
            while sends and sends[0] <= now - self._window_s:
                sends.popleft()
            if len(sends) < limit:
                sends.append(now)
                return 0.0
            return sends[0] + self._window_s - now


class RedisRateLimiter:
    """A sliding log per endpoint in Redis, shared by every worker.

    Parameters:
      url: the Redis server (the broker's URL).
      prefix: key prefix; one sorted set per endpoint, expiring a window after its last send.
      window_s: the window the limit applies to.
    """

    def __init__(self, url: str, *, prefix: str = KEY_PREFIX, window_s: float = WINDOW_S) -> None:
        self._redis = redis.Redis.from_url(url, socket_timeout=5.0)
        self._script = self._redis.register_script(_SLIDING_LOG)
        self._prefix = prefix
        self._window_s = window_s

    def acquire(self, endpoint_id: int | str, limit: int) -> float:
        """See `RateLimiter.acquire`. When Redis cannot be reached the send waits a window:
        the limit holds even then."""
        args: list[int | str] = [limit, int(self._window_s * 1_000_000), secrets.token_hex(6)]
        try:
            wait_us = self._script(keys=[f"{self._prefix}{endpoint_id}"], args=args)
        except redis.RedisError as error:
            log.warning("rate limiter unavailable: %s", error, extra={"endpoint_id": endpoint_id})
            return self._window_s
        return float(wait_us) / 1_000_000

    def close(self) -> None:
        """Release the connection pool."""
        self._redis.close()


def rate_limiter(
    settings: Settings, *, prefix: str = KEY_PREFIX, window_s: float = WINDOW_S
) -> RateLimiter:
    """Shared through Redis when the broker is Redis, else this process's own."""
    url = settings.redis_broker_url
    if url:
        return RedisRateLimiter(url, prefix=prefix, window_s=window_s)
    return LocalRateLimiter(window_s=window_s)
