"""The Reconnect list query: the top N due contacts by overdue ratio weighted by strength.

Each contact's effective cadence and due date are cached on its row by triggers (see
db/cadence_cache.py), under a covering index of the due live contacts. So the list is one range
scan of that index up to today, over the contacts due (not every tracked contact), reading no
contact row, then a sort of those by score; names are fetched afterwards for the N returned only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from posse_desktop.db.cadence_cache import DUE_INDEX
from posse_desktop.db.connection import database
from posse_desktop.services.strength import SATURATION

if TYPE_CHECKING:
    from posse_desktop.services.cadence import CadenceDefaults


@dataclass(frozen=True)
class Scored:
    contact_id: int
    cadence_days: int
    last_contacted_at: str | None
    created_at: str
    days_since: int
    strength: int
    score: float


# Clamped to 0-100 whatever a bulk writer stored in strength_override.
_STRENGTH = (
    "MIN(100, MAX(0, COALESCE(c.strength_override, ROUND(100.0 * "
    "COALESCE(c.strength_score, 0) * ? / (COALESCE(c.strength_score, 0) * ? + ?)))))"
)
_SINCE = "julianday(?) - julianday(substr(COALESCE(c.last_contacted_at, c.created_at), 1, 10))"
_SQL = (
    "SELECT id, days, last_contacted_at, created_at, since, strength, "
    "(since * 1.0 / days) * (0.5 + strength / 100.0) AS score FROM ("
    "SELECT c.id, c.cadence_effective AS days, c.last_contacted_at, c.created_at, "
    f"MAX(0, {_SINCE}) AS since, {_STRENGTH} AS strength FROM contact c INDEXED BY {DUE_INDEX} "
    "WHERE c.deleted_at IS NULL AND c.due_on IS NOT NULL AND c.due_on <= ? "
    "AND (c.snoozed_until IS NULL OR c.snoozed_until <= ?)) "
    "ORDER BY score DESC, id LIMIT ?"
)


def top_due(defaults: CadenceDefaults, today: date, factor: float, limit: int) -> list[Scored]:
    """The `limit` due, live, unsnoozed contacts with the highest score, best first.

    `defaults` are already applied by the cache; the argument stays for callers' symmetry.
    """
    if limit <= 0:
        return []
    day = today.isoformat()
    params = [day, factor, factor, SATURATION, day, day, limit]
    return [
        Scored(cid, days, last, created, int(since), int(strength), score)
        for cid, days, last, created, since, strength, score in database.execute_sql(
            _SQL, params
        ).fetchall()
    ]
