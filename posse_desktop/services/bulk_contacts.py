"""Insert many new contacts at once (imports): one executemany per table instead of ~10 queries
per contact. Rows are exactly what contact_rows.write_contact would store. Call inside a
transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import ContactData, FieldKind, PartialDate
from posse_desktop.services import contact_rows, list_order
from posse_desktop.services.contact_rows import INDEX_COLUMNS, index_text
from posse_desktop.services.normalize import email_key, phone_key, sort_key

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
# _contact_row gives them in this order, as contact_rows._assign_scalars sets them.
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
)


class NameCache:
    """Tag or Skill ids by case-folded name, created on first use (the tables are NOCASE)."""

    def __init__(self, model: type[m.Tag] | type[m.Skill]) -> None:
        self._model = model
        self._ids = {
            name.casefold(): rid for rid, name in model.select(model.id, model.name).tuples()
        }

    def id_for(self, name: str) -> int:
        key = name.casefold()
        rid = self._ids.get(key)
        if rid is None:
            rid = self._model.insert(name=name).execute()
            self._ids[key] = rid
        return rid


def insert_contacts(items: Sequence[ContactData], now: datetime) -> list[int]:
    """Insert `items` as new contacts with consecutive ids; returns the ids in order."""
    if not items:
        return []
    start = (
        m.Contact.select(m.Contact.id).order_by(m.Contact.id.desc()).limit(1).scalar() or 0
    ) + 1
    ids = list(range(start, start + len(items)))
    keys = [sort_key(data.display_name) for data in items]
    ranks = list_order.ranks_for_new(list(zip(keys, ids, strict=True)))
    stamp = str(now)  # how peewee stores a DateTimeField
    contact_rows_: list[tuple] = []
    field_rows, address_rows, role_rows, photo_rows, index_rows = [], [], [], [], []
    tag_rows, expertise_rows, list_rows = [], [], []
    tags, skills = NameCache(m.Tag), NameCache(m.Skill)
    for n, (cid, data) in enumerate(zip(ids, items, strict=True)):
        rank = ranks[n] if ranks else None
        contact_rows_.append(_contact_row(cid, data, keys[n], rank, stamp))
        _field_rows(cid, data, field_rows)
        for position, a in enumerate(data.addresses):
            address_rows.append((cid, *(getattr(a, c) for c in _ADDRESS_COLUMNS), position))
        seen_tags: set[int] = set()
        for position, tag in enumerate(dict.fromkeys(t.strip() for t in data.tags if t.strip())):
            tag_id = tags.id_for(tag)
            if tag_id not in seen_tags:
                seen_tags.add(tag_id)
                tag_rows.append((cid, tag_id, position))
        role_rows.extend((cid, r.value) for r in data.roles)
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
    cursor = database.cursor()
    _many(cursor, "contact", _CONTACT_COLUMNS, contact_rows_)
    _many(
        cursor,
        "contact_field",
        ("contact_id", "kind", "label", "value", "normalized", "position", "pref"),
        field_rows,
    )
    _many(cursor, "address", ("contact_id", *_ADDRESS_COLUMNS, "position"), address_rows)
    _many(cursor, "contact_tag", ("contact_id", "tag_id", "position"), tag_rows)
    _many(cursor, "contact_role", ("contact_id", "role"), role_rows)
    _many(
        cursor,
        "expertise",
        ("contact_id", "skill_id", "level", "evidence", "confirmed_on", "position"),
        expertise_rows,
    )
    _many(cursor, "photo", ("contact_id", "data", "mime"), photo_rows)
    _many(cursor, "contact_index", ("rowid", *INDEX_COLUMNS), index_rows)
    if ranks is None:
        list_order.place_unranked()  # no room between the ranks: renumber once for all
    else:
        list_order.index_new(list_rows)
    return ids


def _contact_row(cid: int, data: ContactData, key: str, rank: int | None, stamp: str) -> tuple:
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


def _many(cursor: Any, table: str, columns: Sequence[str], rows: list) -> None:
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
