"""List order as integer ranks, and the rank-keyed search index that makes typing fast.

Each contact has a `sort_rank` consistent with (sort_key, id) over all contacts. Ranks are spaced
(SPACING apart after a renumbering), so a new or renamed contact usually takes the midpoint of
its neighbours' ranks; when no gap is left, everything is renumbered. ContactListIndex holds the
contact's ContactIndex text under rowid = sort_rank. Call these inside the writer's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from posse_desktop.db import models as m
from posse_desktop.db.connection import database

SPACING = 1 << 32
_TOP = 1 << 62
_C = m.Contact._meta.table_name
_CI = m.ContactIndex._meta.table_name
_LI = m.ContactListIndex._meta.table_name
_BODY = " || ' ' || ".join(
    f"ci.{col}" for col in ("name", "org", "emails", "phones", "notes", "tags", "expertise")
)


def place(contact_ids: Iterable[int]) -> None:
    """(Re)position contacts whose sort_key is new or changed, and refresh their index rows."""
    for contact_id in contact_ids:
        row = database.execute_sql(
            f"SELECT sort_key, sort_rank FROM {_C} WHERE id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            continue
        key, old_rank = row
        low, high = _neighbour_ranks(contact_id, key)
        if old_rank is not None and low < old_rank < high:
            reindex_text(contact_id)  # still in order: keep the rank
            continue
        rank = _midpoint(low, high)
        if rank is None:
            renumber_all()
            continue
        if old_rank is not None:
            database.execute_sql(f"DELETE FROM {_LI} WHERE rowid = ?", (old_rank,))
        database.execute_sql(f"UPDATE {_C} SET sort_rank = ? WHERE id = ?", (rank, contact_id))
        _index_rows(f"c.id = {int(contact_id)}")


def reindex_text(contact_id: int) -> None:
    """The contact's text changed but not its name: refresh its row in place."""
    row = database.execute_sql(f"SELECT sort_rank FROM {_C} WHERE id = ?", (contact_id,)).fetchone()
    if row is None or row[0] is None:
        place([contact_id])
        return
    database.execute_sql(f"DELETE FROM {_LI} WHERE rowid = ?", (row[0],))
    _index_rows(f"c.id = {int(contact_id)}")


def remove(contact_ids: Iterable[int]) -> None:
    """Drop contacts' index rows (before the contacts themselves are deleted)."""
    for contact_id in contact_ids:
        database.execute_sql(
            f"DELETE FROM {_LI} WHERE rowid = (SELECT sort_rank FROM {_C} WHERE id = ?)",
            (contact_id,),
        )


def renumber_all() -> None:
    """Space every contact SPACING apart in list order and rebuild the rank-keyed index."""
    ids = [cid for (cid,) in database.execute_sql(f"SELECT id FROM {_C} ORDER BY sort_key, id")]
    # Recreating the table is instant; DELETE on an FTS5 table removes row by row (17 s at 100k).
    database.drop_tables([m.ContactListIndex])
    database.create_tables([m.ContactListIndex])
    database.execute_sql(f"UPDATE {_C} SET sort_rank = NULL")
    cursor = database.cursor()
    cursor.executemany(
        f"UPDATE {_C} SET sort_rank = ? WHERE id = ?",
        ((SPACING * (i + 1), cid) for i, cid in enumerate(ids)),
    )
    _index_rows("1")


def place_unranked() -> None:
    """Place every contact that has no rank yet (bulk writers call this once at the end)."""
    unranked = database.execute_sql(
        f"SELECT count(*) FROM {_C} WHERE sort_rank IS NULL"
    ).fetchone()[0]
    total = database.execute_sql(f"SELECT count(*) FROM {_C}").fetchone()[0]
    if not unranked:
        return
    if unranked * 4 >= total:  # cheaper to renumber than to place one by one
        renumber_all()
        return
    ids = [
        r
        for (r,) in database.execute_sql(f"SELECT id FROM {_C} WHERE sort_rank IS NULL ORDER BY id")
    ]
    place(ids)


def ranks_for_new(keys: Sequence[tuple[str, int]]) -> list[int] | None:
    """Ranks for contacts about to be inserted, as (sort_key, id) pairs, in the order given; None
    when some gap between ranked neighbours is too narrow (then insert unranked and renumber).

    Each run of new contacts between two ranked neighbours shares that gap evenly; into an empty
    list this is what renumber_all would give. Bulk writers call it to insert contacts with their
    rank and skip the update and index rebuild of place_unranked.
    """
    order = sorted(range(len(keys)), key=keys.__getitem__)
    if database.execute_sql(f"SELECT 1 FROM {_C} WHERE sort_rank IS NULL LIMIT 1").fetchone():
        return None  # contacts waiting for a rank: leave them all to place_unranked
    ranked = database.execute_sql(f"SELECT count(*) FROM {_C}").fetchone()[0]
    if len(keys) * 8 < ranked:  # few: look up each one's neighbours
        bounds = [_neighbour_ranks(keys[i][1], keys[i][0]) for i in order]
    else:  # many: one pass over the whole list
        bounds = _merged_bounds([keys[i] for i in order])
    return _spread(order, bounds)


def _spread(order: list[int], bounds: list[tuple[int, int]]) -> list[int] | None:
    """Ranks for new contacts (indexes `order`, sorted) with their neighbours' ranks `bounds`."""
    ranks = [0] * len(order)
    start = 0
    while start < len(order):  # runs of new contacts that fall into the same gap
        stop = start + 1
        while stop < len(order) and bounds[stop] == bounds[start]:
            stop += 1
        low, high = bounds[start]
        count = stop - start
        if high == _TOP:  # appending: a full SPACING each, as renumber_all spaces the list
            step = SPACING if low + SPACING * count < _TOP else 0
        else:
            step = (high - low) // (count + 1)
        if step < 1:
            return None
        for j in range(count):
            ranks[order[start + j]] = low + step * (j + 1)
        start = stop
    return ranks


def _merged_bounds(new: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """(rank before, rank after) among the ranked contacts of each new (sort_key, id), sorted."""
    rows = database.execute_sql(
        f"SELECT sort_key, id, sort_rank FROM {_C} WHERE sort_rank IS NOT NULL "
        "ORDER BY sort_key, id"
    ).fetchall()
    bounds = []
    i = 0
    for key in new:
        while i < len(rows) and (rows[i][0], rows[i][1]) < key:
            i += 1
        bounds.append((rows[i - 1][2] if i else 0, rows[i][2] if i < len(rows) else _TOP))
    return bounds


# Row values, not "sort_key < ? OR (sort_key = ? AND id < ?)": SQLite answers the OR with two
# index scans and a sort of everything before (or after) the contact (2.5 ms at 4k contacts, per
# saved contact); a row value is one seek on (sort_key, id).
_BEFORE = (
    f"SELECT sort_rank FROM {_C} WHERE (sort_key, id) < (?, ?) AND sort_rank IS NOT NULL "
    "ORDER BY sort_key DESC, id DESC LIMIT 1"
)
_AFTER = (
    f"SELECT sort_rank FROM {_C} WHERE (sort_key, id) > (?, ?) AND sort_rank IS NOT NULL "
    "ORDER BY sort_key, id LIMIT 1"
)


def _neighbour_ranks(contact_id: int, key: str) -> tuple[int, int]:
    before = database.execute_sql(_BEFORE, (key, contact_id)).fetchone()
    after = database.execute_sql(_AFTER, (key, contact_id)).fetchone()
    return (before[0] if before else 0, after[0] if after else _TOP)


def _midpoint(low: int, high: int) -> int | None:
    if high == _TOP:  # appending at the end: leave a full gap, not half the rank space
        return low + SPACING if low + SPACING < _TOP else None
    return low + (high - low) // 2 if high - low > 1 else None


def _index_rows(condition: str) -> None:
    database.execute_sql(
        f"INSERT INTO {_LI}(rowid, body) SELECT c.sort_rank, {_BODY} "
        f"FROM {_C} AS c JOIN {_CI} AS ci ON ci.rowid = c.id "
        f"WHERE c.sort_rank IS NOT NULL AND {condition} "
        # FTS5 flushes its pending terms whenever a rowid is lower than the one before: in rowid
        # order a full rebuild is one flush, not thousands (twice as fast at 10k contacts).
        "ORDER BY c.sort_rank"
    )
