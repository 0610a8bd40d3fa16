"""Paints a timeline row: a day caption above the first entry of each day, then two lines.

    TODAY · TUE 25 NOV
    14:05  coffee / meal · Dana Kim, Ben Okafor                      follow up Fri 28 Nov
           k8s upgrade plan

Text is drawn with QPainter.drawText, which never interprets markup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from posse_desktop.services.timeline import TimelineEntry
from posse_desktop.ui.models.timeline_model import EntryRole, StartsDayRole
from posse_desktop.ui.role_names import kind_name

PADDING = 6
TIME_COLUMN = 48
DAY_GAP = 10
OVERDUE = QColor("#b3261e")

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_caption(day: date, today: date) -> str:
    """'Today', 'Yesterday', 'Tue 25 Nov' this year, '25 Nov 2023' before (and 'Tomorrow')."""
    delta = (today - day).days
    if delta == 0:
        return translate("TimelineDelegate", "Today")
    if delta == 1:
        return translate("TimelineDelegate", "Yesterday")
    if delta == -1:
        return translate("TimelineDelegate", "Tomorrow")
    if day.year == today.year:
        return QLocale().toString(_qdate(day), "ddd d MMM")
    return QLocale().toString(_qdate(day), "d MMM yyyy")


def follow_up_text(entry: TimelineEntry, today: date) -> tuple[str, bool]:
    """What the row says about its follow-up, and whether it is overdue."""
    if entry.follow_up_on is None:
        return "", False
    if entry.follow_up_done:
        return translate("TimelineDelegate", "follow-up done"), False
    due = entry.follow_up_on
    if due < today:
        since = QLocale().toString(_qdate(due), "d MMM")
        return translate("TimelineDelegate", "follow-up overdue since %1").replace(
            "%1", since
        ), True
    # "follow up today" / "tomorrow" read as a phrase; weekday and date keep their capitals.
    if due == today:
        return translate("TimelineDelegate", "follow up today"), False
    if (due - today).days == 1:
        return translate("TimelineDelegate", "follow up tomorrow"), False
    when = day_caption(due, today)
    return translate("TimelineDelegate", "follow up %1").replace("%1", when), False


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, today: Callable[[], date], parent=None) -> None:
        super().__init__(parent)
        self._today = today

    def _line_height(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(option.font).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = self._line_height(option)
        height = 2 * line + 2 * PADDING
        if index.data(StartsDayRole):
            height += line + DAY_GAP
        return QSize(240, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry: TimelineEntry | None = index.data(EntryRole)
        if entry is None:
            return
        painter.save()
        line = self._line_height(option)
        rect = QRect(option.rect)
        today = self._today()
        if index.data(StartsDayRole):
            caption = QFont(option.font)
            caption.setPointSizeF(caption.pointSizeF() * 0.85)
            caption.setWeight(QFont.Weight.DemiBold)
            painter.setFont(caption)
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            header = QRect(
                rect.left() + PADDING, rect.top() + DAY_GAP, rect.width() - 2 * PADDING, line
            )
            painter.drawText(
                header,
                Qt.AlignmentFlag.AlignVCenter,
                day_caption(entry.occurred_at.date(), today).upper(),
            )
            rect.setTop(rect.top() + line + DAY_GAP)
        row_option = QStyleOptionViewItem(option)
        self.initStyleOption(row_option, index)
        row_option.text = ""
        row_option.rect = rect
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, row_option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet = option.palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText)
        top = rect.top() + PADDING
        left = rect.left() + PADDING
        text_left = left + TIME_COLUMN
        width = rect.right() - text_left - PADDING
        metrics = QFontMetrics(option.font)

        painter.setFont(option.font)
        painter.setPen(quiet)
        painter.drawText(
            left,
            top,
            TIME_COLUMN,
            line,
            Qt.AlignmentFlag.AlignVCenter,
            f"{entry.occurred_at:%H:%M}",
        )
        follow, overdue = follow_up_text(entry, today)
        follow_width = metrics.horizontalAdvance(follow) + PADDING if follow else 0
        follow_width = min(follow_width, width // 2)
        if follow:
            painter.setPen(OVERDUE if overdue and not selected else quiet)
            painter.drawText(
                rect.right() - PADDING - follow_width,
                top,
                follow_width,
                line,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(follow, Qt.TextElideMode.ElideRight, follow_width),
            )
        people = ", ".join(c.name for c in entry.contacts) or translate(
            "TimelineDelegate", "(no one)"
        )
        head = f"{kind_name(entry.kind)} · {people}"
        painter.setPen(quiet)
        head_width = width - follow_width - PADDING
        painter.drawText(
            text_left,
            top,
            head_width,
            line,
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(head, Qt.TextElideMode.ElideRight, head_width),
        )
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(option.palette.color(text_role))
        summary = entry.summary or translate("TimelineDelegate", "(no summary)")
        if entry.details:
            summary += "  …"
        painter.drawText(
            text_left,
            top + line,
            width,
            line,
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(summary, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()
