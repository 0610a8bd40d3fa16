"""Ctrl+K finds actions and people; the shortcuts overview lists every action; focus is reachable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from posse_desktop.domain import ContactData, StructuredName
from posse_desktop.ui.dialogs.command_palette import CommandPalette, menu_actions, plain_text


def _add(window, given: str, family: str, org: str = "") -> int:
    data = ContactData(name=StructuredName(given=given, family=family), org=org)
    contact_id = window.controller.add(data)
    assert contact_id is not None
    return contact_id


def _open_palette(qtbot, window) -> CommandPalette:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.keyboard.palette
    assert palette is not None and palette.isVisible()
    qtbot.waitUntil(lambda: palette.field.hasFocus())
    return palette


def _rows(palette: CommandPalette) -> list[str]:
    return [palette.results.item(i).text() for i in range(palette.results.count())]


def test_ctrl_k_finds_an_action_and_enter_runs_it(qtbot, window):
    window.actions.toggle_help_pane.setChecked(True)
    palette = _open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "ask-for")
    assert _rows(palette)[0] == "View › Show Ask-for-Help Pane"
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert not palette.isVisible()
    assert window.actions.toggle_help_pane.isChecked() is False


def test_actions_show_their_shortcut(qtbot, window):
    palette = _open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "new contact")
    item = palette.results.item(0)
    assert item.text() == "Contact › New Contact…"
    assert item.data(Qt.ItemDataRole.UserRole + 1) == "Ctrl+N"


def test_finds_a_contact_by_name_and_selects_it_in_the_list(qtbot, window):
    dana = _add(window, "Dana", "Kim", "Acme")
    _add(window, "Omar", "Haddad", "Globex")
    window.contacts_pane.search_field.setText("Omar")  # Dana is filtered out of the list
    palette = _open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "dana")
    assert "Dana Kim" in _rows(palette)
    while palette.results.currentItem().text() != "Dana Kim":
        qtbot.keyClick(palette.field, Qt.Key.Key_Down)
    qtbot.keyClick(palette.field, Qt.Key.Key_Enter)
    assert window.contacts_pane.current_contact_id() == dana
    assert window.detail.contact is not None and window.detail.contact.id == dana


def test_escape_closes_without_running_anything(qtbot, window):
    palette = _open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "quit")
    qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
    assert not palette.isVisible()
    assert window.isVisible()


def test_nothing_matches_says_so(qtbot, window):
    palette = _open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "zzqx")
    assert palette.results.count() == 0
    assert palette.empty.isVisible()


def test_disabled_actions_are_not_offered(qtbot, window):
    assert not window.actions.edit_contact.isEnabled()  # nobody selected
    palette = _open_palette(qtbot, window)
    qtbot.keyClicks(palette.field, "edit contact")
    assert "Contact › Edit Contact…" not in _rows(palette)


def test_plain_text_drops_mnemonics_only():
    assert plain_text("&Import vCards…") == "Import vCards…"
    assert plain_text("Tom && Jerry") == "Tom & Jerry"


def test_shortcuts_dialog_lists_every_menu_action(qtbot, window, on_modal):
    seen = {}

    def read(dialog):
        seen["rows"] = dict(dialog.rows())
        dialog.reject()

    window.keyboard.open_shortcuts()
    dialog = QApplication.activeModalWidget() or window.findChild(QWidget, "shortcutsDialog")
    read(dialog)
    rows = seen["rows"]
    names = {plain_text(e.action.text()) for e in menu_actions(window.menus)}
    assert set(rows) == names
    assert rows["New Contact…"] == "Ctrl+N"
    assert rows["Edit Contact…"] == "Ctrl+E, F2"
    assert rows["Go Anywhere…"] == "Ctrl+K"
    assert rows["Quit"] in ("Ctrl+Q", "Ctrl+Q, Ctrl+W") or rows["Quit"].startswith("Ctrl+Q")


def _spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: accessibleName, else a button's or a tab's own text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _label_for(widget: QWidget) -> str:
    """The visible label pointing at `widget` (QLabel.setBuddy), if any."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.isVisible():
            return label.text()
    return ""


def _focus_chain(window) -> list[QWidget]:
    """Every widget Tab reaches, in order, starting at the contacts search field."""
    start = window.contacts_pane.search_field
    chain, widget = [], start
    while True:
        takes_focus = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
        if widget.isVisible() and widget.isEnabled() and takes_focus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start or len(chain) > 500:
            return chain


def test_tab_order_starts_left_and_every_stop_has_a_name(qtbot, window):
    _add(window, "Dana", "Kim", "Acme")
    chain = _focus_chain(window)
    pane = window.contacts_pane
    assert chain[:3] == [pane.search_field, pane.scope, pane.view]
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in chain
        if not (w.accessibleName() or _spoken_name(w) or _label_for(w))
    ]
    assert unnamed == [], "\n".join(unnamed)


def test_tab_walks_the_chain_with_the_keyboard(qtbot, window):
    _add(window, "Dana", "Kim")
    pane = window.contacts_pane
    pane.search_field.setFocus()
    qtbot.waitUntil(pane.search_field.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pane.scope
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pane.view


def test_first_run_tab_goes_from_search_to_the_welcome_choices(qtbot, window):
    chain = _focus_chain(window)
    welcome = [w.objectName() for w in chain[2:5]]
    assert welcome == ["welcome_import_vcards", "welcome_new_contact", "welcome_open_sample"]
