"""The bulk paths used by import and export store and load exactly what the one-by-one service
paths do (so a change to one without the other fails here)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from posse_desktop.db import models as m
from posse_desktop.domain import (
    Address,
    ContactData,
    Expertise,
    ExpertiseLevel,
    PartialDate,
    Role,
    StructuredName,
    TypedValue,
)
from posse_desktop.services import contact_stream
from posse_desktop.services.contact_loader import iter_contacts, load_contacts
from posse_desktop.services.contact_rows import INDEX_COLUMNS, index_text
from posse_desktop.services.contact_stream import insert_contacts
from posse_desktop.services.contacts import ContactsService

FIXED = datetime(2026, 3, 1, 9, 30)


@pytest.fixture(autouse=True, params=["in this thread", "by the writer"])
def batch(request, monkeypatch) -> None:
    """Each test twice: the last (here: only) batch is stored in the caller's thread; with a
    batch of 2, the others go through the StatementWriter's thread."""
    if request.param == "by the writer":
        monkeypatch.setattr(contact_stream, "BATCH", 2)


def samples() -> list[ContactData]:
    full = ContactData(
        name=StructuredName("Kim", "Dana", "J.", "Dr.", "PhD"),
        formatted_name="Dana Kim",
        nickname="DK",
        org="Acme",
        department="Platform",
        title="Head",
        birthday=PartialDate(None, 2, 29),
        anniversary=PartialDate(2015, 6, 1),
        notes="Met at conf, liked sushi",
        how_we_met="KubeCon",
        cadence_days=30,
        strength_override=80,
        emails=[TypedValue("dana@acme.example", "work", True), TypedValue("d@h.example", "home")],
        phones=[TypedValue("+1 555 0100", "mobile"), TypedValue("030 1234567")],
        urls=[TypedValue("https://dana.example", "website")],
        ims=[TypedValue("xmpp:dana@chat.example", "xmpp")],
        addresses=[Address(label="work", street="1 Main St", locality="Springfield")],
        tags=["platform", "friends"],
        roles={Role.ADVISOR, Role.RADAR},
        expertise=[
            Expertise("kubernetes", ExpertiseLevel.EXPERT, "ran it", date(2025, 1, 2)),
            Expertise("Kubernetes", ExpertiseLevel.BEGINNER),
        ],
        photo=b"\x89PNG fake",
        photo_mime="image/png",
        uid="uid-1",
        vcard_source="BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Kim\r\nEND:VCARD\r\n",
    )
    return [
        full,
        ContactData(),
        ContactData(phones=[TypedValue("+1 555 0199")]),
        replace(full, uid="uid-2", tags=["friends", "new tag"], photo=None),
    ]


def test_bulk_insert_stores_what_the_service_stores(db) -> None:
    service = ContactsService(clock=lambda: FIXED)
    via_service = [service.create(data)[0] for data in samples()]
    via_bulk = insert_contacts(samples(), FIXED)
    assert via_bulk[0] == via_service[-1] + 1
    for a, b in zip(via_service, via_bulk, strict=True):
        one, other = service.get(a), service.get(b)
        assert replace(other, id=a) == one
    index = {
        row.rowid: row
        for row in m.ContactIndex.select(
            m.ContactIndex.rowid, *(getattr(m.ContactIndex, c) for c in INDEX_COLUMNS)
        )
    }
    for a, b, data in zip(via_service, via_bulk, samples(), strict=True):
        for column, expected in zip(INDEX_COLUMNS, index_text(data), strict=True):
            got_a, got_b = getattr(index[a], column), getattr(index[b], column)
            assert set(got_b.split()) == set(got_a.split()) == set(expected.split()), column


def test_bulk_load_equals_one_by_one(db) -> None:
    service = ContactsService(clock=lambda: FIXED)
    ids = [service.create(data)[0] for data in samples()]
    service.trash([ids[1]])
    loaded = load_contacts([ids[3], 999, *ids[:3]])
    assert [c.id for c in loaded] == [ids[3], *ids[:3]]
    for contact in loaded:
        assert contact == service.get(contact.id)
    assert [c.id for c in iter_contacts(ids, chunk=3)] == ids


def test_bulk_insert_stores_tags_differing_in_case_once(db) -> None:
    [cid] = insert_contacts([ContactData(formatted_name="A", tags=["work", "Work", "home"])], FIXED)
    assert ContactsService().get(cid).tags == ["work", "home"]


def _raw(table: str, key: str, cid: int) -> list[tuple]:
    cursor = m.Contact._meta.database.execute_sql(f"SELECT * FROM {table} WHERE {key} = ?", (cid,))
    names = [d[0] for d in cursor.description]
    return [
        tuple(v for n, v in zip(names, row, strict=True) if n not in ("id", "sort_rank", "rowid"))
        for row in cursor.fetchall()
    ]


def test_bulk_insert_stores_the_very_rows_the_service_stores(db) -> None:
    service = ContactsService(clock=lambda: FIXED)
    via_service = [service.create(data)[0] for data in samples()]
    via_bulk = insert_contacts(samples(), FIXED)
    for a, b in zip(via_service, via_bulk, strict=True):
        assert _raw("contact", "id", b) == _raw("contact", "id", a)
        assert _raw("contact_index", "rowid", b) == _raw("contact_index", "rowid", a)
        rank_a, rank_b = (m.Contact.get_by_id(c).sort_rank for c in (a, b))
        assert _raw("contact_list_index", "rowid", rank_b) == _raw(
            "contact_list_index", "rowid", rank_a
        )


def _list_is_consistent() -> list[int]:
    """Ranks follow (sort_key, id), and the rank-keyed index has one row per contact."""
    database = m.Contact._meta.database
    by_key = [
        r for (r,) in database.execute_sql("SELECT sort_rank FROM contact ORDER BY sort_key, id")
    ]
    assert None not in by_key and by_key == sorted(by_key) and len(set(by_key)) == len(by_key)
    indexed = [r for (r,) in database.execute_sql("SELECT rowid FROM contact_list_index")]
    assert sorted(indexed) == sorted(by_key)
    return by_key


def test_bulk_insert_ranks_new_contacts_between_those_there_are(db) -> None:
    service = ContactsService(clock=lambda: FIXED)
    for name in ("Bea", "Dan", "Fay"):
        service.create(ContactData(formatted_name=name))
    before = {
        cid: rank for cid, rank in m.Contact.select(m.Contact.id, m.Contact.sort_rank).tuples()
    }
    insert_contacts(
        [ContactData(formatted_name=n) for n in ("Eve", "Al", "Cy", "Cy", "Zoe")], FIXED
    )
    _list_is_consistent()
    after = dict(m.Contact.select(m.Contact.id, m.Contact.sort_rank).tuples())
    assert all(after[cid] == rank for cid, rank in before.items())  # placed in the gaps
    assert len(_list_is_consistent()) == 8


def test_bulk_insert_renumbers_when_the_gap_is_too_narrow(db) -> None:
    from posse_desktop.services import list_order

    service = ContactsService(clock=lambda: FIXED)
    ids = [service.create(ContactData(formatted_name=n))[0] for n in ("Bea", "Dan")]
    database = m.Contact._meta.database
    database.execute_sql("DELETE FROM contact_list_index")
    for rank, cid in enumerate(ids, start=1):  # adjacent ranks: no room between them
        database.execute_sql("UPDATE contact SET sort_rank = ? WHERE id = ?", (rank, cid))
        list_order.reindex_text(cid)
    assert list_order.ranks_for_new([("cy", 10)]) is None
    insert_contacts([ContactData(formatted_name="Cy"), ContactData(formatted_name="Al")], FIXED)
    assert _list_is_consistent() == [list_order.SPACING * i for i in range(1, 5)]


def test_bulk_insert_into_an_empty_list_ranks_as_a_renumber_would(db) -> None:
    from posse_desktop.services import list_order

    insert_contacts([ContactData(formatted_name=n) for n in ("Cy", "Al", "Bo")], FIXED)
    ranks = _list_is_consistent()
    bodies = sorted(
        m.ContactListIndex.select(m.ContactListIndex.rowid, m.ContactListIndex.body).tuples()
    )
    list_order.renumber_all()
    assert _list_is_consistent() == ranks
    assert (
        sorted(
            m.ContactListIndex.select(m.ContactListIndex.rowid, m.ContactListIndex.body).tuples()
        )
        == bodies
    )


def test_multi_row_inserts_stay_within_the_parameter_limit() -> None:
    from posse_desktop.services.bulk_contacts import statements

    rows = {"contact_role": [(1, "a"), (2, "b"), (3, "c")], "photo": []}
    got = list(statements(rows, limit=5))  # two columns: two rows per statement
    assert [params for _, params in got] == [[1, "a", 2, "b"], [3, "c"]]
    assert got[0][0] == 'INSERT INTO "contact_role" ("contact_id", "role") VALUES (?, ?), (?, ?)'
