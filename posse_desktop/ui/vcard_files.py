"""What the vCard import and export flows share: file filters, the last folder, messages."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog, QWidget

from posse_desktop import APP_NAME
from posse_desktop.ui.widgets import plain_label

VCARD_SUFFIXES = (".vcf", ".vcard")
LAST_FOLDER_KEY = "import_export/last_folder"
STATUS_MS = 15_000


def vcard_filter() -> str:
    """The file dialogs' filter: the words are translated, the patterns stay."""
    return QCoreApplication.translate("VcardFiles", "vCard files (*.vcf *.vcard);;All files (*)")


def last_folder() -> str:
    """Where the last import or export was, else Documents (never the app's own folders)."""
    folder = QSettings().value(LAST_FOLDER_KEY, "", type=str)
    if folder and os.path.isdir(folder):
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def remember_folder(path: str) -> None:
    QSettings().setValue(LAST_FOLDER_KEY, os.path.dirname(path))


def show_status(window: QMainWindow, message: str) -> None:
    window.statusBar().showMessage(message, STATUS_MS)


def plain_progress_label(dialog: QProgressDialog) -> QProgressDialog:
    """QProgressDialog's own label guesses HTML; ours names files, so it must be plain text."""
    dialog.setLabel(plain_label(dialog.labelText(), selectable=False))
    return dialog


def show_failure(parent: QWidget, summary: str, message: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, summary, parent=parent)
    box.setInformativeText(message)
    box.setTextFormat(Qt.TextFormat.PlainText)  # after the texts: it also sets the informative one
    box.setDetailedText(details)
    box.open()  # not exec(): a failure must not block a queued import (or a test)
