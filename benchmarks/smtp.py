"""`alerts bench smtp`: instant e-mails built and sent per second to a loopback SMTP server
(aiosmtpd, in its own process, advertising PIPELINING as MTAs do), beside the ceiling.

Each message is built as the e-mail channel builds it (an unsubscribe link signed for the
user, `instant_email`: both templates rendered, the CSS inlined, the MIME written) and
submitted by `SmtpSender.send_all` in groups of `EMAIL_GROUP`, as `deliver_batch` does:
several connections, each kept open and pipelining MAIL FROM, RCPT TO and DATA. Building is
timed with sending. Timed in the same run, their groups interleaved so that every path sees
the same load:

- the ceiling: a minimal asyncio client sending the same messages, prebuilt as bytes, over
  the same number of connections with the same pipelining (RFC 2920), and nothing else;
- one message at a time over one reused connection, built and sent;
- the baseline, a new connection per message (connect, EHLO, send, QUIT), built and sent.

Also timed: building alone, and building the same message with `email`'s `EmailMessage`
and generator (the way it was built before), neither sent. The client's CPU time gives the
rate per core: the server has its own process, on the machine's other core.
"""

from __future__ import annotations

import asyncio
import email.policy
import math
import multiprocessing
import re
import secrets
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from multiprocessing.sharedctypes import Synchronized

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from alerts.config import Settings, SmtpTarget, load_settings
from alerts.errors import DeliveryError
from alerts.notify.channels.email import EMAIL_GROUP
from alerts.notify.email import SmtpSender
from alerts.notify.messages import instant_email
from alerts.notify.mime import Email
from alerts.notify.render import Source, StoryView
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from benchmarks.report import machine_line, peak_rss_mib
from tests.support.ports import free_port

_SUMMARY = "Crews restarted repairs on the quay, the harbour authority said on Monday. " * 4
STORY = StoryView(
    story_id=1,
    article_id=1,
    title="Harbour works resume after the storm",
    url="https://news.example/harbour",
    summary=f"{_SUMMARY}\n\n{_SUMMARY}",
    published=datetime(2026, 12, 6, 14, 30, tzinfo=UTC),
    topics=("Ports", "Weather"),
    sources=(Source("Coast Wire", "https://news.example/harbour"), Source("Daily Tide", "")),
)
KEY = secrets.token_hex(16)  # signs the unsubscribe links, as the instance secret does
_GENERIC_POLICY = email.policy.default.clone(max_line_length=998, linesep="\r\n")


@dataclass(frozen=True)
class SmtpResult:
    """Messages per second, and the sizes they were measured on."""

    n: int
    received: int
    connections: int
    group: int
    pooled_per_s: float  # built and sent, wall clock
    per_core_per_s: float  # built and sent, per second of the client's CPU
    ceiling_per_s: float
    share_of_ceiling: float
    built_per_s: float
    generic_built_per_s: float
    baseline_sample: int
    one_at_a_time_per_s: float
    baseline_per_s: float
    ratio: float
    message_bytes: int
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


def _build(settings: Settings, i: int) -> Email:
    """Message `i` as the e-mail channel builds it."""
    link = unsubscribe_url(settings.base_url, KEY, UnsubscribeRequest(i, STORY.topics))
    return instant_email(
        settings, to=f"u{i}@example.org", story=STORY, message_id=f"msg_bench_{i}",
        unsubscribe_url=link,
    )  # fmt: skip


_Parts = tuple[list[tuple[str, str]], str, str]


def _generic_parts(mail: Email) -> _Parts:
    """A built message's headers (up to List-Unsubscribe-Post) and texts, read back."""
    parsed = email.message_from_bytes(mail.data, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    text, html = (parsed.get_body((kind,)) for kind in ("plain", "html"))
    assert text is not None and html is not None
    headers = [(name, str(value)) for name, value in parsed.items()[:7]]
    return headers, str(text.get_content()), str(html.get_content())


def _generic_build(parts: _Parts) -> bytes:
    """The same message through `EmailMessage` and its generator, as it was built before."""
    headers, text, html = parts
    message = EmailMessage(policy=_GENERIC_POLICY)
    for name, value in headers:
        message[name] = value
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    message.set_boundary("==" + secrets.token_hex(16))
    return message.as_bytes()


_DOT = re.compile(rb"^\.", re.MULTILINE)


def _wire(mail: Email) -> tuple[bytes, bytes]:
    """The ceiling's prebuilt bytes: the pipelined commands, and the dot-stuffed content."""
    commands = f"MAIL FROM:<{mail.sender}>\r\nRCPT TO:<{mail.recipient}>\r\nDATA\r\n"
    return commands.encode(), _DOT.sub(b"..", mail.data) + b".\r\n"


async def _reply(reader: asyncio.StreamReader) -> None:
    """Read one reply (all its lines); anything but 2xx or 354 is an error."""
    while True:
        line = await reader.readline()
        if line[3:4] != b"-":
            break
    if not (line.startswith(b"2") or line.startswith(b"354")):
        raise RuntimeError(f"the server refused: {line!r}")


@dataclass
class _RawClient:
    """The ceiling: `connections` plain asyncio connections, each sending its share of a
    group as RFC 2920 allows (MAIL, RCPT and DATA in one write, the content after 354)."""

    target: SmtpTarget
    connections: int
    loop: asyncio.AbstractEventLoop = field(default_factory=asyncio.new_event_loop)
    lanes: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = field(default_factory=list)

    def __enter__(self) -> _RawClient:
        self.lanes = [self.loop.run_until_complete(self._open()) for _ in range(self.connections)]
        return self

    def __exit__(self, *exc: object) -> None:
        for _, writer in self.lanes:
            writer.close()
        self.loop.close()

    async def _open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection(self.target.host, self.target.port)
        await _reply(reader)
        writer.write(b"EHLO bench.example\r\n")
        await _reply(reader)
        return reader, writer

    def send(self, wires: list[tuple[bytes, bytes]]) -> None:
        """Send a group, spread over the connections."""
        self.loop.run_until_complete(self._spread(wires))

    async def _spread(self, wires: list[tuple[bytes, bytes]]) -> None:
        share = math.ceil(len(wires) / len(self.lanes))
        await asyncio.gather(
            *(
                self._lane(*lane, wires[k * share : (k + 1) * share])
                for k, lane in enumerate(self.lanes)
            )
        )

    @staticmethod
    async def _lane(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter, wires: list[tuple[bytes, bytes]]
    ) -> None:
        for commands, data in wires:
            writer.write(commands)
            for _ in range(3):
                await _reply(reader)
            writer.write(data)
            await _reply(reader)


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


@dataclass
class _Paths:
    """The senders of one run, and what each path has cost so far."""

    settings: Settings
    target: SmtpTarget
    pool: SmtpSender
    single: SmtpSender
    raw: _RawClient
    wall_s: dict[str, float] = field(default_factory=dict)
    cpu_s: dict[str, float] = field(default_factory=dict)

    def run(self, path: str, ids: range) -> None:
        """Build and send messages `ids` the path's way, timing it (wall and CPU)."""
        work = self._work(path, ids)
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        self.wall_s[path] = self.wall_s.get(path, 0.0) + time.perf_counter() - wall
        self.cpu_s[path] = self.cpu_s.get(path, 0.0) + time.process_time() - cpu

    def _work(self, path: str, ids: range) -> Callable[[], object]:
        """What is timed; the ceiling's bytes are built before, untimed."""
        if path == "ceiling":
            wires = [_wire(_build(self.settings, i)) for i in ids]
            return lambda: self.raw.send(wires)
        if path == "pooled":
            return lambda: _no_failures(self.pool.send_all([_build(self.settings, i) for i in ids]))
        if path == "built":
            return lambda: [_build(self.settings, i) for i in ids]
        if path == "generic":
            parts = [_generic_parts(_build(self.settings, i)) for i in ids]
            return lambda: [_generic_build(p) for p in parts]
        if path == "one_at_a_time":
            return lambda: self._one_by_one(ids, fresh=False)
        return lambda: self._one_by_one(ids, fresh=True)

    def _one_by_one(self, ids: range, *, fresh: bool) -> None:
        """Over the one reused connection, or a new connection per message."""
        for i in ids:
            if not fresh:
                self.single.send(_build(self.settings, i))
                continue
            with SmtpSender(self.target, timeout_s=30) as sender:
                sender.send(_build(self.settings, i))


def _no_failures(outcomes: Sequence[DeliveryError | None]) -> None:
    failures = [f for f in outcomes if f is not None]
    if failures:
        raise failures[0]


SENT = ("pooled", "ceiling", "one_at_a_time", "fresh")


def _measure(paths: _Paths, n: int, sample: int) -> dict[str, int]:
    """Run every path's groups, interleaved; the messages each path handled."""
    counts = {"pooled": n, "ceiling": n, "built": n, "generic": sample}
    counts |= {"one_at_a_time": sample, "fresh": sample}
    done = dict.fromkeys(counts, 0)
    start = 0
    for path in _schedule(counts):
        size = min(EMAIL_GROUP, counts[path] - done[path])
        paths.run(path, range(start, start + size))
        done[path] += size
        start += size
    return counts


def _rates(target: SmtpTarget, n: int, sample: int, connections: int) -> dict[str, float]:
    """Messages/s of each path; `per_core`, the pooled path per second of client CPU."""
    settings = load_settings()
    with (
        SmtpSender(target, timeout_s=30, connections=connections) as pool,
        SmtpSender(target, timeout_s=30) as single,
        _RawClient(target, connections) as raw,
    ):
        paths = _Paths(settings, target, pool, single, raw)
        counts = _measure(paths, n, sample)
    rates = {path: counts[path] / paths.wall_s[path] for path in counts}
    rates["per_core"] = n / paths.cpu_s["pooled"]
    rates["bytes"] = len(_build(settings, 0).data)
    return rates


def _sent_total(n: int, sample: int) -> int:
    return 2 * n + 2 * sample


def run_smtp(n: int, *, sample: int, connections: int) -> SmtpResult:
    """Start the server process; build and send N messages in groups over `connections`,
    N prebuilt ones by the raw client, and samples the other ways, interleaved; count what
    the server accepted."""
    context = multiprocessing.get_context("spawn")
    count: Synchronized[int] = context.Value("i", 0)
    port = free_port()
    server = context.Process(target=_serve, args=(port, count), daemon=True)
    server.start()
    sample = min(sample, n)
    try:
        target = SmtpTarget.from_url(f"smtp://127.0.0.1:{port}")
        _wait_until_listening(target)
        rates = _rates(target, n, sample, connections)
        _wait_for(count, _sent_total(n, sample))
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
        per_core_per_s=round(rates["per_core"], 1),
        ceiling_per_s=round(rates["ceiling"], 1),
        share_of_ceiling=round(rates["pooled"] / rates["ceiling"], 3),
        built_per_s=round(rates["built"], 1),
        generic_built_per_s=round(rates["generic"], 1),
        baseline_sample=sample,
        one_at_a_time_per_s=round(rates["one_at_a_time"], 1),
        baseline_per_s=round(rates["fresh"], 1),
        ratio=round(rates["pooled"] / rates["fresh"], 1),
        message_bytes=int(rates["bytes"]),
        peak_rss_mib=round(peak_rss_mib(), 1),
    )


def _wait_until_listening(target: SmtpTarget, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex((target.host, target.port)) == 0:
                return
        time.sleep(0.05)


def _rows(r: SmtpResult) -> Iterator[str]:
    yield "| path | messages | messages/s |"
    yield "| --- | ---: | ---: |"
    yield (
        f"| **built and sent**: `instant_email` + `SmtpSender.send_all`, groups of {r.group}, "
        f"{r.connections} connections, pipelined | {r.n:,} | **{r.pooled_per_s:,}** "
        f"({r.per_core_per_s:,} per second of client CPU) |"
    )
    yield (
        f"| ceiling: raw asyncio client, the same messages prebuilt, {r.connections} "
        f"connections, pipelined | {r.n:,} | {r.ceiling_per_s:,} |"
    )
    yield f"| built only (`instant_email`), not sent | {r.n:,} | {r.built_per_s:,} |"
    yield (
        f"| the MIME step alone the former way: `EmailMessage` + generator from the rendered "
        f"texts, not sent "
        f"| {r.baseline_sample:,} | {r.generic_built_per_s:,} |"
    )
    yield (
        f"| built and sent one at a time (`SmtpSender.send`), one connection "
        f"| {r.baseline_sample:,} | {r.one_at_a_time_per_s:,} |"
    )
    yield (
        f"| built and sent, a new connection per message | {r.baseline_sample:,} "
        f"| {r.baseline_per_s:,} |"
    )


def markdown(result: SmtpResult) -> str:
    """The BENCHMARKS.md section."""
    r = result
    return "\n".join(
        [
            f"## SMTP: {r.n:,} instant e-mails built and sent to a loopback aiosmtpd",
            "",
            machine_line(),
            "",
            *_rows(r),
            "",
            f"Share of the ceiling: **{r.share_of_ceiling:.0%}**; goal ≥ 1,000 built and sent "
            f"per second of one core. A whole build (rendering included) now runs "
            f"{r.built_per_s / r.generic_built_per_s:.1f}x as fast as the former MIME step "
            f"alone. Speed-up over a new connection per message: {r.ratio}x. "
            f"Accepted by the server: {r.received:,} of {_sent_total(r.n, r.baseline_sample):,}. "
            f"Messages ({r.message_bytes:,} bytes each) are built as the e-mail channel builds "
            "them: an unsubscribe link signed for the user, both templates rendered, the CSS "
            "inlined, the MIME written from prebuilt parts (`alerts.notify.mime`). The paths' "
            "groups are interleaved so that each sees the same load. MAIL FROM, RCPT TO and "
            "DATA go in one write (RFC 2920 PIPELINING), the content in the next. The ceiling "
            "is bound by aiosmtpd (pure Python, one core); the product's client shares the "
            "machine's two cores with it, hence the rate per second of client CPU. Peak RSS of "
            f"the benchmark process: {r.peak_rss_mib} MiB.",
        ]
    )
