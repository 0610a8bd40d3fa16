"""Verified backups of the database, their retention, and restoring one.

Every backup is made with SQLite's backup API (a consistent snapshot even while the database is in
use; a file copy can miss the WAL or catch a half-written page), written under a `.partial` name,
reopened and `PRAGMA integrity_check`ed, and only then renamed into place. A backup that fails the
check is deleted and `BackupError` is raised, so every file `list_backups()` shows was good when it
was made. Backups are standalone single files (rollback journal, no `-wal`), 0600 in a 0700
`backups/` folder beside the database, named `<stem>-YYYYMMDD-HHMMSS[-n].<reason>.db`.

Retention: the newest N daily and M pre-operation (pre-upgrade, pre-import, pre-restore) backups
are kept; manual backups are never deleted automatically.

Restoring writes the backup into the live path through the backup API as one write transaction,
so SQLite itself supersedes whatever the old `-wal` held: a stale WAL cannot resurrect the replaced
state, and a crash mid-restore leaves the old database. A live file that cannot be read is moved
aside (with its `-wal`/`-shm`) rather than overwritten.
"""

from __future__ import annotations

import glob
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal

import peewee

from posse_desktop.db.connection import database, open_db
from posse_desktop.db.retention import RetentionPolicy, retention, set_retention
from posse_desktop.db.sqlite_files import (
    SIDE_FILES,
    BackupError,
    Cancelled,
    connect_file,
    copy_into,
    count_queries,
    integrity_problem,
    quarantine,
    read_counts,
    verified_copy,
)
from posse_desktop.paths import backups_dir

__all__ = [
    "BackupError",
    "BackupInfo",
    "RestoreResult",
    "RetentionPolicy",
    "backup_before_import",
    "check_backup",
    "create_backup",
    "daily_backup_if_due",
    "export_database",
    "latest_backup",
    "latest_good_backup",
    "list_backups",
    "prune_backups",
    "quarantine",
    "read_counts",
    "restore_backup",
    "retention",
    "set_retention",
]

Reason = Literal["daily", "pre-upgrade", "pre-import", "pre-restore", "manual"]
DAILY = "daily"
MANUAL = "manual"
PRE_OPERATION = ("pre-upgrade", "pre-import", "pre-restore")
REASONS = (DAILY, *PRE_OPERATION, MANUAL)

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.(?P<reason>[a-z-]+)\.db$"
)
_STALE_PARTIAL_S = 3600


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    size: int
    # Rows per table (contacts, trashed, interactions, ...); None when the file cannot be read.
    counts: dict[str, int] | None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    # The state replaced by the restore, itself a verified backup (None if it was unreadable).
    safety_backup: BackupInfo | None
    # Where an unreadable live file (and its -wal/-shm) was moved instead; None if there was none.
    quarantined: Path | None


# --- making backups ---------------------------------------------------------------------------


def create_backup(
    reason: Reason,
    *,
    db_file: Path | str | None = None,
    db: peewee.SqliteDatabase | None = None,
    now: datetime | None = None,
    prune: bool = True,
    cancelled: Cancelled | None = None,
) -> BackupInfo:
    """Back up the database (default: the open one) and verify the copy.

    Reads through `db` (or the open `database` when it is on `db_file`), else through a
    connection of its own, so it also works on a database that is not open. Raises BackupError.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    live = _live_file(db_file)
    folder = backups_dir(live)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)
    dest = _new_backup_path(live, reason, now or datetime.now())
    source_db = db if db is not None else (database if _is_open_on(live) else None)
    if source_db is not None:
        if source_db.in_transaction():
            raise BackupError("cannot back up in the middle of a write; try again after it")
        verified_copy(source_db.connection(), dest, cancelled)
    else:
        if not live.is_file():
            raise BackupError(f"there is no database at {live} to back up")
        conn = connect_file(live, readonly=False)
        try:
            verified_copy(conn, dest, cancelled)
        finally:
            conn.close()
    if prune:
        prune_backups(live)
    return _info(dest)


def daily_backup_if_due(
    today: date | None = None,
    *,
    db_file: Path | str | None = None,
    cancelled: Cancelled | None = None,
) -> BackupInfo | None:
    """The first start of a day makes the day's backup; later starts do nothing.

    An empty database is not backed up: there is nothing to protect, and a run of empty backups
    would rotate the good ones out.
    """
    live = _live_file(db_file)
    today = today or date.today()
    stamp_today = f"{today:%Y%m%d}-"
    for path, (stamp, _n) in _backup_files(live):
        if stamp.startswith(stamp_today) and path.name.endswith(f".{DAILY}.db"):
            return None
    if not _has_data(live):
        return None
    now = datetime.now()
    stamp = now if now.date() == today else datetime.combine(today, now.time())
    return create_backup(DAILY, db_file=live, now=stamp, cancelled=cancelled)


def backup_before_import(*, db_file: Path | str | None = None) -> BackupInfo | None:
    """The importer's hook: call before the import's transaction. None for an empty database."""
    live = _live_file(db_file)
    return create_backup("pre-import", db_file=live) if _has_data(live) else None


def export_database(destination: Path | str) -> Path:
    """A verified copy of the open database at `destination` (File > Export everything).

    Written to a temporary name in the same folder and renamed, so a failure never leaves half a
    file over an earlier export.
    """
    destination = Path(destination)
    verified_copy(database.connection(), destination)
    return destination


# --- listing and retention --------------------------------------------------------------------


def list_backups(db_file: Path | str | None = None) -> list[BackupInfo]:
    """The backups of the database, newest first."""
    live = _live_file(db_file)
    found = []
    for path, _key in _backup_files(live):
        try:
            found.append(_info(path))
        except FileNotFoundError:  # pruned by another process meanwhile
            continue
    return found


def latest_backup(db_file: Path | str | None = None) -> BackupInfo | None:
    backups = list_backups(db_file)
    return backups[0] if backups else None


def latest_good_backup(db_file: Path | str | None = None) -> BackupInfo | None:
    """The newest backup that passes `PRAGMA quick_check` and this Posse can open."""
    for info in list_backups(db_file):
        if check_backup(info.path, quick=True) is None:
            return info
    return None


def check_backup(path: Path | str, *, quick: bool = False) -> str | None:
    """Why the backup at `path` cannot be restored, or None when it is good."""
    from posse_desktop.db.migrations import SCHEMA_VERSION  # local: migrations imports us

    path = Path(path)
    if not path.is_file():
        return f"{path} does not exist"
    problem = integrity_problem(path, quick=quick)
    if problem:
        return problem
    conn = connect_file(path, readonly=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        return f"it was made by a newer Posse (schema {version}; this Posse knows {SCHEMA_VERSION})"
    return None


def prune_backups(
    db_file: Path | str | None = None,
    policy: RetentionPolicy | None = None,
    *,
    keep: Iterable[Path] = (),
) -> list[Path]:
    """Delete backups beyond the retention policy (never manual ones); returns what went."""
    live = _live_file(db_file)
    policy = policy or retention()
    protected = {Path(p).resolve() for p in keep}
    daily: list[Path] = []
    pre_operation: list[Path] = []
    for path, _key in _backup_files(live):
        reason = _NAME.match(path.name)["reason"]  # type: ignore[index]
        if reason == DAILY:
            daily.append(path)
        elif reason in PRE_OPERATION:
            pre_operation.append(path)
    doomed = daily[policy.daily :] + pre_operation[policy.pre_operation :]
    removed = []
    for path in doomed:
        if path.resolve() in protected:
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    _remove_stale_partials(backups_dir(live))
    return removed


# --- restoring --------------------------------------------------------------------------------


def restore_backup(
    backup: Path | str, *, db_file: Path | str | None = None, reopen: bool = True
) -> RestoreResult:
    """Replace the database with `backup`, after backing up the current state.

    Closes this thread's connection to the database first (stop workers before calling), and
    reopens it afterwards when `reopen` (running migrations if the backup is older). Raises
    BackupError, leaving the database as it was, when the backup is damaged or too new.
    """
    source = Path(backup)
    live = _live_file(db_file)
    if source.resolve() == live.resolve():
        raise BackupError("that file is the database itself")
    problem = check_backup(source)
    if problem:
        raise BackupError(f"{source.name} cannot be restored: {problem}")

    safety = None
    quarantined = None
    if live.is_file() and live.stat().st_size > 0:
        if integrity_problem(live, quick=False) is None:
            # If this fails (disk full...), the restore stops here and nothing has changed.
            safety = create_backup("pre-restore", db_file=live, prune=False)
        else:
            # Unreadable: keep it for inspection, but never copy a damaged state among backups.
            _close_if_open(live)
            quarantined = quarantine(live)
    _close_if_open(live)
    if not live.exists() and any(live.with_name(live.name + s).exists() for s in SIDE_FILES):
        quarantined = quarantine(live)  # orphaned -wal/-shm of a vanished file
    copy_into(source, live)
    prune_backups(live, keep=[source])
    if reopen:
        open_db(live)
    return RestoreResult(source, safety, quarantined)


# --- helpers ----------------------------------------------------------------------------------


def _live_file(db_file: Path | str | None) -> Path:
    name = str(db_file) if db_file is not None else database.database
    if not name or name == ":memory:":
        raise BackupError("there is no database file to back up")
    return Path(name)


def _is_open_on(live: Path) -> bool:
    name = database.database
    if not name or name == ":memory:":
        return False
    return Path(name).resolve() == live.resolve()


def _close_if_open(live: Path) -> None:
    if _is_open_on(live) and not database.is_closed():
        database.close()


def _new_backup_path(live: Path, reason: str, now: datetime) -> Path:
    folder = backups_dir(live)
    base = f"{live.stem}-{now:%Y%m%d-%H%M%S}"
    name, n = base, 0
    while any(folder.glob(f"{glob.escape(name)}.*")):
        n += 1
        name = f"{base}-{n}"
    return folder / f"{name}.{reason}.db"


def _backup_files(live: Path) -> list[tuple[Path, tuple[str, int]]]:
    """Backups of `live` (not of other databases sharing the folder), newest first."""
    folder = backups_dir(live)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == live.stem and match["reason"] in REASONS:
            found.append((path, (match["stamp"], int(match["n"] or 0))))
    found.sort(key=lambda item: item[1], reverse=True)
    return found


def _info(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    assert match is not None
    created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    return BackupInfo(path, created, match["reason"], path.stat().st_size, read_counts(path))


def _has_data(live: Path) -> bool:
    if _is_open_on(live):
        conn = database.connection()
        queries = count_queries()
        return any(
            conn.execute(queries[k]).fetchone()[0] for k in ("contacts", "trashed", "interactions")
        )
    counts = read_counts(live) if live.is_file() else None
    return bool(counts and any(counts.values()))


def _remove_stale_partials(folder: Path) -> None:
    if not folder.is_dir():
        return
    cutoff = datetime.now().timestamp() - _STALE_PARTIAL_S
    for path in folder.glob("*.partial"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
        except FileNotFoundError:
            continue
