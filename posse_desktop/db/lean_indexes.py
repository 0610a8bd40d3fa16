"""Schema 2: indexes that cost less to write (a 10k-card import spent a third of its time in the
full-text ones).

- contact_index keeps every column's text but indexes only notes and tags, the columns help
  looks words up in; the rest is stored as the source of the list index's text.
- contact_list_index keeps no token positions or sizes (detail=none, columnsize=0): the search
  box asks only which rows hold every word.
- single-column foreign-key indexes that a composite index starts with are dropped (models.py).

Each table is rebuilt from its own stored text, unless it already has the new shape (databases
created by this version).
"""

from __future__ import annotations

import peewee
from playhouse.sqlite_ext import FTS5Model

from posse_desktop.db import models

# A phrase from each table's new CREATE statement (see models), to tell the shapes apart.
_NEW_SHAPE = {models.ContactIndex: '"name" UNINDEXED', models.ContactListIndex: "detail=none"}


# Version 1's indexes that models.py no longer asks for (index=False on the foreign key).
REDUNDANT = (
    "contact_field_contact_id",
    "contact_tag_contact_id",
    "contact_role_contact_id",
    "expertise_contact_id",
    "relationship_from_contact_id",
    "interaction_contact_interaction_id",
    "interaction_contact_contact_id",
    "help_candidate_request_id",
    "sync_state_contact_id",
    "sync_state_address_book_id",
)


def upgrade(db: peewee.SqliteDatabase) -> None:
    """Bring the indexes to the shape of models.py (call inside a transaction)."""
    for model, marker in _NEW_SHAPE.items():
        if marker not in _create_sql(db, model._meta.table_name):
            _rebuild(db, model)
    for name in REDUNDANT:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')


def _create_sql(db: peewee.SqliteDatabase, table: str) -> str:
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    return row[0] if row else ""


def _rebuild(db: peewee.SqliteDatabase, model: type[FTS5Model]) -> None:
    table = model._meta.table_name
    old = f"{table}_old"
    db.execute_sql(f'ALTER TABLE "{table}" RENAME TO "{old}"')
    db.create_tables([model])
    columns = ", ".join(
        f'"{field.column_name}"' for field in model._meta.sorted_fields if field.name != "rowid"
    )
    # In rowid order: FTS5 then flushes its pending terms once, not at every step back.
    db.execute_sql(
        f'INSERT INTO "{table}" (rowid, {columns}) '
        f'SELECT rowid, {columns} FROM "{old}" ORDER BY rowid'
    )
    db.execute_sql(f'DROP TABLE "{old}"')
