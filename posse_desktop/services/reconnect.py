"""The Reconnect list query: score every tracked contact in one SQL statement, return the top N.

Tracked: an own cadence > 0, or a role or tag that has a default (everyone when a fallback is set).
Each row's effective cadence is computed in SQL with the same rules as CadenceService.effective();
names are fetched afterwards for the N returned only. The cost grows with the number of tracked
contacts (about 45k of the 100k in the benchmark's demo network, a few hundred ms; see
tests/benchmarks/bench_timeline.py). Caching the effective cadence on Contact would let the query
walk an index per cadence value and stop early instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from posse_desktop.db import models as m
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


def top_due(defaults: CadenceDefaults, today: date, factor: float, limit: int) -> list[Scored]:
    """The `limit` due, live, unsnoozed contacts with the highest score, best first."""
    if limit <= 0:
        return []
    query = _Query(defaults, today, factor)
    return query.run(*query.tracked_ids(), limit)


class _Query:
    def __init__(self, defaults: CadenceDefaults, today: date, factor: float) -> None:
        self.defaults = defaults
        self.today = today.isoformat()
        self.factor = factor
        names = [t.casefold() for t in defaults.tags]
        rows = m.Tag.select(m.Tag.id, m.Tag.name).tuples() if names else []
        by_name = {t.casefold(): d for t, d in defaults.tags.items()}
        self.tag_days = {
            tid: by_name[name.casefold()] for tid, name in rows if name.casefold() in by_name
        }

    def tracked_ids(self) -> tuple[str, list]:
        """Every contact that may have a cadence."""
        if self.defaults.fallback:
            return "SELECT id FROM contact", []
        parts = ["SELECT id FROM contact WHERE cadence_days > 0"]
        params: list = []
        if self.defaults.roles:
            marks = ", ".join("?" * len(self.defaults.roles))
            parts.append(f"SELECT contact_id FROM contact_role WHERE role IN ({marks})")
            params += [r.value for r in self.defaults.roles]
        if self.tag_days:
            marks = ", ".join("?" * len(self.tag_days))
            parts.append(f"SELECT contact_id FROM contact_tag WHERE tag_id IN ({marks})")
            params += list(self.tag_days)
        return " UNION ".join(parts), params

    def cadence_sql(self) -> tuple[str, list]:
        """The effective cadence of contact `c` (NULL: not tracked)."""
        parts: list[str] = []
        params: list = []
        if self.defaults.roles:
            whens = " ".join("WHEN ? THEN ?" for _ in self.defaults.roles)
            parts.append(
                f"SELECT CASE cr.role {whens} END AS d FROM contact_role cr "
                "WHERE cr.contact_id = c.id"
            )
            for role, days in self.defaults.roles.items():
                params += [role.value, days]
        if self.tag_days:
            whens = " ".join("WHEN ? THEN ?" for _ in self.tag_days)
            parts.append(
                f"SELECT CASE ct.tag_id {whens} END AS d FROM contact_tag ct "
                "WHERE ct.contact_id = c.id"
            )
            for tag_id, days in self.tag_days.items():
                params += [tag_id, days]
        linked = f"(SELECT MIN(d) FROM ({' UNION ALL '.join(parts)}))" if parts else "NULL"
        sql = (
            "CASE WHEN c.cadence_days IS NOT NULL THEN NULLIF(c.cadence_days, 0) "
            f"ELSE COALESCE({linked}, ?) END"
        )
        return sql, [*params, self.defaults.fallback]

    def run(self, source_sql: str, source_params: list, limit: int) -> list[Scored]:
        cadence, cadence_params = self.cadence_sql()
        # Clamped to 0-100 whatever a bulk writer stored in strength_override.
        strength = (
            "MIN(100, MAX(0, COALESCE(c.strength_override, ROUND(100.0 * "
            "COALESCE(c.strength_score, 0) * ? / (COALESCE(c.strength_score, 0) * ? + ?)))))"
        )
        since = (
            "julianday(?) - julianday(substr(COALESCE(c.last_contacted_at, c.created_at), 1, 10))"
        )
        sql = (
            "SELECT id, days, last_contacted_at, created_at, since, strength, "
            "(since * 1.0 / days) * (0.5 + strength / 100.0) AS score FROM ("
            f"SELECT c.id, {cadence} AS days, c.last_contacted_at, c.created_at, "
            f"MAX(0, {since}) AS since, {strength} AS strength FROM contact c "
            f"WHERE c.id IN ({source_sql}) AND c.deleted_at IS NULL "
            "AND (c.snoozed_until IS NULL OR c.snoozed_until <= ?)) "
            "WHERE days > 0 AND since >= days ORDER BY score DESC, id LIMIT ?"
        )
        params = [
            *cadence_params,
            self.today,
            self.factor,
            self.factor,
            SATURATION,
            *source_params,
            self.today,
            limit,
        ]
        return [
            Scored(cid, days, last, created, int(since), int(strength), score)
            for cid, days, last, created, since, strength, score in database.execute_sql(
                sql, params
            ).fetchall()
        ]
