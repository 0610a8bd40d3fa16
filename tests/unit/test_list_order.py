"""List ranks: a saved contact finds its neighbours with one index seek, ties broken by id."""

from __future__ import annotations

from posse_desktop.db.connection import database
from posse_desktop.domain import ContactData
from posse_desktop.services import list_order
from posse_desktop.services.contacts import ContactsService


def _ranked() -> list[tuple[str, int, int]]:
    return database.execute_sql(
        "SELECT sort_key, id, sort_rank FROM contact ORDER BY sort_key, id"
    ).fetchall()


def test_neighbours_are_the_contacts_before_and_after_in_list_order(db) -> None:
    contacts = ContactsService()
    for name in ("Bo", "Ann", "Ann", "Cy", "Ann", "Al"):
        contacts.create(ContactData(formatted_name=name))
    rows = _ranked()
    for i, (key, cid, _rank) in enumerate(rows):
        before = rows[i - 1][2] if i else 0
        after = rows[i + 1][2] if i + 1 < len(rows) else list_order._TOP
        assert list_order._neighbour_ranks(cid, key) == (before, after), (key, cid)


def test_the_neighbour_lookup_is_one_seek_not_a_sort(db, monkeypatch) -> None:
    # The OR form ("sort_key < ? OR (sort_key = ? AND id < ?)") sorted every contact before the
    # saved one: 2.5 ms per save at 4k contacts, 143 s for a 10k-card re-import.
    executed: list[tuple[str, tuple]] = []
    run = database.execute_sql

    def recording(sql: str, params: tuple = (), *args, **kwargs):
        executed.append((sql, params))
        return run(sql, params, *args, **kwargs)

    monkeypatch.setattr(database, "execute_sql", recording)
    list_order._neighbour_ranks(1, "dana kim")
    monkeypatch.undo()
    assert len(executed) == 2
    for sql, params in executed:  # planned with bound values, as SQLite plans them when saving
        plan = [row[3] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
        assert len(plan) == 1 and plan[0].startswith("SEARCH contact USING INDEX"), plan
