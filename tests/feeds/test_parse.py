"""Parsing real and hand-made feeds: entries become Articles, bad input becomes a note."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import feedparser
import feedparser.mixin
import pytest
from hypothesis import given
from hypothesis import strategies as st

from alerts.feeds import parse
from alerts.feeds.canonical import PLAIN_WEB_URL
from alerts.feeds.parse import parse_feed
from alerts.feeds.plaintext import html_to_text
from tests.conftest import FIXTURES, SHARED_DATA

CORPUS = SHARED_DATA / "feeds"


def test_rss_fixture() -> None:
    parsed = parse_feed((FIXTURES / "feeds" / "outlet-a.xml").read_bytes())
    assert parsed.problem is None
    assert len(parsed.articles) == 4
    seed = parsed.articles[0]
    assert seed.title == "Iraqi Airstrikes Target ISIS Militants in Syria for First Time"
    assert seed.url == "https://news-a.example/world/iraq-strikes-syria"
    assert seed.published_at is not None and seed.published_at.tzinfo is UTC


def test_atom_fixture_keys_are_entry_ids() -> None:
    parsed = parse_feed((FIXTURES / "feeds" / "outlet-b.xml").read_bytes())
    assert parsed.problem is None
    assert len({a.key for a in parsed.articles}) == len(parsed.articles) == 4


def test_malformed_feed_yields_what_it_can_and_says_so() -> None:
    parsed = parse_feed((FIXTURES / "feeds" / "malformed.xml").read_bytes())
    assert parsed.problem and "\n" not in parsed.problem
    assert any("chess" in (a.title + a.summary).lower() for a in parsed.articles)


def test_garbage_is_a_problem_not_an_exception() -> None:
    parsed = parse_feed(b"\x00\xff not xml at all <<<")
    assert parsed.articles == () and parsed.problem


def test_elements_named_like_parsed_dates_are_not_dates() -> None:
    for element in ("<published_parsed>x</published_parsed>", '<updated_parsed a="1"/>'):
        document = (
            '<rss version="2.0"><channel><item><title>a</title><guid>g</guid>'
            f"{element}</item></channel></rss>"
        )
        parsed = parse_feed(document)
        assert [(a.title, a.published_at) for a in parsed.articles] == [("a", None)]


def test_future_dates_are_clamped_and_html_is_text() -> None:
    document = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>Hello &amp; <b>bye</b></title><link>https://x.example/1</link>
    <description>&lt;p&gt;One&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;Two&lt;/p&gt;</description>
    <pubDate>Sat, 01 Jan 2099 00:00:00 GMT</pubDate></item></channel></rss>"""
    (article,) = parse_feed(document).articles
    assert article.title == "Hello & bye"
    assert "alert" not in article.summary and "One" in article.summary and "Two" in article.summary
    assert article.published_at is not None and article.published_at <= datetime.now(UTC)


def test_html_to_text_keeps_paragraphs_and_list_items_apart() -> None:
    assert html_to_text("<p>Strikes hit targets on Syria.</p><p>Second day</p>") == (
        "Strikes hit targets on Syria.\n\nSecond day"
    )
    assert html_to_text("<ul><li>Alpha</li><li>Bravo</li></ul>") == "* Alpha\n* Bravo"
    assert html_to_text("one<br>two") == "one\ntwo"
    assert html_to_text("<p>a&nbsp;b   <b>c</b>\n d</p>\n\n\n<p>e</p>") == "a b c d\n\ne"
    assert html_to_text("x < y &amp; z > 3") == "x < y & z > 3"


def test_titles_are_one_line_and_summaries_keep_paragraphs() -> None:
    document = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>Breaking:
    strikes</title><link>https://x.example/1</link>
    <description>&lt;p&gt;First on Syria.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description>
    </item></channel></rss>"""
    (article,) = parse_feed(document).articles
    assert article.title == "Breaking: strikes"
    assert article.summary == "First on Syria.\n\nSecond."


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared feed corpus not present")
def test_every_corpus_file_parses_or_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    """Real captured feeds (rss-parser, feed-rs) each yield articles or a one-line problem;
    feedparser's synthetic cases may be valid feeds without entries. Nothing raises."""
    files = sorted(
        p for p in CORPUS.rglob("*") if p.is_file() and p.suffix not in (".md", ".jsonl")
    )
    counts = {"articles": 0, "problem": 0, "empty": 0}
    for path in files:
        parsed = parse_feed(path.read_bytes())
        outcome = "articles" if parsed.articles else "problem" if parsed.problem else "empty"
        counts[outcome] += 1
        assert parsed.problem is None or "\n" not in parsed.problem
        assert all(a.key and a.title for a in parsed.articles)
        if path.relative_to(CORPUS).parts[0] in ("rss-parser", "feed-rs"):
            assert outcome != "empty", path
    with capsys.disabled():
        print(f"\nfeed corpus: {len(files)} files: {counts}")
    assert counts["articles"] >= 60


def test_a_body_naming_a_local_file_is_not_read_from_disk(tmp_path: Path) -> None:
    """Regression: feedparser took a bytes document that is a path for a file name, so a
    server answering `/path/to/some.xml` had the watcher parse that file from its own disk."""
    local = tmp_path / "secret.xml"
    local.write_bytes(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>'
        b"<item><title>secret</title><link>https://x.example/1</link></item></channel></rss>"
    )
    for body in (str(local).encode(), local.as_uri().encode(), str(local)):
        parsed = parse_feed(body, base_url="http://127.0.0.1/f", content_type="text/xml")
        assert parsed.articles == () and parsed.title is None and parsed.problem


def test_text_that_is_a_url_is_not_fetched() -> None:
    """A document given as text that looks like a URL is parsed as text, never fetched."""
    parsed = parse_feed("http://127.0.0.1:9/feed.xml")
    assert parsed.articles == () and parsed.problem


def test_base_url_checks_remembered_give_feedparsers_answers() -> None:
    """The remembered base-URL check answers as feedparser's own, long URLs included."""
    import feedparser.mixin
    import feedparser.urls

    remembered = feedparser.mixin.make_safe_absolute_uri
    assert remembered is not feedparser.urls.make_safe_absolute_uri
    long_base = "https://news.example/" + "a" * 5_000
    cases = [
        ("https://news.example/feed.xml", "https://news.example/feed.xml"),
        ("https://news.example/feed.xml", "javascript:alert(1)"),
        ("https://news.example/feed.xml", "/other/"),
        ("https://news.example/feed.xml", None),
        (long_base, long_base),
        (long_base, "b/"),
    ]
    for base, rel in cases * 2:
        assert remembered(base, rel) == feedparser.urls.make_safe_absolute_uri(base, rel)


@given(
    st.text(
        alphabet=st.characters(blacklist_characters="<&", blacklist_categories=("Cs",)),
        max_size=200,
    )
)
def test_sanitiser_shortcut_answers_as_feedparsers_sanitiser(text: str) -> None:
    """Text with no tag and no entity skips the sanitiser and gets its very answer. Lone
    surrogates are left out: decoded feed bytes never hold one, and feedparser's own
    sanitiser raises on them when it encodes."""
    import feedparser.mixin
    import feedparser.sanitizer

    for content_type in ("text/html", "application/xhtml+xml"):
        ours = feedparser.mixin._sanitize_html(text, "utf-8", content_type)
        assert ours == feedparser.sanitizer._sanitize_html(text, "utf-8", content_type)


@given(
    st.from_regex(PLAIN_WEB_URL, fullmatch=True),
    st.one_of(st.from_regex(PLAIN_WEB_URL, fullmatch=True), st.text(max_size=40)),
)
def test_link_resolution_shortcut_answers_as_feedparser(uri: str, base: str) -> None:
    """A plain absolute link skips `urljoin` only where feedparser's answer is the link."""
    import feedparser.mixin
    import feedparser.urls

    for link in (uri, uri + ";p", uri.upper()):
        for base_url in (base, base + "[", "http://127.0.0.1:4000/feed/1.xml", ""):
            expected = feedparser.urls._urljoin(base_url, link)
            assert feedparser.mixin._urljoin(base_url, link) == expected


@given(
    st.dictionaries(
        st.sampled_from(["type", "language", "base", "value", "base64", "href", "url"]),
        st.one_of(st.none(), st.text(max_size=20), st.integers(), st.lists(st.text())),
    )
)
def test_content_parameter_copies_are_deep_copies(params: dict[str, object]) -> None:
    """feedparser's copies of content parameters equal deep copies, share no mutable
    value with the original and keep feedparser's dict type."""
    import copy

    original = feedparser.FeedParserDict(params)
    copied = feedparser.mixin.copy.deepcopy(original)
    assert copied == copy.deepcopy(original) and copied is not original
    assert type(copied) is feedparser.FeedParserDict
    shared = [v for v in copied.values() for w in original.values() if v is w]
    assert not any(isinstance(v, list) for v in shared)


def test_other_feedparser_versions_run_stock() -> None:
    """The shortcuts replace 6.0.x internals; a release whose internals may differ is left
    as it ships rather than patched blind."""
    assert parse._configure_feedparser("7.0.0") is False


_LOOKUP_KEYS = st.sampled_from(
    [
        "title",
        "link",
        "id",
        "guid",
        "summary",
        "description",
        "content",
        "links",
        "tags",
        "category",
        "enclosures",
        "license",
        "updated",
        "updated_parsed",
        "published",
        "published_parsed",
        "type",
        "base64",
        "href",
        "url",
        "date",
        "channel",
        "items",
    ]
)


@given(
    st.dictionaries(
        _LOOKUP_KEYS,
        st.one_of(
            st.none(),
            st.text(max_size=5),
            st.lists(
                st.fixed_dictionaries(
                    {"rel": st.sampled_from(["enclosure", "license", "alternate"])},
                    optional={"href": st.text(max_size=5), "term": st.text(max_size=5)},
                ).map(feedparser.FeedParserDict),
                max_size=2,
            ),
        ),
    ),
    _LOOKUP_KEYS,
)
def test_dictionary_lookups_answer_as_feedparsers(data: dict[str, object], key: str) -> None:
    """`get`, `[]` and `in` on a parsed dictionary give feedparser's own answers, aliased
    and computed keys included (errors too)."""
    import warnings

    entry = feedparser.FeedParserDict(data)
    stock_get = feedparser.FeedParserDict.get.__wrapped__
    stock_item = feedparser.FeedParserDict.__getitem__.__wrapped__

    def outcome(lookup: object) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            try:
                return ("value", lookup(entry, key))  # type: ignore[operator]
            except Exception as error:  # the exception is the answer
                return ("raises", type(error))

    assert outcome(feedparser.FeedParserDict.get) == outcome(stock_get)
    assert outcome(feedparser.FeedParserDict.__getitem__) == outcome(stock_item)


def _stock_feedparser(monkeypatch: pytest.MonkeyPatch) -> None:
    """feedparser as it ships, every shortcut of `_configure_feedparser` undone."""
    import copy

    import feedparser.api
    import feedparser.sanitizer
    import feedparser.urls

    monkeypatch.setattr(feedparser.api, "PREFERRED_XML_PARSERS", ["drv_libxml2"])
    mixin = feedparser.mixin
    monkeypatch.setattr(mixin, "make_safe_absolute_uri", feedparser.urls.make_safe_absolute_uri)
    monkeypatch.setattr(mixin, "_urljoin", feedparser.urls._urljoin)
    monkeypatch.setattr(mixin, "_sanitize_html", feedparser.sanitizer._sanitize_html)
    monkeypatch.setattr(mixin, "copy", copy)
    for name in ("get", "__getitem__"):
        stock = getattr(feedparser.FeedParserDict, name).__wrapped__
        monkeypatch.setattr(feedparser.FeedParserDict, name, stock)


def _parsed_as_data(document: bytes) -> tuple[object, ...]:
    import io

    result = feedparser.parse(io.BytesIO(document), resolve_relative_uris=False)
    return result.bozo, str(result.get("bozo_exception")), result.feed, result.entries


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared feed corpus not present")
def test_configured_feedparser_reads_the_corpus_as_stock_feedparser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every shortcut at once, on real feeds: the same feed data, entries and errors."""
    from benchmarks.feedserver import feed_document

    documents = [p.read_bytes() for p in sorted(CORPUS.rglob("*")) if p.is_file()]
    documents += [feed_document(n) for n in range(3)]
    configured = [_parsed_as_data(d) for d in documents]
    with monkeypatch.context() as stock:
        _stock_feedparser(stock)
        assert [_parsed_as_data(d) for d in documents] == configured
