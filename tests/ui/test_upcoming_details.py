"""The coming-up tooltip and notification list only what they show, soonest first."""

from __future__ import annotations

from datetime import date, timedelta

from posse_desktop.domain import InteractionKind
from posse_desktop.services.upcoming import DateEvent, FollowUp, Upcoming
from posse_desktop.ui.panes.timeline_upcoming import upcoming_details

TODAY = date(2026, 11, 25)


def _upcoming(dates: int, follow_ups: int) -> Upcoming:
    return Upcoming(
        today=TODAY,
        days=14,
        dates=[
            DateEvent(n, f"Person {n}", "birthday", TODAY + timedelta(days=1), 1)
            for n in range(dates)
        ],
        follow_ups=[
            FollowUp(n, TODAY, 0, InteractionKind.CALL, f"Call {n}") for n in range(follow_ups)
        ],
        reconnects=[],
    )


def test_dates_come_first_and_the_list_stops_at_the_limit(qapp):
    lines = upcoming_details(_upcoming(dates=2000, follow_ups=5), 20)
    assert len(lines) == 20
    assert lines[0] == "Person 0's birthday tomorrow"
    assert all("birthday" in line for line in lines)


def test_follow_ups_fill_what_the_dates_leave(qapp):
    lines = upcoming_details(_upcoming(dates=2, follow_ups=5), 6)
    assert len(lines) == 6
    assert [line.startswith("Follow up") for line in lines] == [
        False,
        False,
        True,
        True,
        True,
        True,
    ]
    assert upcoming_details(_upcoming(dates=0, follow_ups=0), 6) == []
