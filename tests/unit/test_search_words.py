"""Whatever a person types is a valid query of the list index, and finds text that holds it."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from posse_desktop.db import models as m
from posse_desktop.services.search import fts_query


def _list_index() -> sqlite3.Connection:
    """An in-memory table created by the same statement as the real list index."""
    import peewee

    db = peewee.SqliteDatabase(":memory:")
    with db.bind_ctx([m.ContactListIndex]):
        db.create_tables([m.ContactListIndex])
        sql = db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE name = ?", (m.ContactListIndex._meta.table_name,)
        ).fetchone()[0]
    conn = sqlite3.connect(":memory:")
    conn.execute(sql)
    return conn


# Latin, Greek and Cyrillic text with their punctuation and symbols. Further up,
# SQLite's Unicode tables (older than Python's) disagree with Python's about new and recategorised
# characters; other scripts and decomposed accents have their own cases below.
_TYPED = st.characters(
    max_codepoint=0x04FF, blacklist_categories=("Cn", "Co", "Cs", "Mn", "Mc", "Me")
)


@settings(max_examples=300, deadline=None)
@given(st.text(_TYPED, max_size=24))
def test_typed_text_finds_a_row_holding_it(text: str) -> None:
    # Stored text is not normalised: a compatibility ideograph (U+F900) stays itself there while
    # the typed one is composed to U+8C48. Names from cards and keyboards are composed already.
    assume(unicodedata.is_normalized("NFC", text))
    assert _finds(text, text)


@pytest.mark.parametrize(
    "stored, typed",
    [
        ("Émile Zoë", "e\u0301mile zoe\u0308"),  # typed decomposed (macOS, pasted text)
        ("e\u0301mile", "émile"),  # stored decomposed
        ("Ana_Kim", "ana_kim"),
        ("हिन्दी नाम", "हिन्दी"),
        ("山田 太郎", "山田"),
        ("محمد علي", "علي"),
    ],
)
def test_accents_and_separators_typed_either_way(stored: str, typed: str) -> None:
    assert _finds(stored, typed)


def _finds(stored: str, typed: str) -> bool:
    """Does typing `typed` find a list-index row whose text is `stored`? (True: no words typed.)"""
    conn = _list_index()
    table = m.ContactListIndex._meta.table_name
    conn.execute(f"INSERT INTO {table} (rowid, body) VALUES (1, ?)", (stored,))
    query = fts_query(typed)
    if query is None:
        return True
    rows = conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (query,)).fetchall()
    return rows == [(1,)]
