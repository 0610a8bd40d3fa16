"""Update many contacts at once (an import of a newer export of the same phone): a few statements
per table for all of them, instead of ~25 ORM queries per contact (a 10k-card update took
minutes). Stores what contact_rows.write_contact stores. Call inside a transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import ContactData
from posse_desktop.services import list_order
from posse_desktop.services.bulk_contacts import (
    TABLES,
    NameCache,
    build_rows,
    insert_rows,
)
from posse_desktop.services.contact_loader import IDS
from posse_desktop.services.normalize import sort_key

# Child tables whose rows are replaced, with the column that names the contact.
_CHILDREN = {
    "contact_field": "contact_id",
    "address": "contact_id",
    "contact_tag": "contact_id",
    "contact_role": "contact_id",
    "expertise": "contact_id",
    "photo": "contact_id",
    "contact_index": "rowid",
}
# The contact columns an update sets: all that build_rows fills but the id, the list rank
# (list_order's), the creation time and the cadence cache (the update triggers keep it).
_KEPT = ("id", "sort_rank", "created_at", "cadence_effective", "due_on")
_SET = [(i, c) for i, c in enumerate(TABLES["contact"]) if c not in _KEPT]
_UPDATE = "UPDATE contact SET {} WHERE id = ?".format(", ".join(f'"{c}" = ?' for _, c in _SET))


def update_contacts(items: Mapping[int, ContactData], now: datetime) -> None:
    """Store each contact's new data over its rows, replacing its child rows, and reindex it."""
    if not items:
        return
    ids = list(items)
    datas = [items[cid] for cid in ids]
    keys = [sort_key(data.display_name) for data in datas]
    param = (json.dumps(ids),)
    before = {
        cid: (key, rank)
        for cid, key, rank in database.execute_sql(
            f"SELECT id, sort_key, sort_rank FROM contact WHERE id IN {IDS}", param
        )
    }
    ranks = [before[cid][1] for cid in ids]  # list rows are rewritten where they are...
    rows = build_rows(datas, ids, keys, None, str(now), NameCache(m.Tag), NameCache(m.Skill))
    database.cursor().executemany(
        _UPDATE, ([row[i] for i, _ in _SET] + [row[0]] for row in rows["contact"])
    )
    for table, column in _CHILDREN.items():
        database.execute_sql(f'DELETE FROM "{table}" WHERE "{column}" IN {IDS}', param)
        insert_rows(table, TABLES[table], rows[table])
    # ...unless the name moved the contact in the list: list_order.place moves it (after the
    # new sort_key and index text are stored, which it reads).
    stay = [n for n, cid in enumerate(ids) if ranks[n] is not None and before[cid][0] == keys[n]]
    kept = set(stay)
    moved = [cid for n, cid in enumerate(ids) if n not in kept]
    database.cursor().executemany(
        f'DELETE FROM "{m.ContactListIndex._meta.table_name}" WHERE rowid = ?',
        ((ranks[n],) for n in stay),
    )
    texts = sorted((ranks[n], " ".join(rows["contact_index"][n][1:])) for n in stay)
    insert_rows(m.ContactListIndex._meta.table_name, TABLES["contact_list_index"], texts)
    list_order.place(moved)
