"""The naive fan-out `alerts bench fanout` compares against: one Celery task per
notification, each writing one row in its own transaction. Not part of the product (a
Celery app of its own, beside the benchmark that starts its workers).

`python -m benchmarks.naive STORY_ID ARTICLE_ID USER_ID…` enqueues one task per user and
prints the wall-clock time (epoch seconds) the first one was sent; `celery -A benchmarks.naive
worker` runs them.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from celery import Celery
from sqlalchemy.dialects import postgresql

from alerts.config import load_settings
from alerts.store.db import session_scope
from alerts.store.tables import NotificationRow, utcnow

QUEUE = "naive-fanout"
settings = load_settings()
app: Any = Celery("naive", broker=settings.broker_url or "memory://")
app.conf.update(
    task_default_queue=QUEUE,
    task_ignore_result=True,
    task_serializer="json",
    accept_content=["json"],
    worker_hijack_root_logger=False,
    broker_connection_retry_on_startup=True,
)


@app.task(name="alerts.bench.naive_notify")  # type: ignore[untyped-decorator]
def notify_one(user_id: int, story_id: int, article_id: int) -> None:
    """Write one instant e-mail notification row, as a one-task-per-row design would."""
    now = utcnow()
    with session_scope(settings.database_url) as session:
        session.execute(
            postgresql.insert(NotificationRow)
            .values(
                user_id=user_id,
                story_id=story_id,
                article_id=article_id,
                channel="email",
                mode="instant",
                topics=["Syria"],
                delivery_id=f"naive_{story_id}_{user_id}",
                status="pending",
                next_attempt_at=now,
                created_at=now,
            )
            .on_conflict_do_nothing()
        )


def main(argv: list[str]) -> None:
    """Enqueue one task per user id given; print when enqueuing started."""
    story_id, article_id, *user_ids = (int(a) for a in argv)
    print(time.time(), flush=True)
    for user_id in user_ids:
        notify_one.delay(user_id, story_id, article_id)


if __name__ == "__main__":
    main(sys.argv[1:])
