"""Under a contact's name: a strength meter (reasons on hover), last contacted, the favor balance.

    ▮▮▮▯▯ strong · last contacted 2 weeks ago · you owe Dana one

The meter's context menu sets or clears the user's override; the owner decides what that does.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QMenu, QWidget

from posse_desktop.domain import InteractionKind
from posse_desktop.services.strength import StrengthReport
from posse_desktop.ui.palette import ACCENT
from posse_desktop.ui.role_names import kind_name
from posse_desktop.ui.time_words import ago_text
from posse_desktop.ui.widgets import fill, muted, plain_label

SEGMENTS = 5


def strength_word(value: int) -> str:
    translate = QCoreApplication.translate
    words = (
        (20, translate("ContactStanding", "cold")),
        (40, translate("ContactStanding", "fading")),
        (60, translate("ContactStanding", "steady")),
        (80, translate("ContactStanding", "strong")),
    )
    for limit, word in words:
        if value < limit:
            return word
    return translate("ContactStanding", "close")


def strength_reasons(report: StrengthReport) -> list[str]:
    """The tooltip's reasons (services.strength words them in English for the CLI), translated."""
    translate = QCoreApplication.translate
    reasons: list[str] = []
    if report.override is not None:
        text = translate("ContactStanding", "set by you to %1 (from interactions: %2)")
        reasons.append(fill(text, report.override, report.computed))
    if report.days_since_last is None:
        return [*reasons, translate("ContactStanding", "never contacted")]
    last = ago_text(report.days_since_last)
    reasons.append(fill(translate("ContactStanding", "last contact %1"), last))
    count = report.interactions_last_year
    if count == 1:
        reasons.append(translate("ContactStanding", "1 interaction in the past year"))
    elif count:
        text = translate("ContactStanding", "%1 interactions in the past year")
        reasons.append(fill(text, QLocale().toString(count)))
    else:
        reasons.append(translate("ContactStanding", "no interactions in the past year"))
    if report.deep_kinds:
        top = ", ".join(f"{n} × {kind_name(InteractionKind(k))}" for k, n in report.deep_kinds)
        reasons.append(fill(translate("ContactStanding", "in depth: %1"), top))
    elif count:
        reasons.append(
            translate("ContactStanding", "only light touches (emails, messages, calls) this year")
        )
    return reasons


class StrengthMeter(QWidget):
    """Five segments, filled in proportion to the 0-100 strength."""

    def __init__(self, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setObjectName("strengthMeter")
        self.setAccessibleName(self.tr("Relationship strength %1 of 100").replace("%1", str(value)))

    def sizeHint(self) -> QSize:
        return QSize(SEGMENTS * 9, 12)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = 7.0, 10.0
        top = (self.height() - height) / 2
        empty = self.palette().color(QPalette.ColorRole.PlaceholderText)
        empty.setAlphaF(0.35)
        filled = round(self.value / 100 * SEGMENTS * 2) / 2  # half segments
        for i in range(SEGMENTS):
            rect = QRectF(i * (width + 2), top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(empty)
            painter.drawRoundedRect(rect, 2, 2)
            share = min(1.0, max(0.0, filled - i))
            if share:
                painter.setBrush(QColor(ACCENT) if self.isEnabled() else empty)
                painter.drawRoundedRect(QRectF(rect.left(), top, width * share, height), 2, 2)


class ContactStanding(QWidget):
    def __init__(
        self,
        report: StrengthReport,
        last_contacted: str,
        favors: str,
        *,
        set_strength: Callable[[], None] | None = None,
        clear_strength: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactStanding")
        self.meter = StrengthMeter(report.value)
        word = strength_word(report.value)
        self.strength_label = muted(plain_label(f"{word} ({report.value})", selectable=False))
        self.strength_label.setObjectName("strengthLabel")
        reasons = strength_reasons(report) or [self.tr("no interactions logged yet")]
        tip = html.escape(
            self.tr("Relationship strength %1 of 100").replace("%1", str(report.value))
        )
        tip += "<br>" + "<br>".join("· " + html.escape(r) for r in reasons)
        tip += "<br><i>" + html.escape(self.tr("Right-click to set it yourself.")) + "</i>"
        for widget in (self, self.meter, self.strength_label):
            widget.setToolTip(tip)
        self.last_label = plain_label(last_contacted, selectable=False)
        self.last_label.setObjectName("lastContactedLabel")
        self.favors_label = plain_label(favors, selectable=False)
        self.favors_label.setObjectName("favorsLabel")
        self.favors_label.setVisible(bool(favors))
        self.actions_: list[QAction] = []
        if set_strength:
            action = QAction(self.tr("Set Strength…"), self)
            action.triggered.connect(set_strength)
            self.actions_.append(action)
        if clear_strength and report.override is not None:
            action = QAction(
                self.tr("Use Computed Strength (%1)").replace("%1", str(report.computed)), self
            )
            action.triggered.connect(clear_strength)
            self.actions_.append(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.meter)
        row.addWidget(self.strength_label)
        row.addWidget(_dot())
        row.addWidget(self.last_label)
        if favors:
            row.addWidget(_dot())
            row.addWidget(self.favors_label)
        row.addStretch(1)
        for label in (self.strength_label, self.last_label, self.favors_label):
            label.setWordWrap(False)  # one calm line; the detail scrolls sideways before it wraps

    def _menu(self, pos: QPoint) -> None:
        if self.actions_:
            menu = QMenu(self)
            menu.addActions(self.actions_)
            menu.exec(self.mapToGlobal(pos))


def _dot() -> QWidget:
    return muted(plain_label("·", selectable=False))
