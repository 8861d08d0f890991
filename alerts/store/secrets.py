"""The instance secret that signs unsubscribe links: `ALERTS_SECRET_KEY` when set, else one
generated on first use and kept in the database, so every worker signs alike."""

from __future__ import annotations

import secrets

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.store.tables import Meta

_KEY = "secret_key"


def instance_secret(settings: Settings, session: Session) -> str:
    """The signing secret; concurrent first calls agree on one value."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value()
    existing = session.get(Meta, _KEY)
    if existing is not None:
        return existing.value
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(
        dialect.insert(Meta)
        .values(key=_KEY, value=secrets.token_urlsafe(32))
        .on_conflict_do_nothing()
    )
    stored = session.get(Meta, _KEY, populate_existing=True)
    assert stored is not None
    return stored.value
