"""Expertise suggestions from the timeline: "you logged a call about 'tax law' with Omar — add
tax law to his expertise?"

A suggestion is a known skill (one someone in your posse already has) whose every term appears in
the text of an interaction with a contact who does not have it yet. Dismissed suggestions are
remembered in Setting and not offered again.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import Changes, Expertise, ExpertiseLevel
from posse_desktop.domain.help import ExpertiseSuggestion
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_refs import contact_names
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.help_query import fts_expression
from posse_desktop.services.help_skills import SkillCatalog, SkillEntry
from posse_desktop.services.localtime import local_now

DISMISSED_KEY = "help.dismissed_suggestions"
PER_CONTACT_INTERACTIONS = 500
PER_SKILL_ROWS = 200


class ExpertiseSuggestionService:
    def __init__(self, clock: Clock = system_clock, catalog: SkillCatalog | None = None) -> None:
        self._clock = clock
        self._catalog = catalog or SkillCatalog()

    def for_contact(self, contact_id: int, limit: int = 10) -> list[ExpertiseSuggestion]:
        """Skills mentioned in this contact's recent interactions that they do not have yet."""
        self._catalog.refresh()
        rows = database.execute_sql(
            "SELECT i.id, i.occurred_at, i.summary, i.details FROM interaction_contact AS ic "
            "JOIN interaction AS i ON i.id = ic.interaction_id WHERE ic.contact_id = ? "
            "ORDER BY ic.occurred_at DESC LIMIT ?",
            (contact_id, PER_CONTACT_INTERACTIONS),
        ).fetchall()
        normalizer = self._catalog.normalizer
        skills = self._catalog.skills()
        found: dict[int, list[tuple]] = {}
        for iid, occurred_at, summary, details in rows:
            keys = normalizer.keys(f"{summary} {details}")
            for sid, (coverage, _) in self._catalog.match(keys).items():
                if coverage == 1.0:
                    found.setdefault(sid, []).append((iid, occurred_at, summary))
        return self._suggestions(
            {(contact_id, sid): hits for sid, hits in found.items() if sid in skills}, limit
        )

    def recent(self, days: int = 365, limit: int = 20) -> list[ExpertiseSuggestion]:
        """Suggestions across everyone, from interactions of the last `days` days."""
        self._catalog.refresh()
        since = (local_now(self._clock) - timedelta(days=days)).isoformat(sep=" ")
        found: dict[tuple[int, int], list[tuple]] = {}
        for sid, entry in sorted(self._catalog.skills().items()):
            expression = _all_terms(entry, self._catalog)
            if expression is None:
                continue
            rows = database.execute_sql(
                "SELECT ic.contact_id, i.id, i.occurred_at, i.summary FROM interaction AS i "
                "JOIN interaction_contact AS ic ON ic.interaction_id = i.id "
                "WHERE i.id IN (SELECT rowid FROM interaction_index WHERE interaction_index "
                "MATCH ? ORDER BY rowid DESC LIMIT ?) AND i.occurred_at >= ?",
                (expression, PER_SKILL_ROWS, since),
            )
            for cid, iid, occurred_at, summary in rows:
                found.setdefault((cid, sid), []).append((iid, occurred_at, summary))
        return self._suggestions(found, limit)

    def dismiss(self, contact_id: int, skill: str) -> Changes:
        with database.atomic():
            dismissed = _dismissed()
            dismissed.add((contact_id, skill.casefold()))
            value = json.dumps(sorted([cid, s] for cid, s in dismissed))
            m.Setting.replace(key=DISMISSED_KEY, value=value).execute()
        return Changes(contacts=frozenset({contact_id}))

    def accept(
        self,
        suggestion: ExpertiseSuggestion,
        level: ExpertiseLevel = ExpertiseLevel.AVERAGE,
        evidence: str | None = None,
    ) -> Changes:
        """Add the suggested skill to the contact, with the interaction as evidence."""
        contacts = ContactsService(self._clock)
        with database.atomic():
            contact = contacts.get(suggestion.contact_id)
            data = contact.data()
            if evidence is None:
                evidence = f"{suggestion.summary} ({suggestion.occurred_at.date().isoformat()})"
            data.expertise = [*data.expertise, Expertise(suggestion.skill, level, evidence)]
            changes = contacts.update(suggestion.contact_id, data)
        return changes

    def _suggestions(
        self, found: dict[tuple[int, int], list[tuple]], limit: int
    ) -> list[ExpertiseSuggestion]:
        if not found:
            return []
        skills = self._catalog.skills()
        contact_ids = sorted({cid for cid, _ in found})
        has = _skill_keys_of(contact_ids, skills)
        names = contact_names(contact_ids)
        dismissed = _dismissed()
        result = []
        for (cid, sid), hits in found.items():
            entry = skills.get(sid)
            if entry is None or cid not in names or (cid, entry.name.casefold()) in dismissed:
                continue
            if entry.keys in has.get(cid, set()):
                continue  # they have this skill, or one that means the same
            iid, occurred_at, summary = max(hits, key=lambda h: (str(h[1]), h[0]))
            when = (
                datetime.fromisoformat(occurred_at) if isinstance(occurred_at, str) else occurred_at
            )
            result.append(
                ExpertiseSuggestion(cid, names[cid], entry.name, iid, when, summary, len(hits))
            )
        result.sort(key=lambda s: (-s.mentions, -s.occurred_at.timestamp(), s.contact_id, s.skill))
        return result[:limit] if limit > 0 else result


def _all_terms(entry: SkillEntry, catalog: SkillCatalog) -> str | None:
    parts = []
    for term in catalog.normalizer.terms(entry.name):
        expression = fts_expression(term)
        if expression is None:
            return None
        parts.append(f"({expression})")
    return " AND ".join(parts) if parts else None


def _skill_keys_of(contact_ids: list[int], skills: dict[int, SkillEntry]) -> dict[int, set]:
    result: dict[int, set[frozenset[str]]] = {}
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT contact_id, skill_id FROM expertise WHERE contact_id IN ({marks})"
        for cid, sid in database.execute_sql(sql, chunk):
            if sid in skills:
                result.setdefault(cid, set()).add(skills[sid].keys)
    return result


def _dismissed() -> set[tuple[int, str]]:
    row = m.Setting.get_or_none(m.Setting.key == DISMISSED_KEY)
    if row is None:
        return set()
    return {(int(cid), str(skill)) for cid, skill in json.loads(row.value)}
