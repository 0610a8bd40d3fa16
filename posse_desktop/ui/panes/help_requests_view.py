"""Tough projects, open and past: each with its candidates and where they stand.

Layout only; the pane's controller does the writes. Tree items show plain text (QTreeWidget
never interprets markup in item text).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain.help import CandidateStatus, HelpCandidateInfo, HelpRequestInfo
from posse_desktop.ui.widgets import fill, muted, plain_label

RequestRole = Qt.ItemDataRole.UserRole + 1  # HelpRequestInfo (request and candidate rows)
CandidateRole = Qt.ItemDataRole.UserRole + 2  # HelpCandidateInfo (candidate rows only)

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def status_word(status: CandidateStatus) -> str:
    words = {
        CandidateStatus.SUGGESTED: translate("HelpRequestsView", "not asked yet"),
        CandidateStatus.ASKED: translate("HelpRequestsView", "asked"),
        CandidateStatus.HELPED: translate("HelpRequestsView", "helped"),
        CandidateStatus.DECLINED: translate("HelpRequestsView", "declined"),
    }
    return words[status]


def _day(at) -> str:
    """ "Mar 05" in English, "05. März" in German."""
    day = QDate(at.year, at.month, at.day)
    return QLocale().toString(day, translate("HelpRequestsView", "MMM dd", "date format"))


def candidate_status_text(candidate: HelpCandidateInfo) -> str:
    words = status_word(candidate.status)
    if candidate.status is CandidateStatus.ASKED and candidate.asked_at:
        words += f" {_day(candidate.asked_at)}"
    if candidate.status is CandidateStatus.HELPED and candidate.thanked_at:
        words += translate("HelpRequestsView", " · thanked")
    return words


def request_status_text(request: HelpRequestInfo) -> str:
    statuses = [c.status for c in request.candidates]
    if len(statuses) == 1:
        parts = [translate("HelpRequestsView", "1 person")]
    else:
        text = translate("HelpRequestsView", "%1 people")
        parts = [text.replace("%1", QLocale().toString(len(statuses)))]
    for status in (CandidateStatus.ASKED, CandidateStatus.HELPED):
        count = statuses.count(status)
        if count:
            parts.append(f"{QLocale().toString(count)} {status_word(status)}")
    if not request.is_open and request.closed_at:
        parts.append(
            translate("HelpRequestsView", "closed %1").replace("%1", _day(request.closed_at))
        )
    return " · ".join(parts)


class HelpRequestsView(QWidget):
    candidate_marked = Signal(int, object, str)  # request id, HelpCandidateInfo, CandidateStatus
    request_closed = Signal(int, str, bool)  # request id, topic, closed (False: reopened)
    request_deleted = Signal(int, str)  # request id, topic
    contact_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.empty_label = muted(
            plain_label(
                self.tr(
                    "No tough projects yet. Ask a question above, then “Save as tough project” "
                    "to keep track of whom you asked and who helped."
                ),
                selectable=False,
            )
        )
        layout.addWidget(self.empty_label)
        self.tree = QTreeWidget()
        self.tree.setObjectName("helpRequestsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.asked_button = self._button(
            "helpAskedButton",
            self.tr("Asked"),
            self.tr("They were asked (logs it on their timeline)"),
        )
        self.helped_button = self._button(
            "helpHelpedButton", self.tr("Helped…"), self.tr("They helped (logs a favor received)")
        )
        self.declined_button = self._button(
            "helpDeclinedButton", self.tr("Declined"), self.tr("They could not help")
        )
        self.close_button = self._button(
            "helpCloseButton",
            self.tr("Close"),
            self.tr("Done with this project; keeps it under Past"),
        )
        self.delete_button = self._button(
            "helpDeleteButton",
            self.tr("Delete"),
            self.tr("Forget this project (the timeline keeps what was logged)"),
        )
        self.asked_button.clicked.connect(lambda: self._mark(CandidateStatus.ASKED))
        self.helped_button.clicked.connect(lambda: self._mark(CandidateStatus.HELPED))
        self.declined_button.clicked.connect(lambda: self._mark(CandidateStatus.DECLINED))
        self.close_button.clicked.connect(self._toggle_closed)
        self.delete_button.clicked.connect(self._delete)
        for button in (self.asked_button, self.helped_button, self.declined_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.set_requests([])

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(html.escape(tip))
        button.setAutoDefault(False)
        return button

    # --- content ------------------------------------------------------------------------------

    def set_requests(self, requests: list[HelpRequestInfo], *, select: int | None = None) -> None:
        """Show `requests` (open first, then past), keeping expansion and the current row."""
        expanded = self._expanded_ids()
        current = self._current_key()
        self.tree.clear()
        open_requests = [r for r in requests if r.is_open]
        past = [r for r in requests if not r.is_open]
        for title, group, expand in (
            (self.tr("Open (%1)"), open_requests, True),
            (self.tr("Past (%1)"), past, False),
        ):
            if not group:
                continue
            header = QTreeWidgetItem([title.replace("%1", QLocale().toString(len(group))), ""])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            self.tree.addTopLevelItem(header)
            header.setExpanded(expand)
            for request in group:
                item = self._request_item(request)
                header.addChild(item)
                item.setExpanded(request.id in expanded or request.id == select)
        self.empty_label.setVisible(not requests)
        self.tree.setVisible(bool(requests))
        key = (select, None) if select is not None else current
        self._restore_current(key)
        self._update_buttons()

    def _request_item(self, request: HelpRequestInfo) -> QTreeWidgetItem:
        item = QTreeWidgetItem([request.topic, request_status_text(request)])
        item.setData(0, RequestRole, request)
        item.setToolTip(
            0,
            html.escape(
                fill(self.tr("%1\nsaved %2"), request.topic, f"{request.created_at:%Y-%m-%d}")
            ),
        )
        for candidate in request.candidates:
            child = QTreeWidgetItem([candidate.name, candidate_status_text(candidate)])
            child.setData(0, RequestRole, request)
            child.setData(0, CandidateRole, candidate)
            if candidate.outcome:
                child.setToolTip(0, html.escape(candidate.outcome))
            item.addChild(child)
        return item

    def current_request(self) -> HelpRequestInfo | None:
        item = self.tree.currentItem()
        return item.data(0, RequestRole) if item else None

    def current_candidate(self) -> HelpCandidateInfo | None:
        item = self.tree.currentItem()
        return item.data(0, CandidateRole) if item else None

    def select_candidate(self, request_id: int, contact_id: int | None = None) -> bool:
        return self._restore_current((request_id, contact_id))

    # --- internals ----------------------------------------------------------------------------

    def _items(self):
        for g in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(g)
            for r in range(header.childCount()):
                item = header.child(r)
                yield item
                for c in range(item.childCount()):
                    yield item.child(c)

    def _expanded_ids(self) -> set[int]:
        return {
            item.data(0, RequestRole).id
            for item in self._items()
            if item.data(0, CandidateRole) is None and item.isExpanded()
        }

    def _current_key(self) -> tuple[int | None, int | None]:
        request, candidate = self.current_request(), self.current_candidate()
        return (request.id if request else None, candidate.contact_id if candidate else None)

    def _restore_current(self, key: tuple[int | None, int | None]) -> bool:
        request_id, contact_id = key
        if request_id is None:
            return False
        for item in self._items():
            candidate = item.data(0, CandidateRole)
            if item.data(0, RequestRole).id != request_id:
                continue
            if (candidate.contact_id if candidate else None) == contact_id:
                if item.parent() is not None:
                    item.parent().setExpanded(True)
                self.tree.setCurrentItem(item)
                return True
        return False

    def _update_buttons(self) -> None:
        request, candidate = self.current_request(), self.current_candidate()
        open_candidate = candidate is not None and request is not None and request.is_open
        for button in (self.asked_button, self.helped_button, self.declined_button):
            button.setEnabled(open_candidate)
        self.close_button.setEnabled(request is not None)
        self.close_button.setText(
            self.tr("Reopen") if request and not request.is_open else self.tr("Close")
        )
        self.delete_button.setEnabled(request is not None)

    def _mark(self, status: CandidateStatus) -> None:
        request, candidate = self.current_request(), self.current_candidate()
        if request is not None and candidate is not None:
            self.candidate_marked.emit(request.id, candidate, status.value)

    def _toggle_closed(self) -> None:
        request = self.current_request()
        if request is not None:
            self.request_closed.emit(request.id, request.topic, request.is_open)

    def _delete(self) -> None:
        request = self.current_request()
        if request is not None:
            self.request_deleted.emit(request.id, request.topic)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        candidate = item.data(0, CandidateRole)
        if candidate is not None:
            self.contact_activated.emit(candidate.contact_id)
