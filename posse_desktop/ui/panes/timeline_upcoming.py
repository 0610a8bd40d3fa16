"""The "What is coming" strip at the top of the timeline: dates, follow-ups, reconnects due.

The same phrases make the once-a-day desktop notification (ui/upcoming_notifier.py).
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from posse_desktop.services.upcoming import DateEvent, Upcoming
from posse_desktop.ui.widgets import fill, muted, plain_label, section_caption

FOLLOW_UP_CAP = 100  # UpcomingService.follow_ups() returns at most this many

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


TOOLTIP_LINES = 20


def _number(n: int) -> str:
    return QLocale().toString(n)


def when_text(days_until: int, on: date) -> str:
    if days_until == 0:
        return translate("UpcomingStrip", "today")
    if days_until == 1:
        return translate("UpcomingStrip", "tomorrow")
    day = QDate(on.year, on.month, on.day)
    if days_until < 7:
        return QLocale().toString(day, "ddd")
    return QLocale().toString(day, "d MMM")


def date_phrase(event: DateEvent) -> str:
    """The phrase for a date: 'Ben Okafor's birthday Fri (40)', 'Ana's anniversary today'."""
    if event.kind == "birthday":
        text = translate("UpcomingStrip", "%1's birthday %2")
    else:
        text = translate("UpcomingStrip", "%1's anniversary %2")
    text = fill(text, event.name, when_text(event.days_until, event.on))
    return text + (f" ({_number(event.years)})" if event.years else "")


def upcoming_phrases(upcoming: Upcoming, reconnects_due: int, *, more: bool = False) -> list[str]:
    """Short phrases, most pressing first: overdue follow-ups, dates, due follow-ups, reconnects."""
    phrases: list[str] = []
    overdue = sum(1 for f in upcoming.follow_ups if f.overdue)
    due = len(upcoming.follow_ups) - overdue
    capped = "+" if len(upcoming.follow_ups) >= FOLLOW_UP_CAP else ""
    if overdue:
        if overdue == 1 and not capped:
            phrases.append(translate("UpcomingStrip", "1 follow-up overdue"))
        else:
            text = translate("UpcomingStrip", "%1 follow-ups overdue")
            phrases.append(text.replace("%1", _number(overdue) + capped))
    phrases += [date_phrase(e) for e in upcoming.dates[:3]]
    if len(upcoming.dates) > 3:
        text = translate("UpcomingStrip", "%1 more dates")
        phrases.append(text.replace("%1", _number(len(upcoming.dates) - 3)))
    if due:
        if due == 1:
            phrases.append(translate("UpcomingStrip", "1 follow-up due soon"))
        else:
            text = translate("UpcomingStrip", "%1 follow-ups due soon")
            phrases.append(text.replace("%1", _number(due)))
    if reconnects_due:
        plus = "+" if more else ""
        text = translate("UpcomingStrip", "%1 to reconnect with")
        phrases.append(text.replace("%1", _number(reconnects_due) + plus))
    return phrases


def upcoming_details(upcoming: Upcoming, limit: int) -> list[str]:
    """One line per item, the first `limit` of them, for the tooltip and the notification body
    (on 100k contacts two weeks hold some 2,000 dates: phrasing them all cost 35 ms)."""
    lines = [date_phrase(e) for e in upcoming.dates[:limit]]
    for f in upcoming.follow_ups[: max(limit - len(lines), 0)]:
        people = ", ".join(c.name for c in f.contacts)
        if f.overdue:
            state = translate("UpcomingStrip", "overdue %1 d").replace("%1", _number(-f.days_until))
        else:
            state = when_text(f.days_until, f.due_on)
        line = translate("UpcomingStrip", "Follow up (%1): %2 — %3")
        lines.append(fill(line, state, f.summary, people))
    return lines


class UpcomingStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upcomingStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = section_caption(self.tr("Coming up"))
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
            text = self.tr("Nothing in the next %1 days. A good week to reach out.")
            self.text.setText(text.replace("%1", _number(upcoming.days)))
            muted(self.text)
        details = upcoming_details(upcoming, TOOLTIP_LINES)
        # Tooltips auto-detect rich text: escape every name and summary.
        self.setToolTip("<br>".join(html.escape(line) for line in details))
