"""Merge a newer card into a contact Posse already has, without overwriting what only Posse knows.

Three-way: `base` is what the contact's previous card said (its stored vcard_source, read again),
`theirs` the new card, `ours` the contact as it is now. A field the phone did not change keeps
Posse's value (so an edit made in Posse survives); a field the phone changed takes the phone's
value. Without a base (a contact made in Posse) the card only fills what is empty and adds
what is new. Posse-only data (roles, expertise, cadence, strength, timeline) is never dropped; tags,
roles and expertise from the card are added; notes the user wrote are kept and a new card note is
appended.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from posse_desktop.domain import ContactData, TypedValue
from posse_desktop.services.normalize import email_key
from posse_desktop.vcard.model import CardRecord
from posse_desktop.vcard.reader import read_vcards

_SCALARS = (
    "name",
    "formatted_name",
    "nickname",
    "org",
    "department",
    "title",
    "birthday",
    "anniversary",
)
_TEXTS = ("notes", "how_we_met")


def base_of(contact: ContactData) -> ContactData | None:
    """What the contact's stored original card says, or None when it has none."""
    card = base_card(contact)
    return card.data if card else None


def base_card(contact: ContactData) -> CardRecord | None:
    """The contact's stored original card, read again, or None when it has none."""
    if not contact.vcard_source:
        return None
    cards = read_vcards(contact.vcard_source.encode("utf-8"), "stored card").cards
    return cards[0] if cards else None


def merge(ours: ContactData, base: ContactData | None, theirs: ContactData) -> ContactData:
    """The contact after importing `theirs` (a new object; `ours` is not modified)."""
    out = ContactData(**{k: getattr(ours, k) for k in ContactData.__dataclass_fields__})
    for key in _SCALARS:
        setattr(out, key, _scalar(getattr(ours, key), base, key, getattr(theirs, key)))
    for key in _TEXTS:
        setattr(out, key, _text(getattr(ours, key), _get(base, key), getattr(theirs, key)))
    out.emails = _items(ours.emails, _get(base, "emails"), theirs.emails, _email)
    out.phones = _items(ours.phones, _get(base, "phones"), theirs.phones, _phone)
    out.urls = _items(ours.urls, _get(base, "urls"), theirs.urls, _plain)
    out.ims = _items(ours.ims, _get(base, "ims"), theirs.ims, _plain)
    out.addresses = _items(ours.addresses, _get(base, "addresses"), theirs.addresses, _address)
    out.tags = _items(ours.tags, _get(base, "tags"), theirs.tags, str.casefold)
    out.expertise = _items(
        ours.expertise, _get(base, "expertise"), theirs.expertise, lambda e: e.skill.casefold()
    )
    base_roles = base.roles if base else set()
    out.roles = set(ours.roles) | (theirs.roles - base_roles)
    out.photo, out.photo_mime = ours.photo, ours.photo_mime
    if base is None:
        if not ours.photo and theirs.photo:  # fill only
            out.photo, out.photo_mime = theirs.photo, theirs.photo_mime
    elif theirs.photo != base.photo and (theirs.photo or ours.photo == base.photo):
        # A new photo on the phone wins; a photo removed on the phone goes unless Posse has
        # its own since.
        out.photo, out.photo_mime = theirs.photo, theirs.photo_mime
    out.uid = ours.uid or theirs.uid
    out.vcard_source = theirs.vcard_source
    return out


def _get(base: ContactData | None, key: str) -> Any:
    return getattr(base, key) if base is not None else None


def _empty(value: Any) -> bool:
    return value is None or value == "" or (hasattr(value, "formatted") and not value.formatted())


def _scalar(ours: Any, base_card: ContactData | None, key: str, theirs: Any) -> Any:
    if base_card is None:
        return theirs if _empty(ours) else ours  # no base: fill only
    base = getattr(base_card, key)
    if theirs == base:
        return ours  # the phone did not change it; Posse's value (maybe edited) stays
    if _empty(theirs) and ours != base:
        return ours  # the phone cleared a field the user has since changed: keep the user's
    return theirs


def _text(ours: str, base: str | None, theirs: str) -> str:
    """Notes: the user's text is never replaced; a new card note is added below it."""
    if base is not None and theirs == base:
        return ours
    if not ours or (base is not None and ours == base):
        return theirs
    if theirs and theirs not in ours:
        return f"{ours}\n\n{theirs}"
    return ours


def _items(ours: list, base: list | None, theirs: list, key: Callable[[Any], Any]) -> list:
    """Lists keyed by a normalised value: the phone's removals and additions are applied, Posse's
    own additions, removals and edits are kept."""
    our_keys = {key(i): i for i in ours}
    their_keys = {key(i): i for i in theirs}
    if base is None:
        return list(ours) + [i for k, i in their_keys.items() if k not in our_keys]
    base_keys = {key(i): i for i in base}
    result = []
    for k, item in our_keys.items():
        if k in base_keys and k not in their_keys:
            if item == base_keys[k]:
                continue  # removed on the phone, untouched in Posse
        elif k in their_keys and k in base_keys and item == base_keys[k]:
            item = their_keys[k]  # changed (label, pref) on the phone only
        result.append(item)
    result.extend(i for k, i in their_keys.items() if k not in our_keys and k not in base_keys)
    return result


def _email(item: TypedValue) -> str:
    return email_key(item.value)


def _phone(item: TypedValue) -> str:
    return "".join(ch for ch in item.value if ch.isdigit())


def _plain(item: TypedValue) -> str:
    return item.value.strip()


def _address(item: Any) -> tuple:
    return tuple(
        p.strip().casefold()
        for p in (
            item.po_box,
            item.extended,
            item.street,
            item.locality,
            item.region,
            item.postal_code,
            item.country,
        )
    )
