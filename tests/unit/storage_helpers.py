"""Real processes and real files for the backup, start-up and fault tests."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from posse_desktop.db import database
from posse_desktop.domain import ContactData
from posse_desktop.services.contacts import ContactsService


def add_contacts(count: int, prefix: str, *, notes: str = "") -> list[int]:
    """`count` contacts through the service, in one transaction (like an import)."""
    service = ContactsService()
    with database.atomic():
        return [
            service.create(ContactData(formatted_name=f"{prefix} {i}", notes=notes))[0]
            for i in range(count)
        ]


def count_named(db_file: Path, prefix: str = "") -> int:
    """Live contacts whose name starts with `prefix`, read by a connection of its own."""
    conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT count(*) FROM contact WHERE formatted_name LIKE ? AND deleted_at IS NULL",
            (f"{prefix}%",),
        ).fetchone()[0]
    finally:
        conn.close()


def integrity(db_file: Path) -> str:
    conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def damage_index(db_file: Path) -> None:
    """Overwrite the body of an index page with garbage: the file still opens (its schema is
    intact) but fails `quick_check` and `integrity_check`. The database must be closed."""
    conn = sqlite3.connect(db_file)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact' "
            "AND sql IS NOT NULL ORDER BY name LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    with open(db_file, "r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(bytes([0x5A, 0xA5]) * ((page_size - 16) // 2))


# A child process that writes contacts through the same services as the app. Arguments:
# db path, mode, count, name prefix. Modes: "pause-mid" stops inside the transaction, halfway;
# "pause-after" stops after committing; "run" just commits and exits; "loop" writes
# `count`-contact transactions until killed. "no-checkpoint" keeps committed pages in the -wal.
CHILD_WRITER = r"""
import sys, time
from posse_desktop.db import database, open_db
from posse_desktop.domain import ContactData
from posse_desktop.services.contacts import ContactsService

path, mode, count, prefix = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
open_db(path)
if "no-checkpoint" in mode:
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
service = ContactsService()
batch = 0
while True:
    with database.atomic():
        for i in range(count):
            name = f"{prefix} {batch}-{i}"
            service.create(ContactData(formatted_name=name, notes="n" * 400))
            if "pause-mid" in mode and i == count // 2:
                print("mid", flush=True)
                time.sleep(120)
    print("committed", flush=True)
    batch += 1
    if "loop" not in mode:
        break
if "pause-after" in mode:
    time.sleep(120)
"""

# Holds the database in a way other processes must wait for. Arguments: db path, mode, seconds.
# "write": an IMMEDIATE write transaction; "exclusive": locking_mode=EXCLUSIVE (nobody can read).
CHILD_LOCKER = r"""
import sqlite3, sys, time
path, mode, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
conn = sqlite3.connect(path, isolation_level=None)
if mode == "exclusive":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE contact SET notes = 'locked' WHERE id = (SELECT min(id) FROM contact)")
if mode == "exclusive":
    conn.execute("COMMIT")
    conn.execute("SELECT count(*) FROM contact").fetchone()
print("holding", flush=True)
time.sleep(seconds)
if mode == "write":
    conn.execute("COMMIT")
print("released", flush=True)
"""


def spawn(script: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_line(proc: subprocess.Popen[str], expected: str, timeout: float = 30.0) -> None:
    """Block until the child prints `expected` (it died or hung: fail with its stderr)."""
    import selectors

    selector = selectors.DefaultSelector()
    assert proc.stdout is not None
    selector.register(proc.stdout, selectors.EVENT_READ)
    try:
        while True:
            if not selector.select(timeout):
                proc.kill()
                raise AssertionError(f"child did not print {expected!r} within {timeout}s")
            line = proc.stdout.readline()
            if not line:
                proc.wait()
                raise AssertionError(f"child exited {proc.returncode}: {proc.stderr.read()}")
            if line.strip() == expected:
                return
    finally:
        selector.close()


def sigkill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()


def finish(proc: subprocess.Popen[str], timeout: float = 60.0) -> str:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    return out


def fill(folder: Path) -> None:
    """Fill the file system holding `folder` to the last byte (with the file `filler`)."""
    chunk = b"\0" * 4096
    with contextlib.suppress(OSError), open(folder / "filler", "wb", buffering=0) as handle:
        while True:
            handle.write(chunk)
    with contextlib.suppress(OSError), open(folder / "filler", "ab", buffering=0) as handle:
        while True:
            handle.write(b"\0")


@contextlib.contextmanager
def tmpfs(mountpoint: Path, size: str) -> Iterator[Path]:
    """A small real file system that fills up; skips where mounting is not allowed."""
    import pytest

    mountpoint.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mountpoint)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount tmpfs: {result.stderr.strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)
