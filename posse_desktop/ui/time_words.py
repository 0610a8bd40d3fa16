"""Translated time spans for the UI: "3 weeks ago", "2 months". The same steps as
services/strength.ago (which stays Qt-free and English for the CLI)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _span(days: int) -> tuple[int, str]:
    """(count, unit) as services/strength.ago steps: days, then weeks, months, years."""
    for threshold, length, unit in ((365, 365, "year"), (60, 30, "month"), (14, 7, "week")):
        if days >= threshold:
            return days // length, unit
    return days, "day"


def span_text(days: int) -> str:
    """ "1 day", "10 days", "5 weeks", "4 months", "2 years"."""
    count, unit = _span(days)
    one = {
        "day": translate("TimeWords", "1 day"),
        "week": translate("TimeWords", "1 week"),
        "month": translate("TimeWords", "1 month"),
        "year": translate("TimeWords", "1 year"),
    }
    many = {
        "day": translate("TimeWords", "%1 days"),
        "week": translate("TimeWords", "%1 weeks"),
        "month": translate("TimeWords", "%1 months"),
        "year": translate("TimeWords", "%1 years"),
    }
    return one[unit] if count == 1 else many[unit].replace("%1", QLocale().toString(count))


def ago_text(days: int | None) -> str:
    """'today', 'yesterday', '3 days ago', '5 weeks ago', 'never' (services/strength.ago)."""
    if days is None:
        return translate("TimeWords", "never")
    if days < 0:
        return translate("TimeWords", "in %1 days").replace("%1", QLocale().toString(-days))
    if days == 0:
        return translate("TimeWords", "today")
    if days == 1:
        return translate("TimeWords", "yesterday")
    count, unit = _span(days)
    one = {
        "day": translate("TimeWords", "1 day ago"),
        "week": translate("TimeWords", "1 week ago"),
        "month": translate("TimeWords", "1 month ago"),
        "year": translate("TimeWords", "1 year ago"),
    }
    many = {
        "day": translate("TimeWords", "%1 days ago"),
        "week": translate("TimeWords", "%1 weeks ago"),
        "month": translate("TimeWords", "%1 months ago"),
        "year": translate("TimeWords", "%1 years ago"),
    }
    return one[unit] if count == 1 else many[unit].replace("%1", QLocale().toString(count))


def since_text(days: int) -> str:
    """ "5 years" as it follows "not spoken to in %1" (German needs its own case there)."""
    count, unit = _span(days)
    one = {
        "day": translate("TimeWords", "1 day", "not spoken to in …"),
        "week": translate("TimeWords", "1 week", "not spoken to in …"),
        "month": translate("TimeWords", "1 month", "not spoken to in …"),
        "year": translate("TimeWords", "1 year", "not spoken to in …"),
    }
    many = {
        "day": translate("TimeWords", "%1 days", "not spoken to in …"),
        "week": translate("TimeWords", "%1 weeks", "not spoken to in …"),
        "month": translate("TimeWords", "%1 months", "not spoken to in …"),
        "year": translate("TimeWords", "%1 years", "not spoken to in …"),
    }
    return one[unit] if count == 1 else many[unit].replace("%1", QLocale().toString(count))


def days_ago(then: datetime | None, now: datetime) -> int | None:
    """Whole days from `then` to `now` (None: never), as ago_text and since_text take them."""
    return None if then is None else max(0, (now - then).days)
