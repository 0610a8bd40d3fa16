"""Schema version in PRAGMA user_version, and the ladder of upgrades.

Before any upgrade of an existing database a verified "pre-upgrade" backup is taken
(db/backups.py), so a failed or unwanted upgrade can be undone from File > Backups. A database
written by a newer Posse is refused: its schema is unknown to us and writing to it could lose data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import peewee

from posse_desktop.db import cadence_cache, interaction_index, lean_indexes, models
from posse_desktop.db.connection import DatabaseTooNew

SCHEMA_VERSION = 2


def _create_v1(db: peewee.SqliteDatabase) -> None:
    db.create_tables(models.ALL_TABLES)
    interaction_index.create(db)
    cadence_cache.ensure(db)


# Step N brings a database from version N-1 to version N. Step 1 creates the tables as models.py
# has them now, so later steps must leave a table that already has their shape alone.
STEPS: dict[int, Callable[[peewee.SqliteDatabase], None]] = {
    1: _create_v1,
    2: lean_indexes.upgrade,
}


def current_version(db: peewee.SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def upgrade(db: peewee.SqliteDatabase, path: Path, target: int | None = None) -> Path | None:
    """Bring `db` to `target` (default: SCHEMA_VERSION); returns the safety copy taken, if any."""
    target = SCHEMA_VERSION if target is None else target
    version = current_version(db)
    if version > target:
        raise DatabaseTooNew(
            f"{path} was written by a newer version of Posse (schema {version}; this Posse "
            f"understands up to {target}). Update Posse to open it; the file was not changed."
        )
    if version == target:
        # Derived data added to v1 before release: a database made before it gets it now.
        cadence_cache.ensure(db)
        return None
    copy = None
    if version > 0 and str(path) != ":memory:":
        from posse_desktop.db import backups  # local: backups looks up SCHEMA_VERSION here

        copy = backups.create_backup("pre-upgrade", db=db, db_file=path).path
    for step in range(version + 1, target + 1):
        with db.atomic():
            STEPS[step](db)
            db.execute_sql(f"PRAGMA user_version = {step}")
    return copy
