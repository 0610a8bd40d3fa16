"""Statements run on a thread of their own, in the caller's transaction, while the caller goes on.

SQLite releases the GIL while it works, so an import can match its next cards in Python while
SQLite stores the contacts it has already found: on two cores a 10k-card import ends about a
sixth sooner. The writer uses the caller's own connection (so its statements are part of the
caller's transaction) and runs them in the order given; SQLite serialises the two threads' use
of the connection. Where SQLite is not built for that (threadsafety below 3, "serialized"), the
statements run at once, in the caller's thread.

While the writer runs, the caller must not rely on what a statement leaves in the connection
(lastrowid, changes): the writer's statements may run in between. Use RETURNING instead.
"""

from __future__ import annotations

import queue
import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

Statements = Iterable[tuple[str, list]]

# The interpreter hands the GIL to a waiting thread after this long (Python's default: 5 ms).
# The writer needs it back after every statement; at 5 ms it would wait longer than it works.
HANDOFF_S = 0.0005
_DONE = None


class StatementWriter:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._queue: queue.SimpleQueue[list[tuple[str, list]] | None] = queue.SimpleQueue()
        self._abandoned = False
        if sqlite3.threadsafety == 3:
            self._thread = threading.Thread(target=self._run, name="posse-writer", daemon=True)
            self._thread.start()

    def submit(self, statements: Statements) -> None:
        """Queue `statements`; raises what an earlier statement raised."""
        self._raise()
        if self._thread is None:
            self._execute(list(statements))
            self._raise()
            return
        self._queue.put(list(statements))

    def close(self) -> None:
        """Wait until every statement has run; raises the first failure."""
        self._stop()
        self._raise()

    def abandon(self) -> None:
        """The caller failed or was cancelled: skip what is queued, wait for the statement that
        runs, so the caller can roll back. Never raises."""
        self._abandoned = True
        self._stop()

    def _stop(self) -> None:
        if self._thread is not None:
            self._queue.put(_DONE)
            self._thread.join()
            self._thread = None

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _run(self) -> None:
        while (statements := self._queue.get()) is not _DONE:
            if not self._abandoned and self._error is None:
                self._execute(statements)

    def _execute(self, statements: list[tuple[str, list]]) -> None:
        cursor = self._conn.cursor()
        try:
            for sql, params in statements:
                cursor.execute(sql, params)
        except BaseException as exc:  # handed to the caller's thread, which raises it
            self._error = exc
        finally:
            cursor.close()


@contextmanager
def quick_handoffs() -> Iterator[None]:
    """A shorter GIL switch interval meanwhile (see HANDOFF_S), restored after."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, HANDOFF_S))
    try:
        yield
    finally:
        sys.setswitchinterval(before)
