"""Untrusted text is shown literally in every view: a vCard name `<img src="/dev/zero">` must never be
rendered as HTML (it hangs or crashes Qt), and `<a href="file:///...">` never becomes a link.

The contact below has hostile text in every field; the test shows it in every view that exists
(list, detail, timeline, help, editor, dialogs, message boxes) and inspects every QLabel, tooltip
(widget and model ToolTipRole) and rich-text widget it can find.
"""

from __future__ import annotations

import resource
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from posse_desktop.domain import ContactData
from posse_desktop.domain.contact import Address, Expertise, TypedValue
from posse_desktop.domain.enums import ExpertiseLevel, InteractionKind, Role
from posse_desktop.domain.interaction import Interaction

IMG = '<img src="/dev/zero">'
BOLD = "<b>x</b>"
LINK = '<a href="file:///etc/passwd">x</a>'
RTL = "\u202eevil\u202c txt"
CONTROL = "a\x01b\x1bc\x7fd"
AMPERSAND = "Smith & Co"
LONG = "W" * 3000 + IMG
HOSTILE = (IMG, BOLD, LINK, RTL, CONTROL, AMPERSAND)
MARKUP = ("<img", "<b>", "<a ")


def hostile_contact() -> ContactData:
    return ContactData(
        formatted_name=f"{IMG} Dana {BOLD}",
        nickname=BOLD,
        org=LINK,
        department=AMPERSAND,
        title=RTL,
        notes=LONG + CONTROL,
        how_we_met=LINK,
        emails=[TypedValue(f"dana{IMG}@acme.example", label=BOLD)],
        phones=[TypedValue("+1 555 0100", label=IMG)],
        urls=[TypedValue("file:///etc/passwd", label=LINK)],
        ims=[TypedValue(BOLD, label=RTL)],
        addresses=[Address(label=IMG, street=LINK, locality=BOLD, country=RTL)],
        tags=[BOLD, IMG],
        roles={Role.ADVISOR},
        expertise=[Expertise(f"{IMG}k8s", ExpertiseLevel.EXPERT, evidence=LINK)],
    )


# --- how Qt would show a piece of text ----------------------------------------------------------


def shown_as(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a person sees: the text itself, or what Qt renders when it takes it for HTML."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def assert_literal(where: str, text: str, text_format=Qt.TextFormat.AutoText) -> None:
    """Markup in untrusted text must survive as characters (nothing was interpreted)."""
    shown = shown_as(text, text_format)
    for value in HOSTILE:
        if value in text and text_format == Qt.TextFormat.PlainText:
            return
    # Either shown plainly, or rendered from escaped HTML that gives the literal back.
    markers_in_source = [m for m in MARKUP if m in text]
    if markers_in_source:
        assert all(m in shown for m in markers_in_source), f"{where} renders markup: {text[:200]!r}"
    if "&" in shown:
        assert "&amp;" not in shown and "&lt;" not in shown, (
            f"{where} shows escapes: {shown[:200]!r}"
        )


def _mentions_hostile(text: str) -> bool:
    return any(m in text for m in (*MARKUP, "&lt;", "evil", "Smith", "dev/zero", "etc/passwd"))


def inspect_widgets(root: QWidget) -> int:
    """Check every label, tooltip, rich-text widget and item model under `root`; returns checks."""
    checked = 0
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel) and _mentions_hostile(widget.text()):
            fmt = widget.textFormat()
            assert (
                fmt == Qt.TextFormat.PlainText
                or not GuiQt.mightBeRichText(widget.text())
                or shown_as(widget.text(), fmt) == widget.text()
            ), f"{name} may render HTML: {widget.text()[:120]!r}"
            assert_literal(name, widget.text(), fmt)
            checked += 1
        tip = widget.toolTip()
        if tip and _mentions_hostile(tip):
            assert_literal(f"{name}.toolTip", tip)
            checked += 1
        if isinstance(widget, QTextEdit):
            checked += inspect_document(name, widget.document())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            checked += inspect_model(name, widget.model())
    return checked


def inspect_document(name: str, doc: QTextDocument) -> int:
    """A rich-text widget must hold no image and no link that came from contact text."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            assert not fmt.isImageFormat() or not QTextImageFormat(fmt).name().startswith("/dev"), (
                name
            )
            assert "file:" not in fmt.anchorHref(), f"{name} holds a file: link"
            it += 1
        block = block.next()
    return 1


def inspect_model(
    name: str, model: QAbstractItemModel, parent: QModelIndex | None = None, depth: int = 0
) -> int:
    parent = parent if parent is not None else QModelIndex()
    checked = 0
    try:
        columns = model.columnCount(parent)
    except TypeError:  # QAbstractListModel keeps columnCount private: one column
        columns = 1
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip and _mentions_hostile(tip):
                assert_literal(f"{name} row {row} col {column} tooltip", tip)
                checked += 1
        if depth < 2 and columns > 1 and model.hasChildren(model.index(row, 0, parent)):
            checked += inspect_model(name, model, model.index(row, 0, parent), depth + 1)
    return checked


# --- the test --------------------------------------------------------------------------------


@pytest.fixture
def memory_cap():
    """If a regression renders `<img src="/dev/zero">`, Qt reads until memory runs out: fail this
    process fast instead of making the machine swap."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as statm:
        used = int(statm.read().split()[0]) * resource.getpagesize()
    cap = used + 3 * 1024**3
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    yield
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def test_hostile_contact_is_shown_literally_everywhere(qtbot, window, on_modal, memory_cap):
    services = window.services
    contact_id = window.controller.add(hostile_contact())
    other = window.controller.add(ContactData(formatted_name=f"{LINK} Omar", org=IMG))
    timeline = services.timeline
    _, changes = timeline.log(
        Interaction(
            occurred_at=datetime.now() - timedelta(days=1),
            kind=InteractionKind.COFFEE,
            summary=f"coffee {IMG} {BOLD}",
            contact_ids=[contact_id, other],
            details=f"{LINK}\n{RTL}\n{AMPERSAND}",
            follow_up_on=(datetime.now() + timedelta(days=1)).date(),
        )
    )
    window.broadcast(changes)
    assert window.contacts_pane.select_contact(contact_id)
    qtbot.waitUntil(
        lambda: window.detail.contact is not None and window.detail.contact.id == contact_id
    )
    window.grab()  # paints every pane, delegate and label: rendering <img src=/dev/zero> would hang

    checks = inspect_widgets(window)
    assert checks >= 10, "the hostile text did not reach the views"
    names = [label.text() for label in window.detail.findChildren(QLabel)]
    assert any(f"{IMG} Dana {BOLD}" in text for text in names)

    # The contact list's own tooltip and display text.
    model = window.contacts_pane.model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    assert any(IMG in (i.data() or "") for i in rows)

    # The editor, filled with the same data.
    editor = window.controller._editor(services.contacts.get(contact_id).data(), "Edit")
    qtbot.addWidget(editor)
    editor.show()
    editor.grab()
    assert inspect_widgets(editor) >= 0
    editor.close()

    # A message box built with the contact's name: the trash confirmation.
    seen = {}

    def inspect_box(box):
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["format"] = box.textFormat()
        inspect_widgets(box)
        box.reject()

    on_modal(inspect_box)
    window.controller.delete_selected(confirm=True)
    assert IMG in seen["text"]
    assert seen["format"] == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(seen["text"])

    # Every other window that is open now (dialogs of other features included).
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            inspect_widgets(top)


def test_plain_tooltip_shows_the_text_itself(qtbot):
    from posse_desktop.ui.widgets import plain_tooltip

    for value in (*HOSTILE, LONG, "a\nb  c"):
        tip = plain_tooltip(value)
        assert GuiQt.mightBeRichText(tip)
        shown = shown_as(tip)
        assert shown.replace("\u2028", "\n") == value or shown == value
