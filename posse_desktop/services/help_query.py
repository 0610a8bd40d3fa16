"""From plain words to match terms: tokens -> stems -> synonym concepts, minus filler words.

A term is either a stem ("billing" -> "bill") or a concept from the synonym list, written "=name"
("k8s", "kube" and "Kubernetes" all become "=kubernetes"). The question and every skill name go
through the same `Normalizer`, so "taxes" in a question meets a "Tax" skill, and "PCI" meets
"PCI DSS".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

# Words plus a trailing "+"/"#" so that C++ and C# stay themselves.
_TOKEN = re.compile(r"\w+[+#]*", re.UNICODE)
_FTS_WORD = re.compile(r"\w+", re.UNICODE)
CONCEPT = "="
# Prefix matching in the full-text index only for stems this long; "go"* would match "good".
MIN_PREFIX = 5

_STOPWORD_TEXT = """a about above after again all also am an and any are as at be because been being
    below between both but by can could did do does doing done during each else every few for from
    further get got had has have having he her here hers him his how i if in into is it its itself
    just know knows knew me more most my need needs needed no nor not now of off on once only or
    other our ours out over own please same she should so some someone somebody anyone anybody
    such than that the their them then there these they this those through to too under until up
    us very want wants was we were what when where which while who whom why will with would you
    your yours help helps helping looking find question project tough thing things stuff"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@lru_cache(maxsize=1)
def _english():  # -> snowballstemmer.stemmer
    # Imported on first use: loading every language's stemmer costs 20 ms at the app's start.
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The English Snowball (Porter 2) stem of a lower-case word."""
    return _english().stemWord(word)


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


@dataclass(frozen=True)
class Term:
    """One term of a question, with the surface words it came from (for the text index)."""

    key: str
    forms: tuple[str, ...]

    @property
    def is_concept(self) -> bool:
        return self.key.startswith(CONCEPT)

    @property
    def label(self) -> str:
        return self.key[len(CONCEPT) :] if self.is_concept else self.forms[0]


class Normalizer:
    """Turns text into terms with one synonym list."""

    def __init__(self, groups: Iterable[Sequence[str]]) -> None:
        self._phrases: dict[tuple[str, ...], str] = {}
        self._forms: dict[str, list[str]] = {}
        for group in groups:
            words = [w for w in group if w.strip()]
            if not words:
                continue
            concept = CONCEPT + " ".join(tokens(words[0]))
            for phrase in words:
                key = tuple(stem(t) for t in tokens(phrase))
                # The first group to claim a phrase keeps it: a user's edit cannot make it ambiguous.
                if key and key not in self._phrases:
                    self._phrases[key] = concept
                forms = self._forms.setdefault(concept, [])
                if " ".join(tokens(phrase)) not in forms:
                    forms.append(" ".join(tokens(phrase)))
        self._longest = max((len(k) for k in self._phrases), default=0)

    def terms(self, text: str) -> list[Term]:
        """The distinct terms of `text`, in order of first appearance."""
        words = tokens(text)
        stems = [stem(w) for w in words]
        found: dict[str, list[str]] = {}
        i = 0
        while i < len(stems):
            for size in range(min(self._longest, len(stems) - i), 0, -1):
                concept = self._phrases.get(tuple(stems[i : i + size]))
                if concept is not None:
                    found.setdefault(concept, list(self._forms[concept]))
                    i += size
                    break
            else:
                word = words[i]
                if word not in STOPWORDS and stems[i] not in STOPWORDS and _meaningful(word):
                    forms = found.setdefault(stems[i], [])
                    if word not in forms:
                        forms.append(word)
                i += 1
        return [Term(key, tuple(forms)) for key, forms in found.items()]

    def keys(self, text: str) -> frozenset[str]:
        return frozenset(t.key for t in self.terms(text))


def _meaningful(word: str) -> bool:
    # Lone digits and single letters say nothing about expertise ("c" of "c++" keeps its "++").
    return len(word) > 1 and not word.isdigit()


def fts_expression(term: Term) -> str | None:
    """An FTS5 expression matching the term's words in indexed text; None if it has none.

    Every form is quoted (user text never becomes FTS syntax); the stem of a long single word is
    also matched as a prefix ("kubernet"* finds "kubernetes").
    """
    alternatives: list[str] = []
    for form in term.forms:
        words = _FTS_WORD.findall(form)
        if words and len("".join(words)) > 1:
            alternatives.append('"' + " ".join(words) + '"')
        if len(words) == 1 and len(stem(words[0])) >= MIN_PREFIX:
            alternatives.append(f'"{stem(words[0])}"*')
    unique = list(dict.fromkeys(alternatives))
    return " OR ".join(unique) if unique else None
