"""File > Backups with real backups of a real database file."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from posse_desktop.db import backups, database
from posse_desktop.domain import ContactData
from posse_desktop.ui.backup_settings import saved_retention


def _add(window, *names):
    return [window.controller.add(ContactData(formatted_name=name)) for name in names]


def _listed_names(window):
    model = window.contacts_pane.model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def _wait_task(qtbot, controller):
    qtbot.waitUntil(lambda: controller.task is not None and controller.task.done, timeout=20_000)


def test_file_menu_has_backups(window):
    names = [a.objectName() for a in window.menus["file"].actions()]
    assert "backups" in names
    assert names.index("backups") < names.index("quit")


def test_backups_are_listed_with_date_reason_size_and_counts(qtbot, window):
    _add(window, "Ana Silva", "Ben Okafor")
    made = backups.create_backup("manual")
    backups.create_backup("pre-import")
    dialog = window.backup_controller.open_dialog()
    table = dialog.table
    assert table.rowCount() == 2
    texts = {table.item(r, c).text() for r in range(2) for c in range(table.columnCount())}
    assert f"{made.created_at:%a %d %b %Y %H:%M}" in texts
    assert {"Made by you", "Before an import", "2"} <= texts
    assert any(t.endswith("KB") for t in texts)
    assert (
        str(made.path) in table.item(0, 0).toolTip() or str(made.path) in table.item(1, 0).toolTip()
    )


def test_back_up_now_adds_a_verified_backup(qtbot, window):
    _add(window, "Dana Kim")
    controller = window.backup_controller
    dialog = controller.open_dialog()
    assert dialog.table.rowCount() == 0 and dialog.empty_state.isVisibleTo(dialog)
    dialog.back_up_now.click()
    _wait_task(qtbot, controller)
    assert dialog.table.rowCount() == 1
    [info] = backups.list_backups()
    assert info.reason == "manual" and info.counts["contacts"] == 1
    assert backups.check_backup(info.path) is None
    assert "Backed up" in dialog.status.text()


def test_restore_brings_the_contacts_back_and_no_stale_wal_resurrects(
    qtbot, window, on_modal, db_path
):
    ana, _ben = _add(window, "Ana Silva", "Ben Okafor")
    good = backups.create_backup("manual")
    # After the backup: another contact and a deletion, both sitting in the -wal file.
    _add(window, "Carla Mendes")
    assert window.contacts_pane.select_contact(ana)
    window.controller.delete_selected(confirm=False)
    assert _listed_names(window) == ["Ben Okafor", "Carla Mendes"]
    assert db_path.with_name(db_path.name + "-wal").exists()
    assert window.undo_stack.count() > 0
    controller = window.backup_controller
    dialog = controller.open_dialog()
    assert dialog.select_backup(good.path)

    def confirm(box):
        assert isinstance(box, QMessageBox)
        assert "2 contacts" in box.text()
        [restore] = [b for b in box.buttons() if b.text() == "Restore"]
        restore.click()

    on_modal(confirm)
    dialog.restore.click()
    _wait_task(qtbot, controller)

    assert _listed_names(window) == ["Ana Silva", "Ben Okafor"]
    assert window.undo_stack.count() == 0
    assert not database.is_closed()
    # The state that was replaced is itself a backup.
    reasons = [b.reason for b in backups.list_backups()]
    assert "pre-restore" in reasons
    pre_restore = next(b for b in backups.list_backups() if b.reason == "pre-restore")
    assert pre_restore.counts["contacts"] == 2 and pre_restore.counts["trashed"] == 1
    # Another process opening the file (and its -wal) sees the restored state only.
    conn = sqlite3.connect(db_path)
    try:
        names = sorted(
            r[0]
            for r in conn.execute("SELECT formatted_name FROM contact WHERE deleted_at IS NULL")
        )
    finally:
        conn.close()
    assert names == ["Ana Silva", "Ben Okafor"]
    assert "Restored" in dialog.status.text()


def test_retention_settings_are_remembered_and_applied(qtbot, window):
    dialog = window.backup_controller.open_dialog()
    dialog.keep_daily.setValue(3)
    dialog.keep_pre_operation.setValue(5)
    assert backups.retention().daily == 3 and backups.retention().pre_operation == 5
    assert saved_retention().daily == 3 and saved_retention().pre_operation == 5


def test_export_everything_writes_the_database_and_vcards(qtbot, window, tmp_path):
    _add(window, "Ana Silva", '<img src="/dev/zero"> Ben')
    controller = window.backup_controller
    controller.open_dialog()
    (tmp_path / "exports").mkdir()
    controller.export_everything(tmp_path / "exports")
    _wait_task(qtbot, controller)
    [folder] = list((tmp_path / "exports").iterdir())
    vcards = (folder / "contacts.vcf").read_text(encoding="utf-8")
    assert vcards.count("BEGIN:VCARD") == 2 and "Ana Silva" in vcards
    assert backups.check_backup(folder / "posse.db") is None
    assert backups.read_counts(folder / "posse.db")["contacts"] == 2
    assert "Exported" in controller.dialog.status.text()
