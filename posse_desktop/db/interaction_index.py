"""Full-text index over interaction text (summary and details); rowid = interaction id.

An FTS5 external-content table over `interaction`: the text is not stored twice, and triggers keep
the index in the same transaction as every insert, update and delete of an interaction, whoever
writes it. Ask-for-help uses it to find "a word in the timeline" without scanning a million rows.
"""

from __future__ import annotations

import peewee

TABLE = "interaction_index"

_TRIGGERS = (
    f"""CREATE TRIGGER IF NOT EXISTS interaction_index_ai AFTER INSERT ON interaction BEGIN
        INSERT INTO {TABLE}(rowid, summary, details) VALUES (new.id, new.summary, new.details);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS interaction_index_ad AFTER DELETE ON interaction BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, summary, details)
        VALUES ('delete', old.id, old.summary, old.details);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS interaction_index_au
        AFTER UPDATE OF summary, details ON interaction BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, summary, details)
        VALUES ('delete', old.id, old.summary, old.details);
        INSERT INTO {TABLE}(rowid, summary, details) VALUES (new.id, new.summary, new.details);
    END""",
)


def exists(db: peewee.SqliteDatabase) -> bool:
    row = db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).fetchone()
    return row is not None


def create(db: peewee.SqliteDatabase) -> None:
    """Create the index and its triggers and fill it from existing rows (idempotent)."""
    fresh = not exists(db)
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(summary, details, "
        "content='interaction', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    for trigger in _TRIGGERS:
        db.execute_sql(trigger)
    if fresh:
        db.execute_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")
