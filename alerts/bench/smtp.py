"""`alerts bench smtp`: messages/s submitted to a loopback SMTP server (aiosmtpd, in its
own process) by `SmtpSender`, which keeps one connection open across messages, against a
new connection per message (connect, EHLO, send, QUIT) timed in the same run. Only the sends are
timed, not building the messages: this measures submission, not rendering.
"""

from __future__ import annotations

import multiprocessing
import socket
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from alerts.bench.faults_env import free_port
from alerts.bench.report import machine_line, peak_rss_mib, write_section
from alerts.config import SmtpTarget
from alerts.notify.email import SmtpSender, build_message

_TEXT = "Crews restarted repairs on the quay, the harbour authority said on Monday.\n" * 20


@dataclass(frozen=True)
class SmtpResult:
    """Messages per second, and the sizes they were measured on."""

    n: int
    received: int
    reuse_per_s: float
    baseline_sample: int
    baseline_per_s: float
    ratio: float
    peak_rss_mib: float

    def as_dict(self) -> dict[str, object]:
        """As `--json` prints it."""
        return asdict(self)


class _Counter:
    def __init__(self, count: Synchronized[int]) -> None:
        self.count = count

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


def _reuse_per_s(target: SmtpTarget, n: int, offset: int) -> float:
    """Only the sends are timed, not building the messages."""
    sending_s = 0.0
    with SmtpSender(target, timeout_s=30) as sender:
        for message in _messages(n, offset):
            started = time.perf_counter()
            sender.send(message)
            sending_s += time.perf_counter() - started
    return n / sending_s


def _fresh_per_s(target: SmtpTarget, n: int) -> float:
    """The baseline: a new connection (connect, EHLO, send, QUIT) for every message."""
    sending_s = 0.0
    for message in _messages(n, 0):
        started = time.perf_counter()
        with SmtpSender(target, timeout_s=30) as sender:
            sender.send(message)
        sending_s += time.perf_counter() - started
    return n / sending_s


def run_smtp(n: int, *, sample: int) -> SmtpResult:
    """Start the server process, send a sample the baseline way, then N reusing one
    connection; count what the server accepted."""
    context = multiprocessing.get_context("spawn")
    count: Synchronized[int] = context.Value("i", 0)
    port = free_port()
    server = context.Process(target=_serve, args=(port, count), daemon=True)
    server.start()
    try:
        target = SmtpTarget.from_url(f"smtp://127.0.0.1:{port}")
        _wait_until_listening(target)
        sample = min(sample, n)
        baseline = _fresh_per_s(target, sample)
        reuse = _reuse_per_s(target, n, sample)
        _wait_for(count, n + sample)
        received = count.value
    finally:
        server.terminate()
        server.join(timeout=10)
    return SmtpResult(
        n=n,
        received=received,
        reuse_per_s=round(reuse, 1),
        baseline_sample=sample,
        baseline_per_s=round(baseline, 1),
        ratio=round(reuse / baseline, 1),
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
            f"| `SmtpSender`, one connection reused | {r.n:,} | {r.reuse_per_s:,} |",
            f"| new connection per message | {r.baseline_sample:,} | {r.baseline_per_s:,} |",
            "",
            f"Speed-up: **{r.ratio}x**; goal ≥ 500/s. Accepted by the server: "
            f"{r.received:,} of {r.n + r.baseline_sample:,}. Messages are sent one after the "
            "other on the connection (no SMTP pipelining yet). Peak RSS of the benchmark "
            f"process: {r.peak_rss_mib} MiB.",
        ]
    )


def record(result: SmtpResult, output: Path) -> None:
    """Write the section to BENCHMARKS.md."""
    write_section("smtp", markdown(result), output)
