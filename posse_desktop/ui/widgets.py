"""Small widget helpers. Everything that shows user or file text shows it as plain text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def plain_label(
    text: str = "", parent: QWidget | None = None, *, selectable: bool = True
) -> QLabel:
    """A QLabel that never interprets its text as HTML (Qt's auto-detection would)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fill(template: str, *values: object) -> str:
    """A translated template's %1, %2... replaced in one pass, like QString.arg: a name that
    itself contains "%2" stays as it is."""
    import re

    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)


def plain_tooltip(text: str) -> str:
    """Tooltip text shown literally: Qt guesses whether a tooltip is HTML, so `<img src=...>` in a
    name would be rendered. Escaped inside a paragraph it is always rich text showing the original."""
    if not text:
        return ""
    import html  # on first use: its entity table is not needed to start the app

    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def plain_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton | None = None,
    default: QMessageBox.StandardButton | None = None,
) -> QMessageBox.StandardButton:
    """QMessageBox.question/warning/... for text holding names or file names: the static helpers
    guess HTML, and a name `<img src="/dev/zero">` then makes Qt read that file until memory runs out.

    `buttons` defaults to OK. (QMessageBox is imported here: its type costs 2 ms at start-up.)
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, buttons or QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default is not None:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def heading_label(text: str, parent: QWidget | None = None, *, scale: float = 1.0) -> QLabel:
    label = plain_label(text, parent, selectable=False)
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text. A role, not a copied colour: it follows a switch to dark mode and back."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def section_caption(text: str, parent: QWidget | None = None) -> QLabel:
    """Small upper-case caption above a group of fields ("EMAIL", "EXPERTISE")."""
    label = plain_label(text.upper(), parent, selectable=False)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.8)
    font.setWeight(QFont.Weight.DemiBold)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    label.setFont(font)
    return muted(label)


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            # Hide now: deleteLater() leaves the old widget painted until the event loop runs.
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
