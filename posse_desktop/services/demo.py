"""A believable sample network: for screenshots, first-run exploration and benchmarks.

Rows are written with bulk inserts in one transaction, but are exactly the rows (and FTS text) that
ContactsService.create would write for the same ContactData: the column mapping and the index text
come from contact_rows. Deterministic for a seed and a clock.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from posse_desktop.db import models as m
from posse_desktop.db.connection import PRAGMAS, database
from posse_desktop.domain import Changes, ContactData, Role
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

Progress = Callable[[int, int, str], None]  # (done, total, what is being written)
CONTACT_CHUNK = 2000

_CONTACT_FIELDS = (
    "id", "uid", "prefix", "given", "additional", "family", "suffix", "formatted_name", "sort_key",
    "nickname", "org", "department", "title", "birthday_year", "birthday_month", "birthday_day",
    "anniversary_year", "anniversary_month", "anniversary_day", "notes", "how_we_met",
    "introduced_by", "cadence_days", "strength_override", "primary_email", "primary_phone",
    "has_photo", "vcard_source", "created_at", "updated_at",
)
_FIELD_FIELDS = ("contact", "kind", "label", "value", "normalized", "position", "pref")
_ADDRESS_FIELDS = ("contact", "label", "po_box", "extended", "street", "locality", "region",
                   "postal_code", "country", "position", "pref")


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
        run = _Run(self._clock().replace(microsecond=0), seed, n_contacts, n_interactions,
                   progress, cancelled)
        conn = database.connection()
        conn.execute("PRAGMA cache_size = -262144")  # 256 MiB while building; restored below
        try:
            with database.atomic():
                counts = run.write(conn)
        finally:
            conn.execute(f"PRAGMA cache_size = {PRAGMAS['cache_size']}")
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
        max_iid = conn.execute(f"SELECT max(id) FROM {m.Interaction._meta.table_name}").fetchone()[0]
        orgs, org_weights = make_orgs(self.rng, self.n_contacts)
        factory = PeopleFactory(self.rng, orgs, org_weights, self.now)
        facts = Facts(self.first_id, [], [], [], [], [], [], [], [], [], [], [],
                      [o.name for o in orgs])
        counts = dict.fromkeys(("contacts", "fields", "addresses", "tags", "roles", "expertise",
                                "relationships", "interactions", "interaction_contacts"), 0)
        feb29 = min(7, self.n_contacts - 1)
        for start in range(0, self.n_contacts, CONTACT_CHUNK):
            people = []
            for i in range(start, min(start + CONTACT_CHUNK, self.n_contacts)):
                person = factory.person(self.first_id + i, self.first_id, facts.names, i == feb29)
                _remember(facts, person, self.now.year)
                people.append(person)
            for key, value in self._write_people(conn, people, self.first_id + start).items():
                counts[key] += value
            self.tick(len(people), "contacts")
        rels = relationships(self.rng, facts)
        conn.executemany(
            _insert_sql(m.Relationship, ("from_contact", "to_contact", "kind", "note")), rels
        )
        counts["relationships"] = len(rels)
        i_sql = _insert_sql(m.Interaction, ("id", "occurred_at", "kind", "summary", "details",
                                            "follow_up_on", "follow_up_done", "created_at"))
        l_sql = _insert_sql(m.InteractionContact, ("interaction", "contact", "occurred_at"))
        for chunk in interactions(self.rng, facts, self.n_interactions, (max_iid or 0) + 1, self.now):
            conn.executemany(i_sql, chunk.interactions)
            conn.executemany(l_sql, chunk.links)
            counts["interactions"] += len(chunk.interactions)
            counts["interaction_contacts"] += len(chunk.links)
            self.tick(len(chunk.interactions), "interactions")
        c, ic = m.Contact._meta.table_name, m.InteractionContact._meta.table_name
        conn.execute(
            f"UPDATE {c} SET last_contacted_at = (SELECT max(ic.occurred_at) FROM {ic} AS ic"
            f" WHERE ic.contact_id = {c}.id) WHERE id >= ?",
            (self.first_id,),
        )
        return counts

    def _write_people(self, conn, people: list[Person], first_cid: int) -> dict[str, int]:
        contacts, fields, addresses, tags, roles, expertise, index = [], [], [], [], [], [], []
        for cid, person in enumerate(people, start=first_cid):
            data = person.data
            contacts.append(_contact_row(cid, data, person))
            for kind, attr in _LIST_FIELDS.items():
                for pos, item in enumerate(getattr(data, attr)):
                    fields.append((cid, kind.value, item.label, item.value,
                                   _normalized(kind, item.value), pos, item.pref))
            for pos, a in enumerate(data.addresses):
                addresses.append((cid, a.label, a.po_box, a.extended, a.street, a.locality,
                                  a.region, a.postal_code, a.country, pos, a.pref))
            for pos, tag in enumerate(dict.fromkeys(t.strip() for t in data.tags if t.strip())):
                tags.append((cid, self._lookup(conn, m.Tag, tag), pos))
            roles.extend((cid, r.value) for r in Role if r in data.roles)
            for pos, e in enumerate(data.expertise):
                expertise.append((cid, self._lookup(conn, m.Skill, e.skill.strip()), e.level.value,
                                  e.evidence, iso_date(e.confirmed_on), pos))
            index.append((cid, *index_text(data)))
        conn.executemany(_insert_sql(m.Contact, _CONTACT_FIELDS), contacts)
        conn.executemany(_insert_sql(m.ContactField, _FIELD_FIELDS), fields)
        conn.executemany(_insert_sql(m.Address, _ADDRESS_FIELDS), addresses)
        conn.executemany(_insert_sql(m.ContactTag, ("contact", "tag", "position")), tags)
        conn.executemany(_insert_sql(m.ContactRole, ("contact", "role")), roles)
        conn.executemany(_insert_sql(m.Expertise, ("contact", "skill", "level", "evidence",
                                                   "confirmed_on", "position")), expertise)
        fts = m.ContactIndex._meta.table_name
        conn.executemany(
            f"INSERT INTO {fts} (rowid, {', '.join(INDEX_COLUMNS)})"
            f" VALUES ({', '.join('?' * (len(INDEX_COLUMNS) + 1))})",
            index,
        )
        return {"contacts": len(contacts), "fields": len(fields), "addresses": len(addresses),
                "tags": len(tags), "roles": len(roles), "expertise": len(expertise)}

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
        cid, data.uid, name.prefix, name.given, name.additional, name.family, name.suffix,
        data.formatted_name, sort_key(data.display_name), data.nickname, data.org,
        data.department, data.title,
        bday.year if bday else None, bday.month if bday else None, bday.day if bday else None,
        anniv.year if anniv else None, anniv.month if anniv else None,
        anniv.day if anniv else None,
        data.notes, data.how_we_met, data.introduced_by_id, data.cadence_days,
        data.strength_override, _primary(data.emails), _primary(data.phones), bool(data.photo),
        data.vcard_source, person.created_at.isoformat(" "), person.updated_at.isoformat(" "),
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
