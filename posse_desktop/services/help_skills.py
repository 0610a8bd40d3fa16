"""The known skills as match terms, cached until a skill or the synonym list changes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from posse_desktop.db.connection import database
from posse_desktop.services.help_query import Normalizer
from posse_desktop.services.help_synonyms import synonym_groups, synonyms_version


@dataclass(frozen=True)
class SkillEntry:
    id: int
    name: str
    keys: frozenset[str]


class SkillCatalog:
    """Skill rows normalised once; `match` is then a dictionary lookup per question term.

    The cache key is (skill count, highest skill id, synonym list): skills are only ever added
    (get-or-create by name) or deleted, so that key changes whenever the answer could.
    """

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._normalizer = Normalizer(())
        self._skills: dict[int, SkillEntry] = {}
        self._by_key: dict[str, list[int]] = {}

    def refresh(self) -> None:
        """Reload if skills or synonyms changed; call once per question."""
        self._refresh()

    @property
    def normalizer(self) -> Normalizer:
        if self._key is None:
            self._refresh()
        return self._normalizer

    def skills(self) -> dict[int, SkillEntry]:
        if self._key is None:
            self._refresh()
        return self._skills

    def match(self, keys: Iterable[str]) -> dict[int, tuple[float, frozenset[str]]]:
        """Skills sharing a term with `keys`: id -> (share of the skill's terms found, terms)."""
        if self._key is None:
            self._refresh()
        wanted = set(keys)
        hits: dict[int, set[str]] = {}
        for key in wanted:
            for skill_id in self._by_key.get(key, ()):
                hits.setdefault(skill_id, set()).add(key)
        return {
            sid: (len(found) / len(self._skills[sid].keys), frozenset(found))
            for sid, found in hits.items()
        }

    def _refresh(self) -> None:
        count, top = database.execute_sql("SELECT count(*), max(id) FROM skill").fetchone()
        version = synonyms_version()
        key = (count, top, version)
        if key == self._key:
            return
        self._normalizer = Normalizer(synonym_groups())
        self._skills = {}
        self._by_key = {}
        for sid, name in database.execute_sql("SELECT id, name FROM skill"):
            keys = self._normalizer.keys(name)
            if not keys:
                continue
            self._skills[sid] = SkillEntry(sid, name, keys)
            for k in keys:
                self._by_key.setdefault(k, []).append(sid)
        self._key = key
