"""The webhooks' ceiling: the same number of POSTs, with a body and headers of the same
size, from a bare pooled aiohttp client (one session, the same connection limit) in as many
processes as the product's workers, to the same kind of receiver; no database, no signing,
no outbox. Each request carries its own `webhook-id`, so the receiver's count proves that
every one arrived, and goes to a path of its own (`/u/<n>`), as each of the product's
webhooks goes to its follower's endpoint: the client parses every URL, as the product's
does (one URL for all would be parsed once and cached).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from multiprocessing.synchronize import Event

from alerts.notify.webhook import USER_AGENT

MAX_CONNECTIONS = 32  # as `WebhookSender`'s default


async def _post_all(url: str, numbers: list[int], body: bytes, signature: str) -> None:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=MAX_CONNECTIONS, limit_per_host=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        queue = iter(numbers)

        async def worker() -> None:
            for n in queue:
                headers = {
                    "content-type": "application/json",
                    "user-agent": USER_AGENT,
                    "webhook-id": f"msg_ceiling_{n}",
                    "webhook-timestamp": "1700000000",
                    "webhook-signature": signature,
                }
                async with session.post(f"{url}/u/{n}", data=body, headers=headers) as response:
                    await response.read()

        await asyncio.gather(*(worker() for _ in range(MAX_CONNECTIONS)))


def _process(
    url: str,
    numbers: list[int],
    payload: tuple[bytes, str],
    ready: multiprocessing.Queue[bool],
    go: Event,
) -> None:
    import aiohttp  # noqa: F401  (loaded before the clock starts)

    ready.put(True)
    go.wait()
    asyncio.run(_post_all(url, numbers, *payload))
    ready.put(True)


def ceiling_s(url: str, n: int, *, body_bytes: int, workers: int) -> float:
    """Seconds for `workers` processes to POST `n` webhooks of `body_bytes` to `url`."""
    context = multiprocessing.get_context("spawn")
    ready: multiprocessing.Queue[bool] = context.Queue()
    go = context.Event()
    body = b'{"x":"' + b"a" * max(body_bytes - 8, 0) + b'"}'
    signature = "v1," + "A" * 44
    shares = [list(range(w, n, workers)) for w in range(workers)]
    processes = [
        context.Process(target=_process, args=(url, share, (body, signature), ready, go))
        for share in shares
    ]
    for process in processes:
        process.start()
    for _ in processes:
        ready.get(timeout=120)
    started = time.perf_counter()
    go.set()
    for _ in processes:
        ready.get(timeout=600)
    seconds = time.perf_counter() - started
    for process in processes:
        process.join(timeout=60)
    return seconds
