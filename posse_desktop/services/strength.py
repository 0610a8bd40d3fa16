"""Relationship strength, 0-100, from frequency, recency and depth of the logged interactions.

The model: every interaction adds its kind's weight (a coffee or a favor counts three times an
email), and that contribution halves every HALF_LIFE_DAYS. The decayed sum V grows with frequency
and depth and shrinks with time since the last contact; strength = 100 * V / (V + SATURATION), so
one coffee yesterday is 33, a monthly coffee for a year about 79, and a strong tie that has been
silent for two years fades to about a quarter of what it was.

Caching: V changes every day, but its value referred to a fixed EPOCH does not:
    score = sum(weight * 2 ** ((occurred_at - EPOCH) / HALF_LIFE))    stored in Contact.strength_score
    V(now) = score * 2 ** (-(now - EPOCH) / HALF_LIFE)                one multiplication per contact
so a ranked list of 100k contacts needs no pass over the interactions. refresh_caches() keeps the
column (and Contact.last_contacted_at, from the same rows) right after every timeline write.

A user-set Contact.strength_override (0-100) wins over the computed value.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import Changes, InteractionKind
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_refs import CHUNK
from posse_desktop.services.localtime import days_between, local_now

K = InteractionKind
KIND_WEIGHTS: dict[InteractionKind, float] = {
    K.COFFEE: 3.0,
    K.MEETING: 3.0,
    K.FAVOR_GIVEN: 3.0,
    K.FAVOR_RECEIVED: 3.0,
    K.INTRO_MADE: 3.0,
    K.INTRO_RECEIVED: 3.0,
    K.GOT_HELP: 3.0,
    K.CALL: 2.0,
    K.EVENT: 1.5,
    K.ASKED_FOR_HELP: 1.5,
    K.EMAIL: 1.0,
    K.MESSAGE: 1.0,
    K.NOTE: 0.0,  # a note to self is not contact
}
DEEP_KINDS = frozenset(k for k, w in KIND_WEIGHTS.items() if w >= 3.0)
# Kinds that are not contact with the person: they neither reset "last contacted" nor add strength.
NOT_CONTACT = frozenset({K.NOTE})

EPOCH = datetime(2000, 1, 1)
HALF_LIFE_DAYS = 180.0
SATURATION = 6.0  # the decayed weight at which strength is 50


@dataclass(frozen=True)
class StrengthReport:
    """What the meter shows and its tooltip explains.

    Attributes:
        value: what to show: the override if set, else the computed strength.
        computed: strength from the interactions alone.
        override: the user's value, or None.
        reasons: short sentences for the tooltip, most telling first.
        interactions_last_year: frequency, counted over the last 365 days.
        days_since_last: recency in calendar days, None if never contacted.
        deep_share: depth, the share (0-1) of coffees, meetings, favors and introductions.
    """

    value: int
    computed: int
    override: int | None
    reasons: list[str] = field(default_factory=list)
    interactions_last_year: int = 0
    days_since_last: int | None = None
    deep_share: float = 0.0
    # The deep kinds of the past year, most frequent first (at most 3): (InteractionKind, count).
    deep_kinds: tuple[tuple[str, int], ...] = ()


def weight_of(kind: str) -> float:
    try:
        return KIND_WEIGHTS[InteractionKind(kind)]
    except ValueError:
        return 1.0


def epoch_score(rows: Iterable[tuple[datetime, str]]) -> float:
    """The cached, time-independent score of (occurred_at, kind) rows."""
    total = 0.0
    for occurred_at, kind in rows:
        weight = weight_of(kind)
        if weight:
            days = (occurred_at - EPOCH).total_seconds() / 86400.0
            total += weight * 2.0 ** (days / HALF_LIFE_DAYS)
    return total


def decay_factor(now: datetime) -> float:
    """Multiply a cached score by this to get the decayed weight V at `now`."""
    days = (now - EPOCH).total_seconds() / 86400.0
    return 2.0 ** (-days / HALF_LIFE_DAYS)


def strength_from_score(score: float | None, now: datetime) -> int:
    decayed = (score or 0.0) * decay_factor(now)
    return round(100.0 * decayed / (decayed + SATURATION))


def ago(days: int | None) -> str:
    """'today', '3 days ago', '5 weeks ago', '4 months ago', '2 years ago', 'never'."""
    if days is None:
        return "never"
    if days < 0:
        return f"in {-days} days"
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    # (from how many days, unit length, unit): "10 days ago", then weeks, months, years.
    for threshold, length, unit in ((365, 365, "year"), (60, 30, "month"), (14, 7, "week")):
        if days >= threshold:
            count = days // length
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    return f"{days} days ago"


# --- caches on Contact (called inside the writer's transaction) ------------------------------


def _parse(value: str | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _rows_by_contact(contact_ids: list[int]) -> dict[int, list[tuple[datetime, str]]]:
    rows: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    for start in range(0, len(contact_ids), CHUNK):
        chunk = contact_ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        cursor = database.execute_sql(
            "SELECT ic.contact_id, i.occurred_at, i.kind FROM interaction_contact ic "
            f"JOIN interaction i ON i.id = ic.interaction_id WHERE ic.contact_id IN ({marks})",
            chunk,
        )
        for cid, occurred_at, kind in cursor.fetchall():
            rows[cid].append((_parse(occurred_at), kind))
    return rows


def _cache_values(rows: list[tuple[datetime, str]]) -> tuple[str | None, float | None]:
    contact_times = [at for at, kind in rows if kind not in NOT_CONTACT]
    last = str(max(contact_times)) if contact_times else None
    return last, (epoch_score(rows) if rows else None)


def refresh_caches(contact_ids: Iterable[int]) -> None:
    """Recompute Contact.last_contacted_at and strength_score of these contacts from their rows.

    Call inside the transaction that changed their interactions. Last contacted is the newest
    interaction that is not a note, future-dated ones included: a planned coffee is not going cold.
    """
    ids = sorted(set(contact_ids))
    if not ids:
        return
    rows = _rows_by_contact(ids)
    database.cursor().executemany(
        "UPDATE contact SET last_contacted_at = ?, strength_score = ? WHERE id = ?",
        [(*_cache_values(rows.get(cid, [])), cid) for cid in ids],
    )


def rebuild_all_caches(batch: int = 5000) -> Changes:
    """Recompute both cached columns for every contact (after a bulk import or demo data)."""
    with database.atomic():
        ids = [cid for (cid,) in database.execute_sql("SELECT id FROM contact").fetchall()]
        for start in range(0, len(ids), batch):
            refresh_caches(ids[start : start + batch])
    return Changes(contacts=frozenset(ids), interactions=True)


# --- the service ------------------------------------------------------------------------------


class StrengthService:
    def __init__(self, clock: Clock = system_clock, tz: tzinfo | None = None) -> None:
        self._clock = clock
        self._tz = tz

    def report(self, contact_id: int) -> StrengthReport:
        """Strength of one contact with the reasons, computed from its interactions."""
        now = local_now(self._clock, self._tz)
        override = (
            m.Contact.select(m.Contact.strength_override).where(m.Contact.id == contact_id).scalar()
        )
        rows = _rows_by_contact([contact_id]).get(contact_id, [])
        computed = strength_from_score(epoch_score(rows), now) if rows else 0
        contacts = [(at, kind) for at, kind in rows if kind not in NOT_CONTACT]
        last = max((at for at, _ in contacts), default=None)
        days_since = max(0, days_between(last, now)) if last else None
        last_year = [kind for at, kind in contacts if 0 <= days_between(at, now) <= 365]
        deep = sum(1 for kind in last_year if kind in DEEP_KINDS)
        reasons = _reasons(computed, override, len(last_year), days_since, deep, last_year)
        return StrengthReport(
            value=override if override is not None else computed,
            computed=computed,
            override=override,
            reasons=reasons,
            interactions_last_year=len(last_year),
            days_since_last=days_since,
            deep_share=deep / len(last_year) if last_year else 0.0,
            deep_kinds=_deep_kinds(last_year),
        )

    def values(self, contact_ids: Iterable[int]) -> dict[int, int]:
        """Strength of many contacts from the cached score (one query; for list meters)."""
        now = local_now(self._clock, self._tz)
        result: dict[int, int] = {}
        ids = list(dict.fromkeys(contact_ids))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            cursor = database.execute_sql(
                f"SELECT id, strength_override, strength_score FROM contact WHERE id IN ({marks})",
                chunk,
            )
            for cid, override, score in cursor.fetchall():
                result[cid] = override if override is not None else strength_from_score(score, now)
        return result

    def set_override(self, contact_id: int, value: int | None) -> Changes:
        """Pin the strength to `value` (0-100), or None to go back to the computed value."""
        if value is not None and not 0 <= value <= 100:
            raise ValueError(f"strength must be between 0 and 100, not {value}")
        with database.atomic():
            updated = (
                m.Contact.update(strength_override=value)
                .where(m.Contact.id == contact_id)
                .execute()
            )
        if not updated:
            raise LookupError(f"no contact with id {contact_id}")
        return Changes(contacts=frozenset({contact_id}))


def _reasons(
    computed: int,
    override: int | None,
    last_year: int,
    days_since: int | None,
    deep: int,
    kinds: list[str],
) -> list[str]:
    reasons: list[str] = []
    if override is not None:
        reasons.append(f"set by you to {override} (from interactions: {computed})")
    if days_since is None:
        reasons.append("never contacted")
        return reasons
    reasons.append(f"last contact {ago(days_since)}")
    if last_year:
        plural = "s" if last_year != 1 else ""
        reasons.append(f"{last_year} interaction{plural} in the past year")
    else:
        reasons.append("no interactions in the past year")
    if kinds:
        if deep:
            top = ", ".join(f"{n} × {InteractionKind(k).label}" for k, n in _deep_kinds(kinds))
            reasons.append(f"in depth: {top}")
        else:
            reasons.append("only light touches (emails, messages, calls) this year")
    return reasons


def _deep_kinds(kinds: list[str]) -> tuple[tuple[str, int], ...]:
    return tuple(Counter(k for k in kinds if k in DEEP_KINDS).most_common(3))
