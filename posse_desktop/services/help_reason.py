"""Words for ask-for-help results: "2 weeks ago", "strong", the one-line reason."""

from __future__ import annotations

from datetime import datetime

from posse_desktop.domain import ExpertiseLevel
from posse_desktop.domain.help import SkillMatch
from posse_desktop.services.help_signals import days_since, strength_label

SOURCE_LABELS = {"notes": "in notes", "interactions": "talked about"}


def ago(then: datetime | None, now: datetime) -> str:
    days = days_since(then, now)
    if days is None:
        return "never logged"
    whole = int(days)
    if whole < 1:
        return "today"
    if whole < 2:
        return "yesterday"
    if whole < 14:
        return f"{whole} days ago"
    if whole < 61:
        return f"{whole // 7} weeks ago"
    if whole < 730:
        return f"{whole // 30} months ago"
    return f"{whole // 365} years ago"


def skills_by_level(skills: tuple[SkillMatch, ...]) -> dict[ExpertiseLevel, list[str]]:
    """The skills' names by level, best level first, names in alphabetical order."""
    by_level: dict[ExpertiseLevel, list[str]] = {}
    for s in sorted(skills, key=lambda s: (-s.level.rank, s.skill.lower())):
        by_level.setdefault(s.level, []).append(s.skill)
    return by_level


def skills_text(skills: tuple[SkillMatch, ...]) -> str:
    """ "expert: PCI DSS, kubernetes; beginner: billing" (levels best first)."""
    by_level = skills_by_level(skills)
    return "; ".join(f"{level.value}: {', '.join(names)}" for level, names in by_level.items())


def favor_text(balance: int) -> str:
    if balance > 0:
        return "owes you one" if balance == 1 else f"owes you {balance}"
    if balance < 0:
        return "you owe them one" if balance == -1 else f"you owe them {-balance}"
    return ""


def match_reason(
    skills: tuple[SkillMatch, ...],
    text_terms: dict[str, tuple[str, ...]],
    strength: int,
    last_contacted_at: datetime | None,
    favor_balance: int,
    roles: tuple[str, ...],
    stale: bool,
    now: datetime,
) -> str:
    parts: list[str] = []
    if skills:
        parts.append(skills_text(skills))
    for source, terms in text_terms.items():
        parts.append(f"{SOURCE_LABELS.get(source, source)}: {', '.join(terms)}")
    parts.append(f"{strength_label(strength)} ({strength})")
    if stale:
        parts.append(
            "never spoken to"
            if last_contacted_at is None
            else f"not spoken to in {ago(last_contacted_at, now).removesuffix(' ago')}"
        )
    else:
        parts.append(ago(last_contacted_at, now))
    favor = favor_text(favor_balance)
    if favor:
        parts.append(favor)
    if roles:
        parts.append(", ".join(roles))
    return " · ".join(parts)
