"""Integrity, schema version and counts: what `posse-cli check` reports."""

from __future__ import annotations

from dataclasses import dataclass, field

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.db.migrations import SCHEMA_VERSION, current_version


@dataclass
class HealthReport:
    path: str
    integrity: str
    schema_version: int
    supported_version: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.schema_version == self.supported_version


def check(*, quick: bool = False) -> HealthReport:
    pragma = "quick_check" if quick else "integrity_check"
    rows = database.execute_sql(f"PRAGMA {pragma}").fetchall()
    integrity = "; ".join(r[0] for r in rows)
    live = m.Contact.select().where(m.Contact.deleted_at.is_null()).count()
    counts = {
        "contacts": live,
        "trashed": m.Contact.select().where(m.Contact.deleted_at.is_null(False)).count(),
        "interactions": m.Interaction.select().count(),
        "relationships": m.Relationship.select().count(),
        "help_requests": m.HelpRequest.select().count(),
        "tags": m.Tag.select().count(),
        "skills": m.Skill.select().count(),
    }
    return HealthReport(
        database.database, integrity, current_version(database), SCHEMA_VERSION, counts
    )
