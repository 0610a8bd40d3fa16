"""Search-as-you-type over every field of a contact, a page at a time, in list order.

Pages come from ContactListIndex, whose rowid is the contact's list position (see list_order):
FTS5 yields matches in rowid order, so a page costs the same whether 10 or 90,000 people match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from posse_desktop.db import models as m
from posse_desktop.db.connection import database

# Words as FTS5's unicode61 tokenizer sees them (letters and digits; "_" separates, as quotes,
# operators and "o'brien"'s apostrophe do), so user text never forms FTS syntax, and each word is
# one token: the list index stores no positions (detail=none), so a phrase would be an error.
_WORD = re.compile(r"[^\W_]+")
PAGE_SIZE = 512

_C = m.Contact._meta.table_name
_LI = m.ContactListIndex._meta.table_name


def fts_query(text: str) -> str | None:
    """Every word of `text` as a quoted prefix term, all required. None when there are no words."""
    # Composed first: a decomposed "é" (macOS input, pasted text) would otherwise split the word
    # at its accent, where the tokenizer folds it into the letter.
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class ListPage:
    ids: list[int]
    last_rank: int | None  # pass as `after_rank` for the next page
    exhausted: bool  # no more pages after this one


class SearchService:
    def page(
        self,
        text: str,
        *,
        trashed: bool = False,
        after_rank: int | None = None,
        through_rank: int | None = None,
        limit: int = PAGE_SIZE,
    ) -> ListPage:
        """The next `limit` matches after `after_rank` (or every match up to `through_rank`)."""
        query = fts_query(text)
        after = -1 if after_rank is None else after_rank
        upper = (1 << 63) - 1 if through_rank is None else through_rank
        deleted = "IS NOT NULL" if trashed else "IS NULL"
        fetch = -1 if through_rank is not None else limit + 1
        if query is None:
            sql = (
                f"SELECT id, sort_rank FROM {_C} WHERE deleted_at {deleted} "
                "AND sort_rank > ? AND sort_rank <= ? ORDER BY sort_rank LIMIT ?"
            )
            params: tuple = (after, upper, fetch)
        elif trashed:
            # The trash is small: probe each trashed contact rather than walk every match.
            sql = (
                f"SELECT c.id, c.sort_rank FROM {_C} AS c WHERE c.deleted_at IS NOT NULL "
                "AND c.sort_rank > ? AND c.sort_rank <= ? AND EXISTS (SELECT 1 FROM "
                f"{_LI} AS f WHERE f.rowid = c.sort_rank AND {_LI} MATCH ?) "
                "ORDER BY c.sort_rank LIMIT ?"
            )
            params = (after, upper, query, fetch)
        else:
            # A correlated lookup, not a JOIN: with a join SQLite carries the rowid bound over to
            # the contact index and range-scans it for every match (seconds instead of 1 ms).
            sql = (
                "SELECT cid, r FROM (SELECT (SELECT c.id FROM "
                f"{_C} AS c WHERE c.sort_rank = f.rowid AND c.deleted_at {deleted}) AS cid, "
                f"f.rowid AS r FROM {_LI} AS f WHERE {_LI} MATCH ? AND f.rowid > ? "
                "AND f.rowid <= ? ORDER BY f.rowid) WHERE cid IS NOT NULL LIMIT ?"
            )
            params = (query, after, upper, fetch)
        rows = database.execute_sql(sql, params).fetchall()
        more = through_rank is None and len(rows) > limit
        rows = rows[:limit] if more else rows
        return ListPage(
            ids=[cid for cid, _ in rows],
            last_rank=rows[-1][1] if rows else after_rank,
            exhausted=not more and through_rank is None,
        )

    def search_ids(self, text: str, *, trashed: bool = False) -> list[int]:
        """Every matching id in list order (for the CLI and tests; the GUI pages)."""
        ids: list[int] = []
        after = None
        while True:
            page = self.page(text, trashed=trashed, after_rank=after)
            ids.extend(page.ids)
            if page.exhausted:
                return ids
            after = page.last_rank

    def rank_of(self, contact_id: int) -> int | None:
        row = database.execute_sql(
            f"SELECT sort_rank FROM {_C} WHERE id = ?", (contact_id,)
        ).fetchone()
        return row[0] if row else None
