"""The synonym list of ask-for-help: shipped defaults, and the user's edited copy in Setting.

Each group lists words or phrases that mean the same thing; the first one names the group. The
user edits the whole list (the GUI starts from the defaults); saving it stores it as JSON under
`SETTING_KEY`, resetting deletes that row.
"""

from __future__ import annotations

import json

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import Changes

SETTING_KEY = "help.synonyms"

DEFAULT_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("kubernetes", "k8s", "kube", "openshift"),
    ("pci dss", "pci", "pci-dss", "payment card industry", "card data security"),
    ("tax", "taxes", "taxation", "tax law", "tax advice"),
    ("postgresql", "postgres", "psql", "pg"),
    ("javascript", "js", "ecmascript"),
    ("typescript", "ts"),
    ("python", "py"),
    ("machine learning", "ml", "deep learning", "ai", "artificial intelligence"),
    ("fundraising", "raising money", "venture capital", "vc", "investors"),
    ("user experience", "ux", "ui design", "usability"),
    ("continuous integration", "ci", "ci/cd", "cicd", "continuous delivery"),
    ("amazon web services", "aws"),
    ("google cloud", "gcp"),
    ("microsoft azure", "azure"),
    ("gdpr", "data protection", "privacy law"),
    ("hiring", "recruiting", "recruitment", "talent acquisition"),
    ("public relations", "pr", "press"),
    ("search engine optimization", "seo"),
    ("human resources", "hr", "people ops"),
    ("intellectual property", "ip law", "patents", "trademarks"),
    ("mergers and acquisitions", "m&a", "m and a"),
    ("accounting", "bookkeeping", "accountant", "cpa"),
    ("legal", "lawyer", "attorney", "law"),
    ("security", "infosec", "cybersecurity", "appsec"),
    ("site reliability", "sre", "devops"),
    ("sales", "selling", "business development", "bizdev"),
)


def synonym_groups() -> list[list[str]]:
    """The groups in force: the user's list when saved, else the defaults."""
    raw = _stored()
    if raw is None:
        return [list(g) for g in DEFAULT_SYNONYMS]
    return _clean(json.loads(raw))


def synonyms_version() -> str:
    """Changes whenever the list in force changes (a cache key)."""
    return _stored() or ""


def set_synonym_groups(groups: list[list[str]]) -> Changes:
    """Save the user's list (blank entries and one-word groups are dropped)."""
    value = json.dumps(_clean(groups), ensure_ascii=False)
    with database.atomic():
        m.Setting.replace(key=SETTING_KEY, value=value).execute()
    return Changes()


def reset_synonyms() -> Changes:
    with database.atomic():
        m.Setting.delete().where(m.Setting.key == SETTING_KEY).execute()
    return Changes()


def _stored() -> str | None:
    row = m.Setting.get_or_none(m.Setting.key == SETTING_KEY)
    return row.value if row else None


def _clean(groups: object) -> list[list[str]]:
    result: list[list[str]] = []
    if not isinstance(groups, list):
        return result
    for group in groups:
        if not isinstance(group, list | tuple):
            continue
        words = list(dict.fromkeys(w.strip().lower() for w in group if isinstance(w, str)))
        words = [w for w in words if w]
        if len(words) >= 2:
            result.append(words)
    return result
