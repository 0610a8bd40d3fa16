"""The "What is coming" strip at the top of the timeline: dates, follow-ups, reconnects due.

The same phrases make the once-a-day desktop notification (ui/upcoming_notifier.py).
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from posse_desktop.services.upcoming import DateEvent, Upcoming
from posse_desktop.ui.widgets import muted, plain_label, section_caption

FOLLOW_UP_CAP = 100  # UpcomingService.follow_ups() returns at most this many


def when_text(days_until: int, on) -> str:
    if days_until == 0:
        return "today"
    if days_until == 1:
        return "tomorrow"
    if days_until < 7:
        return f"{on:%a}"
    return f"{on.day} {on:%b}"


def date_phrase(event: DateEvent) -> str:
    """The phrase for a date: 'Ben Okafor's birthday Fri (40)', 'Ana's anniversary today'."""
    years = f" ({event.years})" if event.years else ""
    return f"{event.name}'s {event.kind} {when_text(event.days_until, event.on)}{years}"


def upcoming_phrases(upcoming: Upcoming, reconnects_due: int, *, more: bool = False) -> list[str]:
    """Short phrases, most pressing first: overdue follow-ups, dates, due follow-ups, reconnects."""
    phrases: list[str] = []
    overdue = sum(1 for f in upcoming.follow_ups if f.overdue)
    due = len(upcoming.follow_ups) - overdue
    capped = "+" if len(upcoming.follow_ups) >= FOLLOW_UP_CAP else ""
    if overdue:
        phrases.append(f"{overdue}{capped} follow-up{'s' if overdue != 1 else ''} overdue")
    phrases += [date_phrase(e) for e in upcoming.dates[:3]]
    if len(upcoming.dates) > 3:
        phrases.append(f"{len(upcoming.dates) - 3} more dates")
    if due:
        phrases.append(f"{due} follow-up{'s' if due != 1 else ''} due soon")
    if reconnects_due:
        plus = "+" if more else ""
        phrases.append(f"{reconnects_due}{plus} to reconnect with")
    return phrases


def upcoming_details(upcoming: Upcoming) -> list[str]:
    """One line per item, for the tooltip and the notification body."""
    lines = [f"{date_phrase(e)}" for e in upcoming.dates]
    for f in upcoming.follow_ups:
        people = ", ".join(c.name for c in f.contacts)
        state = f"overdue {-f.days_until} d" if f.overdue else when_text(f.days_until, f.due_on)
        lines.append(f"Follow up ({state}): {f.summary} — {people}")
    return lines


class UpcomingStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upcomingStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = section_caption("Coming up")
        self.text = plain_label("", selectable=False)
        self.text.setObjectName("upcomingText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)

    def show_upcoming(self, upcoming: Upcoming, reconnects_due: int, *, more: bool) -> None:
        phrases = upcoming_phrases(upcoming, reconnects_due, more=more)
        if phrases:
            self.text.setText(" · ".join(phrases))
            self.text.setPalette(self.palette())
        else:
            self.text.setText(
                f"Nothing in the next {upcoming.days} days. A good week to reach out."
            )
            muted(self.text)
        details = upcoming_details(upcoming)
        # Tooltips auto-detect rich text: escape every name and summary.
        self.setToolTip("<br>".join(html.escape(line) for line in details[:20]))
