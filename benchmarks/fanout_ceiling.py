"""The fan-out's ceilings: the same notification rows written with nothing of the product
around them, into a twin of `notifications` (`LIKE … INCLUDING ALL` and its foreign keys:
the same columns, defaults, keys, indexes and checks), each on an empty twin, in one
transaction:

- plain `INSERT … SELECT` from the topic's follows (no ranges, no noise rules, no
  `ON CONFLICT`, nothing read back);
- `COPY … FROM STDIN` of the same rows, produced beforehand (not timed).
"""

from __future__ import annotations

import io
import time

from sqlalchemy import Engine, text

TWIN = "notifications_ceiling"
_COLUMNS = (
    "user_id, story_id, article_id, channel, mode, topics, delivery_id, status, "
    "next_attempt_at, created_at, attempts"
)
_ROWS = (
    "SELECT user_id, :story_id, :article_id, channel, mode, json_build_array(topic), "
    "'msg_' || left(replace(gen_random_uuid()::text, '-', ''), 24), 'pending', now(), now(), 0 "
    "FROM follows WHERE topic = :topic"
)


def _fresh_twin(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text(f"DROP TABLE IF EXISTS {TWIN}"))
        conn.execute(text(f"CREATE TABLE {TWIN} (LIKE notifications INCLUDING ALL)"))
        foreign_keys = conn.scalars(
            text(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = 'notifications'::regclass AND contype = 'f'"
            )
        )
        for definition in list(foreign_keys):
            conn.execute(text(f"ALTER TABLE {TWIN} ADD {definition}"))


def plain_insert_s(engine: Engine, topic: str, ids: tuple[int, int]) -> float:
    """Seconds for one `INSERT … SELECT` of every follower's row into an empty twin."""
    _fresh_twin(engine)
    story_id, article_id = ids
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(
            text(f"INSERT INTO {TWIN} ({_COLUMNS}) {_ROWS}"),
            {"topic": topic, "story_id": story_id, "article_id": article_id},
        )
    return time.perf_counter() - started


def copy_s(engine: Engine, topic: str, ids: tuple[int, int]) -> float:
    """Seconds for `COPY` of the same rows (read out beforehand) into an empty twin."""
    story_id, article_id = ids
    rows = _ROWS.replace(":story_id", str(int(story_id))).replace(
        ":article_id", str(int(article_id))
    )
    data = io.BytesIO()
    raw = engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
        query = rows.replace(":topic", "%s")
        with cursor.copy(f"COPY ({query}) TO STDOUT", (topic,)) as copy:
            for block in copy:
                data.write(block)
        raw.commit()
    finally:
        raw.close()
    _fresh_twin(engine)
    raw = engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
        started = time.perf_counter()
        with cursor.copy(f"COPY {TWIN} ({_COLUMNS}) FROM STDIN") as copy:
            copy.write(data.getvalue())
        raw.commit()
        seconds = time.perf_counter() - started
    finally:
        raw.close()
    with engine.begin() as conn:
        conn.execute(text(f"DROP TABLE {TWIN}"))
    return seconds
