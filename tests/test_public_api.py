"""The package's public surface is deliberate: sorted, complete, and importable."""

from __future__ import annotations

import alerts


def test_all_is_sorted_and_exported() -> None:
    assert alerts.__all__ == sorted(alerts.__all__)
    for name in alerts.__all__:
        assert getattr(alerts, name) is not None


def test_all_is_pinned() -> None:
    assert set(alerts.__all__) == {
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
    }
