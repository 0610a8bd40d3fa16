"""Relationship strength and favor balance for a handful of contacts: the one swap point.

Ask-for-help, paths and coverage read both through `relationship_signals`. Until the timeline's
strength and ledger services are in place this computes them from the raw interactions of the
contacts asked about (an index range per contact, never a scan of the whole timeline).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from posse_desktop.db.connection import database
from posse_desktop.domain import InteractionKind

STRONG = 50  # "someone you know well" starts here
STALE_DAYS = 2 * 365  # "not spoken to in years"
_HALF_LIFE_DAYS = 180.0
_WINDOW_DAYS = 3 * 365
_CHUNK = 500

# Favors you did them (they owe you) and favors they did you.
GIVEN_KINDS = (InteractionKind.FAVOR_GIVEN.value, InteractionKind.INTRO_MADE.value)
RECEIVED_KINDS = (
    InteractionKind.FAVOR_RECEIVED.value,
    InteractionKind.GOT_HELP.value,
    InteractionKind.INTRO_RECEIVED.value,
)


@dataclass(frozen=True)
class Signals:
    strength: int = 0  # 0-100
    favor_balance: int = 0  # > 0: they owe you


def relationship_signals(
    contact_ids: Iterable[int], now: datetime, overrides: dict[int, int | None] | None = None
) -> dict[int, Signals]:
    """Strength and favor balance of each contact (missing ids: no interactions, no override).

    Args:
        overrides: the contacts' `strength_override` when the caller has it already read.
    """
    ids = sorted(set(contact_ids))
    decayed: dict[int, float] = dict.fromkeys(ids, 0.0)
    balance: dict[int, int] = dict.fromkeys(ids, 0)
    given, received = set(GIVEN_KINDS), set(RECEIVED_KINDS)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT ic.contact_id, i.kind, julianday(?) - julianday(ic.occurred_at) "
            "FROM interaction_contact AS ic JOIN interaction AS i ON i.id = ic.interaction_id "
            f"WHERE ic.contact_id IN ({marks})"
        )
        for cid, kind, age in database.execute_sql(sql, (_iso(now), *chunk)):
            if kind in given:
                balance[cid] += 1
            elif kind in received:
                balance[cid] -= 1
            if age is not None and age <= _WINDOW_DAYS:
                decayed[cid] += 0.5 ** (max(age, 0.0) / _HALF_LIFE_DAYS)
    if overrides is None:
        overrides = strength_overrides(ids)
    result = {}
    for cid in ids:
        override = overrides.get(cid)
        strength = override if override is not None else _strength_from(decayed[cid])
        result[cid] = Signals(max(0, min(100, int(strength))), balance[cid])
    return result


def strength_overrides(contact_ids: Sequence[int]) -> dict[int, int | None]:
    result: dict[int, int | None] = {}
    for chunk in _chunks(list(contact_ids)):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, strength_override FROM contact WHERE id IN ({marks})"
        result.update(database.execute_sql(sql, chunk).fetchall())
    return result


def _strength_from(decayed: float) -> int:
    # Saturating: one talk this week ~ 22, a handful this season ~ 70, weekly contact ~ 100.
    return round(100 * (1 - math.exp(-decayed / 4)))


def strength_label(strength: int) -> str:
    if strength >= 70:
        return "strong"
    if strength >= 45:
        return "good"
    if strength >= 20:
        return "fading"
    return "cold"


def days_since(then: datetime | None, now: datetime) -> float | None:
    if then is None:
        return None
    return max(0.0, (now - then).total_seconds() / 86400)


def is_stale(last_contacted_at: datetime | None, now: datetime) -> bool:
    days = days_since(last_contacted_at, now)
    return days is None or days > STALE_DAYS


def _iso(moment: datetime) -> str:
    return moment.isoformat(sep=" ")


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
