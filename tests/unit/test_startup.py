"""Start-up: every way a database can fail to open becomes a problem with a way out, and no
unreadable file is ever replaced by a new, empty database."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from posse_desktop.db import backups, close_db, database, migrations, open_db, startup
from posse_desktop.db.startup import ProblemKind, WayOut
from posse_desktop.services.contacts import ContactsService
from tests.unit.storage_helpers import (
    CHILD_LOCKER,
    add_contacts,
    count_named,
    damage_index,
    fill,
    finish,
    sigkill,
    spawn,
    tmpfs,
    wait_for_line,
)


@pytest.fixture(autouse=True)
def _closed():
    yield
    close_db()


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file in `folder` (not below) with a hash of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


def _saved_database(db_path: Path, contacts: int = 2) -> backups.BackupInfo:
    """A real database with contacts and one good backup of it; left closed."""
    open_db(db_path)
    add_contacts(contacts, "Saved")
    info = backups.create_backup("manual")
    close_db()
    return info


def test_first_start_creates_the_data_folder_private(tmp_path):
    db_file = tmp_path / "home" / "posse" / "data" / "posse.db"
    assert startup.open_database(db_file) is None
    assert not database.is_closed()
    assert stat.S_IMODE(db_file.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(db_file.stat().st_mode) == 0o600
    assert ContactsService().count() == 0


def test_healthy_database_opens(db_path):
    _saved_database(db_path)
    assert startup.open_database(db_path) is None
    assert ContactsService().count() == 2


def test_garbage_file_is_corrupt_and_untouched(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"<img src=/dev/zero>" * 300)
    before = _fingerprint(db_path.parent)

    problem = startup.open_database(db_path)
    assert problem is not None and problem.kind is ProblemKind.CORRUPT
    assert str(db_path) in problem.message and "not changed" in problem.message
    assert problem.latest_good_backup is None
    assert problem.ways_out == (WayOut.OPEN_OTHER, WayOut.QUIT)
    assert database.is_closed()
    assert _fingerprint(db_path.parent) == before


def test_corrupt_database_offers_the_latest_good_backup_and_restores_it(db_path):
    good = _saved_database(db_path, contacts=3)
    garbage = b"\xde\xad\xbe\xef" * 4096
    db_path.write_bytes(garbage)

    problem = startup.open_database(db_path)
    assert problem.kind is ProblemKind.CORRUPT
    assert problem.latest_good_backup.path == good.path
    assert problem.ways_out[0] is WayOut.RESTORE_BACKUP

    result = startup.restore_latest(problem)
    assert result.quarantined.read_bytes() == garbage  # kept for inspection
    assert ContactsService().count() == 3


def test_damaged_page_fails_quick_check_and_is_left_alone(db_path):
    _saved_database(db_path, contacts=30)
    damage_index(db_path)
    before = db_path.read_bytes()
    problem = startup.open_database(db_path)
    assert problem.kind is ProblemKind.CORRUPT and problem.detail
    assert problem.latest_good_backup is not None
    assert db_path.read_bytes() == before
    # The read-only probe may leave SQLite's empty WAL index files, never content.
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_truncated_database_is_corrupt(db_path):
    _saved_database(db_path, contacts=200)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    problem = startup.open_database(db_path)
    assert problem.kind is ProblemKind.CORRUPT
    assert len(db_path.read_bytes()) == len(data) // 3


def test_database_from_a_newer_posse_is_refused_untouched(db_path):
    _saved_database(db_path)
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    before = db_path.read_bytes()
    problem = startup.open_database(db_path)
    assert problem.kind is ProblemKind.TOO_NEW and "newer version of Posse" in problem.message
    assert problem.ways_out[:2] == (WayOut.OPEN_OTHER, WayOut.QUIT)
    assert db_path.read_bytes() == before
    assert database.is_closed()


def test_database_locked_by_another_process(db_path):
    _saved_database(db_path)
    locker = spawn(CHILD_LOCKER, db_path, "exclusive", 30)
    try:
        wait_for_line(locker, "holding")
        started = time.monotonic()
        problem = startup.open_database(db_path)
        waited = time.monotonic() - started
    finally:
        sigkill(locker)
    assert problem.kind is ProblemKind.LOCKED and "another program" in problem.message
    assert problem.ways_out[0] is WayOut.RETRY
    assert waited < 30  # gave up after the busy timeout, did not hang
    assert startup.open_database(db_path) is None  # "retry" once the other process is gone
    assert ContactsService().count() == 2


def test_a_writer_in_another_process_does_not_stop_start_up(db_path):
    _saved_database(db_path)
    locker = spawn(CHILD_LOCKER, db_path, "write", 1.0)
    wait_for_line(locker, "holding")
    assert startup.open_database(db_path) is None  # WAL: readers do not wait for writers
    assert ContactsService().count() == 2
    finish(locker)


def test_data_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    problem = startup.open_database(blocker / "data" / "posse.db")
    assert problem.kind is ProblemKind.DATA_DIR
    assert WayOut.OPEN_OTHER in problem.ways_out
    assert blocker.read_text() == "a file where the data folder should be"


def test_missing_database_with_backups_is_not_silently_recreated(db_path):
    good = _saved_database(db_path, contacts=4)
    db_path.unlink()
    problem = startup.open_database(db_path)
    assert problem.kind is ProblemKind.MISSING
    assert problem.ways_out[:2] == (WayOut.RESTORE_BACKUP, WayOut.START_NEW)
    assert not db_path.exists()
    assert problem.latest_good_backup.path == good.path
    startup.restore_latest(problem)
    assert ContactsService().count() == 4


def test_start_new_only_where_there_is_no_file(db_path):
    _saved_database(db_path)
    with pytest.raises(FileExistsError):
        startup.start_new(db_path)
    assert count_named(db_path) == 2
    db_path.unlink()
    startup.start_new(db_path)
    assert ContactsService().count() == 0


def test_emptied_file_with_backups_is_corrupt_not_new(db_path):
    _saved_database(db_path)
    db_path.write_bytes(b"")
    problem = startup.open_database(db_path)
    assert problem.kind is ProblemKind.CORRUPT and problem.detail == "the file is empty"
    assert db_path.read_bytes() == b""


def test_full_disk_at_start_up(tmp_path):
    with tmpfs(tmp_path / "small", "4m") as mount:
        fill(mount)
        problem = startup.open_database(mount / "data" / "posse.db")
        assert problem is not None and problem.kind is ProblemKind.DISK_FULL
        assert "disk is full" in problem.message
        (mount / "filler").unlink()
        assert startup.open_database(mount / "data" / "posse.db") is None  # "retry" works


def test_an_older_schema_is_announced_before_its_upgrade_and_only_then(db_path):
    _saved_database(db_path)
    calls: list[int] = []

    def seen() -> None:  # the version on disk when the app is told
        with sqlite3.connect(db_path) as conn:
            calls.append(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.close()

    assert startup.open_database(db_path, on_upgrade=seen) is None  # current: nothing to say
    close_db()
    assert calls == []
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION - 1}")
    conn.close()
    assert startup.open_database(db_path, on_upgrade=seen) is None
    assert calls == [migrations.SCHEMA_VERSION - 1]  # told before the upgrade ran
    assert migrations.current_version(database) == migrations.SCHEMA_VERSION
    close_db()
    assert startup.open_database(tmp := db_path.with_name("new.db"), on_upgrade=seen) is None
    assert calls == [migrations.SCHEMA_VERSION - 1] and tmp.exists()  # a new file is no upgrade
