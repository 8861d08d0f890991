"""Entity and DTD refusal on the raw bytes: no encoding declaration, byte-order mark, byte
order, code-unit alignment or HTTP charset gets a billion-laughs or XXE document past
`check_xml`, and real feeds in those encodings still pass. The hostile documents are the
hand-written files in tests/fixtures/hostile/, re-encoded here row by row."""

from __future__ import annotations

import codecs
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from alerts import pipeline
from alerts.config import Settings, load_settings
from alerts.errors import FeedError
from alerts.feeds.parse import parse_feed
from alerts.feeds.registry import add_feed
from alerts.feeds.safety import check_xml
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, FeedRow
from tests.conftest import FIXTURES
from tests.feeds.hostile import GOOD_FEED, HostileServer, serve_bytes

HOSTILE = FIXTURES / "hostile"
LAUGHS = (HOSTILE / "laughs-unknown-encoding.xml").read_text()
XXE = (HOSTILE / "xxe-unknown-encoding.xml").read_text()
UNKNOWN = 'encoding="x-nonexistent-enc"'
BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}


def encoded(text: str, codec: str, declared: str | None, *, bom: bool = False) -> bytes:
    """`text` with its XML declaration naming `declared` (or none), encoded with `codec`."""
    declaration = f'encoding="{declared}"' if declared else ""
    body = text.replace(UNKNOWN, declaration).encode(codec)
    if codec == "utf-7":  # Python writes '<' as is; a hostile feed hides it as '+ADw-'
        body = body.replace(b"<!", b"+ADw-!")
    return (BOMS[codec] if bom else b"") + body


def escaped(text: str) -> bytes:
    """`text` declared as `unicode_escape`, with every '<' after the declaration as `\\x3c`."""
    declaration = f'<?xml version="1.0" {UNKNOWN}?>'
    body = text.replace(declaration, "").replace("<", "\\x3c")
    return b'<?xml version="1.0" encoding="unicode_escape"?>' + body.encode()


# (case, codec the bytes are in, encoding the declaration names, byte-order mark?)
ENCODINGS = [
    ("unknown name", "utf-8", "x-nonexistent-enc", False),
    ("unknown name, UTF-8 BOM", "utf-8", "x-nonexistent-enc", True),
    ("no declaration", "utf-8", None, False),
    ("declared windows-1252", "cp1252", "windows-1252", False),
    ("UTF-16 LE with BOM", "utf-16-le", "UTF-16", True),
    ("UTF-16 LE without BOM", "utf-16-le", "utf-16", False),
    ("UTF-16 BE with BOM", "utf-16-be", "UTF-16BE", True),
    ("UTF-16 BE, unknown name", "utf-16-be", "x-nonexistent-enc", False),
    ("UTF-32 LE with BOM", "utf-32-le", "UTF-32", True),
    ("UTF-32 BE without BOM", "utf-32-be", "ucs-4", False),
    ("UTF-32 LE, unknown name", "utf-32-le", "x-nonexistent-enc", False),
    ("EBCDIC", "cp037", "ebcdic-cp-us", False),
    ("UTF-7, '<!' written '+ADw-!'", "utf-7", "utf-7", False),
]


@pytest.mark.parametrize("document", [LAUGHS, XXE], ids=["laughs", "xxe"])
@pytest.mark.parametrize(
    ("case", "codec", "declared", "bom"), ENCODINGS, ids=[e[0] for e in ENCODINGS]
)
def test_entity_documents_are_refused_in_every_encoding(
    document: str, case: str, codec: str, declared: str | None, bom: bool
) -> None:
    with pytest.raises(FeedError, match="refused: the feed declares XML entities"):
        check_xml(encoded(document, codec, declared, bom=bom))


@pytest.mark.parametrize(
    ("case", "raw", "content_type"),
    [
        (
            "UTF-7 named only by HTTP",
            encoded(LAUGHS, "utf-7", None),
            "application/xml; charset=utf-7",
        ),
        ("unicode_escape", escaped(LAUGHS), None),
        (
            "UTF-7 named far along the first line",
            encoded(
                LAUGHS.replace('version="1.0"', 'version="1.0"' + " " * 70_000), "utf-7", "utf-7"
            ),
            None,
        ),
        ("unicode_escape, odd escapes", escaped(LAUGHS.replace("lolz", "lo\\qlz")), None),
        ("odd byte before UTF-16", b"\x00" + encoded(XXE, "utf-16-le", None), None),
        ("odd bytes before UTF-32", b"\x00\x00\x00" + encoded(XXE, "utf-32-be", None), None),
        ("lower-case keyword", LAUGHS.replace("<!ENTITY", "<!entity").encode(), None),
        ("space after <!", LAUGHS.replace("<!ENTITY", "<! \nENTITY").encode(), None),
        ("parameter entity", (HOSTILE / "parameter-entity.xml").read_bytes(), None),
    ],
)
def test_sidesteps_are_refused(case: str, raw: bytes, content_type: str | None) -> None:
    with pytest.raises(FeedError, match="refused: the feed declares XML entities"):
        check_xml(raw, content_type)


def test_a_dtd_that_is_not_a_web_address_is_refused() -> None:
    with pytest.raises(FeedError, match="DTD that is not a web address"):
        check_xml((HOSTILE / "dtd-file.xml").read_bytes())


GOOD = GOOD_FEED.decode()


@pytest.mark.parametrize(
    ("case", "raw"),
    [
        ("UTF-8", GOOD_FEED),
        (
            "UTF-16 with BOM",
            codecs.BOM_UTF16_LE + GOOD.replace("utf-8", "utf-16").encode("utf-16-le"),
        ),
        (
            "UTF-32 BE with BOM",
            codecs.BOM_UTF32_BE + GOOD.replace("utf-8", "utf-32").encode("utf-32-be"),
        ),
        (
            "windows-1252",
            GOOD.replace("utf-8", "windows-1252").replace("Boats", "Bo\xe2ts").encode("cp1252"),
        ),
        ("unknown encoding name", GOOD_FEED.replace(b"utf-8", b"x-nonexistent-enc")),
        ("RSS 0.91 with the Netscape DTD", (HOSTILE / "rss091-netscape.xml").read_bytes()),
    ],
)
def test_real_feeds_in_those_encodings_still_pass(case: str, raw: bytes) -> None:
    check_xml(raw, "application/rss+xml")
    assert parse_feed(raw).articles


# --- Through the watcher: refused before parsing, recorded on the feed, nothing stored ---


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(
        database_url=f"sqlite:///{tmp_path / 'xml.db'}",
        fetch_timeout_s=3,
        feed_allowed_hosts=("127.0.0.1",),
    )


@pytest.mark.parametrize(
    ("document", "codec", "declared", "content_type"),
    [
        (LAUGHS, "utf-8", "x-nonexistent-enc", None),
        (XXE, "utf-16-le", "utf-16", "application/rss+xml"),
        (LAUGHS, "utf-32-be", "x-nonexistent-enc", "text/xml"),
        (XXE, "utf-7", None, "application/xml; charset=utf-7"),
    ],
    ids=["laughs-unknown-name", "xxe-utf16-no-bom", "laughs-utf32be", "xxe-utf7-by-http"],
)
def test_the_watcher_refuses_before_parsing(
    settings: Settings,
    tmp_path: Path,
    document: str,
    codec: str,
    declared: str | None,
    content_type: str | None,
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    body = encoded(document.replace("file:///etc/passwd", secret.as_uri()), codec, declared)
    headers = {"Content-Type": content_type} if content_type else {}
    with HostileServer() as server:
        server.routes["/feed"] = serve_bytes(body, headers)
        with session_scope(settings.database_url) as session:
            feed_id = add_feed(
                session, server.url("/feed"), allowed_hosts=settings.feed_allowed_hosts
            )[0].id
        tracemalloc.start()
        with session_scope(settings.database_url) as session:
            pipeline.poll_feeds(settings, session, [feed_id])
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    with session_scope(settings.database_url) as session:
        feed = session.get_one(FeedRow, feed_id)
        stored = session.scalar(select(func.count()).select_from(ArticleRow))
        assert feed.status == "failing"
        assert (feed.last_error or "").startswith("refused: the feed declares XML entities")
        assert "TOP-SECRET" not in (feed.last_error or "")
    assert stored == 0
    assert peak < 50 * 1024 * 1024
