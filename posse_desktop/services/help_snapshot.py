"""What ranking needs of every live contact, held in memory for the day.

For 100k contacts a broad question touches tens of thousands of skill holders; reading their rows
per question is far too slow. The snapshot keeps, per live contact, the relationship part of the
score (recency x closeness, computed for the calendar day: days since last contact are counted in
calendar days, strength at the day's start), and per skill its holders sorted by level x that
factor, so ranking reads only the top of each list.

It is rebuilt on a new day, or when anything in the database changed since it was taken: SQLite's
`data_version` moves on a commit by another connection (another thread or process),
`total_changes` on every row this connection wrote. Checking both costs one PRAGMA per question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from posse_desktop.db.connection import database
from posse_desktop.domain import ExpertiseLevel, Role
from posse_desktop.services.help_score import LEVEL_WEIGHT, closeness_factor, recency_factor
from posse_desktop.services.help_signals import strength_of

LEVELS = {level.value: level for level in ExpertiseLevel}


@dataclass(frozen=True)
class Person:
    days: int | None  # calendar days since last contact
    strength: int
    weight: float  # recency x closeness


@dataclass(frozen=True)
class Snapshot:
    """people: live contacts by id.

    holders: skill id -> [(level weight x person weight, contact id, level)], best first.
    skills_of: contact id -> [(skill id, level)].
    """

    day: date
    people: dict[int, Person]
    holders: dict[int, list[tuple[float, int, ExpertiseLevel]]]
    skills_of: dict[int, list[tuple[int, ExpertiseLevel]]]
    # Filled as questions need them (reading everyone's favors up front takes seconds).
    balances: dict[int, int] = field(default_factory=dict)
    roles: dict[int, tuple[Role, ...]] = field(default_factory=dict)
    _holder_ids: dict[int, frozenset[int]] = field(default_factory=dict)

    def holder_ids(self, skill_id: int) -> frozenset[int]:
        ids = self._holder_ids.get(skill_id)
        if ids is None:
            ids = frozenset(cid for _, cid, _ in self.holders.get(skill_id, ()))
            self._holder_ids[skill_id] = ids
        return ids


class SnapshotCache:
    def __init__(self) -> None:
        self._stamp: tuple[object, ...] | None = None
        self._snapshot: Snapshot | None = None

    def get(self, day: date) -> Snapshot:
        stamp = (day, *_db_stamp())
        if self._snapshot is None or stamp != self._stamp:
            self._snapshot = build(day)
            # Loading writes nothing; if someone committed meanwhile, reload next time.
            self._stamp = stamp if (day, *_db_stamp()) == stamp else None
        return self._snapshot

    def clear(self) -> None:
        self._snapshot, self._stamp = None, None


def _db_stamp() -> tuple[object, ...]:
    connection = database.connection()
    (version,) = connection.execute("PRAGMA data_version").fetchone()
    return (id(connection), version, connection.total_changes)


def build(day: date) -> Snapshot:
    start = datetime.combine(day, time())
    people: dict[int, Person] = {}
    for cid, days, override, score in database.execute_sql(
        "SELECT id, CAST(julianday(?) - julianday(date(last_contacted_at)) AS INTEGER), "
        "strength_override, strength_score FROM contact WHERE deleted_at IS NULL",
        (day.isoformat(),),
    ):
        strength = strength_of(override, score, start)
        people[cid] = Person(days, strength, recency_factor(days) * closeness_factor(strength))
    holders: dict[int, list[tuple[float, int, ExpertiseLevel]]] = {}
    skills_of: dict[int, list[tuple[int, ExpertiseLevel]]] = {}
    average = ExpertiseLevel.AVERAGE
    for cid, sid, level_text in database.execute_sql(
        "SELECT contact_id, skill_id, level FROM expertise"
    ):
        person = people.get(cid)
        if person is None:
            continue
        level = LEVELS.get(level_text, average)
        holders.setdefault(sid, []).append((LEVEL_WEIGHT[level] * person.weight, cid, level))
        skills_of.setdefault(cid, []).append((sid, level))
    for entries in holders.values():
        entries.sort(key=lambda e: (-e[0], e[1]))
    return Snapshot(day, people, holders, skills_of)
