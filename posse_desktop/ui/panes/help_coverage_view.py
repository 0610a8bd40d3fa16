"""POSSE COVERAGE, compact: the seven roles at a glance and the gaps; details in a dialog."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from posse_desktop.domain.help import Coverage, RoleCoverage
from posse_desktop.services.help_signals import strength_label
from posse_desktop.ui.role_names import gap_text, role_name, strength_name
from posse_desktop.ui.time_words import ago_text, days_ago
from posse_desktop.ui.widgets import clear_layout, fill, muted, plain_label, section_caption

MAX_GAP_LINES = 3

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def role_summary(rc: RoleCoverage, now: datetime) -> str:
    """ "strong · 2 weeks ago" for a role's ties; "nobody" when it is a gap."""
    if not rc.holders:
        return translate("HelpCoverageView", "nobody")
    if rc.status == "faded":
        return translate("HelpCoverageView", "faded · %1").replace(
            "%1", ago_text(days_ago(rc.last_contacted_at, now))
        )
    strong = sum(1 for h in rc.holders if strength_label(h.strength) == "strong")
    if strong:
        ties = translate("HelpCoverageView", "%1 strong").replace("%1", QLocale().toString(strong))
    else:
        ties = strength_name(rc.average_strength)
    return f"{ties} · {ago_text(days_ago(rc.last_contacted_at, now))}"


class HelpCoverageView(QWidget):
    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpCoverage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        header = QHBoxLayout()
        header.addWidget(section_caption(self.tr("Posse coverage")))
        self.summary = plain_label("", selectable=False)
        self.summary.setObjectName("coverageSummary")
        header.addWidget(self.summary, 1)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setObjectName("coverageDetailsButton")
        self.details_button.setFlat(True)
        self.details_button.setToolTip(self.tr("Who fills each role, and who could fill the gaps"))
        self.details_button.clicked.connect(self.details_requested)
        header.addWidget(self.details_button)
        layout.addLayout(header)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(1)
        self._grid.setColumnStretch(2, 1)
        layout.addLayout(self._grid)
        self._gaps = QVBoxLayout()
        self._gaps.setSpacing(1)
        layout.addLayout(self._gaps)
        self.coverage: Coverage | None = None
        self.set_loading()

    def set_loading(self) -> None:
        if self.coverage is None:
            self.summary.setText(self.tr("counting…"))

    def set_coverage(self, coverage: Coverage, now: datetime) -> None:
        self.coverage = coverage
        text = fill(
            self.tr("%1 of %2 roles"),
            QLocale().toString(coverage.filled),
            QLocale().toString(len(coverage.roles)),
        )
        self.summary.setText(text)
        clear_layout(self._grid)
        clear_layout(self._gaps)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.92)
        for row, rc in enumerate(coverage.roles):
            cells: list[QLabel] = [
                plain_label(role_name(rc.role), selectable=False),
                plain_label(str(len(rc.holders)), selectable=False),
                plain_label(role_summary(rc, now), selectable=False),
            ]
            cells[1].setAlignment(Qt.AlignmentFlag.AlignRight)
            for column, label in enumerate(cells):
                label.setFont(small)
                label.setWordWrap(False)
                if column == 2 or not rc.holders:
                    muted(label)
                self._grid.addWidget(label, row, column)
            names = ", ".join(h.name for h in rc.holders[:5])
            no_one = self.tr("No %1 yet").replace("%1", role_name(rc.role))
            cells[0].setToolTip(html.escape(names or no_one))
        for gap in coverage.gaps[:MAX_GAP_LINES]:
            line = gap_text(gap, coverage.my_org)
            if gap.suggestions:
                line += self.tr(" — maybe %1").replace("%1", gap.suggestions[0].name)
            label = plain_label(f"⚠ {line}", selectable=False)
            label.setObjectName("coverageGap")
            label.setFont(small)
            self._gaps.addWidget(label)
        extra = len(coverage.gaps) - MAX_GAP_LINES
        if extra > 0:
            more = muted(
                plain_label(
                    self.tr("and %1 more gap(s) — see Details").replace(
                        "%1", QLocale().toString(extra)
                    ),
                    selectable=False,
                )
            )
            more.setFont(small)
            self._gaps.addWidget(more)
        if not coverage.gaps and coverage.filled == len(coverage.roles):
            ok = muted(plain_label(self.tr("Every role is filled."), selectable=False))
            ok.setFont(small)
            self._gaps.addWidget(ok)

    def gap_messages(self) -> list[str]:
        return [gap.message for gap in self.coverage.gaps] if self.coverage else []
