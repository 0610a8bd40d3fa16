"""The contact list: holds only ids, loads row data a page at a time (Anki's browser idea).

A search swaps the id list; scrolling loads the summaries of the visible page in one query.
100k contacts cost 100k ints, not 100k Python objects.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from posse_desktop.domain import ContactSummary
from posse_desktop.services.contacts import ContactsService

PAGE_SIZE = 256
MAX_CACHED_PAGES = 64

ContactIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ContactListModel(QAbstractListModel):
    def __init__(self, contacts: ContactsService, parent=None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._ids = array("q")
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, ContactSummary]] = OrderedDict()

    # --- Qt interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ContactIdRole:
            return self._ids[index.row()]
        summary = self.summary_at(index.row())
        if summary is None:
            # A row that vanished between search and paint degrades instead of raising.
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(p for p in (summary.name, summary.title, summary.org) if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return summary.name
        if role == SummaryRole:
            return summary
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # --- ours --------------------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = array("q", ids)
        self._row_of = None
        self._pages.clear()
        self.endResetModel()

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        return self._row_of.get(contact_id)

    def summary_at(self, row: int) -> ContactSummary | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def refresh_contacts(self, contact_ids: frozenset[int]) -> None:
        """Reload the rows of changed contacts that are on loaded pages."""
        for cid in contact_ids:
            row = self.row_of(cid)
            if row is None:
                continue
            self._pages.pop(row // PAGE_SIZE, None)
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def _load_page(self, page_no: int) -> dict[int, ContactSummary]:
        start = page_no * PAGE_SIZE
        ids = self._ids[start : start + PAGE_SIZE].tolist()
        page = self._contacts.summaries(ids)
        self._pages[page_no] = page
        if len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page
