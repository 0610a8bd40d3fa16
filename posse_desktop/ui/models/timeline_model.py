"""The timeline as a lazy list: keyset pages of TimelineEntry, newest first, fetched as the view scrolls.

Follows Qt's canFetchMore/fetchMore contract (the Qt fetchmore example): the first page is loaded by
set_filter(), each further page when the view scrolls near the end. A page is asked for one entry
more than it shows, so the model knows whether anything is left without a second query. The
cursor of the last entry (occurred_at, id) is where the next page starts, so the cost of a page
does not grow with the depth scrolled (an OFFSET would read every row above it).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from posse_desktop.services.timeline import TimelineEntry, TimelineFilter, TimelineService
from posse_desktop.ui.role_names import kind_name

PAGE_SIZE = 100  # about three screens of two-line rows

EntryRole = Qt.ItemDataRole.UserRole + 1
InteractionIdRole = Qt.ItemDataRole.UserRole + 2
# True for the first (newest) entry of its calendar day: the delegate draws the day above it.
StartsDayRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    def __init__(self, timeline: TimelineService, parent=None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._filter = TimelineFilter()
        self._entries: list[TimelineEntry] = []
        self._exhausted = True
        self.page_size = PAGE_SIZE

    # --- Qt interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._entries:
            return
        page, exhausted = self._page(self._entries[-1].cursor)
        if page:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._entries.extend(page)
            self._exhausted = exhausted
            self.endInsertRows()
        else:
            self._exhausted = True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            people = ", ".join(c.name for c in entry.contacts)
            at = entry.occurred_at
            moment = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
            when = QLocale().toString(moment, "dd MMM yyyy HH:mm")
            return f"{when} · {kind_name(entry.kind)} · {people}: {entry.summary}"
        if role == EntryRole:
            return entry
        if role == InteractionIdRole:
            return entry.id
        if role == StartsDayRole:
            return self.starts_day(index.row())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- ours --------------------------------------------------------------------------------

    @property
    def filter(self) -> TimelineFilter:
        return self._filter

    @property
    def complete(self) -> bool:
        return self._exhausted

    def set_filter(self, filt: TimelineFilter) -> None:
        """Show the newest page of what `filt` selects."""
        self.beginResetModel()
        self._filter = filt
        self._entries, self._exhausted = self._page(None)
        self.endResetModel()

    def reload(self) -> None:
        """Re-read after a write, keeping at least as many rows as were loaded (scroll position)."""
        loaded = len(self._entries)
        self.beginResetModel()
        self._entries, self._exhausted = self._page(None, max(loaded, self.page_size))
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, interaction_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.id == interaction_id:
                return row
        return None

    def starts_day(self, row: int) -> bool:
        if row == 0:
            return True
        return _day(self._entries[row]) != _day(self._entries[row - 1])

    def _page(self, before, size: int | None = None) -> tuple[list[TimelineEntry], bool]:
        size = size or self.page_size
        rows = self._timeline.page_for(self._filter, before, size + 1)
        return rows[:size], len(rows) <= size


def _day(entry: TimelineEntry) -> date:
    return entry.occurred_at.date()
