"""One way to open the database, used by the app, the CLI and the tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

# Deferred: the path is known only after argument parsing (no work at import time).
database = peewee.SqliteDatabase(None)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a committed import survives a power cut, not just a crash.
    "synchronous": "full",
    "cache_size": -32 * 1024,
    "temp_store": "memory",
}
BUSY_TIMEOUT_S = 5.0
BULK_CACHE_KIB = 256 * 1024


class DatabaseError(Exception):
    """A problem with the user's database file that the user can act on."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer Posse; opening it could lose data."""


def open_db(path: Path | str, *, migrate: bool = True) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database at `path` and bring its schema up to date.

    The file is created 0600 inside a 0700 directory. Raises DatabaseTooNew for a file from a
    newer Posse and DatabaseError for one that is not a Posse database at all.
    """
    from posse_desktop.db import migrations  # local: migrations imports models, which import us

    path = Path(path)
    _prepare_file(path)
    if not database.is_closed():
        database.close()
    database.init(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    try:
        database.connect(reuse_if_open=True)
        if migrate:
            migrations.upgrade(database, path)
    except peewee.DatabaseError as exc:
        database.close()
        raise DatabaseError(f"{path} is not a readable Posse database: {exc}") from exc
    except DatabaseError:
        database.close()
        raise
    return database


@contextmanager
def bulk_cache() -> Iterator[None]:
    """A larger page cache for one big transaction (an import, the demo data), so its pages stay
    in memory instead of spilling to the WAL half-way (a 10k-card import: 40 MB, 2% faster).
    Memory is taken only as pages are used, and given back after."""
    conn = database.connection()
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {PRAGMAS['cache_size']}")


def close_db() -> None:
    if not database.is_closed():
        database.close()


def _prepare_file(path: Path) -> None:
    if str(path) == ":memory:":
        return
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
