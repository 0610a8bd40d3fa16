"""Normalised forms of emails and phone numbers, for duplicate detection and search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# phonenumbers is imported where it is used: its import compiles ~80 regular expressions, which
# the app would otherwise pay at every start before the first paint.

_NON_DIGITS = re.compile(r"[^\d+]")
_NOT_A_DIGIT = re.compile(r"\D")
MIN_PHONE_FRAGMENT = 3


def email_key(email: str) -> str:
    return email.strip().lower()


def phone_key(phone: str, region: str | None = None) -> str:
    """E.164 when the number can be parsed, else its digits (with a leading +)."""
    if region is not None:
        return _phone_forms_in(phone, region)[0]
    return phone_forms(phone)[0]


@lru_cache(maxsize=65536)
def phone_forms(phone: str) -> tuple[str, str]:
    """(key, search text) of a phone number from one parse: parsing is the slow part of an import.

    The search text holds every digit suffix of the number as written, in E.164 and as dialled
    at home (with its trunk prefix, e.g. German 030...), so typing any tail of it finds it.
    """
    return _phone_forms_in(phone, None)


_PLAIN_INTERNATIONAL = re.compile(r"\+[\d \-.()/]+")


def _split_country_code(digits: str) -> tuple[int, str] | None:
    """+CC... digits -> (country code, national number) when that is unambiguous.

    Country codes are prefix-free, so the first 1-3 digits that name a country are its code.
    A national number starting with 0 goes to the full parser: only it knows whether that 0 is
    a trunk prefix to drop (+44 020...) or part of the number (+39 06...).
    """
    codes = _country_codes()
    for length in (1, 2, 3):
        code = digits[:length].lstrip("0")  # as int() reads it: "01" is 1
        if code in codes:
            national = digits[length:]
            if national.startswith("0") or not 4 <= len(national) <= 14:
                return None
            return int(code), national
    return None


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    return frozenset(map(str, COUNTRY_CODE_TO_REGION_CODE))


def _phone_forms_in(phone: str, region: str | None) -> tuple[str, str]:
    stripped = phone.strip()
    raw = stripped[4:] if stripped[:4].lower() == "tel:" else stripped
    digits = _NOT_A_DIGIT.sub("", raw)
    split = _split_country_code(digits) if _PLAIN_INTERNATIONAL.fullmatch(raw) else None
    if split is not None:  # the common case, without the parser's cost
        code, nsn = split
        national = nsn if code == 1 else "0" + nsn
        key = f"+{code}{nsn}"  # not "+" + digits: those may start with a bogus 0
        if key[1:] != digits:
            return key, _suffix_text((digits, key[1:], national))  # "tel:" holds no digits
        return key, _tails_and_national(digits, national)
    import phonenumbers

    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        key, national = _NON_DIGITS.sub("", raw), ""
        if key == "+":  # no digits at all: nothing to match or find it by
            key = ""
    else:
        # Built from the parsed parts: format_number costs as much again as the parse.
        nsn = "0" * (parsed.number_of_leading_zeros or 1 if parsed.italian_leading_zero else 0)
        nsn += str(parsed.national_number)
        key = f"+{parsed.country_code}{nsn}"
        # As dialled at home: most countries prefix a trunk 0; NANP numbers and those whose
        # number keeps its own leading zero (Italy) are dialled as they are.
        national = nsn if parsed.country_code == 1 or nsn.startswith("0") else "0" + nsn
    forms = (_NOT_A_DIGIT.sub("", stripped), _NOT_A_DIGIT.sub("", key), national)
    return key, _suffix_text(forms)


def _tails_and_national(digits: str, national: str) -> str:
    """_suffix_text((digits, national)) without sets or sorts, for a national form that is the
    number's own tail behind a trunk 0: the tails of `digits` are already one per length,
    longest first, so the national form only has to join the tail of its length."""
    tails = [digits[i:] for i in range(len(digits) - MIN_PHONE_FRAGMENT + 1)]
    at = len(digits) - len(national)  # where the tail as long as the national form is
    if 0 <= at < len(tails) and national != tails[at]:
        tails.insert(at if national < tails[at] else at + 1, national)
    return " ".join(tails)


def _suffix_text(forms: tuple[str, ...]) -> str:
    """Every suffix of at least MIN_PHONE_FRAGMENT digits of these forms, once each, longest first
    (ties in text order): the same number always gives the same text."""
    suffixes = {d[i:] for d in forms for i in range(len(d) - MIN_PHONE_FRAGMENT + 1)}
    # Two C-keyed sorts, the second stable: as sorted by (-len, text) without a Python key.
    return " ".join(sorted(sorted(suffixes), key=len, reverse=True))


@lru_cache(maxsize=65536)  # an import asks for each name's key three times (dedupe, row, order)
def sort_key(name: str) -> str:
    """Case- and accent-insensitive key, so Ángela sorts beside Angela."""
    if name.isascii():  # nothing to decompose, no marks to drop
        return name.lower().strip()
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def phone_search_text(phone: str) -> str:
    """Every digit suffix of the number (FTS5 matches token prefixes; suffixes make tails match)."""
    return phone_forms(phone)[1]


def phone_index_text(phone: str) -> str:
    """What the search index holds for a number: its words as written, then phone_search_text.

    A written group of MIN_PHONE_FRAGMENT or more plain digits is left out: it begins one of the
    suffixes, so it finds nothing they do not (a tenth fewer words for the list index).
    """
    words = [w for w in phone.split() if len(w) < MIN_PHONE_FRAGMENT or not w.isdigit()]
    suffixes = phone_search_text(phone)
    return f"{' '.join(words)} {suffixes}" if words else suffixes
