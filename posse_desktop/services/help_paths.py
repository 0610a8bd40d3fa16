"""Second degree: who you know well that can introduce you to someone with the skill.

Links between two contacts come from relationships (either direction), introduced-by, and
interactions logged with both of them. A path starts at someone you know well (strength >= STRONG
and spoken to in the last two years). Hops count from you, as in "second degree": you -> Dana ->
Omar is two hops, the default limit; `max_hops=3` also finds you -> Dana -> Lee -> Omar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from posse_desktop.db.connection import database
from posse_desktop.domain.help import HelpPath, PathStep
from posse_desktop.services.help_score import recency_factor
from posse_desktop.services.help_signals import STALE_DAYS, STRONG, strength_label, strength_of

MAX_TARGETS = 25
MAX_FRONTIER = 300
SECOND_HOP_PENALTY = 0.6
SHARED_WINDOW_DAYS = 3 * 365

# kind -> (weight, how the *other* person relates to the named one).
_KINDS: dict[str, tuple[float, str]] = {
    "friend": (1.0, "friend of {}"),
    "spouse": (1.0, "partner of {}"),
    "sweetheart": (1.0, "partner of {}"),
    "kin": (1.0, "family of {}"),
    "sibling": (1.0, "sibling of {}"),
    "colleague": (0.9, "colleague of {}"),
    "co-worker": (0.9, "colleague of {}"),
    "coworker": (0.9, "colleague of {}"),
    "co-resident": (0.8, "lives with {}"),
    "neighbor": (0.7, "neighbor of {}"),
    "knows": (0.7, "knows {}"),
    "acquaintance": (0.6, "knows {}"),
    "contact": (0.6, "knows {}"),
    "met": (0.6, "met {}"),
}
_INTRODUCED = 0.8


@dataclass(frozen=True)
class Link:
    weight: float
    note: str  # a template with {} for the other end's name


@dataclass(frozen=True)
class Target:
    contact_id: int
    relevance: float
    label: str  # "expert, PCI DSS"


def find_paths(
    targets: Sequence[Target],
    now: datetime,
    limit: int = 5,
    max_hops: int = 2,
) -> list[HelpPath]:
    """Best introduction paths to any of `targets`, best first (ties: by the ids on the path)."""
    targets = list(targets)[:MAX_TARGETS]
    target_ids = {t.contact_id for t in targets}
    if not targets or max_hops < 2:
        return []
    hop1 = links_of(target_ids, now)
    middle = _capped({x for links in hop1.values() for x in links} - target_ids)
    hop2 = links_of(middle, now) if middle and max_hops >= 3 else {}
    people = middle | {y for links in hop2.values() for y in links}
    known = _known_well(people - target_ids, now)

    best: dict[tuple[int, int], tuple[float, tuple[int, ...]]] = {}
    for target in targets:
        for x, link in hop1.get(target.contact_id, {}).items():
            if x in known:
                score = target.relevance * known[x][0] * link.weight
                _keep(best, (x, target.contact_id), score, (x, target.contact_id))
            for y, link2 in hop2.get(x, {}).items():
                if y in known and y not in target_ids and y != x and x not in known:
                    score = target.relevance * known[y][0] * link2.weight * link.weight
                    score *= SECOND_HOP_PENALTY
                    _keep(best, (y, target.contact_id), score, (y, x, target.contact_id))
    ranked = sorted(best.values(), key=lambda v: (-v[0], v[1]))[:limit]
    names = _names({cid for _, path in ranked for cid in path})
    labels = {t.contact_id: t.label for t in targets}
    return [_path(score, path, names, known, hop1, hop2, labels) for score, path in ranked]


def _keep(best: dict, key: tuple[int, int], score: float, path: tuple[int, ...]) -> None:
    current = best.get(key)
    if current is None or (-score, path) < (-current[0], current[1]):
        best[key] = (score, path)


def _path(
    score: float,
    path: tuple[int, ...],
    names: dict[int, str],
    known: dict[int, tuple[float, int]],
    hop1: dict[int, dict[int, Link]],
    hop2: dict[int, dict[int, Link]],
    labels: dict[int, str],
) -> HelpPath:
    steps = []
    for i, cid in enumerate(path):
        if i == len(path) - 1:
            note = labels[cid]
        else:
            nxt = path[i + 1]
            link = hop1[nxt][cid] if i == len(path) - 2 else hop2[nxt][cid]
            note = link.note.format(names[nxt])
            if i == 0:
                note = f"{strength_label(known[cid][1])}, {note}"
        steps.append(PathStep(cid, names[cid], note))
    reason = " -> ".join(f"{s.name} ({s.note})" for s in steps)
    return HelpPath(tuple(steps), round(score, 3), reason)


def links_of(contact_ids: Iterable[int], now: datetime) -> dict[int, dict[int, Link]]:
    """For each id, the contacts linked to it and how (the strongest link per pair)."""
    ids = sorted(set(contact_ids))
    links: dict[int, dict[int, Link]] = {cid: {} for cid in ids}
    if not ids:
        return links

    def add(anchor: int, other: int, link: Link) -> None:
        if anchor == other:
            return
        current = links[anchor].get(other)
        if current is None or (link.weight, link.note) > (current.weight, current.note):
            links[anchor][other] = link

    marks = ",".join("?" * len(ids))
    wanted = set(ids)
    rel_sql = (
        "SELECT from_contact_id, to_contact_id, kind FROM relationship "
        f"WHERE from_contact_id IN ({marks}) UNION SELECT from_contact_id, to_contact_id, kind "
        f"FROM relationship WHERE to_contact_id IN ({marks})"
    )
    for a, b, kind in database.execute_sql(rel_sql, (*ids, *ids)):
        weight, note = _KINDS.get(kind.lower(), (0.6, "linked to {} (" + kind + ")"))
        for anchor, other in ((a, b), (b, a)):
            if anchor in wanted:
                add(anchor, other, Link(weight, note))
    intro_sql = (
        f"SELECT id, introduced_by_id FROM contact WHERE id IN ({marks}) "
        "AND introduced_by_id IS NOT NULL UNION SELECT id, introduced_by_id FROM contact "
        f"WHERE introduced_by_id IN ({marks})"
    )
    for person, introducer in database.execute_sql(intro_sql, (*ids, *ids)):
        if person in wanted:
            add(person, introducer, Link(_INTRODUCED, "introduced you to {}"))
        if introducer in wanted:
            add(introducer, person, Link(_INTRODUCED, "met through {}"))
    since = (now - timedelta(days=SHARED_WINDOW_DAYS)).isoformat(sep=" ")
    shared_sql = (
        "SELECT a.contact_id, b.contact_id, count(*) FROM interaction_contact AS a "
        "JOIN interaction_contact AS b ON b.interaction_id = a.interaction_id "
        f"AND b.contact_id != a.contact_id WHERE a.contact_id IN ({marks}) AND a.occurred_at >= ? "
        "GROUP BY a.contact_id, b.contact_id"
    )
    for anchor, other, count in database.execute_sql(shared_sql, (*ids, since)):
        weight = min(0.9, 0.5 + 0.1 * count)
        times = "once" if count == 1 else f"{count} times"
        add(anchor, other, Link(weight, "met with {} " + times))
    return links


def _capped(ids: set[int]) -> set[int]:
    return set(sorted(ids)[:MAX_FRONTIER])


def _known_well(ids: set[int], now: datetime) -> dict[int, tuple[float, int]]:
    """Live contacts you know well: id -> (closeness 0-1, strength)."""
    ordered = sorted(ids)
    result = {}
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT id, julianday(?) - julianday(last_contacted_at), strength_override, "
            f"strength_score FROM contact WHERE id IN ({marks}) AND deleted_at IS NULL"
        )
        for cid, days, override, score in database.execute_sql(
            sql, (now.isoformat(sep=" "), *chunk)
        ):
            strength = strength_of(override, score, now)
            if days is not None and days <= STALE_DAYS and strength >= STRONG:
                result[cid] = (strength / 100 * recency_factor(days), strength)
    return result


def _names(ids: set[int]) -> dict[int, str]:
    from posse_desktop.services.contacts import ContactsService

    return {cid: s.name for cid, s in ContactsService().summaries(sorted(ids)).items()}
