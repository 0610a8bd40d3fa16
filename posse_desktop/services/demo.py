"""A believable sample network: for screenshots, first-run exploration and benchmarks.

Rows are written with bulk inserts in one transaction, but are exactly the rows (and FTS text) that
ContactsService.create would write for the same ContactData: the column mapping and the index text
come from contact_rows. Deterministic for a seed and a clock.
"""

from __future__ import annotations

import queue
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from posse_desktop.db import interaction_index
from posse_desktop.db import models as m
from posse_desktop.db.connection import bulk_cache, database
from posse_desktop.domain import Changes, ContactData, Role
from posse_desktop.services import list_order, strength
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_rows import (
    _LIST_FIELDS,
    INDEX_COLUMNS,
    _normalized,
    _primary,
    index_text,
)
from posse_desktop.services.demo_people import PeopleFactory, Person, iso_date, make_orgs
from posse_desktop.services.demo_timeline import Facts, interactions, relationships
from posse_desktop.services.normalize import sort_key

T = TypeVar("T")
Progress = Callable[[int, int, str], None]  # (done, total, what is being written)
CONTACT_CHUNK = 2000

_CONTACT_FIELDS = (
    "id",
    "uid",
    "prefix",
    "given",
    "additional",
    "family",
    "suffix",
    "formatted_name",
    "sort_key",
    "nickname",
    "org",
    "department",
    "title",
    "birthday_year",
    "birthday_month",
    "birthday_day",
    "anniversary_year",
    "anniversary_month",
    "anniversary_day",
    "notes",
    "how_we_met",
    "introduced_by",
    "cadence_days",
    "strength_override",
    "primary_email",
    "primary_phone",
    "has_photo",
    "vcard_source",
    "created_at",
    "updated_at",
)
_FIELD_FIELDS = ("contact", "kind", "label", "value", "normalized", "position", "pref")
_ADDRESS_FIELDS = (
    "contact",
    "label",
    "po_box",
    "extended",
    "street",
    "locality",
    "region",
    "postal_code",
    "country",
    "position",
    "pref",
)


class DemoRefused(Exception):
    """The database already holds data; demo contacts would mix with the user's own."""


class DemoCancelled(Exception):
    """The caller cancelled; nothing was written."""


@dataclass(frozen=True)
class DemoResult:
    counts: dict[str, int]
    elapsed_s: float
    changes: Changes = field(default_factory=Changes)


def _insert_sql(model: type[m.BaseModel], names: Sequence[str]) -> str:
    meta = model._meta
    columns = ", ".join(meta.fields[n].column_name for n in names)
    return f"INSERT INTO {meta.table_name} ({columns}) VALUES ({', '.join('?' * len(names))})"


class DemoService:
    def __init__(self, clock: Clock = system_clock) -> None:
        self._clock = clock

    def existing(self) -> tuple[int, int]:
        """(contacts incl. trashed, interactions) already in the database."""
        return m.Contact.select().count(), m.Interaction.select().count()

    def generate(
        self,
        n_contacts: int,
        n_interactions: int = 0,
        seed: int = 1,
        *,
        force: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> DemoResult:
        """Add `n_contacts` contacts and `n_interactions` interactions in one transaction.

        Raises DemoRefused when the database is not empty (unless `force`), DemoCancelled when
        `cancelled()` turns true (the transaction is rolled back), ValueError for negative sizes.
        """
        if n_contacts < 0 or n_interactions < 0:
            raise ValueError("sizes must not be negative")
        if n_interactions and not n_contacts:
            raise ValueError("interactions need contacts")
        started = time.perf_counter()
        contacts, logged = self.existing()
        if (contacts or logged) and not force:
            raise DemoRefused(
                f"{database.database} already holds {contacts} contacts and {logged} interactions;"
                " demo data would mix with them. Use a new database file, or --force to add it"
                " anyway."
            )
        run = _Run(
            self._clock().replace(microsecond=0),
            seed,
            n_contacts,
            n_interactions,
            progress,
            cancelled,
        )
        with bulk_cache(), database.atomic():
            counts = run.write(database.connection())
        if not database.in_transaction():
            # The big transaction left a big WAL file; fold it into the database and shrink it.
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        ids = frozenset(range(run.first_id, run.first_id + n_contacts))
        changes = Changes(contacts=ids, contact_set=True, interactions=bool(n_interactions))
        return DemoResult(counts, time.perf_counter() - started, changes)


class _Run:
    """One generation: the random stream, the id ranges and what was written so far."""

    def __init__(self, now, seed, n_contacts, n_interactions, progress, cancelled) -> None:
        self.now, self.rng = now, random.Random(seed)
        self.n_contacts, self.n_interactions = n_contacts, n_interactions
        self.progress, self.cancelled = progress, cancelled
        self.first_id = 1
        self.done = 0
        self.lookup_ids: dict[tuple[str, str], int] = {}

    def tick(self, amount: int, what: str) -> None:
        self.done += amount
        if self.cancelled and self.cancelled():
            raise DemoCancelled("demo generation cancelled; nothing was written")
        if self.progress:
            self.progress(self.done, self.n_contacts + self.n_interactions, what)

    def write(self, conn) -> dict[str, int]:
        max_id = conn.execute(f"SELECT max(id) FROM {m.Contact._meta.table_name}").fetchone()[0]
        self.first_id = (max_id or 0) + 1
        max_iid = conn.execute(f"SELECT max(id) FROM {m.Interaction._meta.table_name}").fetchone()[
            0
        ]
        orgs, org_weights = make_orgs(self.rng, self.n_contacts)
        factory = PeopleFactory(self.rng, orgs, org_weights, self.now)
        facts = Facts(
            self.first_id, [], [], [], [], [], [], [], [], [], [], [], [o.name for o in orgs]
        )
        counts = dict.fromkeys(
            (
                "contacts",
                "fields",
                "addresses",
                "tags",
                "roles",
                "expertise",
                "relationships",
                "interactions",
                "interaction_contacts",
            ),
            0,
        )
        feb29 = min(7, self.n_contacts - 1)

        def people_chunks() -> Iterator[tuple[int, list[Person]]]:
            for start in range(0, self.n_contacts, CONTACT_CHUNK):
                people = []
                for i in range(start, min(start + CONTACT_CHUNK, self.n_contacts)):
                    cid = self.first_id + i
                    person = factory.person(cid, self.first_id, facts.names, i == feb29)
                    _remember(facts, person, self.now.year)
                    people.append(person)
                yield start, people

        for start, people in _prefetch(people_chunks()):
            for key, value in self._write_people(conn, people, self.first_id + start).items():
                counts[key] += value
            self.tick(len(people), "contacts")
        list_order.place_unranked()  # list ranks and the rank-keyed index, as bulk writers do
        rels = relationships(self.rng, facts)
        conn.executemany(
            _insert_sql(m.Relationship, ("from_contact", "to_contact", "kind", "note")), rels
        )
        counts["relationships"] = len(rels)
        i_sql = _insert_sql(
            m.Interaction,
            (
                "id",
                "occurred_at",
                "kind",
                "summary",
                "details",
                "follow_up_on",
                "follow_up_done",
                "created_at",
            ),
        )
        l_sql = _insert_sql(m.InteractionContact, ("interaction", "contact", "occurred_at"))
        first_iid = (max_iid or 0) + 1
        with _bulk_load(conn, first_iid, fresh=max_iid is None):
            chunks = interactions(self.rng, facts, self.n_interactions, first_iid, self.now)
            for chunk in _prefetch(chunks):
                conn.executemany(i_sql, chunk.interactions)
                conn.executemany(l_sql, chunk.links)
                counts["interactions"] += len(chunk.interactions)
                counts["interaction_contacts"] += len(chunk.links)
                self.tick(len(chunk.interactions), "interactions")
        # last_contacted_at and strength_score, exactly as after any timeline write.
        strength.refresh_caches(range(self.first_id, self.first_id + self.n_contacts))
        return counts

    def _write_people(self, conn, people: list[Person], first_cid: int) -> dict[str, int]:
        contacts, fields, addresses, tags, roles, expertise, index = [], [], [], [], [], [], []
        for cid, person in enumerate(people, start=first_cid):
            data = person.data
            contacts.append(_contact_row(cid, data, person))
            for kind, attr in _LIST_FIELDS.items():
                for pos, item in enumerate(getattr(data, attr)):
                    fields.append(
                        (
                            cid,
                            kind.value,
                            item.label,
                            item.value,
                            _normalized(kind, item.value),
                            pos,
                            item.pref,
                        )
                    )
            for pos, a in enumerate(data.addresses):
                addresses.append(
                    (
                        cid,
                        a.label,
                        a.po_box,
                        a.extended,
                        a.street,
                        a.locality,
                        a.region,
                        a.postal_code,
                        a.country,
                        pos,
                        a.pref,
                    )
                )
            for pos, tag in enumerate(dict.fromkeys(t.strip() for t in data.tags if t.strip())):
                tags.append((cid, self._lookup(conn, m.Tag, tag), pos))
            roles.extend((cid, r.value) for r in Role if r in data.roles)
            for pos, e in enumerate(data.expertise):
                expertise.append(
                    (
                        cid,
                        self._lookup(conn, m.Skill, e.skill.strip()),
                        e.level.value,
                        e.evidence,
                        iso_date(e.confirmed_on),
                        pos,
                    )
                )
            index.append((cid, *index_text(data)))
        conn.executemany(_insert_sql(m.Contact, _CONTACT_FIELDS), contacts)
        conn.executemany(_insert_sql(m.ContactField, _FIELD_FIELDS), fields)
        conn.executemany(_insert_sql(m.Address, _ADDRESS_FIELDS), addresses)
        conn.executemany(_insert_sql(m.ContactTag, ("contact", "tag", "position")), tags)
        conn.executemany(_insert_sql(m.ContactRole, ("contact", "role")), roles)
        conn.executemany(
            _insert_sql(
                m.Expertise, ("contact", "skill", "level", "evidence", "confirmed_on", "position")
            ),
            expertise,
        )
        fts = m.ContactIndex._meta.table_name
        conn.executemany(
            f"INSERT INTO {fts} (rowid, {', '.join(INDEX_COLUMNS)})"
            f" VALUES ({', '.join('?' * (len(INDEX_COLUMNS) + 1))})",
            index,
        )
        return {
            "contacts": len(contacts),
            "fields": len(fields),
            "addresses": len(addresses),
            "tags": len(tags),
            "roles": len(roles),
            "expertise": len(expertise),
        }

    def _lookup(self, conn, model: type[m.BaseModel], name: str) -> int:
        """Id of the tag or skill `name`, created on first use (as get_or_create would)."""
        key = (model.__name__, name.casefold())
        if key not in self.lookup_ids:
            table = model._meta.table_name
            conn.execute(f"INSERT OR IGNORE INTO {table} (name) VALUES (?)", (name,))
            row = conn.execute(f"SELECT id FROM {table} WHERE name = ?", (name,)).fetchone()
            self.lookup_ids[key] = row[0]
        return self.lookup_ids[key]


def _contact_row(cid: int, data: ContactData, person: Person) -> tuple:
    """The contact table row, mirroring contact_rows._assign_scalars."""
    name, bday, anniv = data.name, data.birthday, data.anniversary
    return (
        cid,
        data.uid,
        name.prefix,
        name.given,
        name.additional,
        name.family,
        name.suffix,
        data.formatted_name,
        sort_key(data.display_name),
        data.nickname,
        data.org,
        data.department,
        data.title,
        bday.year if bday else None,
        bday.month if bday else None,
        bday.day if bday else None,
        anniv.year if anniv else None,
        anniv.month if anniv else None,
        anniv.day if anniv else None,
        data.notes,
        data.how_we_met,
        data.introduced_by_id,
        data.cadence_days,
        data.strength_override,
        _primary(data.emails),
        _primary(data.phones),
        bool(data.photo),
        data.vcard_source,
        person.created_at.isoformat(" "),
        person.updated_at.isoformat(" "),
    )


def _remember(facts: Facts, person: Person, this_year: int) -> None:
    facts.org.append(person.org)
    facts.dept.append(person.dept)
    facts.seniority.append(person.seniority)
    facts.given.append(person.given)
    facts.names.append(person.data.display_name)
    facts.skills.append(person.skills)
    facts.known_days.append(person.known_days)
    facts.quiet_days.append(person.quiet_days)
    facts.closeness.append(person.closeness)
    facts.introduced_by.append(person.data.introduced_by_id)
    facts.years.append(this_year - person.known_days // 365)


# What interaction_index's insert trigger does for one row, done for all rows at once.
_FTS_TRIGGER = f"{interaction_index.TABLE}_ai"
_FTS_TRIGGER_BODY = (
    f"INSERT INTO {interaction_index.TABLE}(rowid, summary, details) "
    "VALUES (new.id, new.summary, new.details);"
)


@contextmanager
def _bulk_load(conn, first_iid: int, *, fresh: bool) -> Iterator[None]:
    """Load the timeline fast inside the caller's transaction, leaving the schema as it was.

    A per-row FTS trigger makes a million inserts ~5x slower, so the known interaction-index
    trigger is lifted and its effect applied with one INSERT ... SELECT. Into empty tables, the
    secondary indexes are built after the rows rather than row by row. Both are recreated from
    their own saved SQL; a failure rolls the whole transaction (schema included) back.
    """
    trigger = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_TRIGGER,)
    ).fetchone()
    lift = trigger is not None and " ".join(trigger[0].split()).find(_FTS_TRIGGER_BODY) >= 0
    if lift:
        conn.execute(f"DROP TRIGGER {_FTS_TRIGGER}")
    indexes = []
    if fresh:
        tables = (m.Interaction._meta.table_name, m.InteractionContact._meta.table_name)
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({', '.join('?' * len(tables))})",
            tables,
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        conn.execute(sql)
    if lift:
        conn.execute(
            f"INSERT INTO {interaction_index.TABLE}(rowid, summary, details)"
            f" SELECT id, summary, details FROM {m.Interaction._meta.table_name} WHERE id >= ?",
            (first_iid,),
        )
        conn.execute(trigger[0])


def _prefetch(items: Iterator[T], depth: int = 2) -> Iterator[T]:
    """`items`, produced one step ahead in a thread: SQLite releases the GIL while it inserts, so
    generating the next chunk overlaps writing this one. The generator must not touch the database;
    it is the only user of the random stream while it runs, so the output stays deterministic."""
    pipe: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    done = object()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                pipe.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put((True, item)):
                    return
            put((True, done))
        except BaseException as exc:  # handed to the consumer, raised there
            put((False, exc))

    thread = threading.Thread(target=produce, name="demo-generator", daemon=True)
    thread.start()
    try:
        while True:
            ok, item = pipe.get()
            if not ok:
                raise item
            if item is done:
                return
            yield item
    finally:
        stop.set()
        thread.join()
