"""The contacts service on a real temp database: every field round trips; writes are atomic."""

from __future__ import annotations

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
from posse_desktop.services.contacts import ContactNotFound, ContactsService
from posse_desktop.services.search import SearchService, fts_query

FIXED = datetime(2026, 3, 1, 9, 30)


@pytest.fixture
def contacts(db):
    return ContactsService(clock=lambda: FIXED)


def full_contact() -> ContactData:
    return ContactData(
        name=StructuredName("Kim", "Dana", "J.", "Dr.", "PhD"),
        formatted_name="Dana Kim",
        nickname="DK",
        org="Acme",
        department="Platform",
        title="Head of Platform",
        birthday=PartialDate(None, 2, 29),
        anniversary=PartialDate(2015, 6, 1),
        notes="Met at conf, liked sushi; ask about k8s",
        how_we_met="KubeCon 2019",
        cadence_days=30,
        strength_override=80,
        emails=[
            TypedValue("dana@acme.example", "work", True),
            TypedValue("dana@home.example", "home"),
        ],
        phones=[TypedValue("+1 555 0100", "mobile")],
        urls=[TypedValue("https://dana.example", "website")],
        ims=[TypedValue("@dana:matrix.example", "matrix")],
        addresses=[
            Address(label="work", street="1 Main St", locality="Springfield", country="USA")
        ],
        tags=["platform", "friends"],
        roles={Role.ADVISOR, Role.RADAR},
        expertise=[
            Expertise("kubernetes", ExpertiseLevel.EXPERT, "sized our cluster", date(2025, 1, 2)),
            Expertise("postgres", ExpertiseLevel.AVERAGE),
        ],
        photo=b"\x89PNG\r\n\x1a\nfake",
        photo_mime="image/png",
        uid="urn:uuid:1234",
    )


def test_every_field_round_trips(contacts):
    data = full_contact()
    cid, changes = contacts.create(data)
    assert changes.created == {cid} and changes.contact_set
    assert contacts.get(cid).data() == data


def test_update_replaces_lists_and_reindexes(contacts):
    cid, _ = contacts.create(full_contact())
    edited = full_contact()
    edited.emails = [TypedValue("new@acme.example")]
    edited.tags = ["alumni"]
    edited.expertise = []
    changes = contacts.update(cid, edited)
    assert changes.contacts == {cid}
    got = contacts.get(cid)
    assert [e.value for e in got.emails] == ["new@acme.example"]
    assert got.tags == ["alumni"] and got.expertise == []
    search = SearchService()
    assert search.search_ids("alumni") == [cid]
    assert search.search_ids("friends") == []
    assert search.search_ids("kubernetes") == []


def test_trash_restore_purge(contacts):
    cid, _ = contacts.create(full_contact())
    contacts.trash([cid])
    assert contacts.get(cid).deleted_at == FIXED
    assert SearchService().search_ids("dana") == []
    assert SearchService().search_ids("dana", trashed=True) == [cid]
    contacts.restore([cid])
    assert SearchService().search_ids("dana") == [cid]
    contacts.purge([cid])
    with pytest.raises(ContactNotFound):
        contacts.get(cid)
    assert m.ContactField.select().count() == 0
    assert m.ContactIndex.select().count() == 0


def test_recreate_under_the_old_id(contacts):
    cid, _ = contacts.create(full_contact())
    contacts.purge([cid])
    again, _ = contacts.create(full_contact(), contact_id=cid)
    assert again == cid and contacts.get(cid).display_name == "Dana Kim"


def test_failed_write_leaves_nothing_half_written(contacts):
    cid, _ = contacts.create(full_contact())
    broken = full_contact()
    broken.introduced_by_id = 999_999  # violates the foreign key at commit
    with pytest.raises(Exception):  # noqa: B017 - any database error; what matters is the state
        contacts.update(cid, broken)
    assert contacts.get(cid).data() == full_contact()


def test_summaries_and_order(contacts):
    ids = [contacts.create(ContactData(formatted_name=n))[0] for n in ("émile", "Zoe", "adam")]
    assert contacts.all_ids() == [ids[2], ids[0], ids[1]]  # accent- and case-insensitive
    summaries = contacts.summaries(ids)
    assert summaries[ids[0]].name == "émile"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("dana", '"dana"*'),
        ("dana kim", '"dana"* AND "kim"*'),
        ("o'brien", '"o"* AND "brien"*'),
        ('"; DROP TABLE', '"DROP"* AND "TABLE"*'),
        ("NEAR(a b)", '"NEAR"* AND "a"* AND "b"*'),
        # "_" separates words for the tokenizer; kept in, it would make a phrase, which the
        # list index (detail=none) refuses with an error.
        ("snake_case", '"snake"* AND "case"*'),
        ("  ", None),
        ("***", None),
    ],
)
def test_user_text_never_becomes_fts_syntax(text, expected):
    assert fts_query(text) == expected


@pytest.mark.parametrize(
    "text", ["o'brien", 'a"b', "AND", "OR NOT", "*", "(", "^x", "a:b", "ü", "a_b", "__init__"]
)
def test_search_never_raises_on_odd_text(contacts, text):
    contacts.create(ContactData(formatted_name="Sean O'Brien"))
    SearchService().search_ids(text)


def test_search_finds_accents_and_phone_fragments(contacts):
    cid, _ = contacts.create(
        ContactData(formatted_name="Ángela Núñez", phones=[TypedValue("+49 30 1234 5678")])
    )
    search = SearchService()
    assert search.search_ids("angela nunez") == [cid]
    assert search.search_ids("5678") == [cid]
    assert search.search_ids("030 1234") == [cid]  # as written, in two words
    assert search.search_ids("03012345678") == [cid]  # as dialled in Germany
    assert search.search_ids("4930") == [cid]


def test_counts_split_everyone_into_live_and_trashed(contacts):
    ids = [contacts.create(ContactData(formatted_name=f"Person {n}"))[0] for n in range(5)]
    assert (contacts.count(), contacts.count(trashed=True)) == (5, 0)
    contacts.trash(ids[:2])
    assert (contacts.count(), contacts.count(trashed=True)) == (3, 2)
    contacts.restore(ids[:1])
    contacts.purge(ids[1:2])
    assert (contacts.count(), contacts.count(trashed=True)) == (4, 0)
