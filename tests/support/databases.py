"""Scratch PostgreSQL databases for the tests, made ahead and dropped behind.

CREATE DATABASE and DROP DATABASE each wait on the server's disk for about as long as a
typical test runs. A `DatabaseSupply` keeps the next database ready and drops used ones in a
thread of its own, so a test waits only when it outruns that thread. Each test still gets a
database of its own, copied from the template and never handed out twice.
"""

from __future__ import annotations

import secrets
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy import Engine, text


def create_database(admin: Engine, template: str = "template1") -> str:
    """A new database copied from `template` (nobody may be connected to it); its name."""
    name = "alerts_t_" + secrets.token_hex(6)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    return name


def drop_database(admin: Engine, name: str) -> None:
    """Drop `name`; FORCE also ends the connections cached engines still hold."""
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


class DatabaseSupply:
    """New databases copied from one template, created and dropped off the caller's thread.

    Parameters:
        admin: an AUTOCOMMIT engine on the maintenance database.
        template: the database each new one is copied from.
        ahead: how many databases to keep ready beyond the one being handed out.
    """

    def __init__(self, admin: Engine, *, template: str = "template1", ahead: int = 1) -> None:
        self._admin = admin
        self._template = template
        self._ahead = ahead
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="scratch-databases")
        self._ready: deque[Future[str]] = deque()
        self._drops: list[Future[None]] = []

    def take(self) -> str:
        """The name of a new database nobody else has been given."""
        while len(self._ready) <= self._ahead:
            self._ready.append(self._thread.submit(create_database, self._admin, self._template))
        return self._ready.popleft().result()

    def give_back(self, name: str) -> None:
        """Drop `name` in the background; the caller must be done with it."""
        self._drops.append(self._thread.submit(drop_database, self._admin, name))

    def close(self) -> None:
        """Drop the databases made ahead too, wait for every drop, and raise the first error."""
        while self._ready:
            self.give_back(self._ready.popleft().result())
        self._thread.shutdown(wait=True)
        for drop in self._drops:
            drop.result()
