"""Create, edit, undo, delete, restore and find contacts through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from posse_desktop.domain import ContactData, Expertise, ExpertiseLevel, StructuredName, TypedValue
from posse_desktop.ui.dialogs.contact_editor import ContactEditor


def _add(window, **fields) -> int:
    data = ContactData(**fields)
    contact_id = window.controller.add(data)
    assert contact_id is not None
    return contact_id


def _save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def _visible_names(window) -> list[str]:
    model = window.contacts_pane.model
    return [model.index(r).data() for r in range(model.rowCount())]


def test_new_contact_through_the_editor(qtbot, window, on_modal):
    def fill(editor: ContactEditor) -> None:
        qtbot.keyClicks(editor.given, "Dana")
        qtbot.keyClicks(editor.family, "Kim")
        qtbot.keyClicks(editor.org, "Acme")
        editor.emails.add_button.click()
        qtbot.keyClicks(editor.emails.rows()[0].value, "dana@acme.example")
        editor.phones.add_button.click()
        qtbot.keyClicks(editor.phones.rows()[0].value, "+1 555 0100")
        editor.expertise.add_button.click()
        row = editor.expertise.rows()[0]
        qtbot.keyClicks(row.skill, "kubernetes")
        row.level.setCurrentIndex(row.level.findData("expert"))
        qtbot.keyClicks(editor.tags, "platform, friends")
        _save(editor)

    on_modal(fill)
    window.actions.new_contact.trigger()

    assert _visible_names(window) == ["Dana Kim"]
    contact = window.detail.contact
    assert contact is not None and contact.display_name == "Dana Kim"
    assert [e.value for e in contact.emails] == ["dana@acme.example"]
    assert contact.expertise == [Expertise("kubernetes", ExpertiseLevel.EXPERT)]
    assert contact.tags == ["platform", "friends"]
    assert window.detail.findChild(QLabel, "detailName").text() == "Dana Kim"


def test_edit_then_undo_and_redo(qtbot, window, on_modal):
    cid = _add(window, name=StructuredName("Okafor", "Ben"), org="Globex")
    window.contacts_pane.select_contact(cid)

    def rename(editor: ContactEditor) -> None:
        editor.org.clear()
        qtbot.keyClicks(editor.org, "Initech")
        _save(editor)

    on_modal(rename)
    window.actions.edit_contact.trigger()
    assert window.services.contacts.get(cid).org == "Initech"

    window.actions.undo.trigger()
    assert window.services.contacts.get(cid).org == "Globex"
    assert window.detail.contact.org == "Globex"
    window.actions.redo.trigger()
    assert window.services.contacts.get(cid).org == "Initech"


def test_undo_new_contact_removes_it_and_redo_brings_it_back(window):
    cid = _add(window, formatted_name="Ana Silva")
    window.actions.undo.trigger()
    assert _visible_names(window) == []
    window.actions.redo.trigger()
    assert _visible_names(window) == ["Ana Silva"]
    assert window.contacts_pane.current_contact_id() == cid


def test_delete_asks_then_moves_to_trash_and_restores(qtbot, window, on_modal):
    keep = _add(window, formatted_name="Keep Me")
    gone = _add(window, formatted_name="Trash Me")
    window.contacts_pane.select_contact(gone)

    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.actions.delete_contact.trigger()
    assert _visible_names(window) == ["Keep Me"]

    window.contacts_pane.scope.setCurrentIndex(1)  # Trash
    assert _visible_names(window) == ["Trash Me"]
    window.contacts_pane.select_contact(gone)
    window.actions.restore_contact.trigger()
    assert _visible_names(window) == []
    window.contacts_pane.scope.setCurrentIndex(0)
    assert _visible_names(window) == ["Keep Me", "Trash Me"]
    assert window.services.contacts.get(keep).deleted_at is None


def test_delete_cancelled_keeps_the_contact(window, on_modal):
    cid = _add(window, formatted_name="Stay")
    window.contacts_pane.select_contact(cid)
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.actions.delete_contact.trigger()
    assert _visible_names(window) == ["Stay"]


def test_undo_delete_restores(window):
    cid = _add(window, formatted_name="Oops")
    window.contacts_pane.select_contact(cid)
    window.controller.delete_selected(confirm=False)
    assert _visible_names(window) == []
    window.actions.undo.trigger()
    assert _visible_names(window) == ["Oops"]


def test_search_as_you_type_over_every_field(qtbot, window):
    _add(window, formatted_name="Dana Kim", org="Acme")
    _add(
        window,
        formatted_name="Omar Haddad",
        expertise=[Expertise("PCI DSS", ExpertiseLevel.EXPERT)],
    )
    _add(
        window,
        formatted_name="Lena Rossi",
        phones=[TypedValue("+39 06 1234 5678")],
        notes="met at PyCon",
    )
    _add(
        window,
        formatted_name="Ben Okafor",
        emails=[TypedValue("ben@globex.example")],
        tags=["climbing"],
    )
    field = window.contacts_pane.search_field
    for query, expected in [
        ("acm", ["Dana Kim"]),
        ("pci", ["Omar Haddad"]),
        ("pycon", ["Lena Rossi"]),
        ("12345678", ["Lena Rossi"]),
        ("globex", ["Ben Okafor"]),
        ("climb", ["Ben Okafor"]),
        ("o'brien", []),
        ("", ["Ben Okafor", "Dana Kim", "Lena Rossi", "Omar Haddad"]),
    ]:
        field.clear()
        qtbot.keyClicks(field, query)
        assert _visible_names(window) == expected, query


def test_markup_in_names_is_shown_literally(window):
    cid = _add(window, formatted_name="<b>x</b>", notes='<img src="/dev/zero">')
    window.contacts_pane.select_contact(cid)
    name = window.detail.findChild(QLabel, "detailName")
    assert name.text() == "<b>x</b>"
    assert name.textFormat() == Qt.TextFormat.PlainText
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_editor_rejects_an_invalid_birthday_naming_the_field(qtbot, db):
    editor = ContactEditor(ContactData(formatted_name="X"), known_tags=[], known_skills=[])
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.birthday, "2023-02-29")
    try:
        editor.collect()
    except ValueError as exc:
        assert "Birthday" in str(exc)
    else:
        raise AssertionError("an impossible date was accepted")


def test_editor_keeps_year_less_birthday(qtbot, db):
    editor = ContactEditor(ContactData(formatted_name="X"), known_tags=[], known_skills=[])
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.birthday, "--04-15")
    data = editor.collect()
    assert data.birthday is not None and data.birthday.year is None and data.birthday.day == 15


def test_detail_offers_open_only_for_safe_links(window):
    cid = _add(
        window,
        formatted_name="Links",
        emails=[TypedValue("ana@example.org")],
        phones=[TypedValue("+1 555 0100")],
        urls=[TypedValue("https://ana.example"), TypedValue("javascript:alert(1)")],
    )
    window.contacts_pane.select_contact(cid)
    from PySide6.QtWidgets import QToolButton

    tips = [b.toolTip() for b in window.detail.findChildren(QToolButton, "openLink")]
    assert len(tips) == 3  # email, phone, https; never the javascript: one
    assert any("mailto:ana@example.org" in t for t in tips)
    assert not any("javascript" in t for t in tips)


def test_a_new_contact_is_read_for_the_detail_pane_once(window, monkeypatch):
    # Selecting the new contact showed it; broadcast then read and showed it a second time.
    reads: list[int] = []
    get = window.services.contacts.get
    monkeypatch.setattr(window.services.contacts, "get", lambda cid: reads.append(cid) or get(cid))
    cid = _add(window, formatted_name="Ana Silva")
    assert window.detail.contact.id == cid and reads.count(cid) == 1
    before = window.services.contacts.get(cid).data()
    window.controller.save_edit(cid, before, ContactData(formatted_name="Ana Silva-Kim"))
    assert window.detail.contact.formatted_name == "Ana Silva-Kim"  # an edit is shown fresh
