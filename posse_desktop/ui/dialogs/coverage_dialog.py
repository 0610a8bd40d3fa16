"""Posse coverage in detail: who fills each of the seven roles, and who could fill the gaps.

Not modal: double-clicking a person selects them in the contacts pane while this stays open.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain.help import Coverage, RoleHolder
from posse_desktop.services.help_reason import ago
from posse_desktop.services.help_signals import strength_label
from posse_desktop.ui.panes.help_coverage_view import role_summary
from posse_desktop.ui.widgets import muted, plain_label, section_caption

ContactIdRole = Qt.ItemDataRole.UserRole + 1
ROLE_MEANINGS = {
    "advisor": "an expert who takes your calls",
    "lead source": "recommends you",
    "fixer": "the IT person you can call directly",
    "sponsor": "influence; backs your proposals",
    "radar": "tells you early what might affect you",
    "mentor": "outside your organization",
    "door opener": "a friend at another company",
}


class CoverageDialog(QDialog):
    contact_activated = Signal(int)

    def __init__(self, coverage: Coverage, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageDialog")
        self.setWindowTitle("Posse coverage")
        self._now = now
        layout = QVBoxLayout(self)
        org = f" (your organization: {coverage.my_org})" if coverage.my_org else ""
        layout.addWidget(
            plain_label(
                f"Your posse fills {coverage.filled} of {len(coverage.roles)} roles{org}. "
                "Double-click someone to open them.",
                selectable=False,
            )
        )
        layout.addWidget(section_caption("Roles"))
        self.roles_tree = self._tree("coverageRolesTree", ["Role / person", "Ties", "Last talked"])
        for rc in coverage.roles:
            item = QTreeWidgetItem(
                [f"{rc.role.label} ({len(rc.holders)})", role_summary(rc, now), ""]
            )
            item.setToolTip(0, html.escape(ROLE_MEANINGS.get(rc.role.label, "")))
            for holder in rc.holders:
                item.addChild(self._person(holder))
            self.roles_tree.addTopLevelItem(item)
        layout.addWidget(self.roles_tree, 3)

        layout.addWidget(section_caption("Gaps, and who could fill them"))
        if coverage.gaps:
            self.gaps_tree = self._tree("coverageGapsTree", ["Gap / person", "Ties", "Last talked"])
            for gap in coverage.gaps:
                item = QTreeWidgetItem([gap.message, "", ""])
                for holder in gap.suggestions:
                    item.addChild(self._person(holder))
                if not gap.suggestions:
                    item.addChild(QTreeWidgetItem(["no one obvious yet", "", ""]))
                self.gaps_tree.addTopLevelItem(item)
                item.setExpanded(True)
            layout.addWidget(self.gaps_tree, 2)
        else:
            layout.addWidget(
                muted(plain_label("No gaps: every role is filled and alive.", selectable=False))
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setHeaderLabels(headers)
        tree.setUniformRowHeights(True)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        tree.itemActivated.connect(self._activated)
        return tree

    def _person(self, holder: RoleHolder) -> QTreeWidgetItem:
        where = " · ".join(p for p in (holder.org, holder.department) if p)
        name = f"{holder.name} ({where})" if where else holder.name
        last = ago(holder.last_contacted_at, self._now)
        ties = f"{strength_label(holder.strength)} ({holder.strength})"
        item = QTreeWidgetItem([name, ties, f"⚠ {last}" if holder.stale else last])
        item.setData(0, ContactIdRole, holder.contact_id)
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        contact_id = item.data(0, ContactIdRole)
        if contact_id is not None:
            self.contact_activated.emit(contact_id)
