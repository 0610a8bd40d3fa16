"""Storage errors a person can act on, told apart from bugs in Posse.

SQLite and peewee report a full disk, a busy or damaged database and a read-only file as
generic `OperationalError`s, and peewee often hides the real cause: when a write inside
`atomic()` fails with SQLITE_FULL, SQLite has already rolled the transaction back, so peewee's own
rollback fails with "cannot rollback - no transaction is active", and that is what propagates. The
original error survives on the exception chain (`__context__`), so we walk it.

`user_message(exc)` returns what the GUI or the CLI should show, or None for "our bug" (let it
propagate to the crash handler).
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum


class StorageErrorKind(StrEnum):
    DISK_FULL = "disk-full"
    BUSY = "busy"
    CORRUPT = "corrupt"
    READ_ONLY = "read-only"
    CANNOT_OPEN = "cannot-open"
    IO_ERROR = "io-error"


MESSAGES = {
    StorageErrorKind.DISK_FULL: (
        "The disk is full. The last change was not saved and nothing else was lost; "
        "free some space and try again."
    ),
    StorageErrorKind.BUSY: (
        "The database is busy: another program (perhaps another Posse window) is writing to it. "
        "Nothing was lost; try again in a moment."
    ),
    StorageErrorKind.CORRUPT: (
        "The database file is damaged. Restore a backup (File > Backups) to continue safely."
    ),
    StorageErrorKind.READ_ONLY: (
        "The database cannot be written: the file or its folder is read-only. "
        "The last change was not saved."
    ),
    StorageErrorKind.CANNOT_OPEN: (
        "The database file cannot be opened: check that its folder exists and is accessible."
    ),
    StorageErrorKind.IO_ERROR: (
        "The disk reported an error while reading or writing the database. "
        "The last change was not saved."
    ),
}

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_CODES = {
    13: StorageErrorKind.DISK_FULL,  # SQLITE_FULL
    5: StorageErrorKind.BUSY,  # SQLITE_BUSY
    6: StorageErrorKind.BUSY,  # SQLITE_LOCKED
    11: StorageErrorKind.CORRUPT,  # SQLITE_CORRUPT
    26: StorageErrorKind.CORRUPT,  # SQLITE_NOTADB
    8: StorageErrorKind.READ_ONLY,  # SQLITE_READONLY
    3: StorageErrorKind.READ_ONLY,  # SQLITE_PERM
    14: StorageErrorKind.CANNOT_OPEN,  # SQLITE_CANTOPEN
    10: StorageErrorKind.IO_ERROR,  # SQLITE_IOERR
}

# For errors without a code: peewee's wrappers, older Pythons, messages re-raised as text.
_SQLITE_TEXTS = [
    ("database or disk is full", StorageErrorKind.DISK_FULL),
    ("database is locked", StorageErrorKind.BUSY),
    ("database table is locked", StorageErrorKind.BUSY),
    ("database disk image is malformed", StorageErrorKind.CORRUPT),
    ("file is not a database", StorageErrorKind.CORRUPT),
    ("attempt to write a readonly database", StorageErrorKind.READ_ONLY),
    ("unable to open database file", StorageErrorKind.CANNOT_OPEN),
    ("disk i/o error", StorageErrorKind.IO_ERROR),
]

_OS_ERRNOS = {
    errno.ENOSPC: StorageErrorKind.DISK_FULL,
    errno.EDQUOT: StorageErrorKind.DISK_FULL,
    errno.EFBIG: StorageErrorKind.DISK_FULL,
    errno.EROFS: StorageErrorKind.READ_ONLY,
    errno.EACCES: StorageErrorKind.READ_ONLY,
    errno.EPERM: StorageErrorKind.READ_ONLY,
    errno.EIO: StorageErrorKind.IO_ERROR,
}


class StorageError(Exception):
    """A storage failure with a message meant for the user (see `user_message`)."""

    def __init__(self, kind: StorageErrorKind, message: str | None = None) -> None:
        super().__init__(message or MESSAGES[kind])
        self.kind = kind


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _kind_of_one(exc: BaseException) -> StorageErrorKind | None:
    if isinstance(exc, StorageError):
        return exc.kind
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
    if isinstance(exc, OSError) and exc.errno in _OS_ERRNOS:
        return _OS_ERRNOS[exc.errno]
    text = str(exc).lower()
    for needle, kind in _SQLITE_TEXTS:
        if needle in text:
            return kind
    return None


def error_kind(exc: BaseException) -> StorageErrorKind | None:
    """The user-actionable kind of `exc` or of anything on its exception chain, else None.

    The deepest recognised error wins: it is the cause; later ones ("cannot rollback") are
    consequences.
    """
    found = None
    for link in _chain(exc):
        kind = _kind_of_one(link)
        if kind is not None:
            found = kind
    return found


def user_message(exc: BaseException) -> str | None:
    """What to tell the user about `exc`, or None when it is not a storage problem they can fix."""
    if isinstance(exc, StorageError):
        return str(exc)
    kind = error_kind(exc)
    if kind is None:
        return None
    os_error = next((e for e in _chain(exc) if isinstance(e, OSError) and e.errno), None)
    if os_error is not None and kind is not StorageErrorKind.DISK_FULL:
        # A plain file (an export, a backup folder), not the database: name it.
        where = os_error.filename or "the file"
        return f"Cannot write {where}: {os_error.strerror}. Nothing was overwritten."
    return MESSAGES[kind]


@contextmanager
def storage_errors() -> Iterator[None]:
    """Re-raise recognised storage failures in the block as `StorageError` (chained).

    For callers that catch one exception type and show its text: the GUI's write actions and the
    CLI.
    """
    try:
        yield
    except StorageError:
        raise
    except Exception as exc:
        kind = error_kind(exc)
        if kind is None:
            raise
        raise StorageError(kind) from exc
