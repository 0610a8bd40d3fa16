"""Who can help: candidates from skills and text, scored, and the top ones ranked exactly.

Query plan (no scan of contacts or interactions):
  question terms -> matching skills (cached catalog) -> each skill's holders, best first (the
  in-memory snapshot, services/help_snapshot.py); each term -> contact_index (notes, tags) and
  interaction_index (timeline text), the most recent matches, capped.
Skill holders are read top-down, list by list (Fagin's threshold algorithm): reading stops once
`limit` people are known whose score beats anyone not yet read at the most favourable
reciprocity. Reciprocity (favor balance, advisor role) needs a look at each
person's favors, so `rank` computes it only for the best of those, again stopping as soon as no
one left could enter the top `limit`, and the snapshot remembers it until the data changes. Both steps are exact: the result is the same as scoring
everyone (a property test checks it).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field

from posse_desktop.db.connection import database
from posse_desktop.domain import ExpertiseLevel, Role
from posse_desktop.services.help_query import Term, fts_expression
from posse_desktop.services.help_score import (
    MAX_RECIPROCITY,
    MIN_RECIPROCITY,
    NOTE_POINTS,
    reciprocity_factor,
    skill_points,
    timeline_points,
)
from posse_desktop.services.help_signals import Signals
from posse_desktop.services.help_skills import SkillCatalog
from posse_desktop.services.help_snapshot import Snapshot

TEXT_ROWS_PER_TERM = 100  # most recent matching rows read per term, per text index
STEP = 32  # holders read per list and round
BATCH = 40  # people whose reciprocity is read at once

BalancesFn = Callable[[list[int]], dict[int, int]]


@dataclass
class Evidence:
    """What matched for one person, for the reason line (built only for the people shown)."""

    skills: dict[int, tuple[ExpertiseLevel, float]] = field(default_factory=dict)
    text_terms: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Ranked:
    contact_id: int
    relevance: float
    signals: Signals
    roles: tuple[Role, ...]
    score: float


class Scorer:
    """Relevance of one person for one question, from the snapshot and the question's text hits."""

    def __init__(self, terms: list[Term], catalog: SkillCatalog, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.matched = catalog.match(t.key for t in terms)
        self.notes: dict[int, list[Term]] = {}
        self.timeline: dict[int, list[tuple[Term, int]]] = {}
        for term in terms:
            expression = fts_expression(term)
            if expression is None:
                continue
            for cid in _note_hits(expression):
                self.notes.setdefault(cid, []).append(term)
            for cid, mentions in _timeline_hits(expression):
                self.timeline.setdefault(cid, []).append((term, mentions))
        self._text: dict[int, float] = {}
        for cid in {*self.notes, *self.timeline}:
            points = sorted(
                [NOTE_POINTS for _ in self.notes.get(cid, ())]
                + [timeline_points(n) for _, n in self.timeline.get(cid, ())]
            )
            self._text[cid] = sum(points)

    def relevance(self, cid: int) -> float:
        best: dict[str, float] = {}
        matched = self.matched
        for sid, level in self.snapshot.skills_of.get(cid, ()):
            hit = matched.get(sid)
            if hit is not None:
                value = skill_points(level, hit[0])
                for key in hit[1]:  # a term counts once per person, by their best skill for it
                    if value > best.get(key, 0.0):
                        best[key] = value
        if not best:
            skill = 0.0
        elif len(best) == 1:
            (skill,) = best.values()
        else:
            skill = sum(best[k] for k in sorted(best))
        return skill + self._text.get(cid, 0.0)

    def text_hits(self) -> set[int]:
        return set(self._text)

    def evidence(self, cid: int) -> Evidence:
        found = Evidence()
        for sid, level in self.snapshot.skills_of.get(cid, ()):
            hit = self.matched.get(sid)
            if hit is not None:
                found.skills[sid] = (level, hit[0])
        for term in self.notes.get(cid, ()):
            found.text_terms.setdefault("notes", []).append(term.label)
        for term, _ in self.timeline.get(cid, ()):
            found.text_terms.setdefault("interactions", []).append(term.label)
        return found


def collect(
    terms: list[Term],
    catalog: SkillCatalog,
    snapshot: Snapshot,
    limit: int,
    balances_fn: BalancesFn,
) -> tuple[dict[int, tuple[float, float]], Scorer]:
    """Everyone who could be in the top `limit` (all matches when limit <= 0).

    Returns contact id -> (base score before reciprocity, relevance), and the scorer that
    explains them.
    """
    scorer = Scorer(terms, catalog, snapshot)
    people = snapshot.people
    found: dict[int, tuple[float, float]] = {}
    top: list[float] = []  # min-heap of the best `limit` bases so far

    def add(cid: int) -> None:
        if cid in found:
            return
        person = people.get(cid)
        if person is None:  # trashed, or gone
            return
        relevance = scorer.relevance(cid)
        base = relevance * person.weight
        found[cid] = (base, relevance)
        if limit > 0:
            if len(top) < limit:
                heapq.heappush(top, base)
            elif base > top[0]:
                heapq.heapreplace(top, base)

    lists = [
        (coverage, keys, snapshot.holders.get(sid, []))
        for sid, (coverage, keys) in sorted(scorer.matched.items())
    ]
    # Read up front: everyone with text hits, and everyone in more than one list. Anyone left
    # is in exactly one list and scores at most what that list gives, so the bound is a max.
    sids = sorted(scorer.matched)
    for cid in sorted(scorer.text_hits() | _in_several(snapshot, sids)):
        add(cid)
    depth = 0
    while True:
        bound = _bound(lists, depth)
        if bound <= 0.0:
            break
        if limit > 0 and len(top) >= limit:
            ceiling = bound * MAX_RECIPROCITY  # the best anyone unread could score
            if (
                top[0] * MIN_RECIPROCITY > ceiling
                or _kth_final(found, snapshot, limit, balances_fn) > ceiling
            ):
                break
        for _, _, holders in lists:
            for _, cid, _ in holders[depth : depth + STEP]:
                add(cid)
        depth += STEP
    return found, scorer


def _in_several(snapshot: Snapshot, sids: list[int]) -> set[int]:
    """Contacts holding more than one of these skills, reading all lists but the longest."""
    if len(sids) < 2:
        return set()
    longest = max(sids, key=lambda sid: (len(snapshot.holders.get(sid, ())), sid))
    counts: dict[int, int] = {}
    for sid in sids:
        if sid != longest:
            for _, cid, _ in snapshot.holders.get(sid, ()):
                counts[cid] = counts.get(cid, 0) + 1
    in_longest = snapshot.holder_ids(longest)
    return {cid for cid, n in counts.items() if n > 1 or cid in in_longest}


def _kth_final(
    found: dict[int, tuple[float, float]], snapshot: Snapshot, limit: int, balances_fn: BalancesFn
) -> float:
    """A score at least `limit` people already read reach, reciprocity included."""
    best = heapq.nlargest(limit, found.items(), key=lambda item: (item[1][0], -item[0]))
    ids = [cid for cid, _ in best]
    _remember(snapshot, ids, balances_fn)
    return min(
        base * reciprocity_factor(snapshot.balances[cid], snapshot.roles[cid])
        for cid, (base, _) in best
    )


def _bound(lists: list[tuple[float, frozenset[str], list]], depth: int) -> float:
    """The best base anyone not yet read could have: they are below `depth` in their one list."""
    best = 0.0
    for coverage, keys, holders in lists:
        if depth < len(holders):
            value = holders[depth][0] * skill_points(ExpertiseLevel.EXPERT, coverage) * len(keys)
            best = max(best, value)
    return best


def _note_hits(expression: str) -> list[int]:
    sql = "SELECT rowid FROM contact_index WHERE contact_index MATCH ? ORDER BY rowid DESC LIMIT ?"
    match = "{notes tags} : (" + expression + ")"
    return [cid for (cid,) in database.execute_sql(sql, (match, TEXT_ROWS_PER_TERM))]


def _timeline_hits(expression: str) -> list[tuple[int, int]]:
    """(contact id, mentions) among the most recent interactions whose text matches."""
    sql = (
        "WITH hits(id) AS MATERIALIZED (SELECT rowid FROM interaction_index "
        "WHERE interaction_index MATCH ? ORDER BY rowid DESC LIMIT ?) "
        "SELECT ic.contact_id, count(*) FROM hits CROSS JOIN interaction_contact AS ic "
        "ON ic.interaction_id = hits.id GROUP BY ic.contact_id"
    )
    return database.execute_sql(sql, (expression, TEXT_ROWS_PER_TERM)).fetchall()


def rank(
    found: dict[int, tuple[float, float]], snapshot: Snapshot, limit: int, balances_fn: BalancesFn
) -> list[Ranked]:
    """The best `limit` of `found` (all when limit <= 0), by score then contact id."""
    order = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))
    results: list[Ranked] = []
    for start in range(0, len(order), BATCH):
        batch = order[start : start + BATCH]
        if limit > 0 and len(results) >= limit:
            kth = sorted((r.score for r in results), reverse=True)[limit - 1]
            if batch[0][1][0] * MAX_RECIPROCITY < kth:
                break
        _remember(snapshot, [cid for cid, _ in batch], balances_fn)
        for cid, (base, relevance) in batch:
            balance = snapshot.balances[cid]
            cid_roles = snapshot.roles[cid]
            score = base * reciprocity_factor(balance, cid_roles)
            signals = Signals(snapshot.people[cid].strength, balance)
            results.append(Ranked(cid, relevance, signals, cid_roles, score))
    results.sort(key=lambda r: (-r.score, r.contact_id))
    return results[:limit] if limit > 0 else results


def _remember(snapshot: Snapshot, contact_ids: list[int], balances_fn: BalancesFn) -> None:
    """Read the favor balance and roles of those not yet in the snapshot's memo."""
    missing = [cid for cid in contact_ids if cid not in snapshot.balances]
    if missing:
        balances = balances_fn(missing)
        roles = roles_of(missing)
        for cid in missing:
            snapshot.balances[cid] = balances.get(cid, 0)
            snapshot.roles[cid] = roles.get(cid, ())


def roles_of(contact_ids: list[int]) -> dict[int, tuple[Role, ...]]:
    if not contact_ids:
        return {}
    marks = ",".join("?" * len(contact_ids))
    sql = f"SELECT contact_id, role FROM contact_role WHERE contact_id IN ({marks})"
    known = {r.value: r for r in Role}
    result: dict[int, list[Role]] = {}
    for cid, role in database.execute_sql(sql, contact_ids):
        if role in known:
            result.setdefault(cid, []).append(known[role])
    order = list(Role)
    return {cid: tuple(sorted(rs, key=order.index)) for cid, rs in result.items()}
