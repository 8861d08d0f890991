"""OPML import and export, through the library and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alerts.errors import InputError
from alerts.feeds.opml import OpmlFeed, read_opml, write_opml
from tests.e2e.scenario import base_env, cli
from tests.test_cli import fails

NESTED = b"""<?xml version="1.0"?>
<opml version="1.0"><head><title>Reader export</title></head><body>
  <outline text="World">
    <outline text="World Wire" type="rss" xmlUrl="https://world-wire.example/feed.xml"/>
    <outline title="Daily Courier" text="DC" type="rss" xmlUrl="https://courier.example/atom"/>
  </outline>
  <outline text="Science desk" type="rss" xmlUrl="https://science.example/rdf"/>
  <outline text="duplicate" type="rss" xmlUrl="https://science.example/rdf"/>
  <outline text="Just a folder"/>
</body></opml>"""


def test_reads_nested_outlines_once_each() -> None:
    assert read_opml(NESTED) == [
        OpmlFeed("https://world-wire.example/feed.xml", "World Wire"),
        OpmlFeed("https://courier.example/atom", "Daily Courier"),
        OpmlFeed("https://science.example/rdf", "Science desk"),
    ]


def test_round_trip() -> None:
    feeds = [
        OpmlFeed("https://a.example/rss?x=1&y=2", "A & B"),
        OpmlFeed("https://c.example/", None),
    ]
    assert read_opml(write_opml(feeds)) == [
        feeds[0],
        OpmlFeed("https://c.example/", "https://c.example/"),
    ]


@pytest.mark.parametrize(
    "document",
    [
        b"<html><body/></html>",
        b"not xml",
        b'<!DOCTYPE o [<!ENTITY a "aaaa">]><opml><body>&a;</body></opml>',
    ],
)
def test_bad_documents_are_input_errors(document: bytes) -> None:
    with pytest.raises(InputError):
        read_opml(document)


def test_cli_import_and_export(tmp_path: Path) -> None:
    # Hosts resolve when a feed is added, so the subscriptions are on this machine's own
    # (allowed) loopback address: the test looks up no name.
    env = base_env(database_url=f"sqlite:///{tmp_path / 'o.db'}", feed_allowed_hosts="127.0.0.1")
    local = NESTED
    for host in (b"world-wire.example", b"courier.example", b"science.example"):
        local = local.replace(b"https://" + host, b"http://127.0.0.1:9/" + host)
    opml = tmp_path / "subs.opml"
    opml.write_bytes(local)
    first = json.loads(cli(env, "feeds", "import", str(opml), "--json").stdout)
    assert first == {"added": 3, "already_watched": 0, "errors": []}
    again = json.loads(cli(env, "feeds", "import", str(opml), "--json").stdout)
    assert again["added"] == 0 and again["already_watched"] == 3
    exported = cli(env, "feeds", "export").stdout.encode()
    assert [f.url for f in read_opml(exported)] == [f.url for f in read_opml(local)]
    cli(env, "feeds", "export", "--output", str(tmp_path / "out.opml"))
    assert read_opml((tmp_path / "out.opml").read_bytes()) == read_opml(exported)
    (tmp_path / "bad.opml").write_text("<rss/>")
    assert "not an OPML file" in fails(env, "feeds", "import", str(tmp_path / "bad.opml"))
