"""Log, edit and delete interactions; read the timeline in keyset-paginated pages, newest first.

Times are naive local wall-clock time (see services/localtime.py). Every write is one transaction
that also refreshes the touched contacts' cached "last contacted" and strength (services/strength),
so "last contacted" changes the moment an interaction is logged, edited or deleted.

Paging: a page ends with an entry; pass `before=entry.cursor` to get the next one. The order is
(occurred_at, id) descending, a total order, so entries logged meanwhile never shift a page.
How each filter stays fast on a million interactions is noted in _plan().
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.db.interaction_index import TABLE as INTERACTION_INDEX
from posse_desktop.domain import Changes, Interaction, InteractionKind, Role
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_refs import (
    ContactRef,
    display_name,
    existing_ids,
    name_columns,
)
from posse_desktop.services.localtime import local_now, to_local_naive
from posse_desktop.services.search import fts_query
from posse_desktop.services.strength import refresh_caches
from posse_desktop.services.timeline_people import (
    exists_person,
    few_interactions,
    people_filter,
)

Cursor = tuple[datetime, int]

# Below this many interactions of the people a tag/role filter selects, read theirs and sort;
# above, walk the whole timeline and keep matching rows (they are then at least 0.5% of 1M).

_COLUMNS = "i.id, i.occurred_at, i.kind, i.summary, i.details, i.follow_up_on, i.follow_up_done"


class InteractionNotFound(LookupError):
    pass


class InvalidInteraction(ValueError):
    pass


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    occurred_at: datetime
    kind: InteractionKind
    summary: str
    details: str = ""
    follow_up_on: date | None = None
    follow_up_done: bool = False
    contacts: tuple[ContactRef, ...] = field(default_factory=tuple)

    @property
    def cursor(self) -> Cursor:
        """Pass as `before=` to page() for the entries after this one."""
        return (self.occurred_at, self.id)

    @property
    def contact_ids(self) -> list[int]:
        return [c.id for c in self.contacts]


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows; every part optional. Text matches summary and details."""

    contact_id: int | None = None
    kinds: frozenset[InteractionKind] | None = None
    tag: str | None = None
    role: Role | None = None
    text: str | None = None


class TimelineService:
    def __init__(self, clock: Clock = system_clock, tz: tzinfo | None = None) -> None:
        self._clock = clock
        self._tz = tz

    # --- writes -------------------------------------------------------------------------------

    def log(self, interaction: Interaction) -> tuple[int, Changes]:
        """Store a new interaction; `interaction.id`, if set, re-creates a deleted one (undo)."""
        values, contact_ids = self._validated(interaction)
        with database.atomic():
            self._check_contacts(contact_ids)
            if interaction.id:
                values["id"] = interaction.id
            values["created_at"] = local_now(self._clock, self._tz)
            new_id = m.Interaction.insert(values).execute()
            self._link(new_id, contact_ids, values["occurred_at"])
            refresh_caches(contact_ids)
        return new_id, Changes(contacts=frozenset(contact_ids), interactions=True)

    def edit(self, interaction: Interaction) -> Changes:
        """Replace the stored interaction `interaction.id` with `interaction`."""
        if not interaction.id:
            raise InvalidInteraction("edit needs the id of a logged interaction")
        values, contact_ids = self._validated(interaction)
        with database.atomic():
            before = self._contacts_of([interaction.id])
            if not m.Interaction.select().where(m.Interaction.id == interaction.id).exists():
                raise InteractionNotFound(f"no interaction with id {interaction.id}")
            self._check_contacts(contact_ids)
            m.Interaction.update(values).where(m.Interaction.id == interaction.id).execute()
            ic = m.InteractionContact
            ic.delete().where(ic.interaction == interaction.id).execute()
            self._link(interaction.id, contact_ids, values["occurred_at"])
            touched = set(contact_ids) | before
            refresh_caches(touched)
        return Changes(contacts=frozenset(touched), interactions=True)

    def delete(self, interaction_ids: Iterable[int]) -> Changes:
        """Delete for good; get() them first to offer undo (log() with the old id)."""
        ids = list(dict.fromkeys(interaction_ids))
        with database.atomic():
            touched = self._contacts_of(ids)
            m.Interaction.delete().where(m.Interaction.id.in_(ids)).execute()
            refresh_caches(touched)
        return Changes(contacts=frozenset(touched), interactions=True)

    def set_follow_up_done(self, interaction_id: int, done: bool = True) -> Changes:
        with database.atomic():
            updated = (
                m.Interaction.update(follow_up_done=done)
                .where(m.Interaction.id == interaction_id)
                .execute()
            )
        if not updated:
            raise InteractionNotFound(f"no interaction with id {interaction_id}")
        return Changes(interactions=True)

    # --- reads --------------------------------------------------------------------------------

    def get(self, interaction_id: int) -> Interaction:
        entry = self.entry(interaction_id)
        return Interaction(
            occurred_at=entry.occurred_at,
            kind=entry.kind,
            summary=entry.summary,
            contact_ids=entry.contact_ids,
            details=entry.details,
            follow_up_on=entry.follow_up_on,
            id=entry.id,
        )

    def entry(self, interaction_id: int) -> TimelineEntry:
        rows = database.execute_sql(
            f"SELECT {_COLUMNS} FROM interaction i WHERE i.id = ?", (interaction_id,)
        ).fetchall()
        if not rows:
            raise InteractionNotFound(f"no interaction with id {interaction_id}")
        return self._entries(rows)[0]

    def page(
        self,
        contact_id: int | None = None,
        kinds: Iterable[InteractionKind] | None = None,
        tag: str | None = None,
        role: Role | None = None,
        text: str | None = None,
        before: Cursor | None = None,
        limit: int = 200,
    ) -> list[TimelineEntry]:
        """Up to `limit` entries older than `before` (None: the newest), newest first."""
        filt = TimelineFilter(
            contact_id, frozenset(kinds) if kinds else None, tag or None, role, text or None
        )
        return self.page_for(filt, before, limit)

    def page_for(
        self, filt: TimelineFilter, before: Cursor | None = None, limit: int = 200
    ) -> list[TimelineEntry]:
        """page() with the filter as one object (what a Qt model keeps)."""
        if limit <= 0:
            return []
        return self._entries(self._rows(filt, before, limit))

    def has_more(self, filt: TimelineFilter, after: Cursor | None) -> bool:
        """Whether anything matches past `after` (None: whether anything matches at all)."""
        return bool(self._rows(filt, after, 1))

    def count(self, contact_id: int | None = None) -> int:
        """Interactions in the whole network or with one contact (an index count, not a page)."""
        if contact_id is None:
            return database.execute_sql("SELECT COUNT(*) FROM interaction").fetchone()[0]
        return database.execute_sql(
            "SELECT COUNT(*) FROM interaction_contact WHERE contact_id = ?", (contact_id,)
        ).fetchone()[0]

    # --- internals ----------------------------------------------------------------------------

    def _validated(self, interaction: Interaction) -> tuple[dict, list[int]]:
        try:
            kind = InteractionKind(interaction.kind)
        except ValueError:
            names = ", ".join(k.value for k in InteractionKind)
            raise InvalidInteraction(
                f"unknown kind {interaction.kind!r} (one of {names})"
            ) from None
        contact_ids = list(dict.fromkeys(int(c) for c in interaction.contact_ids))
        if not contact_ids:
            raise InvalidInteraction("an interaction needs at least one contact")
        if not isinstance(interaction.occurred_at, datetime):
            raise InvalidInteraction("occurred_at must be a datetime")
        values = {
            "occurred_at": to_local_naive(interaction.occurred_at, self._tz),
            "kind": kind.value,
            # One line: the summary is what a timeline row shows.
            "summary": " ".join(interaction.summary.split()),
            "details": interaction.details.strip(),
            "follow_up_on": interaction.follow_up_on,
            "follow_up_done": False,
        }
        return values, contact_ids

    def _check_contacts(self, contact_ids: list[int]) -> None:
        missing = set(contact_ids) - existing_ids(contact_ids)
        if missing:
            raise InvalidInteraction(f"no contact with id {', '.join(map(str, sorted(missing)))}")

    def _link(self, interaction_id: int, contact_ids: list[int], occurred_at: datetime) -> None:
        m.InteractionContact.insert_many(
            [
                {"interaction": interaction_id, "contact": cid, "occurred_at": occurred_at}
                for cid in contact_ids
            ]
        ).execute()

    def _contacts_of(self, interaction_ids: Sequence[int]) -> set[int]:
        if not interaction_ids:
            return set()
        ic = m.InteractionContact
        query = ic.select(ic.contact).where(ic.interaction.in_(list(interaction_ids))).tuples()
        return {cid for (cid,) in query}

    def _rows(self, filt: TimelineFilter, before: Cursor | None, limit: int) -> list[tuple]:
        plan = self._plan(filt)
        if plan is None:
            return []
        if plan.per_kind:
            # One index range per kind on (kind, occurred_at), merged: no sort of the whole set.
            streams = [
                self._query(plan.sql, [*plan.params, kind.value], before, limit, plan.keys)
                for kind in sorted(filt.kinds or ())
            ]
            merged = heapq.merge(*streams, key=lambda r: (r[1], r[0]), reverse=True)
            return list(merged)[:limit]
        return self._query(plan.sql, plan.params, before, limit, plan.keys)

    def _query(
        self, sql: str, params: list, before: Cursor | None, limit: int, keys: tuple[str, str]
    ) -> list[tuple]:
        at_col, id_col = keys
        params = list(params)
        if before is not None:
            at = str(to_local_naive(before[0], self._tz))
            sql += f" AND {at_col} <= ? AND ({at_col} < ? OR {id_col} < ?)"
            params += [at, at, before[1]]
        sql += f" ORDER BY {at_col} DESC, {id_col} DESC LIMIT ?"
        return database.execute_sql(sql, [*params, limit]).fetchall()

    def _plan(self, filt: TimelineFilter) -> _Plan | None:
        """Pick the index that walks newest-first with the fewest rows thrown away.

        - one contact: interaction_contact (contact, occurred_at, interaction), a single range;
        - tag/role selecting few interactions: read those and sort (bounded by DRIVE_BY_PEOPLE_MAX);
        - kinds: one range of interaction (kind, occurred_at) per kind, merged in Python;
        - else: interaction (occurred_at), filters checked per row (text is a LIKE on the rows
          walked; text is a membership test in the interaction full-text index).
        """
        where: list[str] = []
        params: list = []
        people_sql, people_params = people_filter(filt)
        if people_sql == "none":
            return None
        words = fts_query(filt.text) if filt.text else None
        if words:
            # Words of the summary or details, by the full-text index: a LIKE walked every row
            # for a rare word (2 s on 1M interactions); the index answers in milliseconds.
            where.append(
                f"i.id IN (SELECT rowid FROM {INTERACTION_INDEX} WHERE {INTERACTION_INDEX} MATCH ?)"
            )
            params.append(words)
        if filt.contact_id is not None:
            sql = (
                f"SELECT {_COLUMNS} FROM interaction_contact ic "
                "JOIN interaction i ON i.id = ic.interaction_id WHERE ic.contact_id = ?"
            )
            if filt.kinds:
                marks = ", ".join("?" * len(filt.kinds))
                where.append(f"i.kind IN ({marks})")
                params += sorted(k.value for k in filt.kinds)
            if people_sql:
                where.append(exists_person(people_sql))
                params += people_params
            return _Plan(
                _and(sql, where),
                [filt.contact_id, *params],
                ("ic.occurred_at", "ic.interaction_id"),
            )
        base = f"SELECT {_COLUMNS} FROM interaction i WHERE 1"
        if people_sql:
            if few_interactions(people_sql, people_params):
                where.append(
                    "i.id IN (SELECT ic.interaction_id FROM interaction_contact ic "
                    f"WHERE ic.contact_id IN ({people_sql}))"
                )
            else:
                where.append(exists_person(people_sql))
            params += people_params
            if filt.kinds:
                marks = ", ".join("?" * len(filt.kinds))
                where.append(f"i.kind IN ({marks})")
                params += sorted(k.value for k in filt.kinds)
            return _Plan(_and(base, where), params, ("i.occurred_at", "i.id"))
        if filt.kinds:
            where.append("i.kind = ?")
            return _Plan(_and(base, where), params, ("i.occurred_at", "i.id"), per_kind=True)
        return _Plan(_and(base, where), params, ("i.occurred_at", "i.id"))

    def _entries(self, rows: list[tuple]) -> list[TimelineEntry]:
        ids = [row[0] for row in rows]
        people: dict[int, list[ContactRef]] = {i: [] for i in ids}
        if ids:
            marks = ", ".join("?" * len(ids))
            cursor = database.execute_sql(
                f"SELECT ic.interaction_id, c.id, {name_columns('c')} FROM interaction_contact ic "
                f"JOIN contact c ON c.id = ic.contact_id WHERE ic.interaction_id IN ({marks}) "
                "ORDER BY ic.id",
                ids,
            )
            for iid, cid, *parts in cursor.fetchall():
                people[iid].append(ContactRef(cid, display_name(*parts)))
        return [
            TimelineEntry(
                id=iid,
                occurred_at=_datetime(at),
                kind=InteractionKind(kind),
                summary=summary,
                details=details,
                follow_up_on=date.fromisoformat(follow_up) if follow_up else None,
                follow_up_done=bool(done),
                contacts=tuple(people[iid]),
            )
            for iid, at, kind, summary, details, follow_up, done in rows
        ]


@dataclass(frozen=True)
class _Plan:
    sql: str
    params: list
    keys: tuple[str, str]
    per_kind: bool = False


def _and(sql: str, where: list[str]) -> str:
    return " AND ".join([sql, *where]) if where else sql


def _datetime(value: str | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)
