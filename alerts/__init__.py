"""alerts: watch news feeds, tag articles with topics, and tell the people who follow them.

The public surface below is what other programs may import; everything else is internal.
Names are imported on first use, so `import alerts.heartbeat` (a container healthcheck)
does not load the classifier, NumPy or the database layer.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alerts.config import Settings, load_settings
    from alerts.errors import (
        AlertsError,
        ConfigError,
        DeliveryError,
        FeedError,
        InputError,
        NotFoundError,
        StoreError,
        TopicError,
        UnsafeTargetError,
    )
    from alerts.models import Article, Channel, Evidence, Mode, Topic, TopicMatch
    from alerts.topics.classifier import Classifier, RuleClassifier, default_classifier

_HOMES = {
    "alerts.config": ("Settings", "load_settings"),
    "alerts.errors": (
        "AlertsError",
        "ConfigError",
        "DeliveryError",
        "FeedError",
        "InputError",
        "NotFoundError",
        "StoreError",
        "TopicError",
        "UnsafeTargetError",
    ),
    "alerts.models": ("Article", "Channel", "Evidence", "Mode", "Topic", "TopicMatch"),
    "alerts.topics.classifier": ("Classifier", "RuleClassifier", "default_classifier"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "AlertsError",
    "Article",
    "Channel",
    "Classifier",
    "ConfigError",
    "DeliveryError",
    "Evidence",
    "FeedError",
    "InputError",
    "Mode",
    "NotFoundError",
    "RuleClassifier",
    "Settings",
    "StoreError",
    "Topic",
    "TopicError",
    "TopicMatch",
    "UnsafeTargetError",
    "default_classifier",
    "load_settings",
]


def __getattr__(name: str) -> object:
    """Import a public name from its home module the first time it is asked for."""
    home = _HOME_OF.get(name)
    if home is None:
        raise AttributeError(f"module 'alerts' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
