"""The contact list: ids of the current search, fetched a page at a time as the view scrolls.

Holds only ids (100k contacts cost 100k ints); row data is loaded a page at a time too, in one
query per page (Anki's browser idea). Follows Qt's canFetchMore/fetchMore contract, so showing
the first screen of a search costs one page whether 10 or 90,000 people match.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from posse_desktop.domain import ContactSummary
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.search import SearchService
from posse_desktop.ui.widgets import plain_tooltip

SUMMARY_PAGE = 64  # about two screens of rows
MAX_CACHED_PAGES = 128

ContactIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ContactListModel(QAbstractListModel):
    def __init__(self, contacts: ContactsService, search: SearchService, parent=None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._search = search
        self._text = ""
        self._trashed = False
        self._ids = array("q")
        self._row_of: dict[int, int] = {}
        self._last_rank: int | None = None
        self._exhausted = True
        self._pages: OrderedDict[int, dict[int, ContactSummary]] = OrderedDict()

    # --- Qt interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._search.page(self._text, trashed=self._trashed, after_rank=self._last_rank)
        self._append(page.ids, page.last_rank, page.exhausted)

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
            # Names come from vCards: escaped, or Qt would render `<img src=...>` in a tooltip.
            return plain_tooltip(
                " · ".join(p for p in (summary.name, summary.title, summary.org) if p)
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return summary.name
        if role == SummaryRole:
            return summary
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    # Dragging contacts out: the import/export controller installs the payload (vCard text and a
    # .vcf file), so this model stays free of export logic.
    drag_payload: Callable[[list[int]], QMimeData | None] | None = None

    def mimeTypes(self) -> list[str]:
        return ["text/vcard", "text/x-vcard", "text/uri-list"]

    def mimeData(self, indexes) -> QMimeData | None:
        ids = list(
            dict.fromkeys(
                self._ids[i.row()]
                for i in sorted(indexes, key=lambda i: i.row())
                if i.isValid() and 0 <= i.row() < len(self._ids)
            )
        )
        return self.drag_payload(ids) if self.drag_payload and ids else None

    # --- ours --------------------------------------------------------------------------------

    def set_query(self, text: str, *, trashed: bool = False) -> None:
        """Show the first page of matches for `text` (live contacts, or the trash)."""
        self.beginResetModel()
        self._text, self._trashed = text, trashed
        self._ids = array("q")
        self._row_of = {}
        self._pages.clear()
        page = self._search.page(text, trashed=trashed)
        self._ids.extend(page.ids)
        self._row_of = {cid: row for row, cid in enumerate(page.ids)}
        self._last_rank, self._exhausted = page.last_rank, page.exhausted
        self.endResetModel()

    @property
    def complete(self) -> bool:
        """True when every match is loaded (rowCount is then the number of matches)."""
        return self._exhausted

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int | None:
        return self._row_of.get(contact_id)

    def load_through(self, contact_id: int) -> int | None:
        """Fetch rows up to `contact_id` if it matches the current query; return its row."""
        row = self._row_of.get(contact_id)
        if row is not None or self._exhausted:
            return row
        rank = self._search.rank_of(contact_id)
        if rank is None or (self._last_rank is not None and rank <= self._last_rank):
            return None
        page = self._search.page(
            self._text, trashed=self._trashed, after_rank=self._last_rank, through_rank=rank
        )
        self._append(page.ids, page.last_rank, exhausted=False)
        return self._row_of.get(contact_id)

    def summary_at(self, row: int) -> ContactSummary | None:
        page_no = row // SUMMARY_PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def refresh_contacts(self, contact_ids: frozenset[int]) -> None:
        """Reload the rows of changed contacts that are loaded."""
        for cid in contact_ids:
            row = self.row_of(cid)
            if row is None:
                continue
            self._pages.pop(row // SUMMARY_PAGE, None)
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def _append(self, ids: list[int], last_rank: int | None, exhausted: bool) -> None:
        if ids:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
            self._ids.extend(ids)
            for offset, cid in enumerate(ids):
                self._row_of[cid] = first + offset
            self._last_rank = last_rank
            self._exhausted = exhausted
            self.endInsertRows()
        else:
            self._exhausted = exhausted

    def _load_page(self, page_no: int) -> dict[int, ContactSummary]:
        start = page_no * SUMMARY_PAGE
        ids = self._ids[start : start + SUMMARY_PAGE].tolist()
        page = self._contacts.summaries(ids)
        self._pages[page_no] = page
        if len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page
