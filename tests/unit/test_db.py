"""The database file: pragmas, permissions, schema version, upgrade and refusal."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from posse_desktop.db import DatabaseError, DatabaseTooNew, backups, close_db, migrations, open_db
from posse_desktop.db.migrations import SCHEMA_VERSION


def test_new_database_is_private_and_configured(db, db_path):
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") >= 1000
    assert pragma("user_version") == SCHEMA_VERSION


def test_database_from_a_newer_posse_is_refused_and_left_untouched(db_path):
    open_db(db_path)
    close_db()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version of Posse"):
        open_db(db_path)
    assert db_path.read_bytes() == before


def test_not_a_database_is_reported_not_replaced(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match=str(db_path.name)):
        open_db(db_path)
    assert db_path.read_bytes() == b"this is not sqlite" * 100


def test_upgrade_copies_the_file_before_changing_it(db_path, monkeypatch):
    open_db(db_path)
    db = migrations.models.database
    db.execute_sql("CREATE TABLE marker (x)")
    db.execute_sql("INSERT INTO marker VALUES (42)")
    close_db()

    applied = []

    nxt = SCHEMA_VERSION + 1

    def next_step(database):
        applied.append(nxt)
        database.execute_sql("ALTER TABLE marker ADD COLUMN y DEFAULT 7")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", nxt)
    monkeypatch.setitem(migrations.STEPS, nxt, next_step)
    database = open_db(db_path)
    try:
        pre_upgrade = backups.latest_backup(db_path)
        assert pre_upgrade is not None and pre_upgrade.reason == "pre-upgrade"
        copy = pre_upgrade.path
        assert applied == [nxt]
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] == nxt
        assert database.execute_sql("SELECT x, y FROM marker").fetchall() == [(42, 7)]
        with sqlite3.connect(copy) as old:
            assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert old.execute("SELECT * FROM marker").fetchall() == [(42,)]
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    finally:
        close_db()


def test_failed_upgrade_step_changes_nothing(db_path, monkeypatch):
    open_db(db_path)
    close_db()

    def broken(database):
        database.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.STEPS, SCHEMA_VERSION + 1, broken)
    with pytest.raises(RuntimeError):
        open_db(db_path)
    close_db()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
