"""Imports that store new contacts on the StatementWriter's thread while matching goes on
(services/contact_stream.py, services/statement_writer.py): the same rows as storing them all
at the end, sound full-text indexes, and nothing left behind by a cancel or a failure."""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest

from posse_desktop.db import close_db, open_db
from posse_desktop.db.connection import database
from posse_desktop.services import contact_stream
from posse_desktop.services.bulk_contacts import TABLES
from posse_desktop.services.importer import MATCHING, ImportService, stage
from posse_desktop.services.search import SearchService
from posse_desktop.services.statement_writer import StatementWriter, quick_handoffs

CARDS = 120
FIXED = datetime(2026, 3, 1, 9, 30)
INSERT_TRIGGERS = {"cadence_contact_ai", "cadence_role_ai", "cadence_tag_ai"}


def phone_file(tmp_path: Path, people: int = CARDS) -> Path:
    """`people` people, then one of them again (the same card: stored once) and one again with
    another email and UID (a new contact, offered for review)."""
    cards = [
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:Family{i:03d};Given{i % 7};;;\r\nFN:Given{i % 7} Family{i:03d}\r\n"
        f"EMAIL;TYPE=work:p{i}@acme.example\r\nTEL;TYPE=cell:+49 170 {i:07d}\r\n"
        f"CATEGORIES:team{i % 3},friends\r\nNOTE:knows topic{i}\r\nUID:u-{i}\r\n"
        "END:VCARD\r\n"
        for i in range(people)
    ]
    cards.append(cards[5])
    cards.append(cards[9].replace("p9@acme", "other9@acme").replace("UID:u-9", "UID:u-9b"))
    path = tmp_path / "phone.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    return path


def dump() -> dict[str, list[tuple]]:
    tables = [*TABLES, "import_batch_item"]
    return {
        table: database.execute_sql(f'SELECT rowid, * FROM "{table}" ORDER BY rowid').fetchall()
        for table in tables
    }


def triggers() -> set[str]:
    sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return {name for (name,) in database.execute_sql(sql)}


def import_in_batches(path: Path, db_path: Path, batch: int, monkeypatch) -> dict:
    monkeypatch.setattr(contact_stream, "BATCH", batch)
    open_db(db_path)
    try:
        report = ImportService(clock=lambda: FIXED).import_files([path], safety_copy=False)
        assert len(report.added) == CARDS + 1
        assert report.contact_of_card[(str(path), CARDS + 1)] in {
            r.contact_id for r in report.needs_review
        }
        for table in ("contact_index", "contact_list_index"):  # raises if an index is corrupt
            database.execute_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        search = SearchService()
        assert len(search.search_ids("topic")) == CARDS + 1  # notes and the list index
        assert search.search_ids("0000042") == [report.contact_of_card[(str(path), 42)]]
        assert triggers() >= INSERT_TRIGGERS
        return dump()
    finally:
        close_db()


def test_batches_on_the_writer_store_what_one_batch_at_the_end_stores(
    tmp_path, monkeypatch
) -> None:
    path = phone_file(tmp_path)
    interval = sys.getswitchinterval()
    at_the_end = import_in_batches(path, tmp_path / "one.db", 10_000, monkeypatch)
    on_the_writer = import_in_batches(path, tmp_path / "many.db", 7, monkeypatch)
    assert sys.getswitchinterval() == interval
    assert on_the_writer.keys() == at_the_end.keys()
    for table, rows in at_the_end.items():
        assert on_the_writer[table] == rows, table


def test_a_cancel_after_the_writer_started_leaves_nothing_behind(db, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(contact_stream, "BATCH", 7)
    submitted = []
    submit = StatementWriter.submit
    monkeypatch.setattr(
        StatementWriter, "submit", lambda self, s: (submitted.append(1), submit(self, s))
    )
    interval = sys.getswitchinterval()
    seen = {"stage": "", "count": 0}

    def progress(done: int, total: int) -> None:
        seen["stage"], seen["count"], _ = stage(done, total)

    report = ImportService().import_files(
        [phone_file(tmp_path, 250)],
        progress=progress,
        cancelled=lambda: seen["stage"] == MATCHING and seen["count"] >= 100,
    )
    assert report.cancelled and len(submitted) == 28  # cancelled at card 200: 28 batches out
    for table in ("contact", "contact_field", "contact_index", "contact_list_index"):
        assert database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert triggers() >= INSERT_TRIGGERS
    assert sys.getswitchinterval() == interval


def test_the_writer_runs_in_order_in_the_callers_transaction(tmp_path) -> None:
    conn = sqlite3.connect(tmp_path / "w.db", isolation_level=None, check_same_thread=False)
    conn.execute("CREATE TABLE t (n INTEGER)")
    conn.execute("BEGIN")
    writer = StatementWriter(conn)
    for start in range(0, 50, 10):
        writer.submit([("INSERT INTO t VALUES (?)", [n]) for n in range(start, start + 10)])
    writer.close()
    assert [n for (n,) in conn.execute("SELECT n FROM t ORDER BY rowid")] == list(range(50))
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_a_failed_statement_is_raised_to_the_caller_and_the_rest_skipped(tmp_path) -> None:
    conn = sqlite3.connect(tmp_path / "w.db", isolation_level=None, check_same_thread=False)
    conn.execute("CREATE TABLE t (n INTEGER UNIQUE)")
    writer = StatementWriter(conn)
    writer.submit([("INSERT INTO t VALUES (1)", []), ("INSERT INTO t VALUES (1)", [])])
    writer.submit([("INSERT INTO t VALUES (2)", [])])
    with pytest.raises(sqlite3.IntegrityError):
        writer.close()
    assert [n for (n,) in conn.execute("SELECT n FROM t")] == [1]

    abandoned = StatementWriter(conn)
    abandoned.submit([("INSERT INTO nowhere VALUES (1)", [])])
    abandoned.abandon()  # the caller is failing already: never raises


def test_quick_handoffs_restore_the_switch_interval() -> None:
    before = sys.getswitchinterval()
    with quick_handoffs():
        assert sys.getswitchinterval() < before
    assert sys.getswitchinterval() == before
