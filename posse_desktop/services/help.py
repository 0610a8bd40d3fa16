"""Ask for help: "who in my posse can help with this?" ranked, with reasons and intro paths.

The GUI's help pane and `posse-cli ask` call `HelpService.answer` (or `ask` for the list alone).
Reads only; saving a question as a request is `services/help_requests.py`.
"""

from __future__ import annotations

from datetime import datetime

from posse_desktop.db.connection import database
from posse_desktop.domain.help import HelpAnswer, HelpMatch, HelpPath, SkillMatch
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.help_paths import MAX_TARGETS, Target, find_paths
from posse_desktop.services.help_rank import Ranked, Scorer, collect, rank
from posse_desktop.services.help_reason import match_reason, skills_text
from posse_desktop.services.help_signals import STRONG, favor_balances, is_stale
from posse_desktop.services.help_skills import SkillCatalog
from posse_desktop.services.help_snapshot import SnapshotCache
from posse_desktop.services.localtime import local_now

DEFAULT_LIMIT = 20
PATH_LIMIT = 5


class HelpService:
    """Stateless apart from a cache of the skill list; one per window (or per CLI run)."""

    def __init__(self, clock: Clock = system_clock) -> None:
        self._clock = clock
        self._catalog = SkillCatalog()
        self._snapshots = SnapshotCache()

    def ask(self, text: str, limit: int = DEFAULT_LIMIT) -> list[HelpMatch]:
        """People who might help with `text`, best first (ties by contact id)."""
        return list(self.answer(text, limit, with_paths=False).matches)

    def answer(
        self, text: str, limit: int = DEFAULT_LIMIT, *, with_paths: bool = True
    ) -> HelpAnswer:
        """Ranked matches, and introduction paths when no one you know well matched.

        Args:
            limit: at most this many matches (<= 0: all).
            with_paths: look for second-degree paths when they are called for.
        """
        now = local_now(self._clock)
        self._catalog.refresh()
        terms = self._catalog.normalizer.terms(text)
        term_keys = tuple(t.key for t in terms)
        if not terms:
            return HelpAnswer(text, term_keys)
        snapshot = self._snapshots.get(now.date())
        found, scorer = collect(terms, self._catalog, snapshot, limit, favor_balances)
        ranked = rank(found, snapshot, limit, favor_balances)
        matches = self._matches(ranked, scorer, now)
        only_stale = bool(matches) and all(m.stale for m in matches)
        paths: tuple[HelpPath, ...] = ()
        if with_paths and found and not any(_known_well(m) for m in matches):
            paths = tuple(find_paths(self._targets(scorer), now, PATH_LIMIT))
        return HelpAnswer(text, term_keys, tuple(matches), paths, only_stale)

    def warm_up(self) -> None:
        """Load the skill list and today's snapshot now, so the first question answers fast.

        The snapshot of everyone takes a second or two on 100k contacts; the GUI calls this
        off its thread when the ask box gets focus.
        """
        self._catalog.refresh()
        self._snapshots.get(local_now(self._clock).date())

    def question_terms(self, text: str) -> list[str]:
        """How the question is matched: stems and synonym concepts ("=kubernetes")."""
        self._catalog.refresh()
        return [t.key for t in self._catalog.normalizer.terms(text)]

    def _matches(self, ranked: list[Ranked], scorer: Scorer, now: datetime) -> list[HelpMatch]:
        from posse_desktop.services.contacts import ContactsService

        ids = [r.contact_id for r in ranked]
        summaries = ContactsService().summaries(ids)
        last_contacted = _last_contacted(ids)
        skills = self._catalog.skills()
        result = []
        for r in ranked:
            evidence = scorer.evidence(r.contact_id)
            summary = summaries.get(r.contact_id)
            last = last_contacted.get(r.contact_id)
            stale = is_stale(last, now)
            matched = tuple(
                sorted(
                    (
                        SkillMatch(skills[sid].name, level, round(coverage, 3))
                        for sid, (level, coverage) in evidence.skills.items()
                        if sid in skills
                    ),
                    key=lambda s: (-s.level.rank, -s.coverage, s.skill.lower()),
                )
            )
            text_terms = {
                src: tuple(dict.fromkeys(ts)) for src, ts in sorted(evidence.text_terms.items())
            }
            roles = tuple(role.label for role in r.roles)
            result.append(
                HelpMatch(
                    contact_id=r.contact_id,
                    name=summary.name if summary else "",
                    score=round(r.score, 4),
                    skills=matched,
                    text_terms=text_terms,
                    strength=r.signals.strength,
                    last_contacted_at=last,
                    favor_balance=r.signals.favor_balance,
                    roles=r.roles,
                    org=summary.org if summary else "",
                    stale=stale,
                    reason=match_reason(
                        matched,
                        text_terms,
                        r.signals.strength,
                        last,
                        r.signals.favor_balance,
                        roles,
                        stale,
                        now,
                    ),
                )
            )
        return result

    def _targets(self, scorer: Scorer) -> list[Target]:
        """The people who know most about it, however well you know them."""
        people = set(scorer.text_hits())
        for sid in scorer.matched:
            people.update(cid for _, cid, _ in scorer.snapshot.holders.get(sid, ()))
        best = sorted(((scorer.relevance(cid), cid) for cid in people), key=lambda x: (-x[0], x[1]))
        skills = self._catalog.skills()
        targets = []
        for relevance, cid in best[:MAX_TARGETS]:
            evidence = scorer.evidence(cid)
            matched = tuple(
                SkillMatch(skills[sid].name, level, coverage)
                for sid, (level, coverage) in evidence.skills.items()
                if sid in skills
            )
            label = skills_text(matched) or "; ".join(
                f"{src}: {', '.join(dict.fromkeys(ts))}"
                for src, ts in sorted(evidence.text_terms.items())
            )
            targets.append(Target(cid, relevance, label))
        return targets


def _known_well(match: HelpMatch) -> bool:
    return match.strength >= STRONG and not match.stale


def _last_contacted(contact_ids: list[int]) -> dict[int, datetime | None]:
    if not contact_ids:
        return {}
    marks = ",".join("?" * len(contact_ids))
    sql = f"SELECT id, last_contacted_at FROM contact WHERE id IN ({marks})"
    return {
        cid: datetime.fromisoformat(last) if isinstance(last, str) else last
        for cid, last in database.execute_sql(sql, contact_ids)
    }
