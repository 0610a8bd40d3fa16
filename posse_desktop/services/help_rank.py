"""Who can help: candidates from skills and text, scored, and the top ones ranked exactly.

Query plan (no scan of contacts or interactions):
  question terms -> matching Skill rows (cached catalog) -> Expertise by skill -> Contact by id;
  each term -> contact_index (notes, tags) and interaction_index (timeline text), capped.
Score = relevance x recency x closeness x reciprocity. Relevance, recency (last_contacted_at) and
closeness (the cached strength) come with those rows. Reciprocity (favor balance, advisor role)
costs a look at each person's favors, so it is computed only for the best candidates: they are
taken in order of their highest possible score until no one left could enter the top `limit`
(exact, not a heuristic).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from posse_desktop.db.connection import database
from posse_desktop.domain import ExpertiseLevel, Role
from posse_desktop.services.help_query import Term, fts_expression
from posse_desktop.services.help_signals import Signals, strength_of
from posse_desktop.services.help_skills import SkillCatalog

LEVEL_WEIGHT = {
    ExpertiseLevel.EXPERT: 1.0,
    ExpertiseLevel.AVERAGE: 0.6,
    ExpertiseLevel.BEGINNER: 0.3,
}
SKILL_POINTS = 10.0  # a skill at expert level covering one question term
NOTE_POINTS = 2.0  # a question term in the contact's notes or tags
TIMELINE_POINTS = 1.0  # ... in the text of an interaction with them (up to 2.0 when frequent)
TEXT_ROWS_PER_TERM = 2000  # most recent matching rows read per term and index
RECENCY_HALF_LIFE_DAYS = 365.0
RECENCY_FLOOR = 0.03
FAVOR_STEP = 0.05  # per favor of balance, up to two either way
ADVISOR_BONUS = 1.1
MAX_RECIPROCITY = (1 + 2 * FAVOR_STEP) * ADVISOR_BONUS
BATCH = 40

BalancesFn = Callable[[list[int]], dict[int, int]]


@dataclass
class Candidate:
    contact_id: int
    days: float | None = None  # since last contact
    strength: int = 0
    skills: dict[int, tuple[ExpertiseLevel, float]] = field(default_factory=dict)
    # (source, term) -> points; source is "skill", "notes" or "interactions".
    term_points: dict[tuple[str, str], float] = field(default_factory=dict)
    text_terms: dict[str, list[str]] = field(default_factory=dict)

    @property
    def relevance(self) -> float:
        return sum(self.term_points[t] for t in sorted(self.term_points))

    @property
    def base(self) -> float:
        """The score before reciprocity, which can only multiply it by up to MAX_RECIPROCITY."""
        return self.relevance * recency_factor(self.days) * closeness_factor(self.strength)


@dataclass(frozen=True)
class Ranked:
    candidate: Candidate
    signals: Signals
    roles: tuple[Role, ...]
    score: float


def recency_factor(days: float | None) -> float:
    if days is None:
        return RECENCY_FLOOR
    return max(RECENCY_FLOOR, 0.5 ** (max(days, 0.0) / RECENCY_HALF_LIFE_DAYS))


def closeness_factor(strength: int) -> float:
    return 0.4 + 0.6 * strength / 100


def reciprocity_factor(favor_balance: int, roles: Iterable[Role]) -> float:
    """More when they owe you, less when you owe them; more for an advisor (takes your calls)."""
    balance = max(-2, min(2, favor_balance))
    return (1 + FAVOR_STEP * balance) * (ADVISOR_BONUS if Role.ADVISOR in roles else 1.0)


def collect(terms: list[Term], catalog: SkillCatalog, now: datetime) -> dict[int, Candidate]:
    """Everyone the question's terms point at, with the evidence found for each."""
    found: dict[int, Candidate] = {}
    _collect_skills(terms, catalog, now, found)
    for term in terms:
        expression = fts_expression(term)
        if expression is not None:
            _collect_notes(term, expression, now, found)
            _collect_timeline(term, expression, now, found)
    return found


# The contact columns every candidate query reads, after a `now` parameter.
_CONTACT_COLUMNS = (
    "julianday(?) - julianday(c.last_contacted_at), c.strength_override, c.strength_score"
)


def _candidate(found: dict[int, Candidate], cid: int, row: tuple, now: datetime) -> Candidate:
    cand = found.get(cid)
    if cand is None:
        days, override, score = row
        cand = found[cid] = Candidate(cid, days, strength_of(override, score, now))
    return cand


def _collect_skills(
    terms: list[Term], catalog: SkillCatalog, now: datetime, found: dict[int, Candidate]
) -> None:
    matched = catalog.match(t.key for t in terms)
    if not matched:
        return
    ids = sorted(matched)
    marks = ",".join("?" * len(ids))
    sql = (
        f"SELECT e.contact_id, e.skill_id, e.level, {_CONTACT_COLUMNS} FROM expertise AS e "
        "JOIN contact AS c ON c.id = e.contact_id "
        f"WHERE e.skill_id IN ({marks}) AND c.deleted_at IS NULL"
    )
    levels = {lv.value: lv for lv in ExpertiseLevel}
    for cid, sid, level_text, *row in database.execute_sql(sql, (_iso(now), *ids)):
        cand = _candidate(found, cid, tuple(row), now)
        level = levels.get(level_text, ExpertiseLevel.AVERAGE)
        coverage, keys = matched[sid]
        cand.skills[sid] = (level, coverage)
        points = SKILL_POINTS * LEVEL_WEIGHT[level] * coverage * coverage
        for key in keys:
            # One term counts once per person, by their best skill for it.
            best = cand.term_points.get(("skill", key), 0.0)
            cand.term_points["skill", key] = max(best, points)


def _collect_notes(term: Term, expression: str, now: datetime, found: dict[int, Candidate]) -> None:
    sql = (
        f"SELECT c.id, {_CONTACT_COLUMNS} FROM contact AS c WHERE c.id IN (SELECT rowid "
        "FROM contact_index WHERE contact_index MATCH ? ORDER BY rowid DESC LIMIT ?) "
        "AND c.deleted_at IS NULL"
    )
    match = "{notes tags} : (" + expression + ")"
    for cid, *row in database.execute_sql(sql, (_iso(now), match, TEXT_ROWS_PER_TERM)):
        cand = _candidate(found, cid, tuple(row), now)
        cand.term_points["notes", term.key] = NOTE_POINTS
        cand.text_terms.setdefault("notes", []).append(term.label)


def _collect_timeline(
    term: Term, expression: str, now: datetime, found: dict[int, Candidate]
) -> None:
    sql = (
        f"SELECT ic.contact_id, count(*), {_CONTACT_COLUMNS} FROM interaction_contact AS ic "
        "JOIN contact AS c ON c.id = ic.contact_id WHERE ic.interaction_id IN (SELECT rowid FROM interaction_index "
        "WHERE interaction_index MATCH ? ORDER BY rowid DESC LIMIT ?) AND c.deleted_at IS NULL "
        "GROUP BY ic.contact_id"
    )
    rows = database.execute_sql(sql, (_iso(now), expression, TEXT_ROWS_PER_TERM))
    for cid, mentions, *row in rows:
        cand = _candidate(found, cid, tuple(row), now)
        points = TIMELINE_POINTS * min(2.0, 1.0 + 0.25 * math.log2(mentions))
        cand.term_points["interactions", term.key] = points
        cand.text_terms.setdefault("interactions", []).append(term.label)


def rank(candidates: dict[int, Candidate], limit: int, balances_fn: BalancesFn) -> list[Ranked]:
    """The best `limit` candidates (all when limit <= 0), by score then contact id."""
    order = sorted(candidates.values(), key=lambda c: (-c.base, c.contact_id))
    results: list[Ranked] = []
    for start in range(0, len(order), BATCH):
        batch = order[start : start + BATCH]
        if limit > 0 and len(results) >= limit:
            kth = sorted((r.score for r in results), reverse=True)[limit - 1]
            if batch[0].base * MAX_RECIPROCITY < kth:
                break
        ids = [c.contact_id for c in batch]
        balances = balances_fn(ids)
        roles = roles_of(ids)
        for cand in batch:
            balance = balances.get(cand.contact_id, 0)
            cand_roles = roles.get(cand.contact_id, ())
            score = cand.base * reciprocity_factor(balance, cand_roles)
            results.append(Ranked(cand, Signals(cand.strength, balance), cand_roles, score))
    results.sort(key=lambda r: (-r.score, r.candidate.contact_id))
    return results[:limit] if limit > 0 else results


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


def _iso(moment: datetime) -> str:
    return moment.isoformat(sep=" ")
