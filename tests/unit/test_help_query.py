"""Question text -> match terms: stems, synonyms, filler words, safe full-text expressions."""

from __future__ import annotations

import pytest

from posse_desktop.services.help_query import Normalizer, fts_expression
from posse_desktop.services.help_skills import SkillCatalog
from posse_desktop.services.help_synonyms import (
    DEFAULT_SYNONYMS,
    reset_synonyms,
    set_synonym_groups,
    synonym_groups,
)

normalizer = Normalizer(DEFAULT_SYNONYMS)


@pytest.mark.parametrize(
    ("question", "skill"),
    [
        ("k8s", "Kubernetes"),
        ("kubernetes upgrade", "k8s"),
        ("taxes", "Tax"),
        ("tax", "Tax law"),
        ("PCI", "PCI DSS"),
        ("pci-dss audit", "PCI"),
        ("postgres", "PostgreSQL"),
        ("fundraiser", "fundraising"),
        ("accountants", "Accounting"),
    ],
)
def test_synonyms_and_near_forms_meet(question: str, skill: str) -> None:
    assert normalizer.keys(skill) <= normalizer.keys(question)


def test_filler_words_are_dropped_and_order_kept() -> None:
    terms = normalizer.terms("migrating our billing to kubernetes, need someone who knows PCI")
    assert [t.key for t in terms] == ["migrat", "bill", "=kubernetes", "=pci dss"]


def test_unrelated_words_do_not_meet() -> None:
    assert not normalizer.keys("gardening") & normalizer.keys("kubernetes")
    assert normalizer.keys("the and of who") == frozenset()


@pytest.mark.parametrize("text", ["o'brien", 'say "hi" AND NEAR(', "c++ OR c#", "*", "tax)"])
def test_fts_expressions_are_always_quoted(db, text: str) -> None:
    from posse_desktop.db.connection import database

    for term in normalizer.terms(text):
        expression = fts_expression(term)
        if expression is not None:  # must be valid FTS5 syntax whatever the user typed
            database.execute_sql(
                "SELECT rowid FROM contact_index WHERE contact_index MATCH ?", (expression,)
            ).fetchall()


def test_user_synonyms_replace_the_defaults_and_reset(db) -> None:
    catalog = SkillCatalog()
    catalog.refresh()
    assert "=kubernetes" in catalog.normalizer.keys("k8s")
    set_synonym_groups([["bookkeeping", "ledgers"], ["lonely"], ["", "x", "  "]])
    assert synonym_groups() == [["bookkeeping", "ledgers"]]
    catalog.refresh()
    assert catalog.normalizer.keys("ledgers") == catalog.normalizer.keys("bookkeeping")
    assert "=kubernetes" not in catalog.normalizer.keys("k8s")
    reset_synonyms()
    catalog.refresh()
    assert "=kubernetes" in catalog.normalizer.keys("k8s")
