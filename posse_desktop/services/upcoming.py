"""What is coming: birthdays and anniversaries, follow-ups due or overdue, reconnects due.

"Today" is the local calendar day of the injected clock (an aware clock is converted to `tz`, the
system zone by default), so at 23:30 in New York a birthday "tomorrow" is not yet "today" although
it already is in UTC. A window of N days runs from today through today + N, both included.
Year-less dates work; Feb 29 falls on Feb 28 in other years (see localtime.occurrence_in_year).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, tzinfo

from posse_desktop.db.connection import database
from posse_desktop.domain import InteractionKind
from posse_desktop.services.cadence import CadenceService, ReconnectEntry
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_refs import ContactRef, display_name, name_columns
from posse_desktop.services.localtime import (
    days_between,
    local_today,
    month_days_in_window,
    next_occurrence,
)

DATE_KINDS = ("birthday", "anniversary")


@dataclass(frozen=True)
class DateEvent:
    """A birthday or anniversary. years: the age turned / anniversary number, if the year is known."""

    contact_id: int
    name: str
    kind: str  # "birthday" or "anniversary"
    on: date
    days_until: int
    years: int | None = None


@dataclass(frozen=True)
class FollowUp:
    interaction_id: int
    due_on: date
    days_until: int  # negative when overdue
    kind: InteractionKind
    summary: str
    contacts: tuple[ContactRef, ...] = field(default_factory=tuple)

    @property
    def overdue(self) -> bool:
        return self.days_until < 0


@dataclass(frozen=True)
class Upcoming:
    today: date
    days: int
    dates: list[DateEvent]
    follow_ups: list[FollowUp]
    reconnects: list[ReconnectEntry]

    @property
    def empty(self) -> bool:
        return not (self.dates or self.follow_ups or self.reconnects)


class UpcomingService:
    def __init__(self, clock: Clock = system_clock, tz: tzinfo | None = None) -> None:
        self._clock = clock
        self._tz = tz

    def today(self) -> date:
        return local_today(self._clock, self._tz)

    def upcoming(self, days: int = 14, reconnect_limit: int = 10) -> Upcoming:
        today = self.today()
        return Upcoming(
            today=today,
            days=days,
            dates=self.dates(days, today=today),
            follow_ups=self.follow_ups(days, today=today),
            reconnects=CadenceService(self._clock, self._tz).reconnect_list(reconnect_limit),
        )

    def dates(self, days: int = 14, *, today: date | None = None) -> list[DateEvent]:
        """Birthdays and anniversaries of live contacts from today through today + days, soonest first."""
        if days < 0:
            return []
        today = today or self.today()
        by_month: dict[int, list[int]] = defaultdict(list)
        for month, day in month_days_in_window(today, days):
            by_month[month].append(day)
        events: list[DateEvent] = []
        for kind in DATE_KINDS:
            ranges = " OR ".join(
                f"({kind}_month = ? AND {kind}_day BETWEEN ? AND ?)" for _ in by_month
            )
            params: list = []
            for month, month_days in sorted(by_month.items()):
                params += [month, min(month_days), max(month_days)]
            cursor = database.execute_sql(
                f"SELECT c.id, c.{kind}_year, c.{kind}_month, c.{kind}_day, {name_columns('c')} "
                f"FROM contact c WHERE c.deleted_at IS NULL AND ({ranges})",
                params,
            )
            for cid, year, month, day, *parts in cursor.fetchall():
                on = next_occurrence(month, day, today)
                until = days_between(today, on)
                if until > days:
                    continue
                years = on.year - year if year and on.year > year else None
                events.append(DateEvent(cid, display_name(*parts), kind, on, until, years))
        events.sort(key=lambda e: (e.on, e.name.casefold(), e.kind, e.contact_id))
        return events

    def follow_ups(
        self, days: int = 14, *, today: date | None = None, limit: int = 100
    ) -> list[FollowUp]:
        """Open follow-ups due by today + days, overdue ones included, oldest due date first."""
        today = today or self.today()
        end = date.fromordinal(today.toordinal() + max(days, 0))
        rows = database.execute_sql(
            "SELECT i.id, i.follow_up_on, i.kind, i.summary FROM interaction i "
            "WHERE i.follow_up_on <= ? AND i.follow_up_done = 0 "
            "ORDER BY i.follow_up_on, i.id LIMIT ?",
            (end.isoformat(), limit),
        ).fetchall()
        people: dict[int, list[ContactRef]] = defaultdict(list)
        if rows:
            marks = ", ".join("?" * len(rows))
            cursor = database.execute_sql(
                f"SELECT ic.interaction_id, c.id, {name_columns('c')} FROM interaction_contact ic "
                f"JOIN contact c ON c.id = ic.contact_id WHERE ic.interaction_id IN ({marks}) "
                "ORDER BY ic.id",
                [r[0] for r in rows],
            )
            for iid, cid, *parts in cursor.fetchall():
                people[iid].append(ContactRef(cid, display_name(*parts)))
        result = []
        for iid, due, kind, summary in rows:
            due_on = due if isinstance(due, date) else date.fromisoformat(due)
            result.append(
                FollowUp(
                    iid,
                    due_on,
                    days_between(today, due_on),
                    InteractionKind(kind),
                    summary,
                    tuple(people[iid]),
                )
            )
        return result
