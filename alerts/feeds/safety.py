"""XML hazards are refused before feedparser sees a document.

A feed that declares entities (the billion-laughs expansion bomb) or refers to external
entities (XXE: `<!ENTITY x SYSTEM "file:///etc/passwd">`) is rejected outright: no real feed
needs either, and refusing is safer than trusting every parser on the way to get it right.
A plain DOCTYPE naming an external DTD (old RSS 0.91 feeds do this) is allowed; it is never
fetched. Malformed XML is not this module's business: feedparser's tolerant mode handles it.
"""

from __future__ import annotations

from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from alerts.errors import FeedError


def check_xml(document: bytes) -> None:
    """Raise `FeedError` when the document declares or references XML entities."""
    try:
        fromstring(document, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise FeedError(f"refused: the feed declares XML entities ({type(exc).__name__})") from None
    except (ParseError, ValueError, LookupError):
        return  # not well-formed or oddly encoded: feedparser's tolerant parser decides
