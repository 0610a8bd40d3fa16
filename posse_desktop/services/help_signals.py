"""Relationship strength and favor balance as ask-for-help and coverage read them.

Strength comes from the timeline's cached score (services/strength.py: one multiplication per
contact, no pass over the interactions); the favor balance from the ledger (services/ledger.py),
which reads each person's favors, so it is asked only for the few people shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from posse_desktop.db.connection import database
from posse_desktop.services.contact_refs import CHUNK
from posse_desktop.services.ledger import GIVEN_KINDS, RECEIVED_KINDS
from posse_desktop.services.strength import strength_from_score

STRONG = 50  # "someone you know well" starts here
STALE_DAYS = 2 * 365  # "not spoken to in years"


@dataclass(frozen=True)
class Signals:
    strength: int = 0  # 0-100
    favor_balance: int = 0  # favors you gave minus received; > 0: they owe you


def strength_of(override: int | None, score: float | None, now: datetime) -> int:
    """The user's override if set, else the strength from the cached epoch score."""
    if override is not None:
        return max(0, min(100, int(override)))
    return strength_from_score(score, now)


def favor_balances(contact_ids: Iterable[int]) -> dict[int, int]:
    """Favors given minus received per contact, counted as the ledger counts them.

    The ledger's own query lets SQLite pick the (kind, occurred_at) index, a walk over every favor
    in the timeline once more than a few contacts are asked about; CROSS JOIN pins the order to
    "this contact's interactions, then their kind": an index range per contact.
    """
    ids = sorted(set(contact_ids))
    given = sorted(k.value for k in GIVEN_KINDS)
    received = sorted(k.value for k in RECEIVED_KINDS)
    kinds = ",".join("?" * (len(given) + len(received)))
    result = dict.fromkeys(ids, 0)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT ic.contact_id, i.kind, count(*) FROM interaction_contact AS ic "
            "CROSS JOIN interaction AS i ON i.id = ic.interaction_id "
            f"WHERE ic.contact_id IN ({marks}) AND i.kind IN ({kinds}) "
            "GROUP BY ic.contact_id, i.kind"
        )
        for cid, kind, count in database.execute_sql(sql, (*chunk, *given, *received)):
            result[cid] += count if kind in given else -count
    return result


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
