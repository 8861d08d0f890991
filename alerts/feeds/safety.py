"""XML hazards are refused before feedparser sees a document, whatever its encoding says.

A feed that declares entities (the billion-laughs expansion bomb) or refers to external
entities (XXE: `<!ENTITY x SYSTEM "file:///etc/passwd">`) is rejected outright: no real feed
needs either, and refusing is safer than trusting every parser on the way to get it right.

The rule works on the raw bytes, so no encoding declaration can sidestep it:

1. The document is read in every way a parser down the line could read it: UTF-8 (which
   also stands for every ASCII-compatible encoding: Latin-1, windows-1252, Shift_JIS, ...),
   UTF-16 and UTF-32 in both byte orders (with or without a byte-order mark, at any byte
   alignment), EBCDIC (cp037), plus the encoding the XML declaration or the HTTP
   `Content-Type` names when Python knows it (so `utf-7` or `unicode_escape` is decoded the
   way feedparser would). A name Python does not know (`x-nonexistent-enc`) adds nothing: a
   parser cannot use it either and falls back to the readings above.
2. In any of those readings, `<!ENTITY` (any case, spaces allowed after `<!`) refuses the
   document, wherever it appears, even quoted inside CDATA: being strict costs an occasional
   article about XML, being lenient would cost the guard.
3. A `<!DOCTYPE` may name an external DTD (old RSS 0.91 feeds do) only by an `http(s)` URL,
   which is never fetched; a DTD given as `file:` or any other scheme or a relative path
   refuses the document. A DOCTYPE without an external identifier is allowed.
4. Then expat reads what it can with every entity declaration and external reference
   refused (defusedxml's rule and exceptions), a second opinion from a real XML parser on
   well-formed documents. It builds no tree: only the declarations matter here.

Malformed XML is not this module's business: feedparser's tolerant mode handles it.
"""

from __future__ import annotations

import codecs
import re
import warnings
from collections.abc import Iterator
from xml.parsers import expat

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden

from alerts.errors import FeedError

# (codec, bytes per code unit): the readings tried on every document
_FIXED_READINGS = (
    ("utf-8", 1),
    ("cp037", 1),
    ("utf-16-le", 2),
    ("utf-16-be", 2),
    ("utf-32-le", 4),
    ("utf-32-be", 4),
)
_MARKUP = r"<!\s*(?:ENTITY|DOCTYPE)"
_ENTITY = re.compile(r"<!\s*ENTITY", re.IGNORECASE)
_DOCTYPE_EXTERNAL = re.compile(
    r"""<!\s*DOCTYPE\s+[^\s\[>]+\s+(?:SYSTEM|PUBLIC\s*(?:"[^"]*"|'[^']*'))\s*("[^"]*"|'[^']*')""",
    re.IGNORECASE,
)
_ENCODING_ATTRIBUTE = re.compile(r"""encoding\s*=\s*["']([^"']{1,64})["']""")
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]{1,64})""", re.IGNORECASE)
_WEB_DTD = re.compile(r"https?://[^\s/]", re.IGNORECASE)


def _byte_pattern(pattern: str, codec: str) -> re.Pattern[bytes]:
    """`pattern` (literal letters, `<`, `!`, `\\s*`) as a case-insensitive bytes regex for
    text encoded with `codec`, so the raw bytes can be searched at any alignment."""
    spaces = "|".join(re.escape(ch.encode(codec)).decode("latin-1") for ch in " \t\r\n")
    parts = []
    for piece in re.findall(r"\\s\*|\(\?:|\||\)|.", pattern):
        if piece == r"\s*":
            parts.append(f"(?:{spaces})*")
        elif piece in ("(?:", "|", ")"):
            parts.append(piece)
        else:
            forms = {piece.lower().encode(codec), piece.upper().encode(codec)}
            parts.append("(?:" + "|".join(re.escape(f).decode("latin-1") for f in forms) + ")")
    return re.compile("".join(parts).encode("latin-1"), re.DOTALL)


_MARKUP_BYTES = {codec: _byte_pattern(_MARKUP, codec) for codec, _ in _FIXED_READINGS}


def _first_line(document: bytes, codec: str, unit: int) -> str:
    """The first line of one reading, however long: where feedparser looks for the XML
    declaration's encoding."""
    newline = "\n".encode(codec)
    end = document.find(newline)
    while end > 0 and end % unit:  # a newline's bytes straddling two code units is not one
        end = document.find(newline, end + 1)
    return (document if end < 0 else document[:end]).decode(codec, errors="replace")


def _named_codecs(document: bytes, content_type: str | None) -> set[str]:
    """Codecs named by an `encoding=` on the first line (as read in any fixed reading) or by
    the HTTP charset, other than the fixed readings."""
    names = []
    for codec, unit in _FIXED_READINGS:
        start = document[: 8 * unit].decode(codec, errors="replace").lstrip("\ufeff")
        if codec == "utf-8" or start.startswith("<"):  # how feedparser picks where to look
            names += _ENCODING_ATTRIBUTE.findall(_first_line(document, codec, unit))
    if content_type:
        names += _HTTP_CHARSET.findall(content_type)
    known = set()
    for name in names:
        try:
            known.add(codecs.lookup(name.strip()).name)
        except LookupError:
            continue  # unknown to Python, hence to feedparser: it falls back to the fixed readings
    return known - {codecs.lookup(codec).name for codec, _ in _FIXED_READINGS}


def _readings(document: bytes, content_type: str | None) -> Iterator[str]:
    """Every plausible text of the document that carries `<!ENTITY` or `<!DOCTYPE`."""
    for codec, unit in _FIXED_READINGS:
        if _MARKUP_BYTES[codec].search(document):
            for offset in range(unit):
                yield document[offset:].decode(codec, errors="replace")
    for codec in _named_codecs(document, content_type):
        try:
            with warnings.catch_warnings():  # unicode_escape warns of escapes it keeps as is
                warnings.simplefilter("ignore", DeprecationWarning)
                text = document.decode(codec, errors="replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            continue  # the codec cannot read it at all, so no parser will read it this way
        if re.search(_MARKUP, text, re.IGNORECASE):
            yield text


def _refusal(text: str) -> str | None:
    if _ENTITY.search(text):
        return "the feed declares XML entities"
    for match in _DOCTYPE_EXTERNAL.finditer(text):
        if not _WEB_DTD.match(match.group(1)[1:-1].strip()):
            return "the feed's DOCTYPE names a DTD that is not a web address"
    return None


def _entity_declared(name: str, *declaration: object) -> None:
    raise EntitiesForbidden(name, None, None, None, None, None)


def _external_reference(
    context: str, base: str | None, sysid: str | None, pubid: str | None
) -> int:
    raise ExternalReferenceForbidden(context, base, sysid, pubid)


def _read_with_expat(document: bytes) -> None:
    """Let expat read the document with every entity declaration and external reference
    refused, as defusedxml's parser does; no handler for elements or text, so nothing is
    built."""
    parser = expat.ParserCreate()
    parser.EntityDeclHandler = _entity_declared
    parser.UnparsedEntityDeclHandler = _entity_declared
    parser.ExternalEntityRefHandler = _external_reference
    parser.Parse(document, True)


def check_xml(document: bytes, content_type: str | None = None) -> None:
    """Raise `FeedError` when any reading of the document declares or references XML
    entities or names a non-web DTD; `content_type` is the HTTP header, when there was one."""
    for text in _readings(document, content_type):
        reason = _refusal(text)
        if reason:
            raise FeedError(f"refused: {reason}")
    try:
        _read_with_expat(document)
    except DefusedXmlException as exc:
        raise FeedError(f"refused: the feed declares XML entities ({type(exc).__name__})") from None
    except (expat.ExpatError, ValueError, LookupError):
        return  # not well-formed or oddly encoded: feedparser's tolerant parser decides
