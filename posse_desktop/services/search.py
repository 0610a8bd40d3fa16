"""Search-as-you-type over every field of a contact, via the FTS5 index."""

from __future__ import annotations

import re

from posse_desktop.db import models as m
from posse_desktop.db.connection import database

# Words as FTS5's unicode61 tokenizer sees them; everything else (quotes, operators, "o'brien"'s
# apostrophe) separates words, so user text can never form FTS syntax.
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Every word of `text` as a quoted prefix term, all required. None when there are no words."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


class SearchService:
    def search_ids(self, text: str, *, trashed: bool = False) -> list[int]:
        """Ids of live (or trashed) contacts matching `text`, in list order; all when empty."""
        query = fts_query(text)
        if query is None:
            from posse_desktop.services.contacts import ContactsService

            return ContactsService().all_ids(trashed=trashed)
        deleted = "IS NOT NULL" if trashed else "IS NULL"
        sql = (
            f"SELECT c.id FROM {m.Contact._meta.table_name} AS c "
            f"WHERE c.id IN (SELECT rowid FROM {m.ContactIndex._meta.table_name} "
            f"WHERE {m.ContactIndex._meta.table_name} MATCH ?) "
            f"AND c.deleted_at {deleted} ORDER BY c.sort_key, c.id"
        )
        return [cid for (cid,) in database.execute_sql(sql, (query,))]
