"""A model folder's manifest (`manifest.json`): the labels, per-topic thresholds, decision
mode, feature blocks and format version of a trained model, readable without loading the
model itself (so `alerts follow` can accept learned topics without importing numpy).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alerts.errors import TopicError

FORMAT_VERSION = 2  # 2: plain arrays and JSON (`alerts.topics.trained`); 1 was a pickle
MANIFEST = "manifest.json"


def write_manifest(folder: Path, fields: dict[str, Any]) -> None:
    """Write the manifest with the format version and the time of training."""
    manifest = {
        "format_version": FORMAT_VERSION,
        **fields,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def read_manifest(folder: Path) -> dict[str, Any]:
    """A model folder's manifest; `TopicError` when there is no usable model there."""
    try:
        manifest: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise TopicError(
            f"no model in {folder}: train one with `alerts topics train --out {folder}`"
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        raise TopicError(f"the model in {folder} has another format; train it again")
    return manifest


def labels(folder: Path) -> list[str]:
    """The topics a model folder knows."""
    return [str(label) for label in read_manifest(folder).get("labels", [])]
