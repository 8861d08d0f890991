"""Plain RSS read without feedparser gives the very `ParsedFeed` feedparser gives: on every
feed of the shared corpus and of the fixtures, on the benchmark's Reuters feeds and on
hand-written documents aimed at feedparser's quirks, with and without HTTP headers. The
plain ones must take the shortcut, so a shortcut that stopped being taken fails here."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alerts.feeds import parse
from alerts.feeds.parse import parse_feed
from alerts.feeds.plainrss import read_plain_rss
from benchmarks.classify import load_texts
from benchmarks.cycle import feed_documents
from tests.conftest import FIXTURES, SHARED_DATA

CORPUS = SHARED_DATA / "feeds"
REUTERS = SHARED_DATA / "reuters21578" / "train.jsonl"
BASE = "http://127.0.0.1:4000/feed/1.xml"
# (content type, base URL): a file read from disk, and two ways a server may describe it
HEADERS = [
    (None, ""),
    ("application/rss+xml", BASE),
    ("application/xml; charset=UTF-8", "https://news.example/feeds/world"),
]


class _Frozen(datetime):
    """`now` held still, so future dates clamp alike in both reads."""

    @classmethod
    def now(cls, tz: object = None) -> _Frozen:  # type: ignore[override]
        return cls(2026, 12, 1, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _frozen_now(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(parse, "datetime", _Frozen)
    yield


# The entry fields `parse._to_article` reads
FIELDS = ("title", "link", "id", "summary", "content", "author")
DATES = ("published_parsed", "updated_parsed", "created_parsed")


def both_ways(
    monkeypatch: pytest.MonkeyPatch, raw: bytes, content_type: str | None, base_url: str
) -> bool:
    """Check both reads agree, on the articles and on the entry fields behind them (where
    text rendering could hide a difference); True when the shortcut read the document."""
    kwargs = {"base_url": base_url, "content_type": content_type, "max_entries": 1_000}
    plain = read_plain_rss(raw, **kwargs)  # type: ignore[arg-type]
    if plain is not None:
        title, entries, error = parse._feedparser_read(raw, base_url, content_type)
        assert error is None and plain[0] == title
        assert [_fields(e) for e in plain[1]] == [_fields(e) for e in entries]
    shortcut = parse_feed(raw, **kwargs)  # type: ignore[arg-type]
    with monkeypatch.context() as forced:
        forced.setattr(parse, "PLAIN_RSS_SHORTCUT", False)
        assert parse_feed(raw, **kwargs) == shortcut  # type: ignore[arg-type]
    return plain is not None


def _fields(entry: dict[str, object]) -> tuple[object, ...]:
    return tuple(entry.get(k) for k in FIELDS) + tuple(dict.get(entry, k) for k in DATES)


def _item(body: str, namespaces: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"{namespaces}><channel>'
        f"<title>T</title>{body}</channel></rss>"
    ).encode()


# The namespaces real feeds declare, under their usual prefixes
NS = (
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:dcterms="http://purl.org/dc/terms/"'
    ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:atom="http://www.w3.org/2005/Atom"'
    ' xmlns:media="http://search.yahoo.com/mrss/"'
    ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
    ' xmlns:slash="http://purl.org/rss/1.0/modules/slash/"'
    ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"'
    ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
    ' xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"'
)


def _ns(body: str) -> bytes:
    return _item(body, NS)


# Plain documents, each aimed at one of feedparser's ways with a field.
PLAIN = {
    "guid is the link": _item("<item><title>a</title><guid>https://x.example/1</guid></item>"),
    "guid not a permalink": _item(
        '<item><title>a</title><guid isPermaLink="false">tag:x,2026:1</guid></item>'
        '<item><title>b</title><guid isPermaLink="false">1234</guid></item>'
    ),
    "permalink spelled True": _item(
        '<item><title>a</title><guid isPermaLink="True">https://x.example/1</guid></item>'
    ),
    "relative guid and link": _item(
        "<item><title>a</title><guid>/story/1</guid><link>story/2?a=1&amp;b=2</link></item>"
    ),
    "guid before link": _item(
        "<item><guid>https://x.example/g</guid><link>https://x.example/l</link></item>"
    ),
    "two links, empty link": _item(
        "<item><title>a</title><link>https://x.example/1</link><link></link></item>"
        "<item><title>b</title><link> </link><guid>https://x.example/2</guid></item>"
    ),
    "entity in link": _item(
        "<item><title>a</title><link>https://x.example/?a=1&amp;amp;b=2&amp;c;d</link></item>"
    ),
    "markup in fields": _item(
        "<item><title>Hello &amp; &lt;b&gt;bye&lt;/b&gt;</title><link>https://x.example/1</link>"
        "<description><![CDATA[<p>One</p><script>alert(1)</script><p>Two &amp; <i>x</i></p>]]>"
        "</description></item>"
        "<item><title>&lt;script&gt;x&lt;/script&gt;</title><link>https://x.example/2</link>"
        "<description>&lt;CH&gt; rose &amp; fell &#233; &#150; &#x2019;</description></item>"
        "<item><title>&lt;em onclick=&quot;x()&quot;&gt;Hi&lt;/em&gt; there</title>"
        "<link>https://x.example/4</link></item>"
        "<item><title>a &lt;unknowntag&gt;b&lt;/unknowntag&gt; &amp;c;</title>"
        "<link>https://x.example/3</link></item>"
    ),
    "latin-1 misread": _item(
        "<item><title>CafÃ© Ã\u00a0la carte</title><link>https://x.example/1</link>"
        "<description>naÃ¯ve</description></item>"
        "<item><title>\u0080 \u0093quoted\u0094</title><link>https://x.example/2</link>"
        "<description>CafÃ© \u0093quoted\u0094</description></item>"
    ),
    "whitespace": _item(
        "<item><title>\n  Breaking:\n strikes \u00a0</title><link>\n https://x.example/1 \n"
        "</link><description>\r\n  one\r\n\r\n two  </description></item>"
    ),
    "titles by depth": (
        b'<rss version="2.0"><channel><image><title>Logo</title><url>https://x.example/l.png'
        b"</url><link>https://x.example/</link></image><title>Feed</title><title>Second</title>"
        b"<item><title></title><title>first real</title><title>later</title></item>"
        b"<item><description>no title</description><link>https://x.example/2</link></item>"
        b"</channel></rss>"
    ),
    "titles after a source or a text input": (
        b'<rss version="2.0"><channel><title>Feed</title><item><title>first</title>'
        b'<source url="https://y.example/rss">Y</source><title>after source</title></item>'
        b"<textInput><title>Search</title><description>d</description><name>q</name>"
        b"<link>https://x.example/s</link></textInput><title>Late</title></channel></rss>"
    ),
    "authors and dates": _item(
        "<item><title>a</title><link>https://x.example/1</link>"
        "<author>jane@x.example (Jane Doe)</author><pubDate>not a date</pubDate></item>"
        "<item><title>b</title><link>https://x.example/2</link><author>Bob</author>"
        "<pubDate>Sat, 01 Jan 2099 00:00:00 GMT</pubDate>"
        "<pubDate>2026-11-02T10:00:00Z</pubDate></item>"
        "<item><title>c</title><link>https://x.example/3</link>"
        "<pubDate>Mon, 02 Nov 2026 10:00:00 +0100</pubDate></item>"
    ),
    "other item elements": _item(
        '<item><title>a</title><link>https://x.example/1</link><category domain="d">C</category>'
        "<comments>https://x.example/1#c</comments>"
        '<enclosure url="https://x.example/a.mp3" length="1" type="audio/mpeg"/></item>'
    ),
    "channel elements": (
        b"\xef\xbb\xbf<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        b'<!-- generated --><?xml-stylesheet href="s.xsl"?><rss version="0.92"><channel>'
        b"<title>Feed &amp; more</title><link>https://x.example/</link><description>d"
        b"</description><language>en</language><ttl>5</ttl><skipHours><hour>1</hour>"
        b'</skipHours><cloud domain="x" port="80" path="/" registerProcedure="p" '
        b'protocol="xml-rpc"/><item><title>a</title><link>https://x.example/1</link></item>'
        b"</channel></rss>"
    ),
    "no declaration, untitled channel": (
        b'<rss version="2.0"><channel><item><title>a</title></item></channel></rss>'
    ),
    "second description read as content": _item(
        "<item><title>a</title><description>one</description><description>two &amp; "
        "&lt;b&gt;bold&lt;/b&gt;</description><description>three</description></item>"
        "<item><title>b</title><description>x</description><description>plain two"
        '</description><link>https://x.example/2</link><enclosure url="https://x.example/e"/>'
        "</item><item><title>c</title><description>only</description></item>"
        '<atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="https://x.example/f"/>'
        "<title>late feed title</title>"
    ),
    "dc:creator and author": _ns(
        "<dc:creator>Feed Owner</dc:creator><itunes:author>Owner</itunes:author>"
        "<item><title>a</title><dc:creator>Jane Doe</dc:creator></item>"
        "<item><title>b</title><author>bob@x.example (Bob)</author><dc:creator>Jane</dc:creator>"
        "</item><item><title>c</title><dc:creator>Jane</dc:creator><author>bob@x.example"
        "</author></item><item><title>d</title><dc:creator>A</dc:creator><dc:creator>B"
        "</dc:creator><itunes:author>Pod &amp; Cast</itunes:author></item>"
        "<item><title>e</title><dc:creator></dc:creator></item>"
    ),
    "content:encoded with and without description": _ns(
        "<item><title>a</title><description>short</description><content:encoded><![CDATA["
        "<p>Full <b>text</b></p><script>x()</script>]]></content:encoded></item>"
        "<item><title>b</title><content:encoded><![CDATA[<p>Only content</p>]]>"
        "</content:encoded></item>"
        "<item><title>c</title><content:encoded>first</content:encoded><description>after"
        "</description><description>again</description></item>"
        "<item><title>d</title><content:encoded>one</content:encoded><content:encoded>two"
        "</content:encoded><itunes:summary>s &lt;i&gt;x&lt;/i&gt;</itunes:summary></item>"
        "<item><title>e</title><content:encoded></content:encoded><description>d"
        "</description></item><item><title>f</title><content:encoded>Caf\u00c3\u00a9 \u0093q"
        "\u0094</content:encoded></item>"
    ),
    "dc:date with and without pubDate": _ns(
        "<dc:date>2026-01-01T00:00:00Z</dc:date>"
        "<item><title>a</title><dc:date>2026-11-02T10:00:00+01:00</dc:date></item>"
        "<item><title>b</title><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate>"
        "<dc:date>2026-10-01T00:00:00Z</dc:date></item>"
        "<item><title>c</title><dc:date>2026-10-01</dc:date><pubDate>Sun, 01 Nov 2026 "
        "10:00:00 GMT</pubDate><dc:date>not a date</dc:date></item>"
        "<item><title>d</title><dcterms:modified>2026-09-01T00:00:00Z</dcterms:modified>"
        "<dcterms:issued>2026-08-01T00:00:00Z</dcterms:issued></item>"
        "<item><title>e</title><dcterms:created>2026-07-01T00:00:00Z</dcterms:created>"
        "<atom:updated>2099-01-01T00:00:00Z</atom:updated></item>"
        "<item><title>f</title><atom:published>2026-06-01T00:00:00Z</atom:published></item>"
    ),
    "namespaces under other prefixes": _item(
        "<item><title>a</title><d:creator>Jane</d:creator><c:encoded>&lt;p&gt;body&lt;/p&gt;"
        "</c:encoded><d:date>2026-11-02T10:00:00Z</d:date><m:title>media</m:title></item>"
        '<item><title>b</title><x:creator xmlns:x="HTTP://PURL.ORG/DC/ELEMENTS/1.1/">X'
        "</x:creator></item>",
        ' xmlns:d="http://purl.org/dc/elements/1.1/"'
        ' xmlns:c="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:m="http://search.yahoo.com/mrss"',
    ),
    # feedparser names an element by its own prefix for the namespace, then maps that name
    # again through the document's prefixes: here dc:creator is read as content_creator
    "a document prefix spelled like feedparser's": _item(
        "<item><title>a</title><author>Bob</author><d:creator>Jane</d:creator><dc:encoded>"
        "&lt;p&gt;body&lt;/p&gt;</dc:encoded></item>",
        ' xmlns:dc="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:d="http://purl.org/dc/elements/1.1/"',
    ),
    "titles and descriptions from other namespaces": _ns(
        "<media:title>Feed by media</media:title><dc:title>Feed by dc</dc:title>"
        "<item><media:title>media first</media:title><title>then title</title></item>"
        "<item><title></title><media:title>media</media:title><title>later</title></item>"
        "<item><title>t</title><media:title>m</media:title><dc:title>dc</dc:title></item>"
        "<item><dc:title>a</dc:title><dc:description>dc desc</dc:description>"
        "<description>desc</description></item>"
        "<item><atom:title>atom title</atom:title><itunes:summary>plain &amp; "
        "simple</itunes:summary></item><item><title>u</title><itunes:summary>a &lt;b "
        "onclick=&quot;y()&quot;&gt;not closed</itunes:summary></item>"
        "<item><title>i</title><description>d</description><itunes:summary>&lt;p&gt;as "
        "content&lt;/p&gt;</itunes:summary></item>"
    ),
    "extensions read aside": _ns(
        '<atom:link href="https://x.example/rss" rel="self" type="application/rss+xml"/>'
        '<atom:link href="/relative" rel="alternate" type="text/html"/><atom:id>tag:x</atom:id>'
        "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>"
        '<dc:language>en</dc:language><dc:rights>&lt;b&gt;c&lt;/b&gt;</dc:rights><feedburner:info uri="x"/>'
        "<itunes:owner><itunes:name>N</itunes:name><itunes:email>e@x.example</itunes:email>"
        '</itunes:owner><itunes:image href="https://x.example/i.png"/><itunes:category '
        'text="News"><itunes:category text="Daily"/></itunes:category><itunes:explicit>no'
        "</itunes:explicit><itunes:summary>feed summary</itunes:summary>"
        '<media:thumbnail url="https://x.example/t.png"/><media:keywords>a, b</media:keywords>'
        "<item><title>a</title><link>https://x.example/1</link><slash:comments>3"
        "</slash:comments><wfw:commentRss>/1/feed</wfw:commentRss><dc:subject>S</dc:subject>"
        "<feedburner:origLink>https://y.example/1</feedburner:origLink><dc:identifier>id"
        '</dc:identifier><media:content url="https://x.example/v.mp4" type="video/mp4" '
        'medium="video"><media:credit scheme="urn:ebu" role="author">Cam</media:credit>'
        '<media:player url="https://x.example/p"/><media:thumbnail url="https://x.example/t"/>'
        '</media:content><media:group><media:content url="https://x.example/a.mp3"/>'
        '<media:category scheme="s">c</media:category></media:group><itunes:duration>1:00'
        "</itunes:duration><itunes:episodeType>full</itunes:episodeType><itunes:subtitle>sub"
        "</itunes:subtitle><itunes:keywords>k</itunes:keywords><dc:language>fr</dc:language>"
        '<dc:publisher>P</dc:publisher><media:credit role="x">C</media:credit>'
        '<itunes:image href="https://x.example/e.png"/><content:encoded>body</content:encoded>'
        "</item>"
    ),
}

# Documents outside the subset: feedparser reads them, with the same result.
NOT_PLAIN = {
    "unknown namespace": _item(
        '<item xmlns:x="http://x.example/ns"><title>a</title><x:creator>Jane</x:creator></item>'
    ),
    "default namespace": _item("<item><title>a</title></item>").replace(
        b'"2.0"', b'"2.0" xmlns="http://backend.userland.com/rss2"'
    ),
    "default namespace inside": _item(
        '<item><title>a</title><creator xmlns="http://purl.org/dc/elements/1.1/">J</creator></item>'
    ),
    "RSS 1.0's namespace": _item(
        '<item><title>a</title><r:link xmlns:r="http://purl.org/rss/1.0/">x</r:link></item>'
    ),
    "namespaced attribute": _ns(
        '<item><title>a</title><media:content url="u" xml:lang="en"/></item>'
    ),
    "attribute read as a base URL": _ns(
        '<item><title>a</title><media:content url="u" base="https://y.example/"/></item>'
    ),
    "typed content": _ns(
        '<item><title>a</title><content:encoded type="text">x</content:encoded></item>'
    ),
    "atom:link in an item": _ns(
        '<item><title>a</title><atom:link href="https://x.example/1"/></item>'
    ),
    "media:description": _ns(
        "<item><title>a</title><media:description>d</media:description></item>"
    ),
    "media:title inside media:content": _ns(
        '<item><title>a</title><media:content url="u"><media:title>m</media:title>'
        "</media:content></item>"
    ),
    "element inside an unknown extension": _ns(
        "<item><title>a</title><slash:comments><title>b</title></slash:comments></item>"
    ),
    "second feed summary": _ns(
        "<itunes:summary>one</itunes:summary><description>two</description>"
        "<item><title>a</title><description>x</description><description>y</description></item>"
    ),
    "a prefix rebound inside its element": _ns(
        '<item><title>a</title><media:group><media:content url="u" '
        'xmlns:media="http://purl.org/dc/elements/1.1/"/></media:group></item>'
    ),
    "markup inside a title": _item("<item><title>Hello <b>bye</b></title></item>"),
    "xml:base": _item('<item xml:base="https://y.example/"><link>a</link></item>'),
    "typed description": _item('<item><description type="text/plain">a</description></item>'),
    "unknown element": _item("<item><title>a</title><summary>s</summary></item>"),
    "element feedparser stores under its own name": _item(
        "<item><title>a</title><published_parsed>x</published_parsed></item>"
    ),
    "latin-1 declared": _item("<item><title>caf\u00e9</title></item>").replace(
        b"utf-8", b"iso-8859-1"
    ),
    "doctype": _item("<item><title>a</title></item>").replace(
        b"?>",
        b'?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">',
    ),
    "undefined entity": _item("<item><title>a &eacute;</title></item>"),
    "truncated": _item("<item><title>a</title></item>")[:-20],
    "version 1.0": _item("<item><title>a</title></item>").replace(b'"2.0"', b'"1.0"'),
    "atom": (FIXTURES / "feeds" / "outlet-b.xml").read_bytes(),
}


@pytest.mark.parametrize("name", list(PLAIN))
def test_plain_documents_take_the_shortcut_with_feedparsers_result(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    for content_type, base_url in HEADERS:
        assert both_ways(monkeypatch, PLAIN[name], content_type, base_url), content_type


@pytest.mark.parametrize("name", list(NOT_PLAIN))
def test_other_documents_go_to_feedparser(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    for content_type, base_url in HEADERS:
        assert not both_ways(monkeypatch, NOT_PLAIN[name], content_type, base_url)


@pytest.mark.parametrize(
    "content_type",
    ["text/xml", "text/html", "application/octet-stream", "application/rss+xml; charset=latin-1"],
)
def test_headers_feedparser_would_question_go_to_it(
    monkeypatch: pytest.MonkeyPatch, content_type: str
) -> None:
    assert not both_ways(monkeypatch, PLAIN["markup in fields"], content_type, BASE)


def test_max_entries_cuts_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _item("".join(f"<item><title>{i}</title><guid>g{i}</guid></item>" for i in range(9)))
    shortcut = parse_feed(raw, max_entries=4)
    monkeypatch.setattr(parse, "PLAIN_RSS_SHORTCUT", False)
    assert parse_feed(raw, max_entries=4) == shortcut and len(shortcut.articles) == 4


def test_fixtures_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    taken = {
        path.name
        for path in sorted((FIXTURES / "feeds").iterdir())
        for content_type, base_url in HEADERS
        if both_ways(monkeypatch, path.read_bytes(), content_type, base_url)
    }
    assert taken == {"outlet-a.xml"}


def test_benchmark_feeds_of_reuters_texts_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    texts, _ = load_texts(REUTERS if REUTERS.exists() else None, 300)
    for document in feed_documents(texts[:300], 3):
        for content_type, base_url in HEADERS:
            assert both_ways(monkeypatch, document, content_type, base_url)


def _corpus() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix not in (".md", ".jsonl"))


NAMESPACED_CORPUS = {
    *(f"feed-rs/rss2/rss_2.0_{name}.xml" for name in ("cloudflare", "element_io", "rps")),
    *(f"feed-rs/rss2/rss_2.0_{name}.xml" for name in ("example_5", "example_6", "wirecutter")),
    *(f"feed-rs/rss2/rss_2.0_{name}.xml" for name in ("anchorfm", "nightvale", "relurl_2")),
    "feed-rs/rss2/rss_2.0_ilgiornale.xml",
    *(f"rss-parser/{name}.rss" for name in ("content-encoded", "guardian", "instant-article")),
    "rss-parser/giantbomb-podcast.rss",
}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared feed corpus not present")
def test_corpus_reads_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every corpus file, under each set of headers: the same result either way, and the
    plain RSS among them read by the shortcut: the RSS 2.0 spec example, the feeds whose
    namespaces (Dublin Core, content, Atom links, media, iTunes, ...) it reads, and as
    many files in all as when this was written."""
    taken = {
        str(path.relative_to(CORPUS))
        for path in _corpus()
        for content_type, base_url in HEADERS
        if both_ways(monkeypatch, path.read_bytes(), content_type, base_url)
    }
    assert NAMESPACED_CORPUS | {"feed-rs/rss2/rss_2.0_example_1.xml"} <= taken
    assert len(taken) >= 29
