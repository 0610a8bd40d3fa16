"""Open the database at start-up, or say why not in terms a person can act on.

`open_database(path)` either opens (and migrates) the database and returns None, or leaves it
closed and returns a `StartupProblem`: what is wrong, a message to show, the latest backup that
passes its check, and the ways out the dialog should offer. It never raises for a problem with the
user's files and never creates a new, empty database over an existing file it cannot read: the
file is probed read-only before anything may write to it.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from posse_desktop.db import migrations
from posse_desktop.db.connection import DatabaseTooNew, close_db, open_db
from posse_desktop.db.errors import StorageErrorKind, error_kind
from posse_desktop.db.sqlite_files import connect_file
from posse_desktop.paths import ensure_private_dir

if TYPE_CHECKING:
    from posse_desktop.db import backups

SQLITE_HEADER = b"SQLite format 3\x00"


class ProblemKind(StrEnum):
    CORRUPT = "corrupt"  # not a database, damaged, or fails quick_check
    TOO_NEW = "too-new"  # written by a newer Posse
    LOCKED = "locked"  # another process holds the database
    DATA_DIR = "data-dir"  # the data folder is missing and cannot be made, or is not writable
    DISK_FULL = "disk-full"
    UNREADABLE = "unreadable"  # permissions, I/O errors
    MISSING = "missing"  # the database file is gone, but backups of it exist


class WayOut(StrEnum):
    RESTORE_BACKUP = "restore-backup"
    OPEN_OTHER = "open-other"
    RETRY = "retry"
    START_NEW = "start-new"
    QUIT = "quit"


_WAYS_OUT = {
    ProblemKind.CORRUPT: (WayOut.RESTORE_BACKUP, WayOut.OPEN_OTHER, WayOut.QUIT),
    ProblemKind.TOO_NEW: (WayOut.OPEN_OTHER, WayOut.QUIT, WayOut.RESTORE_BACKUP),
    ProblemKind.LOCKED: (WayOut.RETRY, WayOut.OPEN_OTHER, WayOut.QUIT),
    ProblemKind.DATA_DIR: (WayOut.RETRY, WayOut.OPEN_OTHER, WayOut.QUIT),
    ProblemKind.DISK_FULL: (WayOut.RETRY, WayOut.QUIT),
    ProblemKind.UNREADABLE: (WayOut.RETRY, WayOut.RESTORE_BACKUP, WayOut.OPEN_OTHER, WayOut.QUIT),
    ProblemKind.MISSING: (WayOut.RESTORE_BACKUP, WayOut.START_NEW, WayOut.OPEN_OTHER, WayOut.QUIT),
}


@dataclass(frozen=True)
class StartupProblem:
    kind: ProblemKind
    message: str
    db_file: Path
    latest_good_backup: backups.BackupInfo | None
    detail: str = ""  # the underlying error, for "Show details"

    @property
    def ways_out(self) -> tuple[WayOut, ...]:
        """What the dialog should offer, most useful first; restore only when a backup exists."""
        ways = _WAYS_OUT[self.kind]
        if self.latest_good_backup is None:
            ways = tuple(w for w in ways if w is not WayOut.RESTORE_BACKUP)
        return ways


def open_database(
    db_file: Path | str,
    *,
    quick_check: bool = True,
    on_upgrade: Callable[[], None] | None = None,
) -> StartupProblem | None:
    """Open and migrate the database for the app; None on success, else the problem (db closed).

    `quick_check=False` leaves SQLite's page-by-page check to the caller (the app runs it off the
    GUI thread once the window is up: it reads the whole file, about 1 s per 700 MB).
    `on_upgrade()` is called first when the file's schema is older than this Posse's: the upgrade
    and its safety copy take seconds on a large address book (the app says so meanwhile).
    """
    db_file = Path(db_file)
    problem = _check_folder(db_file)
    if problem:
        return problem
    problem, version = _check_file(db_file, quick_check=quick_check)
    if problem:
        return problem
    if on_upgrade is not None and 0 < version < migrations.SCHEMA_VERSION:
        on_upgrade()
    try:
        open_db(db_file)
    except Exception as exc:  # every failure becomes a dialog, never a traceback
        close_db()
        return diagnose(exc, db_file)
    return None


def restore_latest(problem: StartupProblem) -> backups.RestoreResult:
    """The "restore the latest good backup" way out: moves an unreadable file aside, restores,
    and leaves the database open. Raises BackupError if that fails too."""
    from posse_desktop.db import backups

    if problem.latest_good_backup is None:
        raise backups.BackupError("there is no good backup to restore")
    return backups.restore_backup(problem.latest_good_backup.path, db_file=problem.db_file)


def start_new(db_file: Path | str) -> None:
    """The "start with an empty database" way out, offered only when the file is missing."""
    db_file = Path(db_file)
    if db_file.exists():
        raise FileExistsError(f"{db_file} exists; refusing to replace it with an empty database")
    open_db(db_file)


def diagnose(exc: BaseException, db_file: Path | str) -> StartupProblem:
    """Turn an exception raised while opening `db_file` into a StartupProblem."""
    db_file = Path(db_file)
    detail = str(exc)
    if isinstance(exc, DatabaseTooNew):
        return _problem(ProblemKind.TOO_NEW, db_file, detail)
    kind = error_kind(exc)
    mapping = {
        StorageErrorKind.DISK_FULL: ProblemKind.DISK_FULL,
        StorageErrorKind.BUSY: ProblemKind.LOCKED,
        StorageErrorKind.CORRUPT: ProblemKind.CORRUPT,
    }
    problem_kind = mapping.get(kind) if kind is not None else None
    return _problem(problem_kind or ProblemKind.UNREADABLE, db_file, detail)


# --- checks -----------------------------------------------------------------------------------


def _check_folder(db_file: Path) -> StartupProblem | None:
    folder = db_file.parent
    if not folder.exists():
        try:
            ensure_private_dir(folder)
        except OSError as exc:
            kind = ProblemKind.DISK_FULL if exc.errno == errno.ENOSPC else ProblemKind.DATA_DIR
            return _problem(kind, db_file, str(exc))
        return None
    if not folder.is_dir():
        return _problem(ProblemKind.DATA_DIR, db_file, f"{folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        return _problem(ProblemKind.DATA_DIR, db_file, f"{folder} is not writable")
    return None


def _check_file(db_file: Path, *, quick_check: bool = True) -> tuple[StartupProblem | None, int]:
    """Probe an existing file read-only: nothing here can write to it. Returns the problem, if
    any, and the file's schema version (0: a new or empty file)."""
    if not db_file.exists():
        if _has_backups(db_file):
            return _problem(ProblemKind.MISSING, db_file, ""), 0
        return None, 0
    if not db_file.is_file():
        return _problem(ProblemKind.UNREADABLE, db_file, f"{db_file} is not a file"), 0
    try:
        with open(db_file, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return _problem(ProblemKind.UNREADABLE, db_file, str(exc)), 0
    if not header:
        # An empty file is a new database, unless backups say there used to be data in it.
        if _has_backups(db_file):
            return _problem(ProblemKind.CORRUPT, db_file, "the file is empty"), 0
        return None, 0
    if header != SQLITE_HEADER:
        return _problem(ProblemKind.CORRUPT, db_file, "file is not a database (wrong header)"), 0
    try:
        conn = connect_file(db_file, readonly=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall() if quick_check else [("ok",)]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except Exception as exc:  # classified below
        return diagnose(exc, db_file), 0
    result = "; ".join(str(r[0]) for r in rows)
    if result != "ok":
        return _problem(ProblemKind.CORRUPT, db_file, result), 0
    if version > migrations.SCHEMA_VERSION:
        return _problem(
            ProblemKind.TOO_NEW,
            db_file,
            f"schema {version}; this Posse understands up to {migrations.SCHEMA_VERSION}",
        ), version
    return None, version


# --- messages ---------------------------------------------------------------------------------


def _message(kind: ProblemKind, db_file: Path) -> str:
    folder = db_file.parent
    return {
        ProblemKind.CORRUPT: (
            f"The database {db_file} is damaged or is not a Posse database. Posse has not "
            "changed it. You can restore the latest good backup (the damaged file is kept "
            "aside), open another file, or quit."
        ),
        ProblemKind.TOO_NEW: (
            f"The database {db_file} was written by a newer version of Posse. Update Posse to "
            "open it; opening it with this version could lose data. The file was not changed."
        ),
        ProblemKind.LOCKED: (
            f"The database {db_file} is locked by another program, perhaps another Posse. "
            "Close it and try again."
        ),
        ProblemKind.DATA_DIR: (
            f"Posse cannot use its data folder {folder}: it is missing and cannot be created, "
            "or it is not writable. Check the folder, or open a database elsewhere."
        ),
        ProblemKind.DISK_FULL: (
            "The disk is full, so Posse cannot open its database. Free some space and try again; "
            "nothing was lost."
        ),
        ProblemKind.UNREADABLE: (
            f"Posse cannot read or write the database {db_file} (check its permissions and the "
            "disk). The file was not changed."
        ),
        ProblemKind.MISSING: (
            f"The database {db_file} is missing, but backups of it exist. Restore the latest "
            "backup, or start with an empty database."
        ),
    }[kind]


def _has_backups(db_file: Path) -> bool:
    from posse_desktop.db import backups  # only on these rare paths: a healthy start needs none

    return bool(backups.list_backups(db_file))


def _problem(kind: ProblemKind, db_file: Path, detail: str) -> StartupProblem:
    from posse_desktop.db import backups

    try:
        good = backups.latest_good_backup(db_file)
    except OSError:
        good = None
    return StartupProblem(kind, _message(kind, db_file), db_file, good, detail)


def quick_check(db_file: Path | str) -> str:
    """SQLite's quick_check of `db_file` on a read-only connection of its own: "ok" or what it
    found. Safe to run on a worker thread while the app uses the file."""
    conn = connect_file(Path(db_file), readonly=True)
    try:
        return "; ".join(str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall())
    finally:
        conn.close()
