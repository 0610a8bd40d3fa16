"""Mapping between domain contacts and their database rows. Called inside a transaction."""

from __future__ import annotations

from datetime import datetime

from posse_desktop.db import models as m
from posse_desktop.domain import (
    Address,
    Contact,
    ContactData,
    Expertise,
    ExpertiseLevel,
    FieldKind,
    PartialDate,
    Role,
    StructuredName,
    TypedValue,
)
from posse_desktop.services import list_order
from posse_desktop.services.normalize import email_key, phone_index_text, phone_key, sort_key

_LIST_FIELDS = {
    FieldKind.EMAIL: "emails",
    FieldKind.PHONE: "phones",
    FieldKind.URL: "urls",
    FieldKind.IM: "ims",
}


def write_contact(row: m.Contact, data: ContactData, now: datetime, *, insert: bool) -> None:
    """Store `data` into `row` and its child rows, replacing what was there, and reindex."""
    _assign_scalars(row, data)
    row.updated_at = now
    if row.created_at is None:
        row.created_at = now
    row.save(force_insert=insert)
    _replace_children(row, data)
    index_contact(row.id, data)
    list_order.place([row.id])


def _assign_scalars(row: m.Contact, data: ContactData) -> None:
    name = data.name
    row.prefix, row.given, row.additional = name.prefix, name.given, name.additional
    row.family, row.suffix = name.family, name.suffix
    row.formatted_name = data.formatted_name
    row.sort_key = sort_key(data.display_name)
    row.nickname, row.org, row.department, row.title = (
        data.nickname,
        data.org,
        data.department,
        data.title,
    )
    for prefix, value in (("birthday", data.birthday), ("anniversary", data.anniversary)):
        setattr(row, f"{prefix}_year", value.year if value else None)
        setattr(row, f"{prefix}_month", value.month if value else None)
        setattr(row, f"{prefix}_day", value.day if value else None)
    row.notes, row.how_we_met = data.notes, data.how_we_met
    row.introduced_by = data.introduced_by_id
    row.cadence_days, row.strength_override = data.cadence_days, data.strength_override
    row.primary_email = _primary(data.emails)
    row.primary_phone = _primary(data.phones)
    row.has_photo = bool(data.photo)
    row.uid = data.uid
    row.vcard_source = data.vcard_source


def _primary(values: list[TypedValue]) -> str:
    for value in values:
        if value.pref:
            return value.value
    return values[0].value if values else ""


def _replace_children(row: m.Contact, data: ContactData) -> None:
    cid = row.id
    for model in (m.ContactField, m.Address, m.ContactTag, m.ContactRole, m.Expertise):
        model.delete().where(model.contact == cid).execute()
    m.Photo.delete().where(m.Photo.contact == cid).execute()

    field_rows = []
    for kind, attr in _LIST_FIELDS.items():
        for position, item in enumerate(getattr(data, attr)):
            field_rows.append(
                {
                    "contact": cid,
                    "kind": kind.value,
                    "label": item.label,
                    "value": item.value,
                    "normalized": _normalized(kind, item.value),
                    "position": position,
                    "pref": item.pref,
                }
            )
    if field_rows:
        m.ContactField.insert_many(field_rows).execute()
    address_rows = [
        {**_address_dict(a), "contact": cid, "position": i} for i, a in enumerate(data.addresses)
    ]
    if address_rows:
        m.Address.insert_many(address_rows).execute()
    for position, tag in enumerate(dict.fromkeys(t.strip() for t in data.tags if t.strip())):
        tag_row, _ = m.Tag.get_or_create(name=tag)
        m.ContactTag.create(contact=cid, tag=tag_row, position=position)
    if data.roles:
        m.ContactRole.insert_many([{"contact": cid, "role": r.value} for r in data.roles]).execute()
    seen_skills: set[int] = set()
    for position, exp in enumerate(data.expertise):
        if not exp.skill.strip():
            continue
        skill, _ = m.Skill.get_or_create(name=exp.skill.strip())
        if skill.id in seen_skills:
            continue
        seen_skills.add(skill.id)
        m.Expertise.create(
            contact=cid,
            skill=skill,
            level=exp.level.value,
            evidence=exp.evidence,
            confirmed_on=exp.confirmed_on,
            position=position,
        )
    if data.photo:
        m.Photo.create(contact=cid, data=data.photo, mime=data.photo_mime or "image/jpeg")


def _normalized(kind: FieldKind, value: str) -> str:
    if kind is FieldKind.EMAIL:
        return email_key(value)
    if kind is FieldKind.PHONE:
        return phone_key(value)
    return value.strip().lower()


def _address_dict(a: Address) -> dict:
    return {
        "label": a.label,
        "po_box": a.po_box,
        "extended": a.extended,
        "street": a.street,
        "locality": a.locality,
        "region": a.region,
        "postal_code": a.postal_code,
        "country": a.country,
        "pref": a.pref,
    }


# The FTS columns in the order index_text() returns their text.
INDEX_COLUMNS = ("name", "org", "emails", "phones", "notes", "tags", "expertise")


def index_text(data: ContactData) -> tuple[str, str, str, str, str, str, str]:
    """The contact's searchable text, one string per INDEX_COLUMNS entry (also used by bulk writers)."""
    roles = data.roles
    return (
        # FN and N usually spell the same name: once is enough for a search.
        " ".join(
            dict.fromkeys(filter(None, (data.display_name, data.name.formatted(), data.nickname)))
        ),
        " ".join(filter(None, (data.org, data.department, data.title))),
        " ".join(e.value for e in (*data.emails, *data.urls, *data.ims)),
        " ".join([phone_index_text(p.value) for p in data.phones]),
        " ".join(
            filter(
                None,
                (data.notes, data.how_we_met, *(" ".join(a.lines()) for a in data.addresses)),
            )
        ),
        # Roles in enum order, so the same contact always gets the same text.
        " ".join([*data.tags, *(r.label for r in Role if r in roles)] if roles else data.tags),
        " ".join(f"{e.skill} {e.evidence}" for e in data.expertise),
    )


def index_contact(contact_id: int, data: ContactData) -> None:
    """Write the contact's searchable text into the FTS index (same transaction as the row)."""
    m.ContactIndex.delete().where(m.ContactIndex.rowid == contact_id).execute()
    texts = zip(INDEX_COLUMNS, index_text(data), strict=True)
    values = {getattr(m.ContactIndex, col): text for col, text in texts}
    m.ContactIndex.insert({m.ContactIndex.rowid: contact_id, **values}).execute()


def unindex_contact(contact_id: int) -> None:
    list_order.remove([contact_id])
    m.ContactIndex.delete().where(m.ContactIndex.rowid == contact_id).execute()


def read_contact(row: m.Contact) -> Contact:
    cid = row.id
    lists: dict[str, list[TypedValue]] = {attr: [] for attr in _LIST_FIELDS.values()}
    for f in (
        m.ContactField.select()
        .where(m.ContactField.contact == cid)
        .order_by(m.ContactField.kind, m.ContactField.position)
    ):
        lists[_LIST_FIELDS[FieldKind(f.kind)]].append(TypedValue(f.value, f.label, f.pref))
    addresses = [
        Address(
            label=a.label,
            po_box=a.po_box,
            extended=a.extended,
            street=a.street,
            locality=a.locality,
            region=a.region,
            postal_code=a.postal_code,
            country=a.country,
            pref=a.pref,
        )
        for a in m.Address.select().where(m.Address.contact == cid).order_by(m.Address.position)
    ]
    tags = [
        t.name
        for t in m.Tag.select(m.Tag.name)
        .join(m.ContactTag)
        .where(m.ContactTag.contact == cid)
        .order_by(m.ContactTag.position)
    ]
    roles = {Role(r.role) for r in m.ContactRole.select().where(m.ContactRole.contact == cid)}
    expertise = [
        Expertise(e.skill.name, ExpertiseLevel(e.level), e.evidence, e.confirmed_on)
        for e in m.Expertise.select(m.Expertise, m.Skill)
        .join(m.Skill)
        .where(m.Expertise.contact == cid)
        .order_by(m.Expertise.position)
    ]
    photo = m.Photo.get_or_none(m.Photo.contact == cid)
    return Contact(
        id=cid,
        name=StructuredName(row.family, row.given, row.additional, row.prefix, row.suffix),
        formatted_name=row.formatted_name,
        nickname=row.nickname,
        org=row.org,
        department=row.department,
        title=row.title,
        birthday=_partial(row, "birthday"),
        anniversary=_partial(row, "anniversary"),
        notes=row.notes,
        how_we_met=row.how_we_met,
        introduced_by_id=row.introduced_by_id,
        cadence_days=row.cadence_days,
        strength_override=row.strength_override,
        addresses=addresses,
        tags=tags,
        roles=roles,
        expertise=expertise,
        photo=bytes(photo.data) if photo else None,
        photo_mime=photo.mime if photo else "",
        uid=row.uid,
        vcard_source=row.vcard_source,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        last_contacted_at=row.last_contacted_at,
        **lists,
    )


def _partial(row: m.Contact, prefix: str) -> PartialDate | None:
    month = getattr(row, f"{prefix}_month")
    day = getattr(row, f"{prefix}_day")
    if not month or not day:
        return None
    return PartialDate(getattr(row, f"{prefix}_year"), month, day)
