"""Create, read, edit, trash, restore and purge contacts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import peewee

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import Changes, Contact, ContactData, ContactSummary
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_rows import read_contact, unindex_contact, write_contact


class ContactNotFound(LookupError):
    pass


class ContactsService:
    def __init__(self, clock: Clock = system_clock) -> None:
        self._clock = clock

    # --- writes -------------------------------------------------------------------------------

    def create(self, data: ContactData, *, contact_id: int | None = None) -> tuple[int, Changes]:
        """Add a contact. `contact_id` re-creates a purged contact under its old id (redo)."""
        with database.atomic():
            row = m.Contact(id=contact_id) if contact_id else m.Contact()
            write_contact(row, data, self._clock(), insert=True)
        return row.id, Changes(
            contacts=frozenset({row.id}), contact_set=True, created=frozenset({row.id})
        )

    def update(self, contact_id: int, data: ContactData) -> Changes:
        with database.atomic():
            row = self._row(contact_id)
            write_contact(row, data, self._clock(), insert=False)
        return Changes(contacts=frozenset({contact_id}), contact_set=True)

    def trash(self, contact_ids: Iterable[int]) -> Changes:
        ids = list(contact_ids)
        with database.atomic():
            m.Contact.update(deleted_at=self._clock()).where(
                m.Contact.id.in_(ids) & m.Contact.deleted_at.is_null()
            ).execute()
        return Changes(contacts=frozenset(ids), contact_set=True)

    def restore(self, contact_ids: Iterable[int]) -> Changes:
        ids = list(contact_ids)
        with database.atomic():
            m.Contact.update(deleted_at=None).where(m.Contact.id.in_(ids)).execute()
        return Changes(contacts=frozenset(ids), contact_set=True)

    def purge(self, contact_ids: Iterable[int]) -> Changes:
        """Delete for good (children go by ON DELETE CASCADE)."""
        ids = list(contact_ids)
        with database.atomic():
            for cid in ids:
                unindex_contact(cid)
            m.Contact.delete().where(m.Contact.id.in_(ids)).execute()
        return Changes(contacts=frozenset(ids), contact_set=True, interactions=True)

    def empty_trash(self) -> Changes:
        ids = [
            r.id for r in m.Contact.select(m.Contact.id).where(m.Contact.deleted_at.is_null(False))
        ]
        return self.purge(ids) if ids else Changes()

    # --- reads --------------------------------------------------------------------------------

    def get(self, contact_id: int) -> Contact:
        return read_contact(self._row(contact_id))

    def summaries(self, contact_ids: Sequence[int]) -> dict[int, ContactSummary]:
        """Row data for a page of the list, in one query.

        Raw SQL on purpose: this runs on every scroll and keystroke, and building the same query
        with peewee costs more than running it.
        """
        if not contact_ids:
            return {}
        marks = ",".join("?" * len(contact_ids))
        rows = database.execute_sql(
            "SELECT id, formatted_name, given, family, org, title, primary_email, primary_phone, "
            f"has_photo, deleted_at FROM {m.Contact._meta.table_name} WHERE id IN ({marks})",
            tuple(contact_ids),
        )
        result = {}
        for cid, fn, given, family, org, title, email, phone, has_photo, deleted in rows:
            name = fn or " ".join(p for p in (given, family) if p) or org or email or phone
            result[cid] = ContactSummary(
                cid, name, org, title, email, phone, bool(has_photo), deleted is not None
            )
        return result

    def all_ids(self, *, trashed: bool = False) -> list[int]:
        """Every live (or trashed) contact id in list order."""
        c = m.Contact
        condition = c.deleted_at.is_null(not trashed)
        query = c.select(c.id).where(condition).order_by(c.sort_key, c.id).tuples()
        return [cid for (cid,) in query.iterator()]

    def count(self, *, trashed: bool = False) -> int:
        everyone = peewee.fn.COUNT(peewee.SQL("*"))
        in_trash = m.Contact.select(everyone).where(m.Contact.deleted_at.is_null(False)).scalar()
        if trashed:
            return in_trash
        # A bare COUNT(*) reads only the table's b-tree pages; "WHERE deleted_at IS NULL" steps
        # through every index entry: 0.2 ms against 6 ms for 100k contacts (the list's label).
        return m.Contact.select(everyone).scalar() - in_trash

    def photo(self, contact_id: int) -> tuple[bytes, str] | None:
        row = m.Photo.get_or_none(m.Photo.contact == contact_id)
        return (bytes(row.data), row.mime) if row else None

    def known_tags(self) -> list[str]:
        return [t.name for t in m.Tag.select(m.Tag.name).order_by(m.Tag.name)]

    def known_skills(self) -> list[str]:
        return [s.name for s in m.Skill.select(m.Skill.name).order_by(m.Skill.name)]

    def _row(self, contact_id: int) -> m.Contact:
        try:
            return m.Contact.get_by_id(contact_id)
        except peewee.DoesNotExist:
            raise ContactNotFound(f"no contact with id {contact_id}") from None
