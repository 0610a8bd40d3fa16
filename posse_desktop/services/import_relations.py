"""Relationships from imported cards: a card's RELATED (vCard 4.0, a `urn:uuid:` URI or a name)
and Apple's `itemN.X-ABRELATEDNAMES` (labelled by `itemN.X-ABLabel`) become Relationship rows
when the other person is known: by UID for a `urn:uuid:` value, else by exactly one contact of
that name (folded as dedupe folds names), in the database or in the same import. The property
itself stays in the card's text, so export loses nothing; one that names nobody stays only
there, without a problem reported (an address book is full of names that are not contacts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from posse_desktop.db import models as m
from posse_desktop.domain import TypedValue
from posse_desktop.services.dedupe import DedupeIndex
from posse_desktop.services.normalize import sort_key

URN = "urn:uuid:"
DEFAULT_KIND = "knows"  # Relationship.kind when the card gives no label

Pending = tuple[int, TypedValue]  # (contact id, provisional while negative; the relation)


def relation_key(related: TypedValue) -> tuple[str, str]:
    """The same relation on an older card of the contact (for what a newer card adds)."""
    return related.value.strip().casefold(), related.label.strip().casefold()


def resolve(value: str, index: DedupeIndex) -> int | None:
    """The one contact `value` names, or None (nobody, or several)."""
    text = value.strip()
    if text[: len(URN)].lower() == URN:
        bare = text[len(URN) :]
        uids = dict.fromkeys((text, bare, URN + bare, text.lower(), bare.lower()))
        found = [cid for uid in uids for cid in index.by_uid.get(uid, ())]
    else:
        found = list(index.by_name.get(sort_key(text), ())) if text else []
    people = set(found)
    return people.pop() if len(people) == 1 else None


def store(
    pending: Iterable[Pending], index: DedupeIndex, real: Mapping[int, int]
) -> list[tuple[int, int, str]]:
    """Insert the Relationship rows of `pending` that resolve and do not exist yet; returns them
    as (from id, to id, kind). `real` maps provisional ids to the contacts' ids."""
    wanted: dict[tuple[int, int, str], None] = {}
    for source, related in pending:
        target = resolve(related.value, index)
        if target is None:
            continue
        source, target = real.get(source, source), real.get(target, target)
        if source != target:
            kind = related.label.strip().lower() or DEFAULT_KIND
            wanted[(source, target, kind)] = None
    if not wanted:
        return []
    r = m.Relationship
    sources = list({source for source, _, _ in wanted})
    existing: set[tuple[int, int, str]] = set()
    for start in range(0, len(sources), 500):  # re-import: never the same relationship twice
        chunk = sources[start : start + 500]
        query = r.select(r.from_contact, r.to_contact, r.kind).where(r.from_contact.in_(chunk))
        existing.update(query.tuples())
    rows = [row for row in wanted if row not in existing]
    if rows:
        r.insert_many(rows, fields=[r.from_contact, r.to_contact, r.kind]).execute()
    return rows
