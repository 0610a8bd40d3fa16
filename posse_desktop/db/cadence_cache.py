"""Each contact's effective keep-in-touch cadence and due date, cached on the row and indexed.

The Reconnect list asks "who is due, most overdue first" of up to 100k contacts; computing every
contact's cadence from its roles, tags and the defaults on each ask costs hundreds of ms. So
Contact.cadence_effective (days; NULL: not tracked) and Contact.due_on (the day the contact falls
due) are kept by triggers, in the same transaction as any write that can change them, whoever
writes: the contact's own cadence or last contact, its roles, its tags, a tag's name. The defaults
by role and tag are mirrored from the "cadence" setting into `cadence_default` (store_defaults()),
which recomputes everyone. The rules are CadenceService.effective()'s: own cadence (0: never),
else the shortest default of its roles and tags, else the fallback.

A covering partial index on the due live contacts makes the list one index range scan over the
contacts due today, without touching the wide contact rows (services/reconnect.py).
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import peewee

from posse_desktop.domain import Role

# Out of the box; the user changes them in the cadence setting (CadenceService.set_defaults).
BUILTIN_ROLE_DEFAULTS: dict[Role, int] = {
    Role.RADAR: 30,
    Role.LEAD_SOURCE: 42,
    Role.MENTOR: 60,
    Role.SPONSOR: 60,
    Role.ADVISOR: 90,
    Role.DOOR_OPENER: 90,
    Role.FIXER: 120,
}

TABLE = "cadence_default"
DUE_INDEX = "contact_due_cover"

# The effective cadence of the contact row being updated (`contact.id`, `contact.cadence_days`).
EFFECTIVE = f"""CASE WHEN contact.cadence_days IS NOT NULL THEN NULLIF(contact.cadence_days, 0)
ELSE COALESCE(
  (SELECT MIN(days) FROM (
     SELECT d.days FROM contact_role cr JOIN {TABLE} d ON d.kind = 'role' AND d.name = cr.role
     WHERE cr.contact_id = contact.id
     UNION ALL
     SELECT d.days FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
     JOIN {TABLE} d ON d.kind = 'tag' AND d.name = t.name WHERE ct.contact_id = contact.id)),
  (SELECT days FROM {TABLE} WHERE kind = 'fallback')) END"""
# Due the day the cadence has passed since the last contact (never contacted: since added).
DUE = """CASE WHEN contact.cadence_effective > 0 THEN
date(substr(COALESCE(contact.last_contacted_at, contact.created_at), 1, 10),
     '+' || contact.cadence_effective || ' days') END"""


def _recompute(where: str) -> str:
    return (
        f"UPDATE contact SET cadence_effective = {EFFECTIVE} WHERE {where}; "
        f"UPDATE contact SET due_on = {DUE} WHERE {where};"
    )


_TRIGGERS = {
    "cadence_contact_ai": f"AFTER INSERT ON contact BEGIN {_recompute('id = new.id')} END",
    # Not OF cadence_effective/due_on: the trigger's own updates must not fire it again.
    "cadence_contact_au": (
        "AFTER UPDATE OF cadence_days, last_contacted_at, created_at ON contact "
        f"BEGIN {_recompute('id = new.id')} END"
    ),
    "cadence_role_ai": f"AFTER INSERT ON contact_role BEGIN {_recompute('id = new.contact_id')} END",
    "cadence_role_ad": f"AFTER DELETE ON contact_role BEGIN {_recompute('id = old.contact_id')} END",
    "cadence_role_au": (
        "AFTER UPDATE ON contact_role BEGIN "
        f"{_recompute('id IN (old.contact_id, new.contact_id)')} END"
    ),
    "cadence_tag_ai": f"AFTER INSERT ON contact_tag BEGIN {_recompute('id = new.contact_id')} END",
    "cadence_tag_ad": f"AFTER DELETE ON contact_tag BEGIN {_recompute('id = old.contact_id')} END",
    "cadence_tag_au": (
        "AFTER UPDATE ON contact_tag BEGIN "
        f"{_recompute('id IN (old.contact_id, new.contact_id)')} END"
    ),
    "cadence_tagname_au": (
        "AFTER UPDATE OF name ON tag BEGIN "
        f"{_recompute('id IN (SELECT contact_id FROM contact_tag WHERE tag_id = new.id)')} END"
    ),
}


# Fired once per inserted row, each with two UPDATEs of the contact: six row rewrites for a new
# contact with two tags. A bulk insert pauses them (insert_triggers_paused) and writes the values
# NewContacts computes by the same rules.
_INSERT_TRIGGERS = ("cadence_contact_ai", "cadence_role_ai", "cadence_tag_ai")


@contextmanager
def insert_triggers_paused(db: peewee.SqliteDatabase) -> Iterator[None]:
    """For a bulk insert of contacts with their roles and tags, whose rows carry NewContacts'
    values: the insert triggers are dropped meanwhile. Call inside the writer's transaction: a
    rollback brings the triggers back."""
    for name in _INSERT_TRIGGERS:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        for name in _INSERT_TRIGGERS:
            db.execute_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {_TRIGGERS[name]}")


# SQLite's NOCASE folds ASCII letters only.
_NOCASE = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


class NewContacts:
    """cadence_effective and due_on of contacts about to be inserted, by EFFECTIVE's and DUE's
    rules, from the defaults read once: a 10k-card import would otherwise rewrite every new row
    twice more after inserting it."""

    def __init__(self, db: peewee.SqliteDatabase) -> None:
        self._days: dict[tuple[str, str], int] = {}
        for kind, name, days in db.execute_sql(f"SELECT kind, name, days FROM {TABLE}"):
            self._days[kind, name.translate(_NOCASE)] = days

    def values(
        self, cadence_days: int | None, roles: Iterable[str], tags: Iterable[str], created: str
    ) -> tuple[int | None, str | None]:
        """(cadence_effective, due_on) of a contact with these roles and (stored) tag names,
        never contacted, created at `created` (as stored: ISO text)."""
        if cadence_days is not None:
            effective = cadence_days or None
        else:
            days = self._days
            found = [days[k] for r in roles if (k := ("role", r.translate(_NOCASE))) in days]
            found += [days[k] for t in tags if (k := ("tag", t.translate(_NOCASE))) in days]
            effective = min(found) if found else days.get(("fallback", ""))
        if effective is None or effective <= 0:
            return effective, None
        try:
            due = date.fromisoformat(created[:10]) + timedelta(days=effective)
        except OverflowError:  # past year 9999: SQLite's date() gives NULL too
            return effective, None
        return effective, due.isoformat()


def _run(db: peewee.SqliteDatabase, statements: str) -> None:
    for statement in statements.split(";"):
        if statement.strip():
            db.execute_sql(statement)


def exists(db: peewee.SqliteDatabase) -> bool:
    row = db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (DUE_INDEX,)
    ).fetchone()
    return row is not None


def ensure(db: peewee.SqliteDatabase) -> None:
    """Create the columns, table, triggers and index if missing, and fill them (idempotent).

    A database made before the cache existed gets it here, on open (a second or two on 100k).
    """
    if exists(db):
        return
    with db.atomic():
        columns = {row[1] for row in db.execute_sql("PRAGMA table_info(contact)").fetchall()}
        if "cadence_effective" not in columns:
            db.execute_sql("ALTER TABLE contact ADD COLUMN cadence_effective INTEGER")
        if "due_on" not in columns:
            db.execute_sql("ALTER TABLE contact ADD COLUMN due_on DATE")
        db.execute_sql(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (kind TEXT NOT NULL, "
            "name TEXT NOT NULL COLLATE NOCASE, days INTEGER NOT NULL, PRIMARY KEY (kind, name))"
        )
        for name, body in _TRIGGERS.items():
            db.execute_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
        db.execute_sql(
            f"CREATE INDEX IF NOT EXISTS {DUE_INDEX} ON contact (due_on, cadence_effective, "
            "strength_score, strength_override, snoozed_until, last_contacted_at, created_at) "
            "WHERE deleted_at IS NULL AND due_on IS NOT NULL"
        )
        roles, tags, fallback = _stored_defaults(db)
        store_defaults(db, roles, tags, fallback)


def store_defaults(
    db: peewee.SqliteDatabase, roles: dict[str, int], tags: dict[str, int], fallback: int | None
) -> None:
    """Mirror the default cadences and recompute every contact (call inside the writer's atomic)."""
    db.execute_sql(f"DELETE FROM {TABLE}")
    rows = [("role", r, d) for r, d in roles.items()] + [("tag", t, d) for t, d in tags.items()]
    if fallback:
        rows.append(("fallback", "", fallback))
    if rows:
        db.cursor().executemany(
            f"INSERT OR REPLACE INTO {TABLE} (kind, name, days) VALUES (?, ?, ?)", rows
        )
    _run(db, _recompute("1"))


def _stored_defaults(
    db: peewee.SqliteDatabase,
) -> tuple[dict[str, int], dict[str, int], int | None]:
    """The user's defaults from the "cadence" setting, or the built-in ones."""
    import json

    row = db.execute_sql("SELECT value FROM setting WHERE key = 'cadence'").fetchone()
    if row is None:
        return {r.value: d for r, d in BUILTIN_ROLE_DEFAULTS.items()}, {}, None
    raw = json.loads(row[0])
    return (
        {str(r): int(d) for r, d in raw.get("roles", {}).items()},
        {str(t): int(d) for t, d in raw.get("tags", {}).items()},
        raw.get("fallback"),
    )
