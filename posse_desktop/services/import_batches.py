"""The undo record of an import: which contacts it added, and what the ones it updated were before."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from peewee import fn

from posse_desktop.db import models as m
from posse_desktop.db.connection import bulk_cache, database
from posse_desktop.domain import Changes
from posse_desktop.services import list_order
from posse_desktop.services.bulk_contacts import insert_rows
from posse_desktop.services.bulk_updates import update_contacts
from posse_desktop.services.contact_snapshot import restore

ADDED, UPDATED, RELATED = "added", "updated", "related"


class ImportUndoError(LookupError):
    """The batch does not exist or was already undone."""


@dataclass(frozen=True)
class BatchInfo:
    id: int
    created_at: datetime
    sources: list[str]
    added: int
    updated: int
    undone_at: datetime | None

    @property
    def title(self) -> str:
        """ "Undo import of phone.vcf" wording for menus."""
        names = ", ".join(self.sources[:2]) + (" ..." if len(self.sources) > 2 else "")
        return f"import of {names}" if names else "import"


def record(
    batch_id: int,
    added: list[int],
    updated: dict[int, str],
    related: Sequence[tuple[int, int, str]] = (),
) -> None:
    """Store the batch items (inside the import's transaction). `related`: the Relationship
    rows the import added, (from id, to id, kind), kept as the from contact's item."""
    rows = [(batch_id, cid, ADDED, None) for cid in added]
    rows.extend((batch_id, cid, UPDATED, before) for cid, before in updated.items())
    rows.extend(
        (batch_id, source, RELATED, json.dumps([target, kind])) for source, target, kind in related
    )
    insert_rows("import_batch_item", ("batch_id", "contact_id", "action", "before"), rows)


def undo(batch_id: int, now: datetime) -> Changes:
    """Delete the contacts the batch added (trash those with a timeline since, so no interaction
    is lost) and put the updated ones back as they were. One transaction."""
    with bulk_cache(), database.atomic():
        batch = m.ImportBatch.get_or_none(m.ImportBatch.id == batch_id)
        if batch is None:
            raise ImportUndoError(f"no import with id {batch_id}")
        if batch.undone_at is not None:
            raise ImportUndoError(f"import {batch_id} was already undone")
        items = list(
            m.ImportBatchItem.select(
                m.ImportBatchItem.contact, m.ImportBatchItem.action, m.ImportBatchItem.before
            )
            .where(m.ImportBatchItem.batch == batch_id)
            .tuples()
        )
        for source, action, item in items:
            if action == RELATED:  # those of contacts deleted below go with them anyway
                target, kind = json.loads(item)
                r = m.Relationship
                r.delete().where(
                    (r.from_contact == source) & (r.to_contact == target) & (r.kind == kind)
                ).execute()
        added = [cid for cid, action, _ in items if action == ADDED]
        with_history = (
            {
                cid
                for (cid,) in m.InteractionContact.select(m.InteractionContact.contact)
                .where(m.InteractionContact.contact.in_(added))
                .tuples()
            }
            if added
            else set()
        )
        purge = [cid for cid in added if cid not in with_history]
        for chunk in _chunks(purge):
            list_order.remove(chunk)
            m.ContactIndex.delete().where(m.ContactIndex.rowid.in_(chunk)).execute()
            m.Contact.delete().where(m.Contact.id.in_(chunk)).execute()
        if with_history:
            m.Contact.update(deleted_at=now).where(m.Contact.id.in_(list(with_history))).execute()
        earlier = {cid: before for cid, action, before in items if action == UPDATED and before}
        present = {  # purged since the import: nothing to put back
            cid
            for (cid,) in m.Contact.select(m.Contact.id)
            .where(m.Contact.id.in_(list(earlier)))
            .tuples()
        }
        restored = [cid for cid in earlier if cid in present]
        update_contacts({cid: restore(earlier[cid]) for cid in restored}, now)
        batch.undone_at = now
        batch.save()
    touched = frozenset(added) | frozenset(restored)
    return Changes(contacts=touched, contact_set=bool(touched))


def batches(limit: int = 20) -> list[BatchInfo]:
    """Recent imports, newest first (for an "Undo import" menu)."""
    b, i = m.ImportBatch, m.ImportBatchItem
    out = []
    for batch in b.select().order_by(b.id.desc()).limit(limit):
        counts = dict(
            i.select(i.action, fn.COUNT(i.id))
            .where(i.batch == batch.id)
            .group_by(i.action)
            .tuples()
        )
        out.append(
            BatchInfo(
                batch.id,
                batch.created_at,
                batch.sources.splitlines(),
                counts.get(ADDED, 0),
                counts.get(UPDATED, 0),
                batch.undone_at,
            )
        )
    return out


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
