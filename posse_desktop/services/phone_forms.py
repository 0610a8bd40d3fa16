"""Both normalised forms of a phone number from one parse, cached for the length of an import.

`normalize.phone_key` and `normalize.phone_search_text` parse the same number three times between
them; libphonenumber's parse is the most expensive step of a bulk import. The results here are
exactly theirs (tests/unit/test_importer_bulk.py checks it).
"""

from __future__ import annotations

import re

import phonenumbers

from posse_desktop.services.normalize import MIN_PHONE_FRAGMENT

_NON_DIGITS_PLUS = re.compile(r"[^\d+]")
_NON_DIGITS = re.compile(r"\D")


class PhoneForms:
    def __init__(self) -> None:
        self._cache: dict[str, tuple[str, str]] = {}

    def key(self, phone: str) -> str:
        """== normalize.phone_key(phone)."""
        return self._forms(phone)[0]

    def search_text(self, phone: str) -> str:
        """== normalize.phone_search_text(phone), as a set of tokens."""
        return self._forms(phone)[1]

    def _forms(self, phone: str) -> tuple[str, str]:
        found = self._cache.get(phone)
        if found is None:
            found = self._cache[phone] = _compute(phone)
        return found


def _parse(text: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None


def _compute(phone: str) -> tuple[str, str]:
    stripped = phone.strip()
    is_uri = stripped.lower().startswith("tel:")
    raw = stripped[4:] if is_uri else stripped
    parsed = _parse(raw)
    if parsed is None:
        key = _NON_DIGITS_PLUS.sub("", raw)
    else:
        key = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    national_source = _parse(stripped) if is_uri else parsed
    national = ""
    if national_source is not None:
        text = phonenumbers.format_number(national_source, phonenumbers.PhoneNumberFormat.NATIONAL)
        national = _NON_DIGITS.sub("", text)
    forms = {_NON_DIGITS.sub("", phone), _NON_DIGITS.sub("", key), national}
    suffixes = {
        digits[i:] for digits in forms for i in range(len(digits) - MIN_PHONE_FRAGMENT + 1)
    }
    return key, " ".join(sorted(suffixes, key=len, reverse=True))
