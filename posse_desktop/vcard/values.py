"""Value-level helpers: escapes, structured values, dates. All linear scans, no regex backtracking."""

from __future__ import annotations

from posse_desktop.domain import PartialDate

_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":", '"': '"'}


def unescape(text: str) -> str:
    r"""Undo vCard text escapes (\n \, \; \\ \: \"). Unknown escapes keep their backslash."""
    if "\\" not in text:
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        j = text.find("\\", i)
        if j < 0 or j == n - 1:
            out.append(text[i:])
            break
        out.append(text[i:j])
        nxt = text[j + 1]
        out.append(_ESCAPES.get(nxt, "\\" + nxt))
        i = j + 2
    return "".join(out)


def split_escaped(text: str, sep: str) -> list[str]:
    """Split on unescaped `sep` and unescape each part (N, ADR, ORG components; CATEGORIES).

    Jumps between separators and backslashes with str.find; each stretch is scanned once.
    """
    if "\\" not in text:
        return text.split(sep)
    parts: list[str] = []
    start = i = 0
    n = len(text)
    cut = text.find(sep)
    while True:
        if 0 <= cut < i:
            cut = text.find(sep, i)
        back = text.find("\\", i, cut if cut >= 0 else n)
        if back >= 0:
            i = back + 2  # skip the escaped character, which may be `sep`
            continue
        if cut < 0:
            break
        parts.append(text[start:cut])
        start = i = cut + 1
        cut = text.find(sep, i)
    parts.append(text[start:])
    return [unescape(p) for p in parts]


def parse_date(text: str) -> PartialDate | None:
    """vCard dates: 19800322, 1980-03-22, 1980-03-22T00:00:00Z, --0415, --04-15, 2.1's 1980.03.22.

    Returns None for text dates ("circa 1800"), truncated forms (1980-03) and impossible dates.
    """
    value = text.strip()
    if "T" in value:
        value = value.split("T", 1)[0]
    year: int | None = None
    if value.startswith("--"):
        digits = value[2:].replace("-", "")
        if len(digits) != 4 or not (digits.isascii() and digits.isdigit()):
            return None
        month, day = int(digits[:2]), int(digits[2:])
    else:
        digits = value.replace("-", "").replace(".", "").replace("/", "")
        if len(digits) != 8 or not digits.isdigit() or not digits.isascii():
            return None
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
        if year == 0 or year == 1604:  # Apple writes 1604 for "no year"
            year = None
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None
