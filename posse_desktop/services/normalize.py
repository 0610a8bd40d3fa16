"""Normalised forms of emails and phone numbers, for duplicate detection and search."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

_NON_DIGITS = re.compile(r"[^\d+]")


def email_key(email: str) -> str:
    return email.strip().lower()


def phone_key(phone: str, region: str | None = None) -> str:
    """E.164 when the number can be parsed, else its digits (with a leading +)."""
    raw = phone.strip()
    if raw.lower().startswith("tel:"):
        raw = raw[4:]
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return _NON_DIGITS.sub("", raw)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def sort_key(name: str) -> str:
    """Case- and accent-insensitive key, so Ángela sorts beside Angela."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def phone_search_text(phone: str) -> str:
    """Forms under which a phone number should be findable: as written, digits, E.164 digits."""
    digits = re.sub(r"\D", "", phone)
    e164 = re.sub(r"\D", "", phone_key(phone))
    return " ".join(dict.fromkeys(filter(None, (digits, e164, digits[-7:] if len(digits) > 7 else ""))))
