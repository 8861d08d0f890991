"""Story keys: articles that share a key are one story, notified once.

Two entries are the same story when their links agree once canonicalised (tracking
parameters, scheme, case, trailing slash ignored); entries without a link fall back to
their normalised title.
"""

from __future__ import annotations

import hashlib
import unicodedata

from alerts.feeds.canonical import canonical_url
from alerts.models import Article


def _normal_title(title: str) -> str:
    folded = unicodedata.normalize("NFKC", title).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def story_key(article: Article) -> str:
    """The key that groups copies of one story."""
    if article.url:
        return canonical_url(article.url)
    digest = hashlib.sha256(_normal_title(article.title).encode()).hexdigest()[:40]
    return f"title:{digest}"
