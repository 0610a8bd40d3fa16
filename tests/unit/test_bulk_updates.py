"""Bulk updates (an import of a newer export) store exactly what one-by-one saves store."""

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
    TypedValue,
)
from posse_desktop.services.bulk_updates import update_contacts
from posse_desktop.services.contacts import ContactsService
from tests.unit.test_importer_bulk import _list_is_consistent, _raw, samples

CREATED = datetime(2026, 3, 1, 9, 30)
SAVED = datetime(2026, 4, 2, 10, 0)


def changes(old: list[ContactData]) -> list[ContactData]:
    """New data for each sample: renamed (moves in the list), retagged, other fields and photo."""
    full, empty, phone_only, other = old
    return [
        replace(
            full,
            formatted_name="Aaron Zed",  # to the top of the list
            tags=["friends", "travel"],
            roles={Role.MENTOR},
            phones=[TypedValue("+49 30 1234567", "work", True)],
            addresses=[],
            expertise=[Expertise("go", ExpertiseLevel.AVERAGE, "", date(2026, 1, 1))],
            photo=None,
            cadence_days=0,
            vcard_source="BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Aaron Zed\r\nEND:VCARD\r\n",
        ),
        replace(empty, notes="now with a note", birthday=PartialDate(1990, 5, 6)),
        replace(phone_only, photo=b"\xff\xd8 fake", photo_mime="image/jpeg", tags=["Friends"]),
        replace(other, addresses=[Address(label="home", locality="Oslo")], uid="uid-3"),
    ]


def test_bulk_update_stores_the_very_rows_one_by_one_saves_store(db) -> None:
    service = ContactsService(clock=lambda: CREATED)
    one_by_one = [service.create(data)[0] for data in samples()]
    in_bulk = [service.create(data)[0] for data in samples()]
    saving = ContactsService(clock=lambda: SAVED)
    for cid, data in zip(one_by_one, changes(samples()), strict=True):
        saving.update(cid, data)
    update_contacts(dict(zip(in_bulk, changes(samples()), strict=True)), SAVED)
    for a, b in zip(one_by_one, in_bulk, strict=True):
        assert replace(service.get(b), id=a) == service.get(a)
        assert _raw("contact", "id", b) == _raw("contact", "id", a)
        assert _raw("contact_index", "rowid", b) == _raw("contact_index", "rowid", a)
        rank_a, rank_b = (m.Contact.get_by_id(c).sort_rank for c in (a, b))
        assert _raw("contact_list_index", "rowid", rank_b) == _raw(
            "contact_list_index", "rowid", rank_a
        )
    _list_is_consistent()


def test_bulk_update_of_nothing_does_nothing(db) -> None:
    update_contacts({}, SAVED)
    assert ContactsService().all_ids() == []
