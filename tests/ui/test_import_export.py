"""vCards in and out through the window: real widgets, a real temp db, real .vcf files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton

from posse_desktop.domain import ContactData
from posse_desktop.services.contacts import ContactsService
from posse_desktop.vcard.reader import read_vcard_file
from tests.conftest import FIXTURES

BAD_CARD = FIXTURES / "v21_bad_card_between_good.vcf"  # 3 cards, the middle one with 2 problems
IPHONE = FIXTURES / "v30_iphone_ablabel.vcf"  # 1 card
WAIT_MS = 20_000


def names_in_list(window) -> list[str]:
    model = window.contacts_pane.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def run_import(qtbot, window, paths):
    controller = window.import_export
    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as blocker:
        controller.import_paths([str(p) for p in paths])
    return blocker.args[0]


def write_cards(path: Path, cards: list[tuple[str, str]]) -> Path:
    """A vCard 3.0 file of (name, email) cards."""
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{name.split()[-1]};{name.split()[0]};;;\r\n"
            f"EMAIL:{email}\r\nEND:VCARD\r\n"
            for name, email in cards
        ),
        encoding="utf-8",
    )
    return path


def test_import_two_files_lists_contacts_and_reports(qtbot, window):
    report = run_import(qtbot, window, [BAD_CARD, IPHONE])

    assert not report.cancelled
    listed = names_in_list(window)
    assert {"First Good", "Broken Photo", "Last Good"} <= set(listed)
    assert len(listed) == 4
    dialog = window.import_export.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.count("added") == 4
    assert dialog.count("updated") == 0
    assert dialog.count("problems") == len(report.problems) == 2
    assert dialog.problems.topLevelItemCount() == 2
    assert dialog.problems.topLevelItem(0).text(0) == "Broken Photo"
    assert dialog.problems.topLevelItem(0).text(1) == "8"
    status = window.statusBar().currentMessage()
    assert "4 added" in status and "2 problems" in status
    assert window.actions.undo.text() == (
        "&Undo import of v21_bad_card_between_good.vcf, v30_iphone_ablabel.vcf"
    )


def test_clicking_a_problem_selects_its_contact_and_shows_the_card(qtbot, window):
    report = run_import(qtbot, window, [BAD_CARD, IPHONE])
    window.contacts_pane.select_contact(report.contact_of_card[(str(IPHONE), 0)])
    dialog = window.import_export.report_dialog

    dialog.problems.setCurrentItem(dialog.problems.topLevelItem(0))

    broken = report.contact_of_card[(str(BAD_CARD), 1)]
    assert window.contacts_pane.current_contact_id() == broken
    assert window.detail.contact.id == broken
    assert "FN:Broken Photo" in dialog.card_text.toPlainText()
    assert "First Good" not in dialog.card_text.toPlainText()  # that card only
    assert "selected" in dialog.card_note.text()


def test_a_problem_outside_any_imported_card_shows_the_file_text(qtbot, window, tmp_path):
    not_vcard = tmp_path / "notes.vcf"
    not_vcard.write_text("<b>shopping list</b>\neggs\n", encoding="utf-8")
    report = run_import(qtbot, window, [not_vcard])
    dialog = window.import_export.report_dialog
    assert report.cards == 0 and dialog.count("problems") == len(report.problems) >= 1

    dialog.problems.setCurrentItem(dialog.problems.topLevelItem(0))

    assert "<b>shopping list</b>" in dialog.card_text.toPlainText()  # plain text, not HTML
    assert dialog.card_text.isReadOnly()
    assert window.contacts_pane.current_contact_id() is None


def test_needs_review_items_open_both_contacts(qtbot, window, tmp_path):
    run_import(
        qtbot, window, [write_cards(tmp_path / "work.vcf", [("Dana Kim", "dana@acme.test")])]
    )
    report = run_import(
        qtbot, window, [write_cards(tmp_path / "phone.vcf", [("Dana Kim", "dana@home.test")])]
    )
    assert len(report.needs_review) == 1
    dialog = window.import_export.report_dialog
    assert dialog.count("needs review") == 1 and dialog.tabs.currentIndex() == 1
    item = report.needs_review[0]

    dialog.reviews.setCurrentItem(dialog.reviews.topLevelItem(0))
    dialog.show_existing.click()
    assert window.contacts_pane.current_contact_id() == item.candidates[0]
    dialog.show_imported.click()
    assert window.contacts_pane.current_contact_id() == item.contact_id
    assert item.contact_id != item.candidates[0]


def test_cancel_leaves_the_database_unchanged(qtbot, window, tmp_path):
    big = write_cards(
        tmp_path / "big.vcf", [(f"Person{i} Test{i}", f"p{i}@example.test") for i in range(8000)]
    )
    controller = window.import_export
    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as blocker:
        controller.import_paths([str(big)])
        dialog = controller._task.dialog
        # Cancel once storing has begun (progress counts stored cards), as a person would.
        qtbot.waitUntil(lambda: dialog.value() >= 100, timeout=WAIT_MS)
        dialog.findChild(QPushButton).click()
    report = blocker.args[0]

    assert report.cancelled
    assert ContactsService().count() == 0
    assert window.contacts_pane.model.rowCount() == 0
    assert window.undo_stack.count() == 0
    assert "Cancelled" in window.statusBar().currentMessage()


def test_undo_removes_the_import_and_redo_restores_it(qtbot, window):
    run_import(qtbot, window, [BAD_CARD, IPHONE])
    assert window.undo_stack.count() == 1

    window.undo_stack.undo()
    assert ContactsService().count() == 0
    assert names_in_list(window) == []
    assert "Undid" in window.statusBar().currentMessage()

    window.undo_stack.redo()  # re-imports off the GUI thread and waits for it
    assert ContactsService().count() == 4
    assert len(names_in_list(window)) == 4
    window.undo_stack.undo()  # the redone import is undoable again
    assert ContactsService().count() == 0


def test_recent_imports_undoes_an_older_import(qtbot, window, on_modal, tmp_path):
    run_import(qtbot, window, [BAD_CARD])
    run_import(qtbot, window, [IPHONE])
    menu = window.import_export.recent_menu
    menu.rebuild()
    older = [a for a in menu.actions() if a.text().startswith("v21_bad_card")]
    assert len(older) == 1 and older[0].isEnabled()

    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    older[0].trigger()

    assert set(names_in_list(window)) == {
        ContactsService().get(cid).display_name for cid in ContactsService().all_ids()
    }
    assert ContactsService().count() == 1  # only the iPhone card is left
    assert window.undo_stack.count() == 0
    menu.rebuild()
    assert not [a for a in menu.actions() if a.text().startswith("v21_bad_card")][0].isEnabled()


def test_dropping_vcf_files_on_the_window_imports_them(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(BAD_CARD)), QUrl.fromLocalFile(str(FIXTURES / "x.txt"))])
    point = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()

    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.import_export.import_finished, timeout=WAIT_MS) as blocker:
        QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    assert len(blocker.args[0].added) == 3
    assert ContactsService().count() == 3


def test_dragging_text_that_is_not_a_vcard_is_refused(qtbot, window):
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_open_files_imports_and_queues_behind_a_running_import(qtbot, window):
    controller = window.import_export
    finished = []
    controller.import_finished.connect(finished.append)
    window.open_files([str(BAD_CARD)])
    window.open_files([str(IPHONE)])  # arrives while the first runs: imported after it
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=WAIT_MS)
    assert ContactsService().count() == 4
    assert window.undo_stack.count() == 2


def test_import_action_takes_files_from_the_file_dialog(qtbot, window, on_modal):
    def pick(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(FIXTURES))
        dialog.selectFile(f'"{BAD_CARD.name}" "{IPHONE.name}"')
        dialog.accept()

    on_modal(pick)
    with qtbot.waitSignal(window.import_export.import_finished, timeout=WAIT_MS):
        window.actions.import_vcards.trigger()
    assert ContactsService().count() == 4


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_selection_reads_back(qtbot, window, tmp_path, version):
    report = run_import(qtbot, window, [BAD_CARD, IPHONE])
    chosen = [
        report.contact_of_card[(str(BAD_CARD), 0)],
        report.contact_of_card[(str(BAD_CARD), 2)],
    ]
    target = tmp_path / "out.vcf"
    with qtbot.waitSignal(window.import_export.export.export_finished, timeout=WAIT_MS) as blocker:
        window.import_export.export.export_to(str(target), ids=chosen, version=version)

    assert blocker.args[0].count == 2
    read = read_vcard_file(target)
    assert [c.data.display_name for c in read.cards] == ["First Good", "Last Good"]
    assert all(c.version == version for c in read.cards)
    assert "Exported 2 contacts" in window.statusBar().currentMessage()


def test_export_action_with_the_current_search(qtbot, window, on_modal, tmp_path):
    run_import(qtbot, window, [BAD_CARD, IPHONE])
    window.contacts_pane.search_field.setText("good")
    target = tmp_path / "found"  # no suffix: .vcf is added

    def choose_file(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        dialog.accept()

    def choose_options(dialog):
        assert dialog.objectName() == "exportOptions"
        assert dialog.buttons["search"].isChecked()  # a search is typed: export what it finds
        assert "(2 people)" in dialog.buttons["search"].text()
        on_modal(choose_file)
        dialog.accept()

    on_modal(choose_options)
    with qtbot.waitSignal(window.import_export.export.export_finished, timeout=WAIT_MS):
        window.actions.export_vcards.trigger()
    read = read_vcard_file(tmp_path / "found.vcf")
    assert sorted(c.data.display_name for c in read.cards) == ["First Good", "Last Good"]


def test_dragging_contacts_out_gives_a_vcard_file(qtbot, window):
    report = run_import(qtbot, window, [BAD_CARD])
    model = window.contacts_pane.model
    first = model.index(model.row_of(report.contact_of_card[(str(BAD_CARD), 0)]))

    mime = model.mimeData([first])

    assert "text/vcard" in model.mimeTypes()
    text = bytes(mime.data("text/vcard")).decode("utf-8")
    assert text.startswith("BEGIN:VCARD") and "FN:First Good" in text
    path = Path(mime.urls()[0].toLocalFile())
    assert path.name == "First Good.vcf"
    assert path.read_bytes().decode("utf-8") == text

    both = model.mimeData([model.index(0), model.index(1)])
    assert Path(both.urls()[0].toLocalFile()).name == "2 contacts.vcf"
    assert bytes(both.data("text/vcard")).count(b"BEGIN:VCARD") == 2


def test_the_report_can_undo_its_import(qtbot, window):
    run_import(qtbot, window, [BAD_CARD])
    dialog = window.import_export.report_dialog
    assert dialog.undo_button.isVisible()

    dialog.undo_button.click()

    assert ContactsService().count() == 0
    assert window.import_export.report_dialog is None or not dialog.isVisible()
    assert window.undo_stack.canRedo()  # the newest import: an ordinary undo, so redo works


def test_reimporting_the_same_file_changes_nothing_and_adds_no_undo_step(qtbot, window):
    run_import(qtbot, window, [BAD_CARD])
    report = run_import(qtbot, window, [BAD_CARD])
    assert report.added == [] and len(report.unchanged) == 3
    assert window.import_export.report_dialog.count("unchanged") == 3
    assert not window.import_export.report_dialog.undo_button.isVisible()
    assert window.undo_stack.count() == 1


def test_undo_waits_while_an_import_runs(qtbot, window, tmp_path):
    run_import(qtbot, window, [BAD_CARD])
    assert window.actions.undo.isEnabled()
    big = write_cards(tmp_path / "big.vcf", [(f"P{i} T{i}", f"p{i}@x.test") for i in range(2000)])
    with qtbot.waitSignal(window.import_export.import_finished, timeout=WAIT_MS):
        window.import_export.import_paths([str(big)])
        assert not window.actions.undo.isEnabled()  # Ctrl+Z now would undo a half-stored import
        label = window.import_export._task.dialog.findChild(QLabel)
        assert label.textFormat() == Qt.TextFormat.PlainText  # the label names files
    assert window.actions.undo.isEnabled()
    assert window.undo_stack.count() == 2


def test_the_progress_label_says_which_stage_the_import_is_in(window):
    controller = window.import_export
    assert controller._stage_text(0, 1000) == "Matching 0 of 500 cards"
    assert controller._stage_text(500, 1000) == "Matching 500 of 500 cards"
    assert controller._stage_text(600, 1000) == "Saving 100 of 500 cards"
    assert controller._stage_text(1000, 1000) == "Saving 500 of 500 cards"


def test_the_import_job_reads_the_report_names_on_its_own_thread(qtbot, window, tmp_path):
    """The GUI thread's first read after a large import finds SQLite's cache cold; the names the
    report shows come with the report from the worker."""
    existing = ContactsService().create(ContactData(formatted_name="Dana Kim"))[0]
    path = write_cards(tmp_path / "near.vcf", [("Dana Kimm", "other@example.test")])
    report = run_import(qtbot, window, [path])
    (item,) = report.needs_review
    assert report.names == {item.contact_id: "Dana Kimm", existing: "Dana Kim"}
