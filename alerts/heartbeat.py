"""Liveness by heartbeat file: a long-running loop touches its file while it is alive, and a
probe reads how old the file is.

A process that still answers a ping may have a loop that is stuck; a file the loop itself
touches on every turn is only fresh while the loop turns. The watcher (`alerts run`) touches
`watcher.alive` on every cycle and every half second while idle; a Celery worker touches
`worker.alive` from its consumer's event loop. Both live in `ALERTS_HEARTBEAT_DIR`.

The probe is standard library only, and `import alerts` loads nothing eagerly, so a
container healthcheck costs a bare interpreter start, not the classifier or Celery:

    python -m alerts.heartbeat /tmp/alerts/watcher.alive --max-age-s 60

exits 0 when the file is fresh, else 1 with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

WATCHER = "watcher"
WORKER = "worker"


def heartbeat_file(directory: Path, role: str) -> Path:
    """Where the process playing `role` (`watcher`, `worker`) keeps its heartbeat.

    >>> heartbeat_file(Path("/tmp/alerts"), "watcher").as_posix()
    '/tmp/alerts/watcher.alive'
    """
    return directory / f"{role}.alive"


def touch(path: Path) -> None:
    """Mark `path` fresh now, creating it (and its folder) when missing; raises `OSError`
    when the folder cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()


def forget(path: Path) -> None:
    """Remove the heartbeat on a clean stop, so the probe fails at once instead of after
    the maximum age."""
    path.unlink(missing_ok=True)


def stale_reason(path: Path, *, max_age_s: float, now: float | None = None) -> str | None:
    """None when `path` was touched within `max_age_s`; otherwise why not, in one line."""
    try:
        touched = path.stat().st_mtime
    except FileNotFoundError:
        return f"no heartbeat at {path}: the loop has not started or has stopped"
    except OSError as error:
        return f"cannot read the heartbeat at {path}: {error.strerror}"
    age_s = (time.time() if now is None else now) - touched
    if age_s > max_age_s:
        return f"heartbeat at {path} is {age_s:.0f}s old (max {max_age_s:g}s): the loop is stuck"
    return None


def main(argv: list[str] | None = None) -> int:
    """The probe: 0 when fresh, 1 with the reason on stderr, 2 on bad arguments."""
    parser = argparse.ArgumentParser(
        prog="python -m alerts.heartbeat",
        description="Exit 0 when the heartbeat file was touched recently, else 1.",
    )
    parser.add_argument("path", type=Path, help="the heartbeat file, e.g. watcher.alive")
    parser.add_argument("--max-age-s", type=float, default=60.0, help="oldest still alive")
    args = parser.parse_args(argv)
    reason = stale_reason(args.path, max_age_s=args.max_age_s)
    if reason is None:
        return 0
    print(f"unhealthy: {reason}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
