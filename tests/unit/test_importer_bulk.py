"""The bulk paths used by import and export store and load exactly what the one-by-one service
paths do (so a change to one without the other fails here)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

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
from posse_desktop.services.bulk_contacts import insert_contacts
from posse_desktop.services.contact_loader import iter_contacts, load_contacts
from posse_desktop.services.contact_rows import INDEX_COLUMNS, index_text
from posse_desktop.services.contacts import ContactsService

FIXED = datetime(2026, 3, 1, 9, 30)

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
