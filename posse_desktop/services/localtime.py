"""Local wall-clock time and calendar days for the timeline, cadence and upcoming services.

Convention (the same as services/clock.py and the rest of the database): datetimes are stored as
*naive local wall-clock time*, what the user saw on their clock. An aware datetime (from a clock
injected by a test, or `--at 2024-03-10T09:00+01:00`) is first converted to the local zone.

Anything counted in days ("last contacted 3 days ago", "due today", "birthday in 2 days") is
counted in calendar days of the local zone, never as elapsed seconds / 86400: across a DST change a
day has 23 or 25 hours, and "yesterday 23:30" is one day ago even if only 30 minutes have passed.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, tzinfo

from posse_desktop.services.clock import Clock


def to_local_naive(value: datetime, tz: tzinfo | None = None) -> datetime:
    """`value` as naive wall-clock time in `tz` (None: the system's local zone).

    A naive `value` is taken to be local wall-clock time already and is returned unchanged.
    """
    if value.tzinfo is None:
        return value
    return value.astimezone(tz).replace(tzinfo=None)


def local_now(clock: Clock, tz: tzinfo | None = None) -> datetime:
    return to_local_naive(clock(), tz)


def local_today(clock: Clock, tz: tzinfo | None = None) -> date:
    return local_now(clock, tz).date()


def days_between(earlier: date | datetime, later: date | datetime) -> int:
    """Calendar days from `earlier` to `later` (negative when `earlier` is after `later`)."""
    first = earlier.date() if isinstance(earlier, datetime) else earlier
    second = later.date() if isinstance(later, datetime) else later
    return (second - first).days


def occurrence_in_year(month: int, day: int, year: int) -> date:
    """The day a yearly date (birthday, anniversary) falls on in `year`.

    Feb 29 falls on Feb 28 in a non-leap year: the reminder stays in February and comes before the
    day has passed, never after (a Mar 1 reminder would be a day late for a Feb-28 celebration).
    """
    if month == 2 and day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def next_occurrence(month: int, day: int, today: date) -> date:
    """The first day on or after `today` on which the yearly date (month, day) falls."""
    this_year = occurrence_in_year(month, day, today.year)
    if this_year >= today:
        return this_year
    return occurrence_in_year(month, day, today.year + 1)


def month_days_in_window(start: date, days: int) -> set[tuple[int, int]]:
    """Every stored (month, day) pair whose next occurrence is within `start` .. `start + days`."""
    pairs: set[tuple[int, int]] = set()
    for offset in range(days + 1):
        current = date.fromordinal(start.toordinal() + offset)
        pairs.add((current.month, current.day))
        if current.month == 2 and current.day == 28 and not calendar.isleap(current.year):
            pairs.add((2, 29))
        if offset >= 366:
            break
    return pairs
