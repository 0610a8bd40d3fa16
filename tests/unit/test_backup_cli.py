"""posse-cli backup / backups / restore / check: what the GUI does, from the command line."""

from __future__ import annotations

import json

from posse_desktop import cli
from posse_desktop.db import backups, close_db, open_db
from tests.unit.storage_helpers import add_contacts, count_named


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _database_with(db_path, contacts: int) -> None:
    open_db(db_path)
    add_contacts(contacts, "Cli")
    close_db()


def test_backup_prints_the_path_and_backups_lists_it(db_path, capsys):
    _database_with(db_path, 3)
    code, out, _ = _run(capsys, "--db", str(db_path), "backup")
    assert code == 0
    made = out.strip()
    assert count_named(db_path.parent / "backups" / made.rsplit("/", 1)[1]) == 3

    code, out, _ = _run(capsys, "--db", str(db_path), "backups", "--json")
    (listed,) = json.loads(out)
    assert listed["path"] == made and listed["reason"] == "manual"
    assert listed["counts"]["contacts"] == 3 and listed["size"] > 0

    code, out, _ = _run(capsys, "--db", str(db_path), "backups")
    assert "manual" in out and "3 contacts" in out


def test_check_reports_the_latest_backup(db_path, capsys):
    _database_with(db_path, 1)
    code, out, _ = _run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "latest backup: none" in out
    _run(capsys, "--db", str(db_path), "backup")
    code, out, _ = _run(capsys, "--db", str(db_path), "check", "--json")
    report = json.loads(out)
    assert report["latest_backup"]["reason"] == "manual"
    assert report["latest_backup"]["counts"]["contacts"] == 1


def test_restore_by_name_backs_up_the_current_state_first(db_path, capsys):
    _database_with(db_path, 2)
    open_db(db_path)
    good = backups.create_backup("manual")
    add_contacts(5, "Later")
    close_db()

    code, out, _ = _run(capsys, "--db", str(db_path), "restore", good.path.name)
    assert code == 0 and "backed up to" in out
    assert count_named(db_path) == 2
    pre_restore = backups.latest_backup(db_path)
    assert pre_restore.reason == "pre-restore" and pre_restore.counts["contacts"] == 7


def test_a_corrupt_database_can_still_list_and_restore(db_path, capsys):
    _database_with(db_path, 2)
    open_db(db_path)
    good = backups.create_backup("manual")
    close_db()
    db_path.write_bytes(b"garbage" * 1000)

    code, _, err = _run(capsys, "--db", str(db_path), "check")
    assert code == 2 and "not a readable Posse database" in err

    code, out, _ = _run(capsys, "--db", str(db_path), "backups")
    assert code == 0 and good.path.name in out
    code, out, _ = _run(capsys, "--db", str(db_path), "restore", str(good.path))
    assert code == 0 and "moved aside" in out
    assert count_named(db_path) == 2


def test_restore_of_a_missing_backup_is_an_error_not_a_traceback(db_path, capsys):
    _database_with(db_path, 1)
    code, _, err = _run(capsys, "--db", str(db_path), "restore", "nope.db")
    assert code == 2 and "cannot be restored" in err
    assert count_named(db_path) == 1
