"""The answer to one question: who can help, ranked with reasons; who can introduce you."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain.help import HelpAnswer, HelpPath
from posse_desktop.ui.models.help_match_delegate import HelpMatchDelegate
from posse_desktop.ui.models.help_match_model import ContactIdRole, HelpMatchModel
from posse_desktop.ui.widgets import muted, plain_label, section_caption

PathTargetRole = Qt.ItemDataRole.UserRole + 1


def path_text(path: HelpPath) -> str:
    """ "via Dana (strong, colleague of Omar) → Omar (expert: PCI)" """
    steps = [f"{s.name} ({s.note})" if s.note else s.name for s in path.steps]
    return QCoreApplication.translate("HelpAnswerView", "via %1").replace("%1", " → ".join(steps))


class HelpAnswerView(QWidget):
    contact_activated = Signal(int)
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        self.status = muted(plain_label("", selectable=False))
        self.status.setObjectName("helpStatus")
        layout.addWidget(self.status)

        self.model = HelpMatchModel(self)
        self.list = QListView()
        self.list.setObjectName("helpMatches")
        self.list.setModel(self.model)
        self.list.setItemDelegate(HelpMatchDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("People who can help"))
        self.list.activated.connect(self._match_activated)
        layout.addWidget(self.list, 3)

        self.paths_caption = section_caption(self.tr("Who can introduce you"))
        layout.addWidget(self.paths_caption)
        self.paths = QListWidget()
        self.paths.setObjectName("helpPaths")
        self.paths.setFrameShape(QFrame.Shape.NoFrame)
        self.paths.setWordWrap(True)
        self.paths.setAccessibleName(self.tr("Introduction paths"))
        self.paths.itemActivated.connect(self._path_activated)
        layout.addWidget(self.paths, 1)

        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save as tough project"))
        self.save_button.setObjectName("helpSaveButton")
        self.save_button.setToolTip(
            self.tr("Keep this question with these people, then mark whom you asked and who helped")
        )
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_requested)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        self.answer: HelpAnswer | None = None
        self.clear()

    def clear(self) -> None:
        self.answer = None
        self.model.set_matches([], datetime.now())
        self.paths.clear()
        self._set_paths_visible(False)
        self.save_button.setEnabled(False)
        self.status.setText("")
        self.list.setEnabled(True)

    def set_thinking(self) -> None:
        """A quiet busy state: the old answer stays, dimmed, until the new one arrives."""
        self.status.setText(self.tr("thinking…"))
        self.list.setEnabled(False)
        self.save_button.setEnabled(False)

    def set_failed(self, message: str) -> None:
        self.status.setText(self.tr("Could not answer that: %1").replace("%1", message))
        self.list.setEnabled(True)

    def set_answer(self, answer: HelpAnswer, now: datetime) -> None:
        previous = self.list.currentIndex().data(ContactIdRole)  # kept across a re-rank
        self.answer = answer
        self.list.setEnabled(True)
        self.model.set_matches(answer.matches, now)
        self.paths.clear()
        for path in answer.paths:
            item = QListWidgetItem(path_text(path))
            item.setData(PathTargetRole, path.target_id)
            item.setToolTip(html.escape(path.reason))
            self.paths.addItem(item)
        self._set_paths_visible(bool(answer.paths))
        self.save_button.setEnabled(bool(answer.matches or answer.paths))
        self.status.setText(self._status_text(answer))
        # How the question was read (stems, synonyms), for the curious.
        searched = ", ".join(t.lstrip("=") for t in answer.terms)
        self.status.setToolTip(
            html.escape(self.tr("matched on: %1").replace("%1", searched)) if searched else ""
        )
        ids = [m.contact_id for m in answer.matches]
        if previous in ids:
            index = self.model.index(ids.index(previous), 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        elif answer.matches:
            # Current but not selected: Enter opens the best match, nothing is highlighted yet.
            self.list.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.list.scrollToTop()

    def candidate_ids(self) -> list[int]:
        """The people shown, best first: direct matches, then whom the paths lead to."""
        if self.answer is None:
            return []
        ids = [m.contact_id for m in self.answer.matches]
        for path in self.answer.paths:
            ids += [step.contact_id for step in path.steps]
        return list(dict.fromkeys(ids))

    def _status_text(self, answer: HelpAnswer) -> str:
        if not answer.terms:
            return self.tr("Describe the problem in a few words: a skill, a tool, a topic.")
        if not answer.matches and not answer.paths:
            return self.tr("No one in your posse knows about that yet.")
        if answer.only_stale:
            return self.tr(
                "Only people you have not spoken to in years know about this. "
                "Reconnect first, or ask for an introduction."
            )
        if not answer.matches:
            return self.tr("No one you know has this skill, but someone can introduce you:")
        count = len(answer.matches)
        if count == 1:
            return self.tr("1 person who can help, best first")
        text = self.tr("%1 people who can help, best first")
        return text.replace("%1", QLocale().toString(count))

    def _set_paths_visible(self, visible: bool) -> None:
        self.paths_caption.setVisible(visible)
        self.paths.setVisible(visible)

    def _match_activated(self, index: QModelIndex) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.contact_activated.emit(contact_id)

    def _path_activated(self, item: QListWidgetItem) -> None:
        self.contact_activated.emit(item.data(PathTargetRole))
