"""A full disk during an edit through the GUI: the user reads why, nothing is lost, and the undo
stack stays true to the database. The disk is a real database limited with PRAGMA max_page_count."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from posse_desktop.db import database
from posse_desktop.domain import ContactData

BIG_NOTES = "x" * 400_000


def _limit_growth(extra_pages: int) -> None:
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages + extra_pages}")


def _expect_storage_box(on_modal, seen):
    def handle(box):
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        box.accept()

    on_modal(handle)


def test_full_disk_on_an_edit_says_so_and_keeps_the_previous_data(qtbot, window, on_modal):
    contacts = window.services.contacts
    dana = window.controller.add(ContactData(formatted_name="Dana Kim", notes="kubernetes"))
    assert window.contacts_pane.select_contact(dana)
    depth = window.undo_stack.count()
    _limit_growth(2)
    seen: list[str] = []
    _expect_storage_box(on_modal, seen)
    before = contacts.get(dana).data()
    window.controller.save_edit(
        dana, before, ContactData(formatted_name="Dana Kim", notes=BIG_NOTES)
    )

    assert seen and seen[0].startswith("The disk is full")
    assert "no transaction is active" not in seen[0]
    assert contacts.get(dana).notes == "kubernetes"
    assert window.undo_stack.count() == depth  # the failed edit was never pushed
    assert window.undo_stack.undoText() == "Add Dana Kim"
    assert window.detail.contact.notes == "kubernetes"

    _limit_growth(100_000)  # space freed: the same edit now works
    window.controller.save_edit(
        dana, before, ContactData(formatted_name="Dana Kim", notes=BIG_NOTES)
    )
    assert contacts.get(dana).notes == BIG_NOTES
    assert window.undo_stack.count() == depth + 1


def test_full_disk_on_a_new_contact_adds_nothing(qtbot, window, on_modal):
    _limit_growth(2)
    seen: list[str] = []
    _expect_storage_box(on_modal, seen)
    assert window.controller.add(ContactData(formatted_name="Omar", notes=BIG_NOTES)) is None
    assert seen and "disk is full" in seen[0]
    assert window.services.contacts.count() == 0
    assert window.undo_stack.count() == 0


def test_a_failed_undo_keeps_the_stack_where_the_data_is(qtbot, window, on_modal):
    """Undo that cannot write (the database turned read-only): the edit stays done and undoable."""
    contacts = window.services.contacts
    lena = window.controller.add(ContactData(formatted_name="Lena Rossi"))
    before = contacts.get(lena).data()
    window.controller.save_edit(lena, before, ContactData(formatted_name="Lena Rossi", notes="PCI"))
    assert window.undo_stack.index() == 2
    database.execute_sql("PRAGMA query_only = 1")  # every write now fails with SQLITE_READONLY
    seen: list[str] = []
    _expect_storage_box(on_modal, seen)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert "read-only" in seen[0]
    assert contacts.get(lena).notes == "PCI"
    assert window.undo_stack.index() == 2  # the stack did not move past work that did not happen
    assert window.undo_stack.undoText() == "Edit Lena Rossi"

    database.execute_sql("PRAGMA query_only = 0")
    window.undo_stack.undo()  # now it works, once
    assert contacts.get(lena).notes == ""
    assert window.undo_stack.index() == 1
    window.undo_stack.redo()
    assert contacts.get(lena).notes == "PCI"
    assert window.undo_stack.index() == 2


def test_a_failed_redo_steps_back(qtbot, window, on_modal):
    contacts = window.services.contacts
    omar = window.controller.add(ContactData(formatted_name="Omar Haddad"))
    window.undo_stack.undo()
    assert contacts.count() == 0 and window.undo_stack.index() == 0
    database.execute_sql("PRAGMA query_only = 1")
    seen: list[str] = []
    _expect_storage_box(on_modal, seen)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    qtbot.waitUntil(lambda: window.undo_stack.index() == 0, timeout=2_000)
    assert contacts.count() == 0
    assert window.undo_stack.redoText() == "Add Omar Haddad"
    database.execute_sql("PRAGMA query_only = 0")
    window.undo_stack.redo()
    assert contacts.get(omar) is not None and window.undo_stack.index() == 1
