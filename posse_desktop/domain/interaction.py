"""A logged interaction with one or more contacts."""

from dataclasses import dataclass, field
from datetime import date, datetime

from posse_desktop.domain.enums import InteractionKind


@dataclass
class Interaction:
    occurred_at: datetime
    kind: InteractionKind
    summary: str
    contact_ids: list[int] = field(default_factory=list)
    details: str = ""
    follow_up_on: date | None = None
    id: int | None = None
