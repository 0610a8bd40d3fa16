"""Posse coverage in detail: who fills each of the seven roles, and who could fill the gaps.

Not modal: double-clicking a person selects them in the contacts pane while this stays open.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain import Role
from posse_desktop.domain.help import Coverage, RoleHolder
from posse_desktop.ui.panes.help_coverage_view import role_summary
from posse_desktop.ui.role_names import gap_text, role_name, strength_name
from posse_desktop.ui.time_words import ago_text, days_ago
from posse_desktop.ui.widgets import fill, muted, plain_label, section_caption

ContactIdRole = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def role_meaning(role: Role) -> str:
    meanings = {
        Role.ADVISOR: translate("CoverageDialog", "an expert who takes your calls"),
        Role.LEAD_SOURCE: translate("CoverageDialog", "recommends you"),
        Role.FIXER: translate("CoverageDialog", "the IT person you can call directly"),
        Role.SPONSOR: translate("CoverageDialog", "influence; backs your proposals"),
        Role.RADAR: translate("CoverageDialog", "tells you early what might affect you"),
        Role.MENTOR: translate("CoverageDialog", "outside your organization"),
        Role.DOOR_OPENER: translate("CoverageDialog", "a friend at another company"),
    }
    return meanings.get(role, "")


class CoverageDialog(QDialog):
    contact_activated = Signal(int)

    def __init__(self, coverage: Coverage, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageDialog")
        self.setWindowTitle(self.tr("Posse coverage"))
        self._now = now
        layout = QVBoxLayout(self)
        filled = QLocale().toString(coverage.filled)
        roles = QLocale().toString(len(coverage.roles))
        if coverage.my_org:
            text = self.tr(
                "Your posse fills %1 of %2 roles (your organization: %3). "
                "Double-click someone to open them."
            )
            text = fill(text, filled, roles, coverage.my_org)
        else:
            text = self.tr("Your posse fills %1 of %2 roles. Double-click someone to open them.")
            text = fill(text, filled, roles)
        layout.addWidget(plain_label(text, selectable=False))
        layout.addWidget(section_caption(self.tr("Roles")))
        self.roles_tree = self._tree(
            "coverageRolesTree", [self.tr("Role / person"), self.tr("Ties"), self.tr("Last talked")]
        )
        for rc in coverage.roles:
            item = QTreeWidgetItem(
                [
                    f"{role_name(rc.role)} ({QLocale().toString(len(rc.holders))})",
                    role_summary(rc, now),
                    "",
                ]
            )
            item.setToolTip(0, html.escape(role_meaning(rc.role)))
            for holder in rc.holders:
                item.addChild(self._person(holder))
            self.roles_tree.addTopLevelItem(item)
        layout.addWidget(self.roles_tree, 3)

        layout.addWidget(section_caption(self.tr("Gaps, and who could fill them")))
        if coverage.gaps:
            self.gaps_tree = self._tree(
                "coverageGapsTree",
                [self.tr("Gap / person"), self.tr("Ties"), self.tr("Last talked")],
            )
            for gap in coverage.gaps:
                item = QTreeWidgetItem([gap_text(gap, coverage.my_org), "", ""])
                for holder in gap.suggestions:
                    item.addChild(self._person(holder))
                if not gap.suggestions:
                    item.addChild(QTreeWidgetItem([self.tr("no one obvious yet"), "", ""]))
                self.gaps_tree.addTopLevelItem(item)
                item.setExpanded(True)
            layout.addWidget(self.gaps_tree, 2)
        else:
            layout.addWidget(
                muted(
                    plain_label(
                        self.tr("No gaps: every role is filled and alive."), selectable=False
                    )
                )
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
        last = ago_text(days_ago(holder.last_contacted_at, self._now))
        ties = f"{strength_name(holder.strength)} ({QLocale().toString(holder.strength)})"
        item = QTreeWidgetItem([name, ties, f"⚠ {last}" if holder.stale else last])
        item.setData(0, ContactIdRole, holder.contact_id)
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        contact_id = item.data(0, ContactIdRole)
        if contact_id is not None:
            self.contact_activated.emit(contact_id)
