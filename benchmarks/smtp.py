"""`alerts bench smtp`: messages/s submitted to a loopback SMTP server (aiosmtpd, in its
own process, advertising PIPELINING as MTAs do) by `SmtpSender.send_all` in groups, as
`deliver_batch` sends them: several connections at once, each kept open and pipelining
MAIL FROM, RCPT TO and DATA. Timed in the same run on a sample, their groups interleaved
with the others' so that all paths see the same load: one message at a time over one reused
connection, and the baseline, a new connection per message (connect, EHLO, send, QUIT).
Only the sends are timed, not building the messages: this measures submission, not
rendering.
"""

from __future__ import annotations

import math
import multiprocessing
import socket
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from multiprocessing.sharedctypes import Synchronized

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from alerts.config import SmtpTarget
from alerts.notify.channels.email import EMAIL_GROUP
from alerts.notify.email import SmtpSender, build_message
from benchmarks.report import machine_line, peak_rss_mib
from tests.support.ports import free_port

_TEXT = "Crews restarted repairs on the quay, the harbour authority said on Monday.\n" * 20


@dataclass(frozen=True)
class SmtpResult:
    """Messages per second, and the sizes they were measured on."""

    n: int
    received: int
    connections: int
    group: int
    pooled_per_s: float
    baseline_sample: int
    one_at_a_time_per_s: float
    baseline_per_s: float
    ratio: float
    peak_rss_mib: float

    def as_dict(self) -> dict[str, object]:
        """As `--json` prints it."""
        return asdict(self)


class _Counter:
    def __init__(self, count: Synchronized[int]) -> None:
        self.count = count

    async def handle_EHLO(  # noqa: N802 (aiosmtpd's name)
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        """aiosmtpd takes pipelined commands but does not say so: say it, as MTAs do."""
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802 (aiosmtpd's name)
        with self.count.get_lock():
            self.count.value += 1
        return "250 OK"


def _serve(port: int, count: Synchronized[int]) -> None:
    controller = Controller(_Counter(count), hostname="127.0.0.1", port=port)
    controller.start()
    while True:
        time.sleep(3600)


def _messages(n: int, offset: int) -> Iterator[EmailMessage]:
    """Built one at a time, so memory stays flat however many are sent."""
    for i in range(offset, offset + n):
        yield build_message(
            mail_from="Alerts <alerts@localhost>",
            to=f"u{i}@example.org",
            subject="Harbour works resume [Ports]",
            text=_TEXT,
            html=f"<p>{_TEXT}</p>",
            message_id=f"msg_bench_{i}",
            unsubscribe_url="http://localhost:8000/unsubscribe?token=x",
        )


def _wait_for(count: Synchronized[int], n: int, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while count.value < n and time.monotonic() < deadline:
        time.sleep(0.01)


def _schedule(counts: dict[str, int]) -> list[str]:
    """Which path sends each group of `EMAIL_GROUP` messages: the paths' groups are spread
    evenly over the run, so all of them see the same load on a shared machine."""
    placed: list[tuple[float, str]] = []
    for path, messages in counts.items():
        groups = math.ceil(messages / EMAIL_GROUP)
        placed += [((k + 0.5) / groups, path) for k in range(groups)]
    return [path for _, path in sorted(placed)]


def _send(
    path: str, group: list[EmailMessage], target: SmtpTarget, pool: SmtpSender, single: SmtpSender
) -> None:
    """`send_all` over the pool; `send` per message over one connection; or the baseline,
    a new connection (connect, EHLO, send, QUIT) for every message."""
    if path == "pooled":
        failures = [f for f in pool.send_all(group) if f is not None]
        if failures:
            raise failures[0]
        return
    for message in group:
        if path == "one_at_a_time":
            single.send(message)
            continue
        with SmtpSender(target, timeout_s=30) as fresh:
            fresh.send(message)


def _rates(target: SmtpTarget, n: int, sample: int, connections: int) -> dict[str, float]:
    """Messages/s of each path: each group is built untimed, then sent and timed."""
    counts = {"pooled": n, "one_at_a_time": sample, "fresh": sample}
    sent = dict.fromkeys(counts, 0)
    sending_s = dict.fromkeys(counts, 0.0)
    messages = _messages(n + 2 * sample, 0)
    with (
        SmtpSender(target, timeout_s=30, connections=connections) as pool,
        SmtpSender(target, timeout_s=30) as single,
    ):
        for path in _schedule(counts):
            group = [next(messages) for _ in range(min(EMAIL_GROUP, counts[path] - sent[path]))]
            started = time.perf_counter()
            _send(path, group, target, pool, single)
            sending_s[path] += time.perf_counter() - started
            sent[path] += len(group)
    return {path: counts[path] / sending_s[path] for path in counts}


def run_smtp(n: int, *, sample: int, connections: int) -> SmtpResult:
    """Start the server process; send N messages in groups over `connections`, and samples
    one at a time and the baseline way, interleaved; count what the server accepted."""
    context = multiprocessing.get_context("spawn")
    count: Synchronized[int] = context.Value("i", 0)
    port = free_port()
    server = context.Process(target=_serve, args=(port, count), daemon=True)
    server.start()
    try:
        target = SmtpTarget.from_url(f"smtp://127.0.0.1:{port}")
        _wait_until_listening(target)
        sample = min(sample, n)
        rates = _rates(target, n, sample, connections)
        _wait_for(count, n + 2 * sample)
        received = count.value
    finally:
        server.terminate()
        server.join(timeout=10)
    return SmtpResult(
        n=n,
        received=received,
        connections=connections,
        group=EMAIL_GROUP,
        pooled_per_s=round(rates["pooled"], 1),
        baseline_sample=sample,
        one_at_a_time_per_s=round(rates["one_at_a_time"], 1),
        baseline_per_s=round(rates["fresh"], 1),
        ratio=round(rates["pooled"] / rates["fresh"], 1),
        peak_rss_mib=round(peak_rss_mib(), 1),
    )


def _wait_until_listening(target: SmtpTarget, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex((target.host, target.port)) == 0:
                return
        time.sleep(0.05)


def markdown(result: SmtpResult) -> str:
    """The BENCHMARKS.md section."""
    r = result
    return "\n".join(
        [
            f"## SMTP: {r.n:,} messages to a loopback aiosmtpd",
            "",
            machine_line(),
            "",
            "| path | messages | messages/s |",
            "| --- | ---: | ---: |",
            f"| `SmtpSender.send_all`, groups of {r.group}, {r.connections} connections, "
            f"pipelined | {r.n:,} | {r.pooled_per_s:,} |",
            f"| `SmtpSender.send`, one message at a time, one connection, pipelined "
            f"| {r.baseline_sample:,} | {r.one_at_a_time_per_s:,} |",
            f"| new connection per message | {r.baseline_sample:,} | {r.baseline_per_s:,} |",
            "",
            f"Speed-up over a new connection per message: **{r.ratio}x**; goal ≥ 500/s. "
            f"Accepted by the server: {r.received:,} of {r.n + 2 * r.baseline_sample:,}. "
            f"Messages go in groups of {r.group}, the three paths' groups interleaved so that "
            "each sees the same load. "
            "MAIL FROM, RCPT TO and DATA go in one write (RFC 2920 PIPELINING), the content in "
            "the next: two round trips per message instead of four. Several connections let "
            "the client flatten one message while the server takes another, which pays when "
            "each side has a core to itself, or against a distant server whose round trips "
            "dominate; on loopback both sides are bound by CPU (Python's e-mail generator in "
            "the client, aiosmtpd in the server), and here they share the machine's two "
            f"cores. Peak RSS of the benchmark process: {r.peak_rss_mib} MiB.",
        ]
    )
