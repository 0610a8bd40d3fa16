"""The ranked people of one ask-for-help answer, as a flat list model (a few dozen rows at most)."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from posse_desktop.domain import ExpertiseLevel
from posse_desktop.domain.help import HelpMatch
from posse_desktop.services.help_reason import skills_by_level
from posse_desktop.ui.role_names import favor_words, level_name, role_name, strength_name
from posse_desktop.ui.time_words import ago_text, days_ago, since_text

MatchRole = Qt.ItemDataRole.UserRole + 1  # the HelpMatch
ContactIdRole = Qt.ItemDataRole.UserRole + 2
RankRole = Qt.ItemDataRole.UserRole + 3
SkillsLineRole = Qt.ItemDataRole.UserRole + 4  # "PCI DSS ●●● · kubernetes ●●○"
TiesLineRole = Qt.ItemDataRole.UserRole + 5  # "strong · 2 weeks ago · owes you one · advisor"

LEVEL_DOTS = {
    ExpertiseLevel.BEGINNER: "●○○",
    ExpertiseLevel.AVERAGE: "●●○",
    ExpertiseLevel.EXPERT: "●●●",
}
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def text_source(source: str) -> str:
    names = {
        "notes": translate("HelpMatchModel", "in notes"),
        "interactions": translate("HelpMatchModel", "talked about"),
    }
    return names.get(source, source)


Index = QModelIndex | QPersistentModelIndex


def skills_line(match: HelpMatch) -> str:
    """What matched: structured skills with level dots first, then words found in text."""
    parts = [f"{s.skill} {LEVEL_DOTS[s.level]}" for s in match.skills]
    return " · ".join([*parts, *_found_in_text(match)])


def _found_in_text(match: HelpMatch) -> list[str]:
    """ "in notes: pci" for each source of the question's words."""
    return [f"{text_source(src)}: {', '.join(terms)}" for src, terms in match.text_terms.items()]


def reason_line(match: HelpMatch, now: datetime) -> str:
    """The whole reason in words, for tooltips and screen readers (no level dots):
    "expert: PCI DSS · in notes: pci · strong · 3 days ago · advisor"."""
    by_level = skills_by_level(match.skills)
    parts = [f"{level_name(level)}: {', '.join(names)}" for level, names in by_level.items()]
    return " · ".join([*parts, *_found_in_text(match), ties_line(match, now)])


def ties_line(match: HelpMatch, now: datetime) -> str:
    """How you stand with them: strength, last talked, favors, roles."""
    days = days_ago(match.last_contacted_at, now)
    if match.stale:
        last = (
            translate("HelpMatchModel", "never spoken to")
            if days is None
            else translate("HelpMatchModel", "not spoken to in %1").replace("%1", since_text(days))
        )
    else:
        last = ago_text(days)
    parts = [strength_name(match.strength), last, favor_words(match.favor_balance)]
    parts += [role_name(role) for role in match.roles]
    return " · ".join(p for p in parts if p)


class HelpMatchModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._matches: list[HelpMatch] = []
        self._now = datetime.now()

    def set_matches(self, matches: list[HelpMatch] | tuple[HelpMatch, ...], now: datetime) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self._now = now
        self.endResetModel()

    def matches(self) -> list[HelpMatch]:
        return list(self._matches)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._matches)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match = self._matches[index.row()]
        rank = index.row() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            # Plain text of the whole row: what screen readers and keyboard search see.
            return f"{rank}. {match.name} — {reason_line(match, self._now)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            # Escaped: Qt would render a tooltip that looks like HTML as rich text.
            lines = [match.name, match.org, reason_line(match, self._now)]
            return "<br>".join(html.escape(line) for line in lines if line)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{rank}. {match.name}, {reason_line(match, self._now)}"
        if role == MatchRole:
            return match
        if role == ContactIdRole:
            return match.contact_id
        if role == RankRole:
            return rank
        if role == SkillsLineRole:
            return skills_line(match)
        if role == TiesLineRole:
            return ties_line(match, self._now)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
