"""Low-level operations on SQLite database files, for backups and restore.

Everything here works on a path and its own short-lived connections, never on the app's open
database, and never creates a database file by accident (a missing file raises).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from posse_desktop.db import models as m
from posse_desktop.db.connection import BUSY_TIMEOUT_S, DatabaseError
from posse_desktop.fileio import fsync_dir

SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_BUSY, SQLITE_LOCKED = 5, 6


class BackupError(DatabaseError):
    """A backup could not be made, verified or restored. The live database was not changed."""


class BackupCancelled(BackupError):
    """The backup was stopped on request (the app is quitting); its partial file is gone."""


Cancelled = Callable[[], bool]
PAGES_PER_STEP = 1024  # between two looks at `cancelled`: about 4 MB


def connect_file(path: Path, *, readonly: bool) -> sqlite3.Connection:
    """A connection that never creates a file (a missing one raises)."""
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rw'}"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)


def verified_copy(conn: sqlite3.Connection, dest: Path, cancelled: Cancelled | None = None) -> None:
    """Copy through SQLite's backup API into `dest`, verify it, then rename it into place.

    `cancelled` is asked between steps of the copy and during the check, so a backup of a big
    file can be stopped when the app quits instead of holding it up for tens of seconds.
    """
    folder = dest.parent
    tmp = dest.with_name(dest.name + ".partial")
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        target = sqlite3.connect(tmp)
        try:
            if cancelled is None:
                conn.backup(target)
            else:

                def step(_status: int, _remaining: int, _total: int) -> None:
                    if cancelled():
                        raise BackupCancelled("the backup was cancelled")

                conn.backup(target, pages=PAGES_PER_STEP, progress=step)
            # A standalone file: no -wal beside a backup, and readable on a read-only medium.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        problem = integrity_problem(tmp, quick=False, cancelled=cancelled)
        if cancelled is not None and cancelled():
            raise BackupCancelled("the backup was cancelled")
        if problem:
            raise BackupError(f"the backup failed its integrity check and was deleted: {problem}")
        os.replace(tmp, dest)
        fsync_dir(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def integrity_problem(path: Path, *, quick: bool, cancelled: Cancelled | None = None) -> str | None:
    """What is wrong with the database file at `path`, or None when it passes the check.

    A file that is merely busy (another process holds a lock) is not damaged: that raises.
    """
    try:
        conn = connect_file(path, readonly=True)
        if cancelled is not None:  # a non-zero answer interrupts the check
            conn.set_progress_handler(lambda: 1 if cancelled() else 0, 100_000)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (SQLITE_BUSY, SQLITE_LOCKED):
            raise
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows)
    return None if result == "ok" else result


def quarantine(db_file: Path | str) -> Path:
    """Move an unreadable database and its -wal/-shm/-journal aside, keeping them paired."""
    live = Path(db_file)
    aside = live.with_name(f"{live.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
    n = 1
    while aside.exists():
        aside = aside.with_name(f"{live.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}-{n}")
        n += 1
    if live.exists():
        os.replace(live, aside)
    for suffix in SIDE_FILES:
        side = live.with_name(live.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    fsync_dir(live.parent)
    return aside


def copy_into(source: Path, live: Path) -> None:
    if not live.exists():
        fd = os.open(live, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    src = connect_file(source, readonly=True)
    dst = sqlite3.connect(live, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        dst.execute("PRAGMA synchronous = FULL")
        src_page = src.execute("PRAGMA page_size").fetchone()[0]
        dst_page = dst.execute("PRAGMA page_size").fetchone()[0]
        if src_page != dst_page:
            # The backup API cannot change the page size of a WAL database.
            dst.execute("PRAGMA journal_mode = DELETE")
        # One write transaction on `dst`: readers see the old or the new state, never a mix.
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = WAL")
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        result = "; ".join(r[0] for r in dst.execute("PRAGMA quick_check").fetchall())
    finally:
        dst.close()
        src.close()
    if result != "ok":
        raise BackupError(f"the restored database failed its check: {result}")


def count_queries() -> dict[str, str]:
    c = m.Contact._meta.table_name
    return {
        "contacts": f"SELECT count(*) FROM {c} WHERE deleted_at IS NULL",
        "trashed": f"SELECT count(*) FROM {c} WHERE deleted_at IS NOT NULL",
        "interactions": f"SELECT count(*) FROM {m.Interaction._meta.table_name}",
        "relationships": f"SELECT count(*) FROM {m.Relationship._meta.table_name}",
        "help_requests": f"SELECT count(*) FROM {m.HelpRequest._meta.table_name}",
        "tags": f"SELECT count(*) FROM {m.Tag._meta.table_name}",
        "skills": f"SELECT count(*) FROM {m.Skill._meta.table_name}",
    }


def read_counts(path: Path | str) -> dict[str, int] | None:
    """Rows per table of a database file, read-only; None when it cannot be read."""
    try:
        conn = connect_file(Path(path), readonly=True)
    except sqlite3.Error:
        return None
    counts = {}
    try:
        for key, sql in count_queries().items():
            try:
                counts[key] = conn.execute(sql).fetchone()[0]
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc):  # an older schema lacks it: not an error
                    return None
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return counts
