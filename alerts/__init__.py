"""alerts: watch news feeds, tag articles with topics, and tell the people who follow them.

The public surface below is what other programs may import; everything else is internal.
"""

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
