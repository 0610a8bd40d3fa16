"""Schema version in PRAGMA user_version, and the ladder of upgrades.

Before any upgrade of an existing database the file is copied next to itself
(`posse.db.before-v2`), so a failed or unwanted upgrade can be undone by hand. A database written
by a newer Posse is refused: its schema is unknown to us and writing to it could lose data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee

from posse_desktop.db import interaction_index, models
from posse_desktop.db.connection import DatabaseTooNew

SCHEMA_VERSION = 1


def _create_v1(db: peewee.SqliteDatabase) -> None:
    db.create_tables(models.ALL_TABLES)
    interaction_index.create(db)


# Step N brings a database from version N-1 to version N.
STEPS: dict[int, Callable[[peewee.SqliteDatabase], None]] = {1: _create_v1}


def current_version(db: peewee.SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def backup_path_for(path: Path, from_version: int) -> Path:
    return path.with_name(f"{path.name}.before-v{from_version + 1}")


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
        return None
    copy = None
    if version > 0 and str(path) != ":memory:":
        copy = backup_path_for(path, version)
        _copy_database(db, copy)
    for step in range(version + 1, target + 1):
        with db.atomic():
            STEPS[step](db)
            db.execute_sql(f"PRAGMA user_version = {step}")
    return copy


def _copy_database(db: peewee.SqliteDatabase, destination: Path) -> None:
    """A consistent copy via SQLite's backup API (a plain file copy can miss the WAL)."""
    target = sqlite3.connect(destination)
    try:
        db.connection().backup(target)
    finally:
        target.close()
    destination.chmod(0o600)
