"""What an import did: counts, then every problem and every card that needs a second look.

Layout only. The controller answers the signals (select a contact, fetch a card's text). Every
string that came from a file is shown as plain text; tooltips are escaped.
"""

from __future__ import annotations

import html
import os

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.services.importer import ImportReport, ReviewItem
from posse_desktop.ui.problem_texts import action_text, problem_text
from posse_desktop.ui.widgets import fill, heading_label, muted, plain_label, section_caption
from posse_desktop.vcard.model import Problem

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

MAX_ROWS = 1_000  # nobody reads further; `posse-cli import --json` lists everything
ItemRole = Qt.ItemDataRole.UserRole + 1


class ImportReportDialog(QDialog):
    problem_selected = Signal(object)  # Problem
    contact_requested = Signal(int)
    undo_requested = Signal(int)  # the import's batch id

    def __init__(
        self,
        report: ImportReport,
        title: str,
        names: dict[int, str],
        files: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Report: %1").replace("%1", title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(880, 600)
        self.report = report

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading_label(_headline(report, title, files), scale=1.25))
        layout.addLayout(self._counts(report))

        self.problems = _tree(
            [
                self.tr("Card"),
                self.tr("Line"),
                self.tr("Problem"),
                self.tr("What Posse did"),
                self.tr("File"),
            ],
            [160, 48, 180, 110, 150],
        )
        self.problems.setObjectName("importProblems")
        self.problems.addTopLevelItems([_problem_item(p) for p in report.problems[:MAX_ROWS]])
        self.problems.currentItemChanged.connect(self._on_problem_current)
        self.problems.itemClicked.connect(lambda item, _col: self._emit_problem(item))

        self.card_text = QPlainTextEdit()
        self.card_text.setObjectName("importCardText")
        self.card_text.setAccessibleName(self.tr("Text of the card in the file"))
        self.card_text.setReadOnly(True)
        self.card_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.card_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.card_text.setPlaceholderText(
            self.tr("Click a problem to see its card as the file has it.")
        )
        self.card_note = muted(plain_label("", selectable=False))
        self.card_note.setObjectName("importCardNote")
        card_box = QWidget()
        card_layout = QVBoxLayout(card_box)
        card_layout.setContentsMargins(0, 4, 0, 0)
        card_layout.addWidget(self.card_note)
        card_layout.addWidget(self.card_text, 1)
        problem_page = QSplitter(Qt.Orientation.Vertical)
        problem_page.addWidget(self.problems)
        problem_page.addWidget(card_box)
        problem_page.setSizes([260, 160])

        self.reviews = _tree(
            [
                self.tr("Imported as"),
                self.tr("May be the same as"),
                self.tr("Why"),
                self.tr("From"),
            ],
            [180, 180, 180, 150],
        )
        self.reviews.setObjectName("importReviews")
        self.reviews.addTopLevelItems(
            [_review_item(item, names) for item in report.needs_review[:MAX_ROWS]]
        )
        self.show_imported = QPushButton(self.tr("Show Imported"))
        self.show_existing = QPushButton(self.tr("Show Existing"))
        for button in (self.show_imported, self.show_existing):
            button.setEnabled(False)
        self.show_imported.clicked.connect(lambda: self._request_review(imported=True))
        self.show_existing.clicked.connect(lambda: self._request_review(imported=False))
        self.reviews.currentItemChanged.connect(lambda current, _: self._on_review_current(current))
        self.reviews.itemDoubleClicked.connect(lambda *_: self._request_review(imported=True))
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.addWidget(
            muted(
                plain_label(
                    self.tr(
                        "These cards were added as new contacts, but they may be people you "
                        "already have. Look at both; merge or delete by hand if they are the same."
                    ),
                    selectable=False,
                )
            )
        )
        review_layout.addWidget(self.reviews, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.show_imported)
        buttons_row.addWidget(self.show_existing)
        review_layout.addLayout(buttons_row)

        self.tabs = QTabWidget()
        problems = QLocale().toString(len(report.problems))
        reviews = QLocale().toString(len(report.needs_review))
        self.tabs.addTab(problem_page, self.tr("Problems (%1)").replace("%1", problems))
        self.tabs.addTab(review_page, self.tr("Needs review (%1)").replace("%1", reviews))
        if not report.problems and report.needs_review:
            self.tabs.setCurrentIndex(1)
        layout.addWidget(self.tabs, 1)
        hidden = max(len(report.problems), len(report.needs_review)) - MAX_ROWS
        if hidden > 0:
            layout.addWidget(
                muted(
                    plain_label(
                        self.tr(
                            "Only the first %1 rows are listed; `posse-cli import --json` lists all."
                        ).replace("%1", QLocale().toString(MAX_ROWS))
                    )
                )
            )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.undo_button = buttons.addButton(
            self.tr("Undo This Import"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.undo_button.setObjectName("undoImport")
        self.undo_button.setVisible(report.batch_id is not None)
        self.undo_button.clicked.connect(self._request_undo)
        layout.addWidget(buttons)

    def _request_undo(self) -> None:
        if self.report.batch_id is not None:
            self.undo_requested.emit(self.report.batch_id)

    def _counts(self, report: ImportReport) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for name, caption, count in (
            ("added", self.tr("added"), len(report.added)),
            ("updated", self.tr("updated"), len(report.updated)),
            ("unchanged", self.tr("unchanged"), len(report.unchanged)),
            ("needs review", self.tr("needs review"), len(report.needs_review)),
            ("problems", self.tr("problems"), len(report.problems)),
        ):
            tile = QFrame()
            tile.setObjectName(f"count_{name.replace(' ', '_')}")
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile_layout = QVBoxLayout(tile)
            tile_layout.setContentsMargins(12, 8, 12, 8)
            number = heading_label(QLocale().toString(count), scale=1.6)
            number.setObjectName("count")
            tile_layout.addWidget(number)
            tile_layout.addWidget(section_caption(caption))
            row.addWidget(tile, 1)
        return row

    def count(self, name: str) -> int:
        """The number a tile shows ("added", "needs review"...)."""
        tile = self.findChild(QFrame, f"count_{name.replace(' ', '_')}")
        value, _ok = QLocale().toInt(tile.findChild(QWidget, "count").text())
        return value

    def show_card_text(self, text: str, note: str = "") -> None:
        self.card_note.setText(note)
        self.card_text.setPlainText(text)

    def _on_problem_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self._emit_problem(current)

    def _emit_problem(self, item: QTreeWidgetItem) -> None:
        self.problem_selected.emit(item.data(0, ItemRole))

    def _on_review_current(self, current: QTreeWidgetItem | None) -> None:
        for button in (self.show_imported, self.show_existing):
            button.setEnabled(current is not None)

    def _request_review(self, *, imported: bool) -> None:
        current = self.reviews.currentItem()
        if current is None:
            return
        item: ReviewItem = current.data(0, ItemRole)
        ids = (item.contact_id,) if imported else item.candidates
        if ids:
            self.contact_requested.emit(ids[0])


def _headline(report: ImportReport, title: str, files: int) -> str:
    if report.cards == 1:
        cards = translate("ImportReportDialog", "1 card")
    else:
        cards = translate("ImportReportDialog", "%1 cards").replace(
            "%1", QLocale().toString(report.cards)
        )
    if files > 2:
        text = translate("ImportReportDialog", "Imported %1 files: %2 read")
        return fill(text, QLocale().toString(files), cards)
    return fill(
        translate("ImportReportDialog", "%1: %2 read"), title[:1].upper() + title[1:], cards
    )


def _tree(headers: list[str], widths: list[int]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setAllColumnsShowFocus(True)
    header = tree.header()
    header.setStretchLastSection(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setSectionResizeMode(2, header.ResizeMode.Stretch)
    return tree


def _problem_item(problem: Problem) -> QTreeWidgetItem:
    card = problem.card_name or (
        translate("ImportReportDialog", "card %1").replace(
            "%1", QLocale().toString(problem.card_index + 1)
        )
        if problem.card_index is not None
        else translate("ImportReportDialog", "(whole file)")
    )
    message = problem_text(problem.message)
    item = QTreeWidgetItem(
        [
            card,
            str(problem.line) if problem.line else "",
            message,
            action_text(problem.action),
            os.path.basename(problem.source),
        ]
    )
    item.setData(0, ItemRole, problem)
    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setToolTip(2, html.escape(message))
    item.setToolTip(4, html.escape(problem.source))
    if problem.action in ("skipped card", "refused file"):
        font = QFont(item.font(0))
        font.setWeight(QFont.Weight.DemiBold)
        for column in range(5):
            item.setFont(column, font)
    return item


def _review_item(review: ReviewItem, names: dict[int, str]) -> QTreeWidgetItem:
    others = ", ".join(names.get(cid, f"#{cid}") for cid in review.candidates)
    where = f"{os.path.basename(review.source)}:{review.line}"
    reason = problem_text(review.reason)
    item = QTreeWidgetItem([names.get(review.contact_id, review.card_name), others, reason, where])
    item.setData(0, ItemRole, review)
    item.setToolTip(1, html.escape(others))
    item.setToolTip(2, html.escape(reason))
    item.setToolTip(3, html.escape(review.source))
    return item
