"""Faults with real processes and real files: SIGKILL mid-write, a full disk, a second writer,
failed file writes. Nothing committed is lost, nothing half-done is kept, the user is told why."""

from __future__ import annotations

import errno
import os
import random
import sqlite3
import stat
import time

import peewee
import pytest

from posse_desktop.db import close_db, database, open_db
from posse_desktop.db.errors import StorageError, StorageErrorKind, storage_errors, user_message
from posse_desktop.domain import ContactData
from posse_desktop.fileio import atomic_open, atomic_write_bytes, atomic_write_text
from posse_desktop.services.contacts import ContactsService
from tests.unit.storage_helpers import (
    CHILD_LOCKER,
    CHILD_WRITER,
    add_contacts,
    count_named,
    fill,
    finish,
    integrity,
    sigkill,
    spawn,
    tmpfs,
    wait_for_line,
)

# --- SIGKILL --------------------------------------------------------------------------------


def test_killed_in_the_middle_of_an_import_keeps_nothing_of_it(db, db_path):
    add_contacts(5, "Before")
    writer = spawn(CHILD_WRITER, db_path, "pause-mid", 400, "Import")
    wait_for_line(writer, "mid")  # 201 contacts written, transaction open
    sigkill(writer)
    assert integrity(db_path) == "ok"
    assert count_named(db_path, "Import") == 0
    assert ContactsService().count() == 5
    add_contacts(1, "After")  # and the database takes writes again
    assert count_named(db_path) == 6


def test_killed_right_after_an_import_committed_keeps_all_of_it(db, db_path):
    writer = spawn(CHILD_WRITER, db_path, "pause-after", 300, "Import")
    wait_for_line(writer, "committed")
    sigkill(writer)
    close_db()
    assert integrity(db_path) == "ok"
    assert count_named(db_path, "Import") == 300


def test_killed_at_random_moments_imports_are_all_or_nothing(db, db_path):
    rng = random.Random(7)
    close_db()
    for _round in range(4):
        writer = spawn(CHILD_WRITER, db_path, "loop", 120, "Batch")
        time.sleep(rng.uniform(0.5, 1.5))
        sigkill(writer)
        assert integrity(db_path) == "ok"
        assert count_named(db_path, "Batch") % 120 == 0
    assert count_named(db_path, "Batch") > 0  # batches did commit between the kills


# --- a full disk ----------------------------------------------------------------------------


def _limit_growth(extra_pages: int) -> None:
    """Let this connection's database grow by `extra_pages` pages at most: a full disk."""
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages + extra_pages}")


def test_full_disk_on_an_edit_says_so_and_loses_nothing(db, db_path):
    service = ContactsService()
    ids = add_contacts(10, "Earlier")
    _limit_growth(4)
    with pytest.raises(peewee.OperationalError) as raised:
        service.create(ContactData(formatted_name="New", notes="x" * 400_000))
    # Depending on where the write fails, peewee raises SQLite's own error or, when SQLite has
    # rolled back already, its masking "cannot rollback - no transaction is active": the mapping
    # finds SQLITE_FULL on the exception chain either way.
    assert any(text in str(raised.value) for text in ("no transaction is active", "disk is full"))
    assert user_message(raised.value).startswith("The disk is full")
    with pytest.raises(peewee.OperationalError) as raised:
        service.update(ids[0], ContactData(formatted_name="Earlier 0", notes="x" * 400_000))
    assert user_message(raised.value).startswith("The disk is full")

    assert service.get(ids[0]).notes == ""
    assert service.count() == 10
    assert integrity(db_path) == "ok"
    _limit_growth(10_000)  # space freed: writes work again
    service.update(ids[0], ContactData(formatted_name="Earlier 0", notes="x" * 400_000))
    assert len(service.get(ids[0]).notes) == 400_000


def test_full_disk_during_an_import_keeps_none_of_it(db, db_path):
    add_contacts(3, "Earlier")
    _limit_growth(20)
    with pytest.raises(StorageError) as raised, storage_errors():
        add_contacts(500, "Import", notes="y" * 2000)
    assert raised.value.kind is StorageErrorKind.DISK_FULL
    assert "disk is full" in str(raised.value)
    assert count_named(db_path, "Import") == 0 and count_named(db_path, "Earlier") == 3
    assert not database.in_transaction()
    assert integrity(db_path) == "ok"


def test_a_really_full_disk(tmp_path):
    """A small tmpfs filled to the last byte (root only; max_page_count covers the rest)."""
    with tmpfs(tmp_path / "small", "8m") as mount:
        db_file = mount / "data" / "posse.db"
        open_db(db_file)
        try:
            add_contacts(20, "Earlier")
            export = mount / "export.vcf"
            atomic_write_text(export, "BEGIN:VCARD\r\nEND:VCARD\r\n", newline="")
            fill(mount)
            with pytest.raises(Exception) as raised:
                add_contacts(300, "Import", notes="z" * 4000)
            assert "disk is full" in user_message(raised.value)
            assert not database.in_transaction()
            # A failed export leaves the old one whole and no temporary file.
            with pytest.raises(OSError) as failed:
                atomic_write_bytes(export, b"x" * 1_000_000)
            assert failed.value.errno == errno.ENOSPC
            assert "disk is full" in user_message(failed.value)
            assert export.read_bytes() == b"BEGIN:VCARD\r\nEND:VCARD\r\n"
            assert sorted(p.name for p in mount.iterdir()) == ["data", "export.vcf", "filler"]
        finally:
            close_db()
        assert integrity(db_file) == "ok"
        assert count_named(db_file, "Earlier") == 20 and count_named(db_file, "Import") == 0


# --- a second process -----------------------------------------------------------------------


def test_a_second_writer_is_waited_for(db, db_path):
    add_contacts(1, "Mine")
    locker = spawn(CHILD_LOCKER, db_path, "write", 1.0)
    wait_for_line(locker, "holding")
    started = time.monotonic()
    add_contacts(1, "Waited")
    assert time.monotonic() - started > 0.5  # it waited for the other transaction
    finish(locker)
    assert count_named(db_path, "Waited") == 1
    assert integrity(db_path) == "ok"


def test_a_second_writer_that_holds_on_is_reported_not_fatal(db, db_path):
    add_contacts(1, "Mine")
    database.execute_sql("PRAGMA busy_timeout = 300")
    locker = spawn(CHILD_LOCKER, db_path, "write", 1.5)
    wait_for_line(locker, "holding")
    with pytest.raises(peewee.OperationalError) as raised:
        add_contacts(5, "Blocked")
    assert "busy" in user_message(raised.value)
    finish(locker)
    add_contacts(5, "Retried")  # the user's retry works
    assert count_named(db_path, "Blocked") == 0 and count_named(db_path, "Retried") == 5
    assert integrity(db_path) == "ok"


def test_two_processes_writing_at_once_lose_nothing(db, db_path):
    writers = [spawn(CHILD_WRITER, db_path, "run", 150, f"Proc{n}") for n in range(2)]
    add_contacts(150, "Parent")
    for writer in writers:
        finish(writer)
    assert [count_named(db_path, p) for p in ("Proc0", "Proc1", "Parent")] == [150, 150, 150]
    assert integrity(db_path) == "ok"


# --- error messages from real errors --------------------------------------------------------


def test_user_messages_for_real_storage_errors(tmp_path):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database" * 100)
    with pytest.raises(sqlite3.DatabaseError) as corrupt:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master")
    assert "damaged" in user_message(corrupt.value)

    real = tmp_path / "real.db"
    sqlite3.connect(real).execute("CREATE TABLE t (x)")
    readonly = sqlite3.connect(f"{real.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as ro:
        readonly.execute("INSERT INTO t VALUES (1)")
    readonly.close()
    assert "read-only" in user_message(ro.value)

    with pytest.raises(OSError) as full, open("/dev/full", "wb", buffering=0) as dev_full:
        dev_full.write(b"x")
    assert user_message(full.value).startswith("The disk is full")

    assert user_message(ValueError("a bug of ours")) is None
    assert user_message(peewee.IntegrityError("UNIQUE constraint failed")) is None


# --- atomic file writes ---------------------------------------------------------------------


def test_atomic_write_replaces_whole_and_private(tmp_path):
    target = tmp_path / "contacts.vcf"
    atomic_write_text(target, "BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n", newline="")
    assert target.read_bytes() == b"BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    atomic_write_bytes(target, b"second", mode=0o644)
    assert target.read_bytes() == b"second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "export.vcf"
    target.write_bytes(b"the good export")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("export failed midway")
    assert target.read_bytes() == b"the good export"
    assert os.listdir(tmp_path) == ["export.vcf"]


def test_a_killed_export_leaves_the_old_file(tmp_path):
    target = tmp_path / "export.vcf"
    target.write_bytes(b"the good export")
    script = (
        "import sys, time\n"
        "from posse_desktop.fileio import atomic_open\n"
        "with atomic_open(sys.argv[1]) as f:\n"
        "    f.write(b'half'); f.flush(); print('writing', flush=True); time.sleep(60)\n"
    )
    child = spawn(script, target)
    wait_for_line(child, "writing")
    sigkill(child)
    assert target.read_bytes() == b"the good export"
