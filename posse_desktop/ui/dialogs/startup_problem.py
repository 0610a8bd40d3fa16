"""When the database cannot be opened at start: say which file and why, offer the ways out.

`open_until_ready()` loops over db/startup.open_database until the database is open or the
person quits; it never shows a traceback and never creates an empty database over a file it could
not read (only the service's START_NEW way out, offered for a missing file, makes a new one).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from posse_desktop import APP_NAME
from posse_desktop.db import startup
from posse_desktop.db.backups import BackupInfo
from posse_desktop.db.errors import user_message
from posse_desktop.db.startup import ProblemKind, StartupProblem, WayOut
from posse_desktop.ui.widgets import heading_label, muted, plain_label

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def heading(kind: ProblemKind) -> str:
    headings = {
        ProblemKind.CORRUPT: translate("StartupProblemDialog", "The database is damaged"),
        ProblemKind.TOO_NEW: translate(
            "StartupProblemDialog", "The database is from a newer Posse"
        ),
        ProblemKind.LOCKED: translate("StartupProblemDialog", "The database is in use"),
        ProblemKind.DATA_DIR: translate("StartupProblemDialog", "The data folder cannot be used"),
        ProblemKind.DISK_FULL: translate("StartupProblemDialog", "The disk is full"),
        ProblemKind.UNREADABLE: translate("StartupProblemDialog", "The database cannot be read"),
        ProblemKind.MISSING: translate("StartupProblemDialog", "The database is missing"),
    }
    return headings[kind]


def database_filter() -> str:
    return translate(
        "StartupProblemDialog", "Posse databases (*.db *.sqlite *.sqlite3);;All files (*)"
    )


def _when(at) -> str:
    """ "25 Nov 2025 09:14" in the UI language."""
    moment = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    return QLocale().toString(moment, "dd MMM yyyy HH:mm")


def backup_summary(info: BackupInfo) -> str:
    """ "25 Nov 2025 09:14 — 120 contacts, 38 interactions" for buttons and lists."""
    when = _when(info.created_at)
    if not info.counts:
        return when
    contacts = QLocale().toString(info.counts.get("contacts", 0))
    parts = [translate("StartupProblemDialog", "%1 contacts").replace("%1", contacts)]
    if info.counts.get("interactions"):
        interactions = QLocale().toString(info.counts["interactions"])
        parts.append(
            translate("StartupProblemDialog", "%1 interactions").replace("%1", interactions)
        )
    return f"{when} — {', '.join(parts)}"


def way_out_text(way: WayOut, problem: StartupProblem) -> str:
    if way is WayOut.RESTORE_BACKUP and problem.latest_good_backup is not None:
        return translate("StartupProblemDialog", "Restore the Backup of %1").replace(
            "%1", _when(problem.latest_good_backup.created_at)
        )
    return {
        WayOut.RESTORE_BACKUP: translate("StartupProblemDialog", "Restore the Latest Backup"),
        WayOut.OPEN_OTHER: translate("StartupProblemDialog", "Open Another File…"),
        WayOut.RETRY: translate("StartupProblemDialog", "Try Again"),
        WayOut.START_NEW: translate("StartupProblemDialog", "Start With an Empty Database"),
        WayOut.QUIT: translate("StartupProblemDialog", "Quit"),
    }[way]


class StartupProblemDialog(QDialog):
    """Layout only: the problem in words, the file, the backup on offer, one button per way out."""

    def __init__(self, problem: StartupProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupProblemDialog")
        self.setWindowTitle(self.tr("%1 cannot open its database").replace("%1", APP_NAME))
        self.setMinimumWidth(520)
        self.problem = problem
        self.choice = WayOut.QUIT  # closing the dialog means quit
        self.buttons: dict[WayOut, QPushButton] = {}

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = heading_label(heading(problem.kind), scale=1.3)
        title.setObjectName("startupProblemHeading")
        layout.addWidget(title)
        message = plain_label(problem.message)
        message.setObjectName("startupProblemMessage")
        layout.addWidget(message)
        file_label = muted(plain_label(self.tr("File: %1").replace("%1", str(problem.db_file))))
        file_label.setObjectName("startupProblemFile")
        layout.addWidget(file_label)
        if WayOut.RESTORE_BACKUP in problem.ways_out and problem.latest_good_backup is not None:
            summary = backup_summary(problem.latest_good_backup)
            backup = plain_label(
                self.tr("Latest good backup: %1").replace("%1", summary)
                + f"\n{problem.latest_good_backup.path}"
            )
            backup.setObjectName("startupProblemBackup")
            layout.addWidget(backup)
        if problem.detail:
            self.details = muted(plain_label(problem.detail))
            self.details.setObjectName("startupProblemDetails")
            self.details.setVisible(False)
            toggle = QToolButton()
            toggle.setText(self.tr("Details"))
            toggle.setCheckable(True)
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toggle.toggled.connect(self.details.setVisible)
            layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self.details)

        row = QHBoxLayout()
        row.addStretch(1)
        for index, way in enumerate(problem.ways_out):
            button = QPushButton(way_out_text(way, problem))
            button.setObjectName(f"wayOut-{way.value}")
            button.setAutoDefault(index == 0)
            button.setDefault(index == 0)
            button.clicked.connect(lambda _=False, w=way: self._choose(w))
            self.buttons[way] = button
            row.addWidget(button)
        layout.addLayout(row)

    def _choose(self, way: WayOut) -> None:
        self.choice = way
        self.accept()


def _ask_for_database(parent: QWidget | None, current: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("StartupProblemDialog", "Open a Posse database"),
        str(current.parent),
        database_filter(),
    )
    return Path(name) if name else None


def _tell(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text names files, which may hold anything
    box.exec()


def open_until_ready(
    db_file: Path,
    parent: QWidget | None = None,
    *,
    choose_file: Callable[[QWidget | None, Path], Path | None] = _ask_for_database,
    quick_check: bool = True,
    problem: StartupProblem | None = None,
) -> Path | None:
    """Open `db_file` (or whatever the person picks instead); the open file, or None to quit.

    `problem` is what a first attempt to open `db_file` already found, so it is not tried twice.
    """
    db_file = Path(db_file)
    while True:
        if problem is None:
            problem = startup.open_database(db_file, quick_check=quick_check)
        if problem is None:
            return db_file
        dialog = StartupProblemDialog(problem, parent)
        dialog.exec()
        way = dialog.choice
        dialog.deleteLater()
        found, problem = problem, None  # every way out but Quit tries the open again
        if way is WayOut.QUIT:
            return None
        if way is WayOut.OPEN_OTHER:
            db_file = choose_file(parent, db_file) or db_file
            continue
        if way is WayOut.RESTORE_BACKUP:
            try:
                startup.restore_latest(found)
            except Exception as exc:  # BackupError, storage errors: shown, then offered again
                text = user_message(exc) or str(exc)
                _tell(
                    parent,
                    translate("StartupProblemDialog", "The backup could not be restored"),
                    text,
                )
                continue
            return db_file
        if way is WayOut.START_NEW:
            try:
                startup.start_new(db_file)
            except Exception as exc:  # shown, then the problem is offered again
                _tell(
                    parent,
                    translate("StartupProblemDialog", "Cannot start a new database"),
                    user_message(exc) or str(exc),
                )
                continue
            return db_file
        # RETRY: go round again.
