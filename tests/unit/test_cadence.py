"""Keep in touch: effective cadence, overdue ratio, and the order of the Reconnect list."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import InteractionKind, Role
from posse_desktop.services.cadence import (
    BUILTIN_DEFAULTS,
    CadenceDefaults,
    CadenceService,
    EffectiveCadence,
)
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.strength import StrengthService
from tests.unit.timeline_support import NOW, add_person, fixed, log

K = InteractionKind
ONLY_MINE = CadenceDefaults(roles={Role.MENTOR: 60, Role.LEAD_SOURCE: 42}, tags={"VIP": 14})


def service(now: datetime = NOW, tz=None) -> CadenceService:
    return CadenceService(clock=fixed(now), tz=tz)


def names(entries) -> list[str]:
    return [e.name for e in entries]


def test_defaults_start_builtin_and_round_trip_through_settings(db) -> None:
    cadence = service()
    assert cadence.defaults() == BUILTIN_DEFAULTS
    assert BUILTIN_DEFAULTS.roles[Role.MENTOR] == 60
    assert BUILTIN_DEFAULTS.roles[Role.LEAD_SOURCE] == 42
    changes = cadence.set_defaults(ONLY_MINE)
    assert changes.interactions
    assert cadence.defaults() == ONLY_MINE
    assert m.Setting.get_by_id("cadence").value == ONLY_MINE.to_json()
    with pytest.raises(ValueError):
        cadence.set_defaults(CadenceDefaults(roles={Role.MENTOR: -1}))
    assert cadence.defaults() == ONLY_MINE


def test_effective_cadence_resolution(db) -> None:
    cadence = service()
    cadence.set_defaults(ONLY_MINE)
    own = add_person("Own", roles=[Role.MENTOR], cadence_days=7)
    never = add_person("Never", roles=[Role.MENTOR], cadence_days=0)
    both = add_person("Both", roles=[Role.MENTOR, Role.LEAD_SOURCE])
    tagged = add_person("Tagged", roles=[Role.MENTOR], tags=["vip"])
    plain = add_person("Plain")
    assert cadence.effective(own) == EffectiveCadence(7, "contact")
    assert cadence.effective(never) == EffectiveCadence(None, "contact")
    assert cadence.effective(both) == EffectiveCadence(42, "role:lead-source")
    assert cadence.effective(tagged) == EffectiveCadence(14, "tag:vip")
    assert cadence.effective(plain) == EffectiveCadence(None, "none")
    cadence.set_defaults(CadenceDefaults(fallback=180))
    assert cadence.effective(plain) == EffectiveCadence(180, "default")


def test_overdue_ratio_counts_calendar_days(db) -> None:
    dana = add_person("Dana", cadence_days=10, created=datetime(2024, 1, 1))
    assert service().overdue_ratio(dana) == pytest.approx(166 / 10)  # never: since created
    log(dana, datetime(2024, 6, 10, 23, 59))
    # 12:00 on the 15th is 4 days 12 hours later, but 5 calendar days.
    assert service().overdue_ratio(dana) == pytest.approx(0.5)
    assert service().overdue_ratio(add_person("Untracked")) is None


def test_reconnect_orders_by_overdue_weighted_by_strength(db) -> None:
    cadence = service()
    cadence.set_defaults(ONLY_MINE)
    # Same 30-day cadence, last seen 90 vs 60 days ago: the later one first.
    late = add_person("Late", cadence_days=30)
    log(late, NOW - timedelta(days=90), K.EMAIL)
    later = add_person("Later", cadence_days=30)
    log(later, NOW - timedelta(days=120), K.EMAIL)
    # Exactly as overdue as Late but a much stronger tie: weighted ahead of it.
    strong = add_person("Strong", cadence_days=30)
    for n in range(12):
        log(strong, NOW - timedelta(days=90 + 7 * n), K.COFFEE)
    not_due = add_person("Not due", cadence_days=30)
    log(not_due, NOW - timedelta(days=29))
    by_role = add_person("Mentor", roles=[Role.MENTOR])
    log(by_role, NOW - timedelta(days=61), K.EMAIL)
    add_person("Untracked")
    entries = cadence.reconnect_list()
    assert names(entries) == ["Strong", "Later", "Late", "Mentor"]
    first = entries[0]
    assert first.cadence_source == "contact" and first.days_since == 90
    assert first.due_on == (NOW - timedelta(days=60)).date()
    strengths = StrengthService(clock=fixed(NOW)).values([e.contact_id for e in entries])
    for entry in entries:
        assert entry.strength == strengths[entry.contact_id]
        assert entry.score == pytest.approx(
            entry.days_since / entry.cadence_days * (0.5 + entry.strength / 100)
        )
    assert entries[-1].cadence_source == "role:mentor"
    assert names(cadence.reconnect_list(limit=2)) == ["Strong", "Later"]


def test_strength_override_changes_the_order(db) -> None:
    a = add_person("A", cadence_days=30)
    b = add_person("B", cadence_days=30)
    log(a, NOW - timedelta(days=100), K.EMAIL)
    log(b, NOW - timedelta(days=90), K.EMAIL)
    assert names(service().reconnect_list()) == ["A", "B"]
    StrengthService().set_override(b, 100)
    assert names(service().reconnect_list()) == ["B", "A"]


def test_logging_snoozing_trashing_and_cadence_change_take_effect_at_once(db) -> None:
    cadence = service()
    dana = add_person("Dana", cadence_days=14)
    ben = add_person("Ben", cadence_days=14)
    ana = add_person("Ana", cadence_days=14)
    for person in (dana, ben, ana):
        log(person, NOW - timedelta(days=40))
    assert set(names(cadence.reconnect_list())) == {"Dana", "Ben", "Ana"}
    log(dana, NOW - timedelta(hours=1), K.CALL)
    assert cadence.snooze(ben, date(2024, 6, 20)).contacts == {ben}
    ContactsService().trash([ana])
    assert cadence.reconnect_list() == []
    # The snooze ends on its date.
    assert names(service(datetime(2024, 6, 20, 8, 0)).reconnect_list()) == ["Ben"]
    cadence.set_cadence(ben, 60)
    assert service(datetime(2024, 6, 20, 8, 0)).reconnect_list() == []
    with pytest.raises(LookupError):
        cadence.set_cadence(9999, 30)
    with pytest.raises(ValueError):
        cadence.set_cadence(ben, 100_000)


def test_never_contacted_people_are_due_from_when_they_were_added(db) -> None:
    add_person("Old", cadence_days=30, created=datetime(2024, 1, 1))
    add_person("New", cadence_days=30, created=datetime(2024, 6, 1))
    entries = service().reconnect_list()
    assert names(entries) == ["Old"]
    assert entries[0].last_contacted_at is None and entries[0].days_since == 166


def test_fallback_tracks_everyone_else(db) -> None:
    cadence = service()
    cadence.set_defaults(CadenceDefaults(roles={Role.MENTOR: 30}, fallback=365))
    add_person("Mentor", roles=[Role.MENTOR], created=datetime(2024, 4, 1))
    add_person("Anyone", created=datetime(2023, 1, 1))
    add_person("Recent", created=datetime(2024, 1, 1))
    entries = cadence.reconnect_list()
    assert [(e.name, e.cadence_source) for e in entries] == [
        ("Mentor", "role:mentor"),
        ("Anyone", "default"),
    ]


def test_due_day_follows_the_local_calendar_across_dst(db) -> None:
    # Spring forward in New York on 2024-03-10. Last contact Mar 9 at 23:30 local; cadence 1 day.
    dana = add_person("Dana", cadence_days=1)
    log(dana, datetime(2024, 3, 9, 23, 30))
    new_york = ZoneInfo("America/New_York")
    # 23 hours later by the clock on the wall (22:30 local on Mar 10) is one calendar day: due.
    at = datetime(2024, 3, 10, 22, 30, tzinfo=new_york)
    assert names(service(at.astimezone(UTC), tz=new_york).reconnect_list()) == ["Dana"]
    # The same instant in Tokyo is already Mar 11 (local days differ: 2 days since).
    tokyo = service(at.astimezone(UTC), tz=ZoneInfo("Asia/Tokyo")).reconnect_list()
    assert tokyo[0].days_since == 2
    # 00:30 UTC Mar 10 is still Mar 9 in New York: not due yet.
    early = datetime(2024, 3, 10, 0, 30, tzinfo=UTC)
    assert service(early, tz=new_york).reconnect_list() == []


def test_reconnect_top_n_matches_scoring_everyone_in_python(db) -> None:
    """The SQL (cadence rules, strength, snooze-free due set, order) against a plain re-computation."""
    rng = random.Random(11)
    cadence = service()
    cadence.set_defaults(CadenceDefaults(roles={Role.MENTOR: 60, Role.RADAR: 21}, tags={"vip": 14}))
    people = []
    with database.atomic():
        for n in range(150):
            roles = rng.choice([[], [], [Role.MENTOR], [Role.RADAR], [Role.MENTOR, Role.RADAR]])
            tags = rng.choice([[], [], ["vip"], ["other"]])
            own = rng.choice([None, None, None, 0, 7, 30, 200])
            created = datetime(2022, 1, 1) + timedelta(days=rng.randrange(800))
            person = add_person(
                f"P{n:03d}", roles=roles, tags=tags, cadence_days=own, created=created
            )
            people.append(person)
            for _ in range(rng.choice([0, 1, 2, 5])):
                at = NOW - timedelta(days=rng.randrange(1, 900), hours=rng.randrange(24))
                log(person, at, rng.choice(list(K)))
            if rng.random() < 0.1:
                StrengthService().set_override(person, rng.choice([0, 50, 100]))
    strengths = StrengthService(clock=fixed(NOW)).values(people)
    expected = []
    for person in people:
        days = cadence.effective(person).days
        row = m.Contact.get_by_id(person)
        since = max(0, ((NOW.date()) - (row.last_contacted_at or row.created_at).date()).days)
        if days and since >= days:
            score = since / days * (0.5 + strengths[person] / 100)
            expected.append((-round(score, 9), person))
    expected.sort()
    assert len(expected) > 20
    for limit in (1, 3, 10):
        got = cadence.reconnect_list(limit)
        assert [e.contact_id for e in got] == [p for _, p in expected[:limit]]
        for entry in got:
            assert entry.cadence_days == cadence.effective(entry.contact_id).days
