"""Verified backups, retention, restore: real database files and real child processes."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import date, datetime, timedelta

import pytest

from posse_desktop.db import backups, close_db, database, migrations, open_db
from posse_desktop.db.backups import BackupError, RetentionPolicy
from posse_desktop.db.errors import user_message
from posse_desktop.domain import ContactData
from posse_desktop.paths import backups_dir
from posse_desktop.services.contacts import ContactsService
from tests.unit.storage_helpers import (
    CHILD_LOCKER,
    CHILD_WRITER,
    add_contacts,
    count_named,
    damage_index,
    integrity,
    sigkill,
    spawn,
    wait_for_line,
)


@pytest.fixture(autouse=True)
def _default_retention():
    yield
    backups.set_retention(RetentionPolicy())


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_is_verified_private_standalone_and_counted(db, db_path):
    add_contacts(3, "Ana")
    info = backups.create_backup("manual")

    assert info.path.parent == backups_dir(db_path)
    assert info.reason == "manual"
    assert info.counts is not None and info.counts["contacts"] == 3
    assert info.size == info.path.stat().st_size > 0
    assert _mode(info.path) == 0o600
    assert _mode(info.path.parent) == 0o700
    assert integrity(info.path) == "ok"
    # A standalone file: rollback-journal mode, nothing beside it.
    assert info.path.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    # A snapshot: later writes do not reach it.
    add_contacts(2, "Ben")
    assert count_named(info.path) == 3


def test_backup_includes_commits_still_in_the_wal(db, db_path):
    """A file copy of posse.db would miss them; the backup API does not."""
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    add_contacts(50, "Walled")
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0
    info = backups.create_backup("manual")
    assert count_named(info.path, "Walled") == 50


def test_damaged_database_gives_no_backup_and_an_error(db, db_path):
    add_contacts(20, "Damaged")
    close_db()
    damage_index(db_path)
    open_db(db_path, migrate=False)
    with pytest.raises(BackupError, match="integrity check"):
        backups.create_backup("manual")
    # Neither a finished nor a half-finished file is left for anyone to restore.
    assert list(backups_dir(db_path).iterdir()) == []
    assert backups.list_backups() == []


def test_retention_keeps_the_newest_daily_and_pre_operation_never_manual(db, db_path):
    add_contacts(1, "Kept")
    backups.set_retention(RetentionPolicy(daily=3, pre_operation=2))
    start = datetime(2025, 3, 1, 9, 0, 0)
    for day in range(6):
        backups.create_backup("daily", now=start + timedelta(days=day))
    for hour, reason in enumerate(["pre-import", "pre-upgrade", "pre-import", "pre-restore"]):
        backups.create_backup(reason, now=start + timedelta(days=10, hours=hour))
    for minute in range(2):
        backups.create_backup("manual", now=start + timedelta(minutes=minute))

    kept = backups.list_backups()
    daily = [b.created_at for b in kept if b.reason == "daily"]
    assert daily == [start + timedelta(days=d) for d in (5, 4, 3)]
    pre_op = [(b.reason, b.created_at) for b in kept if b.reason.startswith("pre-")]
    assert pre_op == [
        ("pre-restore", start + timedelta(days=10, hours=3)),
        ("pre-import", start + timedelta(days=10, hours=2)),
    ]
    assert len([b for b in kept if b.reason == "manual"]) == 2
    # Newest first, every one of them still a good database.
    assert [b.created_at for b in kept] == sorted((b.created_at for b in kept), reverse=True)
    assert all(backups.check_backup(b.path) is None for b in kept)


def test_backups_made_in_the_same_second_do_not_overwrite_each_other(db):
    add_contacts(1, "Same")
    moment = datetime(2025, 5, 5, 12, 0, 0)
    first = backups.create_backup("manual", now=moment)
    add_contacts(1, "Later")
    second = backups.create_backup("manual", now=moment)
    assert first.path != second.path
    assert [b.path for b in backups.list_backups()] == [second.path, first.path]
    assert (first.counts["contacts"], second.counts["contacts"]) == (1, 2)


def test_daily_backup_once_per_day_and_not_of_an_empty_database(db):
    today = date(2025, 6, 10)
    assert backups.daily_backup_if_due(today) is None  # nothing to protect yet
    add_contacts(2, "Daily")
    first = backups.daily_backup_if_due(today)
    assert first is not None and first.reason == "daily" and first.created_at.date() == today
    assert backups.daily_backup_if_due(today) is None
    assert backups.daily_backup_if_due(today + timedelta(days=1)) is not None
    assert len(backups.list_backups()) == 2


def test_pre_import_hook(db):
    assert backups.backup_before_import() is None
    add_contacts(4, "Before")
    info = backups.backup_before_import()
    assert info is not None and info.reason == "pre-import" and info.counts["contacts"] == 4


def test_listing_ignores_partials_and_other_databases(db, db_path):
    add_contacts(1, "Mine")
    info = backups.create_backup("manual")
    folder = info.path.parent
    (folder / "posse-20250101-000000.manual.db.partial").write_bytes(b"half")
    (folder / "other-20250101-000000.manual.db").write_bytes(b"x")
    (folder / "notes.txt").write_text("hello")
    assert [b.path for b in backups.list_backups()] == [info.path]
    assert backups.latest_backup() == backups.list_backups()[0]


def test_upgrade_takes_a_pre_upgrade_backup(db, db_path, monkeypatch):
    add_contacts(3, "Old")
    nxt = migrations.SCHEMA_VERSION + 1
    monkeypatch.setitem(migrations.STEPS, nxt, lambda d: d.execute_sql("CREATE TABLE extra (x)"))
    migrations.upgrade(database, db_path, target=nxt)
    (info,) = backups.list_backups()
    assert info.reason == "pre-upgrade" and info.counts["contacts"] == 3
    with sqlite3.connect(info.path) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION


# --- restore ----------------------------------------------------------------------------------


def test_restore_brings_back_the_old_state_and_keeps_the_replaced_one(db, db_path):
    add_contacts(3, "Ana")
    good = backups.create_backup("manual")
    add_contacts(2, "Mistake")
    result = backups.restore_backup(good.path)

    assert count_named(db_path) == 3 and count_named(db_path, "Mistake") == 0
    assert result.safety_backup is not None and result.safety_backup.reason == "pre-restore"
    assert count_named(result.safety_backup.path, "Mistake") == 2
    assert result.quarantined is None
    # The app's connection is open again and writes work.
    assert ContactsService().count() == 3
    add_contacts(1, "After")
    assert count_named(db_path) == 4
    assert _mode(db_path) == 0o600
    assert integrity(db_path) == "ok"


def test_restore_with_a_stale_wal_does_not_resurrect_the_replaced_state(db, db_path):
    """Another process commits rows that stay in the -wal (no checkpoint) and keeps the database
    open, so closing our connection cannot fold the WAL away. A file copy of the backup over
    posse.db would let SQLite replay those WAL frames on top of it."""
    add_contacts(3, "Real")
    good = backups.create_backup("manual")
    writer = spawn(CHILD_WRITER, db_path, "pause-after no-checkpoint", 40, "Ghost")
    try:
        wait_for_line(writer, "committed")
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.stat().st_size > 0 and count_named(db_path, "Ghost") == 40

        result = backups.restore_backup(good.path, reopen=False)
        assert count_named(result.safety_backup.path, "Ghost") == 40
    finally:
        sigkill(writer)  # leaves its -wal and -shm behind, as a crash would
    assert count_named(db_path, "Ghost") == 0
    open_db(db_path)
    assert ContactsService().count() == 3
    close_db()
    assert count_named(db_path, "Ghost") == 0 and count_named(db_path, "Real") == 3
    assert integrity(db_path) == "ok"


def test_restore_after_a_killed_writer_left_its_wal(db, db_path):
    add_contacts(2, "Real")
    good = backups.create_backup("manual")
    close_db()
    writer = spawn(CHILD_WRITER, db_path, "pause-after no-checkpoint", 30, "Ghost")
    wait_for_line(writer, "committed")
    sigkill(writer)
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0

    result = backups.restore_backup(good.path, db_file=db_path)
    assert count_named(result.safety_backup.path, "Ghost") == 30  # committed, so kept safe
    close_db()
    assert count_named(db_path, "Ghost") == 0 and count_named(db_path) == 2
    assert integrity(db_path) == "ok"


def test_restore_over_an_unreadable_file_moves_it_aside(db, db_path):
    add_contacts(2, "Saved")
    good = backups.create_backup("manual")
    close_db()
    garbage = b"\x00garbage\xff" * 5000
    db_path.write_bytes(garbage)
    shutil.copy(db_path, db_path.with_name(db_path.name + "-wal"))  # a bogus WAL too

    result = backups.restore_backup(good.path, db_file=db_path)
    assert result.safety_backup is None
    assert result.quarantined is not None and result.quarantined.read_bytes() == garbage
    assert result.quarantined.with_name(result.quarantined.name + "-wal").exists()
    assert ContactsService().count() == 2
    assert _mode(db_path) == 0o600


def test_restore_refuses_a_damaged_or_newer_backup_and_changes_nothing(db, db_path):
    add_contacts(2, "Live")
    damaged = backups.create_backup("manual")
    newer = backups.create_backup("manual")
    add_contacts(1, "Newer")
    close_db()
    damage_index(damaged.path)
    with sqlite3.connect(newer.path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    before = db_path.read_bytes()
    for bad, reason in ((damaged, "cannot be restored"), (newer, "newer Posse")):
        with pytest.raises(BackupError, match=reason):
            backups.restore_backup(bad.path, db_file=db_path)
    assert db_path.read_bytes() == before
    assert count_named(db_path) == 3
    assert backups.latest_good_backup(db_path) is None


def test_restore_while_another_process_locks_the_database_changes_nothing(db, db_path):
    add_contacts(2, "Live")
    good = backups.create_backup("manual")
    add_contacts(1, "Newer")
    close_db()
    locker = spawn(CHILD_LOCKER, db_path, "exclusive", 30)
    try:
        wait_for_line(locker, "holding")
        with pytest.raises(sqlite3.OperationalError) as raised:
            backups.restore_backup(good.path, db_file=db_path)
    finally:
        sigkill(locker)
    assert "busy" in user_message(raised.value)
    assert not list(db_path.parent.glob("*.damaged-*"))  # a busy file is not a damaged one
    assert count_named(db_path) == 3


def test_restoring_the_oldest_pre_operation_backup_survives_rotation(db, db_path):
    backups.set_retention(RetentionPolicy(daily=1, pre_operation=2))
    add_contacts(1, "First")
    oldest = backups.create_backup("pre-import", now=datetime(2025, 1, 1))
    add_contacts(1, "Second")
    backups.create_backup("pre-import", now=datetime(2025, 1, 2))
    add_contacts(1, "Third")

    result = backups.restore_backup(oldest.path)
    assert ContactsService().count() == 1
    remaining = [b.path for b in backups.list_backups()]
    # The restored file was protected from the pruning the pre-restore backup caused.
    assert remaining[0] == result.safety_backup.path
    assert oldest.path in remaining


def test_latest_good_backup_skips_damaged_ones(db, db_path):
    add_contacts(2, "Good")
    good = backups.create_backup("manual", now=datetime(2025, 1, 1))
    bad = backups.create_backup("manual", now=datetime(2025, 1, 2))
    damage_index(bad.path)
    assert backups.latest_backup().path == bad.path
    assert backups.latest_good_backup().path == good.path


def test_export_database_writes_a_verified_copy(db, tmp_path):
    add_contacts(3, "Exported")
    target = tmp_path / "export" / "posse.db"
    target.parent.mkdir()
    target.write_bytes(b"an older export")
    backups.export_database(target)
    assert count_named(target) == 3 and integrity(target) == "ok"
    assert sorted(p.name for p in target.parent.iterdir()) == ["posse.db"]


def test_a_killed_writer_during_a_backup_leaves_only_good_backups(db, db_path):
    add_contacts(200, "Bulk", notes="x" * 2000)
    writer = spawn(CHILD_WRITER, db_path, "loop", 50, "Busy")
    try:
        wait_for_line(writer, "committed")
        made = [backups.create_backup("manual") for _ in range(3)]
    finally:
        sigkill(writer)
    for info in backups.list_backups():
        assert backups.check_backup(info.path) is None
    counts = [count_named(info.path, "Busy") % 50 for info in made]
    assert counts == [0, 0, 0]  # every backup holds whole transactions only


def test_a_cancelled_backup_stops_and_leaves_no_file(db, db_path):
    """Quitting cancels the daily backup between steps instead of waiting for all of it."""
    from posse_desktop.db.sqlite_files import BackupCancelled

    ContactsService().create(ContactData(formatted_name="Kept", notes="x" * 200_000))
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return True

    with pytest.raises(BackupCancelled):
        backups.create_backup("manual", db_file=db_path, cancelled=cancelled)
    assert asked
    folder = db_path.parent / "backups"
    assert not list(folder.glob("*.db")) and not list(folder.glob("*.partial"))
    assert backups.create_backup("manual", db_file=db_path).path.exists()  # and it still works
