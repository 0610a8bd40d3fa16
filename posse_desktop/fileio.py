"""Atomic file writes: a failed or interrupted write never leaves half a file over a good one.

The data goes to a temporary file in the destination's folder (same file system, so the rename is
atomic), is fsynced, and only then renamed over the destination; the folder is fsynced so the rename
itself survives a power cut. On any error the temporary file is removed and the old file stays.
Qt-free: the GUI's exports and the CLI use the same functions.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def printable_path(path: str | os.PathLike[str]) -> str:
    """A path as text that can be stored, printed and shown: bytes of a file name that are not
    UTF-8 (Python keeps them as lone surrogates, e.g. from an old Latin-1 archive) become U+FFFD.
    Open files with the original path; use this one in messages and records."""
    text = os.fspath(path)
    if text.isascii():
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_open(
    path: Path | str,
    *,
    mode: int = 0o600,
    binary: bool = True,
    encoding: str = "utf-8",
    newline: str | None = None,
) -> Iterator[IO]:
    """A file object whose contents replace `path` only if the `with` block completes.

    For streaming large exports. `mode` is the permission of the new file.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
        if binary:
            handle: IO = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(path: Path | str, data: bytes, mode: int = 0o600) -> None:
    with atomic_open(path, mode=mode) as handle:
        handle.write(data)


def atomic_write_text(
    path: Path | str,
    text: str,
    mode: int = 0o600,
    *,
    encoding: str = "utf-8",
    newline: str | None = None,
) -> None:
    """Write `text`; `newline=""` keeps line endings as given (vCards need CRLF)."""
    with atomic_open(path, mode=mode, binary=False, encoding=encoding, newline=newline) as handle:
        handle.write(text)
