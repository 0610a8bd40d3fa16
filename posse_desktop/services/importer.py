"""Import vCard files: read, match against what is there, add or merge, all in one transaction,
recorded as one batch that `undo_import` can take back.

Runs in any thread (the GUI runs it in a worker; peewee gives each thread its own connection).
New contacts are stored while the cards after them are matched, by a thread of their own on the
same connection and transaction (services/contact_stream.py).
Cancelling rolls the whole import back: nothing is left behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from posse_desktop.db import models as m
from posse_desktop.db.backups import backup_before_import
from posse_desktop.db.connection import bulk_cache, database
from posse_desktop.db.sqlite_files import BackupError
from posse_desktop.domain import Changes, ContactData
from posse_desktop.fileio import printable_path
from posse_desktop.services import import_batches, import_relations
from posse_desktop.services.bulk_updates import update_contacts
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_loader import load_contacts
from posse_desktop.services.contact_snapshot import snapshot
from posse_desktop.services.contact_stream import ContactStream
from posse_desktop.services.dedupe import DedupeIndex, Keys
from posse_desktop.services.gc_pause import gc_paused
from posse_desktop.services.import_merge import base_card, merge
from posse_desktop.services.import_relations import relation_key
from posse_desktop.vcard.messages import APPEARS_TWICE, NO_SAFETY_COPY, Message
from posse_desktop.vcard.model import REFUSED_FILE, SKIPPED_CARD, WARNING, CardRecord, Problem
from posse_desktop.vcard.reader import read_vcard_file
from posse_desktop.vcard.writer import carried_lines

# (steps done, steps in all): each card is matched, then saved, so steps = 2 x cards; see stage().
Progress = Callable[[int, int], None]
CHECK_EVERY = 100  # cards between progress reports and cancel checks
MATCHING, SAVING = "matching", "saving"


def stage(done: int, total: int) -> tuple[str, int, int]:
    """What an import's progress(done, total) stands for: (MATCHING or SAVING, cards so far, cards)."""
    cards = total // 2
    if done <= cards:
        return MATCHING, done, cards
    return SAVING, min(done - cards, cards), cards


@dataclass(frozen=True)
class ReviewItem:
    """A card added as a new contact although it may be someone Posse already has."""

    contact_id: int
    candidates: tuple[int, ...]
    reason: str
    source: str
    card_index: int
    card_name: str
    line: int


@dataclass
class ImportReport:
    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    needs_review: list[ReviewItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    batch_id: int | None = None
    changes: Changes = field(default_factory=Changes)
    cards: int = 0
    cancelled: bool = False
    safety_copy: str | None = None  # the backup taken before the import, if any
    # Relationships the cards' RELATED / X-ABRELATEDNAMES added: (from id, to id, kind).
    relationships: list[tuple[int, int, str]] = field(default_factory=list)
    # (file, card index) -> the contact the card went to, so a report row can open it.
    contact_of_card: dict[tuple[str, int], int] = field(default_factory=dict)
    # Names of contacts the report shows, looked up by whoever shows it (the GUI does it on its
    # worker, where the database pages are still warm: see ui/import_jobs.py).
    names: dict[int, str] = field(default_factory=dict)

    @property
    def failed_cards(self) -> list[Problem]:
        """Problems that cost a card or a whole file (the CLI's exit status)."""
        return [p for p in self.problems if p.action in (SKIPPED_CARD, REFUSED_FILE)]


_APPEARS_TWICE = Message(APPEARS_TWICE)


class ImportCancelled(Exception):
    pass


class ImportService:
    def __init__(self, clock: Clock = system_clock) -> None:
        self._clock = clock

    def import_files(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        safety_copy: bool = True,
    ) -> ImportReport:
        """Import every card of every file as one undoable step (see ImportReport).

        Files are read first (outside the transaction), then a safety copy of a non-empty
        database is taken (db.backups, unless `safety_copy` is False), then everything is stored
        in one transaction. `progress(done, total)` counts steps (stage() names them).
        `cancelled()` is polled every CHECK_EVERY cards read or matched and between the statements
        that save them; a True rolls everything back (the report says `cancelled`).
        """
        with gc_paused():
            return self._import(paths, progress, cancelled, safety_copy)

    def _import(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        safety_copy: bool,
    ) -> ImportReport:
        is_cancelled = cancelled or (lambda: False)
        report = ImportReport()
        cards: list[tuple[str, CardRecord]] = []
        sources = []
        for path in paths:
            if is_cancelled():
                return ImportReport(cancelled=True)
            source = printable_path(path)  # the path itself is only for opening the file
            result = read_vcard_file(path, is_cancelled)
            if result.cancelled:
                return ImportReport(cancelled=True)
            sources.append(os.path.basename(source))
            report.problems.extend(result.problems)
            cards.extend((source, card) for card in result.cards)
        report.cards = len(cards)
        if safety_copy and cards:
            try:
                copy = backup_before_import()
            except (BackupError, OSError) as exc:  # the import itself is still one undoable step
                report.problems.append(
                    Problem("", None, "", 0, Message(NO_SAFETY_COPY, exc), WARNING)
                )
            else:
                report.safety_copy = str(copy.path) if copy else None
        try:
            now = self._clock()
            candidates = [card.data for _, card in cards]
            with bulk_cache(), database.atomic(), ContactStream(candidates, now) as new:
                self._store(cards, sources, report, progress, is_cancelled, now, new)
                if is_cancelled():
                    raise ImportCancelled
        except ImportCancelled:
            return ImportReport(problems=report.problems, cards=len(cards), cancelled=True)
        if progress:
            progress(2 * len(cards), 2 * len(cards))
        touched = frozenset(report.added) | frozenset(report.updated)
        touched |= {cid for source, target, _ in report.relationships for cid in (source, target)}
        report.changes = Changes(
            contacts=touched, contact_set=bool(touched), created=frozenset(report.added)
        )
        return report

    def undo_import(self, batch_id: int) -> Changes:
        """Remove what the import added and restore what it changed (one transaction)."""
        return import_batches.undo(batch_id, self._clock())

    # --- one transaction ----------------------------------------------------------------------

    def _store(
        self,
        cards: Sequence[tuple[str, CardRecord]],
        sources: list[str],
        report: ImportReport,
        progress: Progress | None,
        is_cancelled: Callable[[], bool],
        now: datetime,
        new_contacts: ContactStream,
    ) -> None:
        """Match each card, store new contacts as they are found (new_contacts, whose candidates
        are `cards` in order), then the updated ones, the relationships and the undo record."""
        index = DedupeIndex.load()
        batch = m.ImportBatch.create(created_at=now, sources="\n".join(sources))
        # New contacts go by provisional ids -1, -2, ... until the import knows the real ones.
        reviews: list[tuple[int, list[int], str, str, CardRecord]] = []  # provisional id, ...
        updated: dict[int, str] = {}  # contact id -> snapshot before the import touched it
        placed: dict[tuple[str, int], int] = {}
        repeated: list[int] = []  # provisional ids of cards seen again verbatim in this import
        bases: dict[int, ContactData | None] = {}
        changed: dict[int, ContactData] = {}  # contact id -> its data after this import's merges
        stored: dict[int, ContactData] = {}  # contacts read ahead, as they are in the database
        base_relations: dict[int, set[tuple[str, str]]] = {}
        relations: list[import_relations.Pending] = []  # resolved once every card is in
        for done, (source, card) in enumerate(cards):
            if done % CHECK_EVERY == 0:
                if is_cancelled():
                    raise ImportCancelled
                if progress:
                    progress(done, 2 * len(cards))
            data = card.data
            match = index.match(data)
            if (
                match.contact_id < 0 and match.how == "source"
            ):  # the same card twice: once is enough
                placed[(source, card.index)] = match.contact_id
                repeated.append(match.contact_id)
                continue
            if match.contact_id < 0:  # someone this very import added: never merged silently
                match.review, match.reason = [match.contact_id], _APPEARS_TWICE
                match.contact_id = 0
            if not match.contact_id:
                new_contacts.add(done, data)
                provisional = -len(new_contacts.ids)
                index.add(provisional, data, match.keys or Keys.of(data))
                if card.related:
                    relations.extend((provisional, related) for related in card.related)
                placed[(source, card.index)] = provisional
                if match.review:
                    reviews.append((provisional, match.review, match.reason, source, card))
                continue
            cid = match.contact_id
            placed[(source, card.index)] = cid
            if match.how == "source":
                report.unchanged.append(cid)
                continue
            ours = changed[cid] if cid in changed else stored.get(cid)
            if ours is None:
                # Read it with those the next cards will likely update: one read, not a hundred.
                ahead = _likely_updates(index, cards[done + 1 : done + CHECK_EVERY])
                stored = {c.id: c.data() for c in load_contacts([cid, *ahead])}
                ours = stored[cid]
            if cid not in bases:  # several cards for one person: each merges against the
                base = base_card(ours)  # card Posse had before this import, not each other
                bases[cid] = base.data if base else None
                base_relations[cid] = {relation_key(r) for r in base.related} if base else set()
            relations.extend(
                (cid, r) for r in card.related if relation_key(r) not in base_relations[cid]
            )
            merged = merge(ours, bases[cid], data)
            if merged == ours or _same_but_source(merged, ours):
                report.unchanged.append(cid)
                continue
            updated.setdefault(cid, snapshot(ours))
            changed[cid] = merged  # stored with the others below, in a few statements
            index.add(cid, merged)
            if cid not in report.updated:
                report.updated.append(cid)
        if progress:
            progress(len(cards), 2 * len(cards))

        def saved(statements_done: int, statements: int) -> None:
            if is_cancelled():
                raise ImportCancelled
            if progress:
                progress(len(cards) + len(cards) * statements_done // statements, 2 * len(cards))

        ids = new_contacts.finish(saved)
        update_contacts(changed, now)
        real = {-(i + 1): cid for i, cid in enumerate(ids)}
        report.added = ids
        report.contact_of_card = {key: real.get(cid, cid) for key, cid in placed.items()}
        for provisional, candidates, reason, source, card in reviews:
            report.needs_review.append(
                ReviewItem(
                    real[provisional],
                    tuple(real.get(c, c) for c in candidates),
                    reason,
                    source,
                    card.index,
                    card.data.display_name,
                    card.line,
                )
            )
        report.relationships = import_relations.store(relations, index, real)
        report.unchanged.extend(real[p] for p in repeated)
        report.unchanged = list(dict.fromkeys(c for c in report.unchanged if c not in updated))
        if ids or updated or report.relationships:
            import_batches.record(batch.id, ids, updated, report.relationships)
            report.batch_id = batch.id
        else:
            batch.delete_instance()  # nothing changed: nothing to undo


def _likely_updates(index: DedupeIndex, cards: Sequence[tuple[str, CardRecord]]) -> list[int]:
    """Contacts these cards will likely update: those with their UID (a phone's export has
    them) that were there before this import."""
    by_uid = index.by_uid
    found = (by_uid.get(card.data.uid) for _, card in cards if card.data.uid)
    return [ids[0] for ids in found if ids and ids[0] > 0]


def _same_but_source(merged: ContactData, ours: ContactData) -> bool:
    """Only the card text differs, and not in anything Posse would carry over (e.g. our own
    export imported back): nothing worth an update."""
    if replace(merged, vcard_source=ours.vcard_source) != ours:
        return False
    return carried_lines(merged.vcard_source) == carried_lines(ours.vcard_source)
