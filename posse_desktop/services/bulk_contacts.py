"""The rows of many contacts at once (imports, see contact_stream and bulk_updates), stored with
a few multi-row INSERTs per table instead of ~10 queries per contact. Rows are exactly what
contact_rows.write_contact would store. Call inside a transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from itertools import chain

from posse_desktop.db import cadence_cache
from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import ContactData, FieldKind, PartialDate
from posse_desktop.services import contact_rows
from posse_desktop.services.contact_rows import INDEX_COLUMNS, index_text
from posse_desktop.services.normalize import email_key, phone_key

_ADDRESS_COLUMNS = (
    "label",
    "po_box",
    "extended",
    "street",
    "locality",
    "region",
    "postal_code",
    "country",
    "pref",
)
# The contact columns a new contact has values for (the others keep their NULL default);
# _contact_row gives them in this order, as contact_rows._assign_scalars sets them (and the
# cadence triggers would: they are paused meanwhile, see contact_stream).
_CONTACT_COLUMNS = (
    "id",
    "prefix",
    "given",
    "additional",
    "family",
    "suffix",
    "formatted_name",
    "sort_key",
    "sort_rank",
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
    "introduced_by_id",
    "cadence_days",
    "strength_override",
    "primary_email",
    "primary_phone",
    "has_photo",
    "uid",
    "vcard_source",
    "created_at",
    "updated_at",
    "cadence_effective",
    "due_on",
)


class NameCache:
    """Tag or Skill ids by case-folded name, created on first use (the tables are NOCASE)."""

    def __init__(self, model: type[m.Tag] | type[m.Skill]) -> None:
        self._model = model
        self.names = dict(model.select(model.id, model.name).tuples())  # id -> name as stored
        self._ids = {name.casefold(): rid for rid, name in self.names.items()}

    def id_for(self, name: str) -> int:
        key = name.casefold()
        rid = self._ids.get(key)
        if rid is None:  # RETURNING, not lastrowid: a StatementWriter may insert meanwhile
            table = self._model._meta.table_name
            sql = f'INSERT INTO "{table}" (name) VALUES (?) RETURNING id'
            rid = database.execute_sql(sql, (name,)).fetchone()[0]
            self._ids[key] = rid
            self.names[rid] = name
        return rid


Tick = Callable[[int, int], None]  # (statements done, statements in all)

# Each table's columns in the order build_rows gives its rows; the list index comes last.
TABLES: dict[str, tuple[str, ...]] = {
    "contact": _CONTACT_COLUMNS,
    "contact_field": ("contact_id", "kind", "label", "value", "normalized", "position", "pref"),
    "address": ("contact_id", *_ADDRESS_COLUMNS, "position"),
    "contact_tag": ("contact_id", "tag_id", "position"),
    "contact_role": ("contact_id", "role"),
    "expertise": ("contact_id", "skill_id", "level", "evidence", "confirmed_on", "position"),
    "photo": ("contact_id", "data", "mime"),
    "contact_index": ("rowid", *INDEX_COLUMNS),
    "contact_list_index": ("rowid", "body"),
}


def build_rows(
    items: Sequence[ContactData],
    ids: Sequence[int],
    keys: Sequence[str],
    ranks: Sequence[int] | None,
    stamp: str,
    tags: NameCache,
    skills: NameCache,
    cadence: cadence_cache.NewContacts | None = None,
) -> dict[str, list[tuple]]:
    """The rows of every TABLES table for new contacts; `stamp` is `now` as peewee stores it
    (str(datetime)). List-index rows only when the contacts have ranks. The cadence cache's
    columns only with `cadence` (updates leave them to the triggers)."""
    rows: dict[str, list[tuple]] = {table: [] for table in TABLES}
    contact_rows_, field_rows, address_rows = (
        rows["contact"],
        rows["contact_field"],
        rows["address"],
    )
    tag_rows, expertise_rows, index_rows = (
        rows["contact_tag"],
        rows["expertise"],
        rows["contact_index"],
    )
    role_rows, photo_rows, list_rows = (
        rows["contact_role"],
        rows["photo"],
        rows["contact_list_index"],
    )
    for n, (cid, data) in enumerate(zip(ids, items, strict=True)):
        rank = ranks[n] if ranks else None
        seen_tags: dict[int, None] = {}
        for position, tag in enumerate(dict.fromkeys(t.strip() for t in data.tags if t.strip())):
            tag_id = tags.id_for(tag)
            if tag_id not in seen_tags:
                seen_tags[tag_id] = None
                tag_rows.append((cid, tag_id, position))
        role_names = [r.value for r in data.roles]
        due = _NO_CADENCE
        if cadence:
            tag_names = [tags.names[t] for t in seen_tags]
            due = cadence.values(data.cadence_days, role_names, tag_names, stamp)
        contact_rows_.append(_contact_row(cid, data, keys[n], rank, stamp, due))
        _field_rows(cid, data, field_rows)
        for position, a in enumerate(data.addresses):
            address_rows.append((cid, *(getattr(a, c) for c in _ADDRESS_COLUMNS), position))
        role_rows.extend((cid, role) for role in role_names)
        seen_skills: set[int] = set()
        for position, exp in enumerate(data.expertise):
            if not exp.skill.strip():
                continue
            skill_id = skills.id_for(exp.skill.strip())
            if skill_id in seen_skills:
                continue
            seen_skills.add(skill_id)
            confirmed = exp.confirmed_on.isoformat() if exp.confirmed_on else None
            expertise_rows.append(
                (cid, skill_id, exp.level.value, exp.evidence, confirmed, position)
            )
        if data.photo:
            photo_rows.append((cid, data.photo, data.photo_mime or "image/jpeg"))
        texts = index_text(data)
        index_rows.append((cid, *texts))
        if rank is not None:
            list_rows.append((rank, " ".join(texts)))
    return rows


_NO_CADENCE = (None, None)


def _contact_row(
    cid: int, data: ContactData, key: str, rank: int | None, stamp: str, cadence: tuple
) -> tuple:
    name = data.name
    birthday, anniversary = data.birthday, data.anniversary
    return (
        cid,
        name.prefix,
        name.given,
        name.additional,
        name.family,
        name.suffix,
        data.formatted_name,
        key,
        rank,
        data.nickname,
        data.org,
        data.department,
        data.title,
        *_date_columns(birthday),
        *_date_columns(anniversary),
        data.notes,
        data.how_we_met,
        data.introduced_by_id,
        data.cadence_days,
        data.strength_override,
        contact_rows._primary(data.emails),
        contact_rows._primary(data.phones),
        bool(data.photo),
        data.uid,
        data.vcard_source,
        stamp,
        stamp,
        *cadence,
    )


def _date_columns(value: PartialDate | None) -> tuple[int | None, int | None, int | None]:
    return (value.year, value.month, value.day) if value else (None, None, None)


def _field_rows(cid: int, data: ContactData, out: list[tuple]) -> None:
    """contact_field rows in contact_rows._LIST_FIELDS order, normalised as _normalized does."""
    kind = FieldKind.EMAIL.value
    for position, item in enumerate(data.emails):
        out.append((cid, kind, item.label, item.value, email_key(item.value), position, item.pref))
    kind = FieldKind.PHONE.value
    for position, item in enumerate(data.phones):
        out.append((cid, kind, item.label, item.value, phone_key(item.value), position, item.pref))
    for kind_, items in ((FieldKind.URL, data.urls), (FieldKind.IM, data.ims)):
        for position, item in enumerate(items):
            normalized = contact_rows._normalized(kind_, item.value)
            out.append((cid, kind_.value, item.label, item.value, normalized, position, item.pref))


# Past a few hundred rows a statement gets slower, not faster: SQLite compiles a VALUES list of
# 35,000 rows (SQLite 3.32+ binds up to 250,000 parameters) at 3x the cost per row of 200-row
# statements, and equal-sized chunks reuse one prepared statement.
ROWS_PER_STATEMENT = 200


def insert_rows(table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    """INSERT `rows` into `table` with multi-row statements of up to ROWS_PER_STATEMENT rows."""
    cursor = database.cursor()
    for sql, params in _table_statements(table, columns, rows, parameter_limit()):
        cursor.execute(sql, params)


def parameter_limit() -> int:
    """The most parameters one statement may bind (SQLITE_LIMIT_VARIABLE_NUMBER)."""
    return database.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


def statements(
    rows: dict[str, list[tuple]], limit: int, per: int | None = None
) -> Iterator[tuple[str, list]]:
    """Multi-row INSERTs for build_rows' rows, table by table in TABLES order. One statement
    for hundreds of rows costs a third less than executemany (no per-row call into SQLite).
    `limit`: parameter_limit(); `per`: rows per statement (default ROWS_PER_STATEMENT)."""
    for table, table_rows in rows.items():
        yield from _table_statements(table, TABLES[table], table_rows, limit, per)


def _table_statements(
    table: str, columns: Sequence[str], rows: list[tuple], limit: int, per: int | None = None
) -> Iterator[tuple[str, list]]:
    names = ", ".join(f'"{c}"' for c in columns)
    one = "(" + ", ".join("?" * len(columns)) + ")"
    per = max(1, min(per or ROWS_PER_STATEMENT, limit // len(columns)))
    width = len(columns)
    flat = list(chain.from_iterable(rows))  # once, then a slice per statement
    full = f'INSERT INTO "{table}" ({names}) VALUES ' + ", ".join([one] * per)
    for start in range(0, len(rows), per):
        count = min(per, len(rows) - start)
        # The last, shorter statement: the same text with fewer value lists (each one + ", ").
        sql = full if count == per else full[: len(full) - (per - count) * (len(one) + 2)]
        yield sql, flat[start * width : (start + count) * width]
