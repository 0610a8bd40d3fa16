"""Schema 2 (db/lean_indexes.py): a version-1 database gets the leaner full-text indexes on open,
and finds exactly what it found before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from posse_desktop.db import backups, close_db, open_db
from posse_desktop.db.connection import database
from posse_desktop.db.lean_indexes import REDUNDANT
from posse_desktop.db.migrations import SCHEMA_VERSION, current_version
from posse_desktop.domain import ContactData, TypedValue
from posse_desktop.services import list_order
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.search import SearchService

# The two tables as version 1 created them.
V1_TABLES = {
    "contact_index": (
        'CREATE VIRTUAL TABLE "contact_index" USING fts5 ("name", "org", "emails", "phones", '
        '"notes", "tags", "expertise", tokenize="unicode61 remove_diacritics 2")',
        "name, org, emails, phones, notes, tags, expertise",
    ),
    "contact_list_index": (
        'CREATE VIRTUAL TABLE "contact_list_index" USING fts5 ("body", prefix=\'1 2\', '
        'tokenize="unicode61 remove_diacritics 2")',
        "body",
    ),
}
# Version 1's single-column foreign-key indexes: name -> (table, column).
_REDUNDANT_ON = {
    "contact_field_contact_id": ("contact_field", "contact_id"),
    "contact_tag_contact_id": ("contact_tag", "contact_id"),
    "contact_role_contact_id": ("contact_role", "contact_id"),
    "expertise_contact_id": ("expertise", "contact_id"),
    "relationship_from_contact_id": ("relationship", "from_contact_id"),
    "interaction_contact_interaction_id": ("interaction_contact", "interaction_id"),
    "interaction_contact_contact_id": ("interaction_contact", "contact_id"),
    "help_candidate_request_id": ("help_candidate", "request_id"),
    "sync_state_contact_id": ("sync_state", "contact_id"),
    "sync_state_address_book_id": ("sync_state", "address_book_id"),
}
QUERIES = ["ana", "a", "ki", "kubern", "5678", "030 1234", "vip", "acme", "ana@", "zzz"]
NOTES_AND_TAGS = "{notes tags} : kubernetes OR vip"


def _people() -> list[ContactData]:
    return [
        ContactData(
            formatted_name="Ana Kim",
            org="Acme",
            notes="Knows kubernetes",
            emails=[TypedValue("ana@acme.example")],
            phones=[TypedValue("+49 30 1234 5678")],
            tags=["vip"],
        ),
        ContactData(formatted_name="Ben Kiefer", notes="kubernetes, postgres"),
        ContactData(formatted_name="Chloé Ana", tags=["friends"]),
        ContactData(formatted_name="Dana Vipond", org="Kubernetes Inc"),
    ]


def _as_version_1(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        for name, (table, column) in _REDUNDANT_ON.items():  # v1 indexed each key on its own
            conn.execute(f'CREATE INDEX "{name}" ON "{table}" ("{column}")')
        for table, (create, columns) in V1_TABLES.items():
            conn.execute(f"ALTER TABLE {table} RENAME TO {table}_new")
            conn.execute(create)
            conn.execute(
                f"INSERT INTO {table} (rowid, {columns}) SELECT rowid, {columns} FROM {table}_new"
            )
            conn.execute(f"DROP TABLE {table}_new")
        conn.execute("PRAGMA user_version = 1")
    conn.close()


def _found() -> tuple[dict[str, list[int]], list[int]]:
    search = SearchService()
    notes = database.execute_sql(
        "SELECT rowid FROM contact_index WHERE contact_index MATCH ? ORDER BY rowid",
        (NOTES_AND_TAGS,),
    ).fetchall()
    return {q: search.search_ids(q) for q in QUERIES}, [r for (r,) in notes]


def _create_sql(table: str) -> str:
    return database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
    ).fetchone()[0]


def test_a_version_1_database_is_upgraded_and_finds_the_same(db_path: Path) -> None:
    open_db(db_path)
    contacts = ContactsService()
    ids = [contacts.create(person)[0] for person in _people()]
    before = _found()
    assert before[0]["ana"] and before[0]["5678"] == [ids[0]] and before[1] == ids[:2]
    close_db()

    _as_version_1(db_path)
    with sqlite3.connect(db_path) as conn:  # the old shape really is back
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='contact_index'").fetchone()
        assert "UNINDEXED" not in sql[0]
    conn.close()

    open_db(db_path)
    try:
        assert current_version(database) == SCHEMA_VERSION == 2
        assert '"name" UNINDEXED' in _create_sql("contact_index")
        assert "detail=none" in _create_sql("contact_list_index")
        assert _found() == before
        assert not set(REDUNDANT) & _index_names()
        for table in V1_TABLES:
            database.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        backup = backups.latest_backup(db_path)
        assert backup is not None and backup.reason == "pre-upgrade"

        # and it goes on working: a new contact, a renumbered list
        new_id, _ = contacts.create(ContactData(formatted_name="Anaïs Vip", notes="kubernetes"))
        list_order.renumber_all()
        found, notes = _found()
        assert new_id in found["ana"] and new_id in found["vip"] and new_id in notes
    finally:
        close_db()


def _index_names() -> set[str]:
    rows = database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
    return {name for (name,) in rows}


def test_every_foreign_key_leads_some_index(db) -> None:
    """Dropping the single-column ones must leave each key's lookups (ON DELETE CASCADE, joins)
    an index that starts with it."""
    tables = [
        r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")
    ]
    for table in tables:
        keys = database.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()
        columns = database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
        leading = {c[1] for c in columns if c[5] == 1}  # the primary key's first column
        for index in database.execute_sql(f'PRAGMA index_list("{table}")').fetchall():
            columns = database.execute_sql(f'PRAGMA index_info("{index[1]}")').fetchall()
            leading.add(min(columns)[2])  # the index's first column
        for key in keys:
            assert key[3] in leading, (table, key[3])
    assert not set(REDUNDANT) & _index_names()
    assert set(REDUNDANT) == set(_REDUNDANT_ON)


def test_a_new_database_is_created_in_the_new_shape(db) -> None:
    assert '"name" UNINDEXED' in _create_sql("contact_index")
    assert "detail=none" in _create_sql("contact_list_index")
    assert current_version(database) == SCHEMA_VERSION
