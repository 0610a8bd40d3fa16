"""A small hand-built network for the ask-for-help tests, through the real services."""

from __future__ import annotations

from datetime import datetime, timedelta

from posse_desktop.db import models as m
from posse_desktop.domain import (
    ContactData,
    Expertise,
    ExpertiseLevel,
    Interaction,
    InteractionKind,
    Role,
)
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.timeline import TimelineService

NOW = datetime(2025, 6, 2, 12, 0)
EXPERT, AVERAGE, BEGINNER = ExpertiseLevel.EXPERT, ExpertiseLevel.AVERAGE, ExpertiseLevel.BEGINNER


def clock() -> datetime:
    return NOW


class Network:
    def __init__(self) -> None:
        self.contacts = ContactsService(clock)
        self.timeline = TimelineService(clock)
        self.ids: dict[str, int] = {}

    def person(
        self,
        name: str,
        *skills: tuple[str, ExpertiseLevel],
        org: str = "",
        department: str = "",
        title: str = "",
        notes: str = "",
        roles: tuple[Role, ...] = (),
        introduced_by: str | None = None,
        strength: int | None = None,
    ) -> int:
        data = ContactData(
            formatted_name=name,
            org=org,
            department=department,
            title=title,
            notes=notes,
            roles=set(roles),
            expertise=[Expertise(s, level) for s, level in skills],
            introduced_by_id=self.ids[introduced_by] if introduced_by else None,
            strength_override=strength,
        )
        cid, _ = self.contacts.create(data)
        self.ids[name] = cid
        return cid

    def talk(
        self,
        *names: str,
        days_ago: float,
        kind: InteractionKind = InteractionKind.COFFEE,
        summary: str = "catch-up",
        times: int = 1,
    ) -> None:
        for i in range(times):
            self.timeline.log(
                Interaction(
                    occurred_at=NOW - timedelta(days=days_ago + i),
                    kind=kind,
                    summary=summary,
                    contact_ids=[self.ids[n] for n in names],
                )
            )

    def relate(self, a: str, b: str, kind: str = "colleague") -> None:
        m.Relationship.create(from_contact=self.ids[a], to_contact=self.ids[b], kind=kind)
