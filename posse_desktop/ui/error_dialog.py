"""The dialog for an unexpected error: what happened, the details to copy, where the log is.

ui/exception_handler.py opens it; it is imported only when the first error happens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from posse_desktop import APP_NAME
from posse_desktop.ui.widgets import heading_label, muted, plain_label


class ErrorDialog(QDialog):
    """A short message, the details to copy, and where the log is."""

    def __init__(self, summary: str, details: str, log_path: Path | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(640, 420)
        self.message = heading_label(
            self.tr(
                "%1 ran into a problem it did not expect. Your data is safe: every change "
                "is saved when you make it. You can keep working."
            ).replace("%1", APP_NAME)
        )
        self.summary = plain_label(summary)
        self.summary.setObjectName("errorSummary")
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        if log_path is not None:
            where = self.tr("The details are also in the log file:\n%1").replace(
                "%1", str(log_path)
            )
        else:
            where = self.tr("The log file could not be written; copy the details below.")
        self.log_location = muted(plain_label(where))
        self.log_location.setObjectName("errorLogLocation")
        self.copy_button = QPushButton(self.tr("&Copy Details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.summary, self.log_location, self.details):
            layout.addWidget(widget)
        layout.setStretchFactor(self.details, 1)
        layout.addWidget(buttons)

    def add_occurrence(self, summary: str, details: str) -> None:
        """Another error while this dialog is open: append it rather than stack up dialogs."""
        self.summary.setText(self.tr("%1 (and more errors, see below)").replace("%1", summary))
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
