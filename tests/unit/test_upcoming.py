"""What is coming: year-less dates, Feb 29, the year's turn, follow-ups, time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from posse_desktop.domain import InteractionKind, PartialDate
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.localtime import (
    days_between,
    next_occurrence,
    occurrence_in_year,
)
from posse_desktop.services.timeline import TimelineService
from posse_desktop.services.upcoming import UpcomingService
from tests.unit.timeline_support import NOW, add_person, fixed, log

K = InteractionKind
NEW_YORK = ZoneInfo("America/New_York")


def upcoming(now: datetime, tz=None) -> UpcomingService:
    return UpcomingService(clock=fixed(now), tz=tz)


@pytest.mark.parametrize(
    ("month", "day", "year", "expected"),
    [
        (2, 29, 2024, date(2024, 2, 29)),
        (2, 29, 2025, date(2025, 2, 28)),
        (2, 29, 2100, date(2100, 2, 28)),  # not a leap year
        (2, 29, 2000, date(2000, 2, 29)),
        (12, 31, 2025, date(2025, 12, 31)),
    ],
)
def test_occurrence_in_year(month, day, year, expected) -> None:
    assert occurrence_in_year(month, day, year) == expected


def test_next_occurrence_wraps_the_year() -> None:
    assert next_occurrence(1, 2, date(2024, 12, 30)) == date(2025, 1, 2)
    assert next_occurrence(12, 30, date(2024, 12, 30)) == date(2024, 12, 30)
    assert next_occurrence(2, 29, date(2025, 3, 1)) == date(2026, 2, 28)
    assert next_occurrence(2, 29, date(2027, 3, 1)) == date(2028, 2, 29)


def test_days_between_counts_calendar_days_not_hours() -> None:
    # 23 hours across the spring-forward night, and 30 minutes across midnight: one day each.
    assert days_between(datetime(2024, 3, 9, 23, 30), datetime(2024, 3, 10, 23, 30)) == 1
    assert days_between(datetime(2024, 3, 9, 23, 45), datetime(2024, 3, 10, 0, 15)) == 1


def test_birthdays_and_anniversaries_in_the_window(db) -> None:
    today = datetime(2024, 6, 15, 9, 0)
    add_person("Ana Silva", birthday=PartialDate(None, 6, 15))  # year-less, today
    add_person("Ben Okafor", birthday=PartialDate(1984, 6, 20))
    add_person("Dana Kim", anniversary=PartialDate(2014, 6, 29), birthday=PartialDate(None, 1, 1))
    add_person("Too Late", birthday=PartialDate(None, 6, 30))
    add_person("Yesterday", birthday=PartialDate(None, 6, 14))
    gone = add_person("Trashed", birthday=PartialDate(None, 6, 16))
    ContactsService().trash([gone])
    events = upcoming(today).dates(days=14)
    assert [(e.name, e.kind, e.on, e.days_until, e.years) for e in events] == [
        ("Ana Silva", "birthday", date(2024, 6, 15), 0, None),
        ("Ben Okafor", "birthday", date(2024, 6, 20), 5, 40),
        ("Dana Kim", "anniversary", date(2024, 6, 29), 14, 10),
    ]
    assert upcoming(today).dates(days=-1) == []


def test_the_window_crosses_new_year(db) -> None:
    add_person("New Year", birthday=PartialDate(1990, 1, 2))
    add_person("Old Year", birthday=PartialDate(None, 12, 31))
    events = upcoming(datetime(2024, 12, 30, 18, 0)).dates(days=5)
    assert [(e.name, e.on, e.days_until, e.years) for e in events] == [
        ("Old Year", date(2024, 12, 31), 1, None),
        ("New Year", date(2025, 1, 2), 3, 35),
    ]


@pytest.mark.parametrize(
    ("now", "days", "expected"),
    [
        # Non-leap year: Feb 29 birthdays are celebrated on Feb 28.
        (datetime(2025, 2, 20), 7, [(date(2025, 2, 28), 8)]),
        (datetime(2025, 2, 20), 8, [(date(2025, 2, 28), 8)]),
        (datetime(2025, 2, 28), 0, [(date(2025, 2, 28), 0)]),
        (datetime(2025, 3, 1), 30, []),
        # Leap year: on the day itself, not on the 28th.
        (datetime(2024, 2, 28), 0, []),
        (datetime(2024, 2, 28), 1, [(date(2024, 2, 29), 1)]),
    ],
)
def test_feb_29(db, now, days, expected) -> None:
    add_person("Leap Day", birthday=PartialDate(None, 2, 29))
    got = [(e.on, e.days_until) for e in upcoming(now).dates(days=days)]
    assert got == [(on, until) for on, until in expected if until <= days]


def test_today_is_the_local_day(db) -> None:
    add_person("Dana Kim", birthday=PartialDate(None, 3, 10))
    instant = datetime(2024, 3, 10, 3, 0, tzinfo=UTC)  # 22:00 on Mar 9 in New York
    in_utc = upcoming(instant, tz=UTC).dates(days=0)
    in_new_york = upcoming(instant, tz=NEW_YORK).dates(days=0)
    assert [e.days_until for e in in_utc] == [0]
    assert in_new_york == []
    assert [e.days_until for e in upcoming(instant, tz=NEW_YORK).dates(days=1)] == [1]


def test_follow_ups_due_and_overdue(db) -> None:
    dana = add_person("Dana Kim")
    ben = add_person("Ben Okafor")
    overdue = log(
        [dana, ben], NOW - timedelta(days=30), summary="send deck", follow_up_on=date(2024, 6, 1)
    )
    due_today = log(dana, NOW, summary="intro to Omar", follow_up_on=date(2024, 6, 15))
    soon = log(ben, NOW, summary="check in", follow_up_on=date(2024, 6, 22))
    log(ben, NOW, summary="far away", follow_up_on=date(2024, 8, 1))
    done = log(dana, NOW, summary="done already", follow_up_on=date(2024, 6, 2))
    TimelineService().set_follow_up_done(done)
    items = upcoming(NOW).follow_ups(days=7)
    assert [(f.interaction_id, f.days_until, f.overdue) for f in items] == [
        (overdue, -14, True),
        (due_today, 0, False),
        (soon, 7, False),
    ]
    assert [c.name for c in items[0].contacts] == ["Dana Kim", "Ben Okafor"]


def test_follow_up_due_by_the_local_day(db) -> None:
    dana = add_person("Dana Kim")
    log(dana, NOW, follow_up_on=date(2024, 3, 11))
    evening_in_new_york = datetime(2024, 3, 11, 2, 0, tzinfo=UTC)  # Mar 10, 22:00 EDT
    assert upcoming(evening_in_new_york, tz=NEW_YORK).follow_ups(days=0) == []
    assert len(upcoming(evening_in_new_york, tz=UTC).follow_ups(days=0)) == 1


def test_everything_together(db) -> None:
    dana = add_person("Dana Kim", cadence_days=7, birthday=PartialDate(None, 6, 18))
    log(dana, NOW - timedelta(days=10), follow_up_on=date(2024, 6, 14))
    result = upcoming(NOW).upcoming(days=7)
    assert result.today == date(2024, 6, 15) and not result.empty
    assert [e.name for e in result.dates] == ["Dana Kim"]
    assert [f.days_until for f in result.follow_ups] == [-1]
    assert [r.contact_id for r in result.reconnects] == [dana]
