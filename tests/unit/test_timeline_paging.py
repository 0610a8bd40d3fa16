"""Keyset pages of the timeline against a brute-force reference, and the query plans behind them."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from posse_desktop.db.connection import database
from posse_desktop.domain import InteractionKind, Role
from posse_desktop.services import timeline_people
from posse_desktop.services.timeline import TimelineEntry, TimelineFilter, TimelineService
from tests.unit.timeline_support import add_person, log

K = InteractionKind
KINDS = list(InteractionKind)


@pytest.fixture
def network(db) -> dict:
    """30 people, 300 interactions with many exact-time ties, some with two people."""
    rng = random.Random(7)
    with database.atomic():  # one commit (one fsync) for the whole set-up
        return _build_network(rng)


def _build_network(rng: random.Random) -> dict:
    people = []
    for n in range(30):
        roles = [Role.MENTOR] if n % 5 == 0 else []
        tags = ["acme"] if n % 3 == 0 else []
        people.append(add_person(f"Person {n:02d}", roles=roles, tags=tags))
    start = datetime(2023, 1, 1, 9, 0)
    facts = []
    for n in range(300):
        # Only 40 distinct times: ties must be broken by id, not lost or repeated.
        at = start + timedelta(hours=rng.randrange(40))
        who = rng.sample(people, rng.choice([1, 1, 2]))
        kind = rng.choice(KINDS)
        summary = f"topic {n % 7}" + (" 100% sure" if n % 11 == 0 else "")
        iid = log(who, at, kind, summary)
        facts.append({"id": iid, "at": at, "kind": kind, "who": set(who), "summary": summary})
    return {"people": people, "facts": facts}


def walk(service: TimelineService, filt: TimelineFilter, size: int) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    before = None
    while True:
        page = service.page_for(filt, before=before, limit=size)
        entries += page
        assert service.has_more(filt, before) == bool(page)
        if len(page) < size:
            assert not service.has_more(filt, page[-1].cursor if page else before)
            return entries
        before = page[-1].cursor


def expected(network: dict, filt: TimelineFilter) -> list[int]:
    mentors = {p for n, p in enumerate(network["people"]) if n % 5 == 0}
    acme = {p for n, p in enumerate(network["people"]) if n % 3 == 0}
    rows = []
    for fact in network["facts"]:
        if filt.contact_id is not None and filt.contact_id not in fact["who"]:
            continue
        if filt.kinds and fact["kind"] not in filt.kinds:
            continue
        people = set(fact["who"])
        if filt.tag:
            people &= acme
        if filt.role:
            people &= mentors
        if (filt.tag or filt.role) and not people:
            continue
        if filt.text and filt.text.lower() not in fact["summary"].lower():
            continue
        rows.append((fact["at"], fact["id"]))
    return [iid for _, iid in sorted(rows, reverse=True)]


FILTERS = [
    TimelineFilter(),
    TimelineFilter(kinds=frozenset({K.COFFEE})),
    TimelineFilter(kinds=frozenset({K.COFFEE, K.FAVOR_GIVEN, K.EMAIL})),
    TimelineFilter(tag="ACME"),
    TimelineFilter(role=Role.MENTOR),
    TimelineFilter(tag="acme", role=Role.MENTOR),
    TimelineFilter(text="Topic 3"),
    TimelineFilter(text="100%"),
    TimelineFilter(tag="acme", kinds=frozenset({K.CALL, K.MEETING}), text="topic"),
]


@pytest.mark.parametrize("filt", FILTERS, ids=repr)
@pytest.mark.parametrize("people_strategy", ["few", "many"])
def test_pages_match_the_reference(network, filt, people_strategy, monkeypatch) -> None:
    # Both ways of driving a tag/role filter must give the same rows.
    limit = 10**9 if people_strategy == "few" else 0
    monkeypatch.setattr(timeline_people, "DRIVE_BY_PEOPLE_MAX", limit)
    got = walk(TimelineService(), filt, size=7)
    assert [e.id for e in got] == expected(network, filt)


@pytest.mark.parametrize("index", [0, 5, 13])
def test_one_contacts_pages(network, index) -> None:
    person = network["people"][index]
    for filt in (
        TimelineFilter(contact_id=person),
        TimelineFilter(contact_id=person, kinds=frozenset({K.CALL, K.COFFEE}), text="topic"),
    ):
        got = walk(TimelineService(), filt, size=4)
        assert [e.id for e in got] == expected(network, filt)
        assert all(person in e.contact_ids for e in got)


def test_entries_carry_names_and_counts(network) -> None:
    service = TimelineService()
    first = service.page(limit=1)[0]
    fact = next(f for f in network["facts"] if f["id"] == first.id)
    assert set(first.contact_ids) == fact["who"]
    assert all(c.name.startswith("Person ") for c in first.contacts)
    assert service.count() == 300
    person = network["people"][0]
    assert service.count(person) == len(expected(network, TimelineFilter(contact_id=person)))
    assert service.page(tag="no such tag") == []
    assert service.page(limit=0) == []


def test_a_page_does_not_shift_when_older_entries_are_logged(network) -> None:
    service = TimelineService()
    first = service.page(limit=5)
    log(network["people"][1], datetime(2000, 1, 1), K.CALL)
    second = service.page(before=first[-1].cursor, limit=5)
    ids = [e.id for e in service.page(limit=10)]
    assert ids == [e.id for e in first + second]


def plan(sql_and_params: tuple[str, list]) -> str:
    sql, params = sql_and_params
    rows = database.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return "\n".join(row[-1] for row in rows)


def page_sql(filt: TimelineFilter) -> tuple[str, list]:
    """The SQL of the first page, captured from the service without a mock: via sqlite's trace."""
    statements: list[str] = []
    connection = database.connection()
    connection.set_trace_callback(statements.append)
    try:
        TimelineService().page_for(filt, before=(datetime(2024, 1, 1), 10**6), limit=200)
    finally:
        connection.set_trace_callback(None)
    main = next(s for s in statements if "ORDER BY" in s and "DESC" in s)
    return main, []


@pytest.mark.parametrize(
    ("filt", "index"),
    [
        (TimelineFilter(), "interaction_occurred_at"),
        (TimelineFilter(kinds=frozenset({K.COFFEE, K.CALL})), "interaction_kind_occurred_at"),
        (TimelineFilter(contact_id=1), "interaction_contact_contact_id_occurred_at_interaction_id"),
    ],
)
def test_page_queries_walk_an_index_without_sorting(network, filt, index) -> None:
    text = plan(page_sql(filt))
    assert index in text, text
    assert "TEMP B-TREE" not in text, text
