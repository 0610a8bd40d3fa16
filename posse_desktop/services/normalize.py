"""Normalised forms of emails and phone numbers, for duplicate detection and search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# phonenumbers is imported where it is used: its import compiles ~80 regular expressions, which
# the app would otherwise pay at every start before the first paint.

_NON_DIGITS = re.compile(r"[^\d+]")
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


def _phone_forms_in(phone: str, region: str | None) -> tuple[str, str]:
    import phonenumbers

    stripped = phone.strip()
    raw = stripped[4:] if stripped.lower().startswith("tel:") else stripped
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        key, national = _NON_DIGITS.sub("", raw), ""
    else:
        # Built from the parsed parts: format_number costs as much again as the parse.
        nsn = "0" * (parsed.number_of_leading_zeros or 1 if parsed.italian_leading_zero else 0)
        nsn += str(parsed.national_number)
        key = f"+{parsed.country_code}{nsn}"
        # As dialled at home: most countries prefix a trunk 0; NANP numbers and those whose
        # number keeps its own leading zero (Italy) are dialled as they are.
        national = nsn if parsed.country_code == 1 or nsn.startswith("0") else "0" + nsn
    forms = {re.sub(r"\D", "", stripped), re.sub(r"\D", "", key), national}
    suffixes = {d[i:] for d in forms for i in range(len(d) - MIN_PHONE_FRAGMENT + 1)}
    return key, " ".join(sorted(suffixes, key=lambda s: (-len(s), s)))  # stable text


def sort_key(name: str) -> str:
    """Case- and accent-insensitive key, so Ángela sorts beside Angela."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def phone_search_text(phone: str) -> str:
    """Every digit suffix of the number (FTS5 matches token prefixes; suffixes make tails match)."""
    return phone_forms(phone)[1]
