"""The ask-for-help scoring formula, in one place.

score = relevance x recency x closeness x reciprocity
  relevance   per question term, the best of: a skill (10 x level weight x coverage^2), plus 2 if
              the term is in their notes/tags, plus 1-2 if in the text of interactions with them;
  recency     halves every year since you last talked (calendar days), floor 0.03;
  closeness   0.4 + 0.6 x strength/100;
  reciprocity 1 +/- 0.05 per favor of balance (up to two either way), x 1.1 for an advisor.
So an expert beats a beginner, a skill beats a word in a note, and a year of silence halves it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from posse_desktop.domain import ExpertiseLevel, Role

LEVEL_WEIGHT = {
    ExpertiseLevel.EXPERT: 1.0,
    ExpertiseLevel.AVERAGE: 0.6,
    ExpertiseLevel.BEGINNER: 0.3,
}
SKILL_POINTS = 10.0  # a skill at expert level covering one question term
NOTE_POINTS = 2.0  # a question term in the contact's notes or tags
TIMELINE_POINTS = 1.0  # ... in the text of an interaction with them (up to 2.0 when frequent)
RECENCY_HALF_LIFE_DAYS = 365.0
RECENCY_FLOOR = 0.03
FAVOR_STEP = 0.05
ADVISOR_BONUS = 1.1
MAX_RECIPROCITY = (1 + 2 * FAVOR_STEP) * ADVISOR_BONUS
MIN_RECIPROCITY = 1 - 2 * FAVOR_STEP


def skill_points(level: ExpertiseLevel, coverage: float) -> float:
    return SKILL_POINTS * LEVEL_WEIGHT[level] * coverage * coverage


def timeline_points(mentions: int) -> float:
    return TIMELINE_POINTS * min(2.0, 1.0 + 0.25 * math.log2(max(1, mentions)))


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
