"""New contacts stored while an import is still matching the cards after them.

An import finds its new contacts one card at a time. Every BATCH of them, their rows are built
(bulk_contacts.build_rows) and handed to a StatementWriter, whose thread stores them while this
thread matches the next cards: a 10k-card import ends about a sixth sooner. The writer's work
is mostly FTS5 indexing, which holds no GIL. Each batch's list-index rows go in rank order
(FTS5 writes out its pending terms whenever a rowid is not larger than the one before, so once
per batch). The last batch is stored in this thread, statement by statement, so that progress
and cancelling keep their granularity; a small import is only that.

List ranks are reserved up front for every candidate card, as if each became a new contact:
then a contact's row can be written as soon as it is found to be new. The ranks of the cards
that turn out to be someone Posse has stay unused gaps. Call inside a transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from datetime import datetime

from posse_desktop.db import cadence_cache
from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import ContactData
from posse_desktop.services import list_order
from posse_desktop.services.bulk_contacts import (
    NameCache,
    Tick,
    build_rows,
    parameter_limit,
    statements,
)
from posse_desktop.services.normalize import sort_key
from posse_desktop.services.statement_writer import StatementWriter, quick_handoffs

BATCH = 1000  # new contacts per hand-over to the writer
WRITER_ROWS_PER_STATEMENT = 4000  # fewer, larger statements: fewer GIL hand-overs


class ContactStream:
    """`with ContactStream(candidates, now) as stream:` add() each new contact, then finish().
    Leaving the block without finish() (an error, a cancel) abandons what is queued."""

    def __init__(self, candidates: Sequence[ContactData], now: datetime) -> None:
        self._candidates = candidates
        self._stamp = str(now)
        self.ids: list[int] = []
        self._start = 0
        self._keys: list[str] = []
        self._ranks: list[int] | None = None
        self._batch: list[tuple[int, ContactData]] = []  # (candidate index, data)
        self._writer: StatementWriter | None = None
        self._paused = ExitStack()
        self._finished = False

    def __enter__(self) -> ContactStream:
        return self

    def __exit__(self, *exc) -> None:
        if not self._finished:
            if self._writer is not None:
                self._writer.abandon()
            self._paused.close()

    def add(self, candidate: int, data: ContactData) -> int:
        """Store `data`, the candidate at index `candidate`, as a new contact; returns its id."""
        if not self.ids:
            self._begin()
        cid = self._start + len(self.ids)
        self.ids.append(cid)
        self._batch.append((candidate, data))
        if len(self._batch) >= BATCH:
            if self._writer is None:
                self._writer = StatementWriter(database.connection())
                self._paused.enter_context(quick_handoffs())
            self._writer.submit(self._batch_statements(WRITER_ROWS_PER_STATEMENT))
        return cid

    def finish(self, tick: Tick | None = None) -> list[int]:
        """Wait for the writer, store the last batch; returns the new ids in order.
        `tick(done, total)` after each of the last batch's statements (progress; it may raise
        to cancel)."""
        if self._writer is not None:
            self._writer.close()
        final = self._batch_statements()
        cursor = database.cursor()
        for done, (sql, params) in enumerate(final, 1):
            cursor.execute(sql, params)
            if tick is not None:
                tick(done, len(final))
        self._finished = True
        self._paused.close()  # the insert triggers are back
        if self.ids and self._ranks is None:
            list_order.place_unranked()  # no room between the ranks: renumber once for all
        return self.ids

    def _begin(self) -> None:
        """At the first new contact: ids after the last one, ranks for every candidate."""
        last = m.Contact.select(m.Contact.id).order_by(m.Contact.id.desc()).limit(1).scalar()
        self._start = (last or 0) + 1
        self._keys = [sort_key(data.display_name) for data in self._candidates]
        # Ids in candidate order stand in for the real ones: they order ties the same way.
        pairs = [(key, self._start + i) for i, key in enumerate(self._keys)]
        self._ranks = list_order.ranks_for_new(pairs)
        self._tags, self._skills = NameCache(m.Tag), NameCache(m.Skill)
        self._cadence = cadence_cache.NewContacts(database)
        # The rows carry what the insert triggers would write (build_rows).
        self._paused.enter_context(cadence_cache.insert_triggers_paused(database))

    def _batch_statements(self, per: int | None = None) -> list[tuple[str, list]]:
        """The INSERTs of the batch so far."""
        batch, self._batch = self._batch, []
        if not batch:
            return []
        first = self._start + len(self.ids) - len(batch)
        ranks = self._ranks
        rows = build_rows(
            [data for _, data in batch],
            range(first, first + len(batch)),
            [self._keys[c] for c, _ in batch],
            [ranks[c] for c, _ in batch] if ranks is not None else None,
            self._stamp,
            self._tags,
            self._skills,
            self._cadence,
        )
        rows["contact_list_index"].sort()  # in rank order: one FTS5 flush (see list_order)
        return list(statements(rows, parameter_limit(), per))


def insert_contacts(
    items: Sequence[ContactData], now: datetime, tick: Tick | None = None
) -> list[int]:
    """Insert `items` as new contacts with consecutive ids; returns the ids in order."""
    with ContactStream(items, now) as stream:
        for index, data in enumerate(items):
            stream.add(index, data)
        return stream.finish(tick)
