"""Helpers for the timeline, cadence, strength, ledger and upcoming tests: fixed clocks, people."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from posse_desktop.domain import ContactData, Interaction, InteractionKind, PartialDate, Role
from posse_desktop.services.clock import Clock
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.timeline import TimelineService

# Every test runs "now" at a fixed moment, never today's date.
NOW = datetime(2024, 6, 15, 12, 0)


def fixed(moment: datetime) -> Clock:
    return lambda: moment


def add_person(
    name: str,
    *,
    created: datetime = datetime(2020, 1, 1, 9, 0),
    roles: Iterable[Role] = (),
    tags: Iterable[str] = (),
    cadence_days: int | None = None,
    birthday: PartialDate | None = None,
    anniversary: PartialDate | None = None,
) -> int:
    data = ContactData(
        formatted_name=name,
        roles=set(roles),
        tags=list(tags),
        cadence_days=cadence_days,
        birthday=birthday,
        anniversary=anniversary,
    )
    contact_id, _ = ContactsService(clock=fixed(created)).create(data)
    return contact_id


def log(
    contact_ids: int | list[int],
    at: datetime,
    kind: InteractionKind = InteractionKind.COFFEE,
    summary: str = "catch-up",
    *,
    follow_up_on: date | None = None,
    details: str = "",
    clock: Clock | None = None,
) -> int:
    ids = [contact_ids] if isinstance(contact_ids, int) else list(contact_ids)
    interaction = Interaction(
        occurred_at=at,
        kind=kind,
        summary=summary,
        contact_ids=ids,
        details=details,
        follow_up_on=follow_up_on,
    )
    new_id, _ = TimelineService(clock=clock or fixed(NOW)).log(interaction)
    return new_id
