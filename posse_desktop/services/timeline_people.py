"""SQL for the timeline's tag and role filters: who has the tag/role, and whether to drive by them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import Role

if TYPE_CHECKING:
    from posse_desktop.services.timeline import TimelineFilter

# Up to this many interactions of the filtered people, read theirs and sort; beyond, walk the
# whole timeline newest-first and test each row.
DRIVE_BY_PEOPLE_MAX = 5000


def people_filter(filt: TimelineFilter) -> tuple[str, list]:
    """SQL selecting the ids of contacts with the tag and the role; '' when neither is set."""
    parts: list[str] = []
    params: list = []
    if filt.tag:
        tag_id = m.Tag.select(m.Tag.id).where(m.Tag.name == filt.tag.strip()).scalar()
        if tag_id is None:
            return "none", []
        parts.append("SELECT contact_id FROM contact_tag WHERE tag_id = ?")
        params.append(tag_id)
    if filt.role:
        parts.append("SELECT contact_id FROM contact_role WHERE role = ?")
        params.append(Role(filt.role).value)
    return " INTERSECT ".join(parts), params


def exists_person(people_sql: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM interaction_contact ic2 WHERE ic2.interaction_id = i.id "
        # Unary +: probe this interaction's one or two links against the set, never the index
        # once per person in the set (the plan SQLite picks otherwise: thousands of probes a row).
        f"AND +ic2.contact_id IN ({people_sql}))"
    )


def few_interactions(people_sql: str, params: list) -> bool:
    count = database.execute_sql(
        "SELECT COUNT(*) FROM (SELECT 1 FROM interaction_contact "
        f"WHERE contact_id IN ({people_sql}) LIMIT ?)",
        [*params, DRIVE_BY_PEOPLE_MAX + 1],
    ).fetchone()[0]
    return count <= DRIVE_BY_PEOPLE_MAX
