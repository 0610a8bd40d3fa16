"""Start-up with a database that cannot be opened: a dialog with ways out, never a traceback."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QLabel, QPushButton

from posse_desktop.db import backups, close_db, database, open_db
from posse_desktop.db.startup import WayOut
from posse_desktop.domain import ContactData
from posse_desktop.services.contacts import ContactsService
from posse_desktop.ui.dialogs.startup_problem import StartupProblemDialog, open_until_ready


def _make_db_with_backup(db_path, names):
    open_db(db_path)
    service = ContactsService()
    for name in names:
        service.create(ContactData(formatted_name=name))
    info = backups.create_backup("manual")
    close_db()
    return info


def _texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_corrupt_file_offers_the_latest_backup_and_restoring_it_opens_it(qtbot, on_modal, db_path):
    info = _make_db_with_backup(db_path, ["Ana Silva", "Ben Okafor"])
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    db_path.write_bytes(b"this is not a database, it is garbage\x00\xff" * 500)
    seen = {}

    def choose_restore(dialog):
        assert isinstance(dialog, StartupProblemDialog)
        seen["text"] = _texts(dialog)
        seen["buttons"] = [b.objectName() for b in dialog.findChildren(QPushButton)]
        dialog.buttons[WayOut.RESTORE_BACKUP].click()

    on_modal(choose_restore)
    opened = open_until_ready(db_path)
    try:
        assert opened == db_path
        assert str(db_path) in seen["text"]
        assert "damaged" in seen["text"]
        assert f"{info.created_at:%d %b %Y %H:%M}" in seen["text"]
        assert "2 contacts" in seen["text"]
        assert "wayOut-restore-backup" in seen["buttons"]
        assert "wayOut-quit" in seen["buttons"]
        assert "wayOut-start-new" not in seen["buttons"]  # never a silently new empty database
        assert not database.is_closed()
        assert ContactsService().count() == 2
        # The damaged file was kept aside, not deleted.
        kept = [
            p for p in db_path.parent.iterdir() if p.name.startswith("posse.db") and p != db_path
        ]
        assert any(
            p.read_bytes().startswith(b"this is not a database") for p in kept if p.is_file()
        )
    finally:
        close_db()


def test_a_database_from_a_newer_posse_is_refused_and_quit_is_offered(qtbot, on_modal, db_path):
    open_db(db_path)
    ContactsService().create(ContactData(formatted_name="Dana Kim"))
    close_db()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    seen = {}

    def choose_quit(dialog):
        seen["text"] = _texts(dialog)
        seen["ways"] = list(dialog.buttons)
        dialog.buttons[WayOut.QUIT].click()

    on_modal(choose_quit)
    assert open_until_ready(db_path) is None
    assert "newer version of Posse" in seen["text"]
    assert str(db_path) in seen["text"]
    assert WayOut.QUIT in seen["ways"] and WayOut.OPEN_OTHER in seen["ways"]
    assert WayOut.START_NEW not in seen["ways"] and WayOut.RESTORE_BACKUP not in seen["ways"]
    assert db_path.read_bytes() == before
    assert database.is_closed()


def test_open_another_file_then_opens_that_file(qtbot, on_modal, db_path, tmp_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"garbage" * 100)
    other = tmp_path / "elsewhere" / "other.db"
    open_db(other)
    ContactsService().create(ContactData(formatted_name="Omar Haddad"))
    close_db()
    on_modal(lambda dialog: dialog.buttons[WayOut.OPEN_OTHER].click())
    try:
        assert open_until_ready(db_path, choose_file=lambda _parent, _current: other) == other
        assert ContactsService().count() == 1
        assert db_path.read_bytes() == b"garbage" * 100
    finally:
        close_db()


def test_hostile_text_in_the_file_name_is_shown_literally(qtbot, tmp_path):
    folder = tmp_path / '<img src="x">'
    folder.mkdir()
    db_file = folder / "<b>posse&amp;.db"
    db_file.write_bytes(b"garbage" * 100)
    from posse_desktop.db.startup import open_database

    problem = open_database(db_file)
    assert problem is not None
    dialog = StartupProblemDialog(problem)
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        assert label.textFormat().name == "PlainText"
    assert any(str(db_file) in label.text() for label in dialog.findChildren(QLabel))
