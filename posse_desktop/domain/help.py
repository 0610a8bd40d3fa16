"""Ask-for-help results: plain data the CLI and the help pane show. No Qt, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from posse_desktop.domain.enums import ExpertiseLevel, Role


@dataclass(frozen=True)
class SkillMatch:
    """One of the contact's skills that answers the question.

    Attributes:
        skill: the skill as the contact has it ("PCI DSS").
        level: beginner / average / expert.
        coverage: the share of the skill's words found in the question (1.0: all of them).
    """

    skill: str
    level: ExpertiseLevel
    coverage: float = 1.0


@dataclass(frozen=True)
class HelpMatch:
    """One person who might help, with what the ranking saw.

    Attributes:
        score: higher is better; only comparable within one answer.
        skills: structured expertise that matched, best first.
        text_terms: question words found only in notes/tags ("notes") or in the timeline
            ("interactions"); weaker evidence than a skill.
        strength: relationship strength 0-100.
        last_contacted_at: when you last talked (None: never logged).
        favor_balance: favors you gave minus favors you received (> 0: they owe you one).
        stale: you have not spoken to them in years (or never).
        reason: one line a person reads, e.g. "expert: PCI DSS · strong · 2 weeks ago · advisor".
    """

    contact_id: int
    name: str
    score: float
    skills: tuple[SkillMatch, ...] = ()
    text_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    strength: int = 0
    last_contacted_at: datetime | None = None
    favor_balance: int = 0
    roles: tuple[Role, ...] = ()
    org: str = ""
    stale: bool = False
    reason: str = ""


@dataclass(frozen=True)
class PathStep:
    """A person on an introduction path; `note` says why they are there ("colleague of Omar")."""

    contact_id: int
    name: str
    note: str = ""


@dataclass(frozen=True)
class HelpPath:
    """Someone you know well who can introduce you to someone who can help.

    `steps[0]` is the person you know; `steps[-1]` the one with the skill. Up to two hops
    (three steps).
    """

    steps: tuple[PathStep, ...]
    score: float
    reason: str = ""

    @property
    def target_id(self) -> int:
        return self.steps[-1].contact_id


@dataclass(frozen=True)
class HelpAnswer:
    """Everything the ask pane shows for one question.

    Attributes:
        terms: the question as matched (stems and synonym concepts), for "searched for: ...".
        only_stale: every match is someone you have not spoken to in years.
        paths: introduction paths, filled only when no one you know well matched.
    """

    question: str
    terms: tuple[str, ...]
    matches: tuple[HelpMatch, ...] = ()
    paths: tuple[HelpPath, ...] = ()
    only_stale: bool = False


class CandidateStatus(StrEnum):
    """Where a candidate of a help request stands (stored as the string value)."""

    SUGGESTED = "suggested"
    ASKED = "asked"
    HELPED = "helped"
    DECLINED = "declined"


@dataclass(frozen=True)
class HelpCandidateInfo:
    contact_id: int
    name: str
    status: CandidateStatus
    asked_at: datetime | None = None
    outcome: str = ""
    thanked_at: datetime | None = None


@dataclass(frozen=True)
class HelpRequestInfo:
    """A saved "tough project" and the people considered for it."""

    id: int
    topic: str
    notes: str
    created_at: datetime
    closed_at: datetime | None
    candidates: tuple[HelpCandidateInfo, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class RoleHolder:
    contact_id: int
    name: str
    strength: int
    last_contacted_at: datetime | None
    org: str = ""
    department: str = ""
    stale: bool = False


@dataclass(frozen=True)
class CoverageGap:
    """A role your posse lacks somewhere, and who could fill it.

    Attributes:
        role: the role missing.
        scope: where it is missing ("" everywhere, a department, "other companies").
        message: one line, e.g. "no radar in Finance".
        suggestions: people who could fill it, best first.
        kind: which of GAP_KINDS the message says (the GUI words it in the user's language).
    """

    role: Role
    scope: str
    message: str
    suggestions: tuple[RoleHolder, ...] = ()
    kind: str = ""


# What a coverage gap can be: nobody in the role, only faded ties, nobody in the role in one
# department (scope), nobody in the role at another company, or outside your own org.
GAP_KINDS = ("missing", "faded", "department", "elsewhere", "outside")


@dataclass(frozen=True)
class RoleCoverage:
    role: Role
    holders: tuple[RoleHolder, ...]
    average_strength: int
    last_contacted_at: datetime | None
    status: str  # "missing" / "faded" / "ok"


@dataclass(frozen=True)
class Coverage:
    roles: tuple[RoleCoverage, ...]
    gaps: tuple[CoverageGap, ...]
    my_org: str = ""

    @property
    def filled(self) -> int:
        return sum(1 for r in self.roles if r.holders)


@dataclass(frozen=True)
class ExpertiseSuggestion:
    """ "You logged a call about 'tax law' with Omar — add tax law to his expertise?" """

    contact_id: int
    name: str
    skill: str
    interaction_id: int
    occurred_at: datetime
    summary: str
    mentions: int = 1
