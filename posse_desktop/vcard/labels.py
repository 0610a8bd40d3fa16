"""Labels for typed values: vCard TYPE parameters and Apple's itemN.X-ABLabel, as Posse shows them."""

from __future__ import annotations

# TYPE values that say nothing a person needs to read.
_NOISE = frozenset({"INTERNET", "PREF", "VOICE", "X400", "X-INTERNET", "ENCODING", "CHARSET"})
_NAMES = {
    "CELL": "mobile",
    "MOBILE": "mobile",
    "IPHONE": "iphone",
    "HOME": "home",
    "WORK": "work",
    "FAX": "fax",
    "PAGER": "pager",
    "MAIN": "main",
    "OTHER": "other",
    "MSG": "message",
    "VIDEO": "video",
    "CAR": "car",
    "ISDN": "isdn",
    "TEXT": "text",
    "TEXTPHONE": "textphone",
    "POSTAL": "postal",
    "PARCEL": "parcel",
    "DOM": "domestic",
    "INTL": "international",
    "BBS": "bbs",
    "MODEM": "modem",
}


_CACHE: dict[tuple[str, ...], tuple[str, bool]] = {}


def label_from_types(types: list[str]) -> tuple[str, bool]:
    """('work fax', pref?) from TYPE values such as ['WORK', 'FAX', 'pref']."""
    key = tuple(types)
    cached = _CACHE.get(key)
    if cached is None:
        cached = _label(types)
        if sum(map(len, key)) <= 200:  # bounded: hostile files may invent endless TYPE values
            if len(_CACHE) > 1024:
                _CACHE.clear()
            _CACHE[key] = cached
    return cached


def _label(types: list[str]) -> tuple[str, bool]:
    words: list[str] = []
    pref = False
    for raw in types:
        upper = raw.upper()
        if upper == "PREF":
            pref = True
            continue
        if upper in _NOISE:
            continue
        word = _NAMES.get(upper)
        if word is None:
            word = raw[2:] if upper.startswith("X-") else raw
            word = word.lower() if word.isupper() else word
        if word and word not in words:
            words.append(word)
    if words == ["voice"]:
        words = []
    return " ".join(words), pref


def apple_label(text: str) -> str:
    """Apple writes built-in labels as `_$!<Mobile>!$_` (some tools drop the `_`); custom labels are plain text."""
    core = text.strip("_")
    if core.startswith("$!<") and core.endswith(">!$"):
        return core[3:-3].lower()
    return text
