"""Normalised forms of emails and phone numbers, for duplicate detection and search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import phonenumbers

# phonenumbers is imported where it is used: its import compiles ~80 regular expressions, which
# the app would otherwise pay at every start before the first paint.

_NON_DIGITS = re.compile(r"[^\d+]")


def email_key(email: str) -> str:
    return email.strip().lower()


def phone_key(phone: str, region: str | None = None) -> str:
    """E.164 when the number can be parsed, else its digits (with a leading +)."""
    import phonenumbers

    raw = phone.strip()
    if raw.lower().startswith("tel:"):
        raw = raw[4:]
    try:
        parsed = _parse_phone(raw, region)
    except phonenumbers.NumberParseException:
        return _NON_DIGITS.sub("", raw)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=256)
def _parse_phone(raw: str, region: str | None) -> phonenumbers.PhoneNumber:
    """Parsing is the slow part; one number is parsed for its key and its search forms in turn."""
    import phonenumbers

    return phonenumbers.parse(raw, region)


def sort_key(name: str) -> str:
    """Case- and accent-insensitive key, so Ángela sorts beside Angela."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


MIN_PHONE_FRAGMENT = 3


def phone_search_text(phone: str) -> str:
    """Every digit suffix of the number, so typing any tail of it ("5678", "1234 5678") finds it.

    FTS5 matches prefixes of tokens only; indexing the suffixes turns "ends with" into a prefix
    lookup without a scan. Phones are short, so this is a dozen tokens at most.
    """
    forms = {re.sub(r"\D", "", phone), re.sub(r"\D", "", phone_key(phone)), _national_digits(phone)}
    suffixes = {
        digits[i:] for digits in forms for i in range(len(digits) - MIN_PHONE_FRAGMENT + 1)
    }
    return " ".join(sorted(suffixes, key=lambda s: (-len(s), s)))  # a set: sort fully, stable text


def _national_digits(phone: str) -> str:
    """The number as dialled at home (with its trunk prefix, e.g. German 030...)."""
    import phonenumbers

    try:
        parsed = _parse_phone(phone.strip(), None)
    except phonenumbers.NumberParseException:
        return ""
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national)
