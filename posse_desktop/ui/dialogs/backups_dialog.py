"""File > Backups: the list of backups, and the buttons to make, restore and export. Layout only;
ui/backup_controller.py does the work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.db.backups import BackupInfo, RetentionPolicy
from posse_desktop.ui.backup_settings import MAX_KEEP
from posse_desktop.ui.widgets import heading_label, muted, plain_label, plain_tooltip

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def reason_label(reason: str) -> str:
    """The backup's reason (stored in its file name) as the dialog shows it."""
    labels = {
        "daily": translate("BackupsDialog", "Daily"),
        "manual": translate("BackupsDialog", "Made by you"),
        "pre-import": translate("BackupsDialog", "Before an import"),
        "pre-upgrade": translate("BackupsDialog", "Before an upgrade"),
        "pre-restore": translate("BackupsDialog", "Before a restore"),
    }
    return labels.get(reason, reason)


def columns() -> list[str]:
    return [
        translate("BackupsDialog", "Made"),
        translate("BackupsDialog", "Why"),
        translate("BackupsDialog", "Size"),
        translate("BackupsDialog", "Contacts"),
        translate("BackupsDialog", "Interactions"),
    ]


COL_MADE, COL_REASON, COL_SIZE, COL_CONTACTS, COL_INTERACTIONS = range(5)
PathRole = Qt.ItemDataRole.UserRole + 1


def human_size(size: int) -> str:
    locale = QLocale()
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                break
            return f"{locale.toString(value, 'f', 1)} {unit}"
        value /= 1024
    return translate("BackupsDialog", "%1 bytes").replace("%1", locale.toString(size))


class BackupsDialog(QDialog):
    back_up_now_requested = Signal()
    restore_requested = Signal(object)  # BackupInfo
    export_requested = Signal()
    retention_changed = Signal(object)  # RetentionPolicy

    def __init__(
        self, folder: Path, policy: RetentionPolicy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 460)
        self._backups: list[BackupInfo] = []

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Backups"), scale=1.3))
        intro = muted(
            plain_label(
                self.tr(
                    "Posse backs up your database on the first start of each day, and before "
                    "every import, upgrade and restore. Each backup is checked after it is made."
                )
                + f"\n{folder}"
            )
        )
        intro.setObjectName("backupsFolder")
        layout.addWidget(intro)

        self.table = QTableWidget(0, len(columns()))
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(columns())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _: self._request_restore())
        layout.addWidget(self.table, 1)
        self.empty_state = muted(
            plain_label(self.tr("No backups yet. “Back Up Now” makes one."), selectable=False)
        )
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_state)

        keep = QHBoxLayout()
        self.keep_daily = self._spin(policy.daily, "keepDaily")
        self.keep_pre_operation = self._spin(policy.pre_operation, "keepPreOperation")
        keep.addWidget(plain_label(self.tr("Keep the last"), selectable=False))
        keep.addWidget(self.keep_daily)
        keep.addWidget(plain_label(self.tr("daily backups and"), selectable=False))
        keep.addWidget(self.keep_pre_operation)
        keep.addWidget(
            plain_label(self.tr("from before imports, upgrades and restores."), selectable=False),
            1,
        )
        layout.addLayout(keep)
        layout.addWidget(
            muted(
                plain_label(
                    self.tr("Backups you make yourself are kept until you delete them."),
                    selectable=False,
                )
            )
        )

        self.status = plain_label("")
        self.status.setObjectName("backupsStatus")
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.back_up_now = QPushButton(self.tr("Back Up Now"))
        self.back_up_now.setObjectName("backUpNow")
        self.restore = QPushButton(self.tr("Restore…"))
        self.restore.setObjectName("restoreBackup")
        self.export = QPushButton(self.tr("Export Everything…"))
        self.export.setObjectName("exportEverything")
        self.close_button = QPushButton(self.tr("Close"))
        self.back_up_now.clicked.connect(self.back_up_now_requested)
        self.restore.clicked.connect(self._request_restore)
        self.export.clicked.connect(self.export_requested)
        self.close_button.clicked.connect(self.accept)
        for button in (self.back_up_now, self.restore, self.export):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_backups(self, found: list[BackupInfo]) -> None:
        self._backups = list(found)
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            counts = info.counts or {}
            cells = (
                _made(info),
                reason_label(info.reason),
                human_size(info.size),
                _count(counts.get("contacts", "?")) if info.counts else self.tr("unreadable"),
                _count(counts.get("interactions", 0)) if info.counts else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(str(info.path)))
                if column in (COL_SIZE, COL_CONTACTS, COL_INTERACTIONS):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(found))
        self.empty_state.setVisible(not found)
        if found:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._backups[min(rows)] if rows else None

    def select_backup(self, path: Path) -> bool:
        for row, info in enumerate(self._backups):
            if info.path == path:
                self.table.selectRow(row)
                return True
        return False

    def set_busy(self, busy: bool) -> None:
        for button in (self.back_up_now, self.export, self.keep_daily, self.keep_pre_operation):
            button.setEnabled(not busy)
        self._busy = busy
        self._update_buttons()

    def _spin(self, value: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(1, MAX_KEEP)
        spin.setValue(value)
        spin.valueChanged.connect(self._emit_retention)
        return spin

    def _emit_retention(self, _value: int) -> None:
        self.retention_changed.emit(
            RetentionPolicy(
                daily=self.keep_daily.value(), pre_operation=self.keep_pre_operation.value()
            )
        )

    def _request_restore(self) -> None:
        info = self.selected_backup()
        if info is not None and self.restore.isEnabled():
            self.restore_requested.emit(info)

    def _update_buttons(self) -> None:
        busy = getattr(self, "_busy", False)
        self.restore.setEnabled(not busy and self.selected_backup() is not None)


def _made(info: BackupInfo) -> str:
    """ "Tue 03 Mar 2026 14:05" in the UI language."""
    at = info.created_at
    moment = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    return QLocale().toString(moment, "ddd dd MMM yyyy HH:mm")


def _count(value: object) -> str:
    return QLocale().toString(value) if isinstance(value, int) else str(value)
