"""Is this incoming card someone we already have? Match by the card's exact text, then UID, then
normalised email, normalised phone, then exact name; a near-miss name is reported, never merged.

The index is loaded once per import (a few queries, dicts in memory) and learns the contacts the
import adds, so a file that lists one person twice is caught too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import chain

from peewee import fn as fn_
from rapidfuzz import fuzz, process

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import ContactData, FieldKind, StructuredName
from posse_desktop.services.normalize import email_key, phone_key, sort_key
from posse_desktop.vcard import messages as msg
from posse_desktop.vcard.messages import Message

FUZZY_CUTOFF = (
    88.0  # token_sort_ratio: "Jon Smith" ~ "John Smith" (95), "Ana Silva" ~ "Ana Costa" (67)
)
MAX_FUZZY_NAME = 64
FINGERPRINT = 256  # characters of a card's text kept in memory to find it again  # longer names are only matched exactly


_SOURCE_OF = f"SELECT vcard_source FROM {m.Contact._meta.table_name} WHERE id = ?"


@dataclass(slots=True)
class Keys:
    """What a card is matched by, computed once per card (match, then add, use it)."""

    name: str  # person_name()
    ordered: str  # the name's words sorted
    variants: list[str]  # _variants(ordered)
    emails: list[str]
    phones: list[str]

    @classmethod
    def of(cls, data: ContactData) -> Keys:
        name = person_name(data)
        ordered = _token_sorted(name) if name else ""
        return cls(
            name,
            ordered,
            _variants(ordered) if name else [],
            [k for e in data.emails if (k := email_key(e.value))],
            [k for p in data.phones if (k := phone_key(p.value))],
        )


@dataclass
class Match:
    """Where a card goes. `contact_id` 0 means: add a new contact."""

    contact_id: int = 0
    how: str = ""  # "source", "uid", "email", "phone", "name"
    review: list[int] = field(default_factory=list)  # contacts that may be the same person
    reason: str = ""  # a vcard.messages.Message, for the report to translate
    keys: Keys | None = None  # the card's keys, when matching got as far as needing them


class DedupeIndex:
    def __init__(self) -> None:
        # Card texts by fingerprint (length and opening): the texts themselves stay in the
        # database, so a photo-heavy address book is not read into memory.
        self.by_source: dict[tuple[int, str], list[int]] = defaultdict(list)
        self.by_uid: dict[str, list[int]] = defaultdict(list)
        self.by_email: dict[str, list[int]] = defaultdict(list)
        self.by_phone: dict[str, list[int]] = defaultdict(list)
        self.by_name: dict[str, list[int]] = defaultdict(list)
        # Near-miss names: every name with one character deleted (token order ignored), so a
        # typo ("Jon"/"John", "Smith"/"Smyth") meets its original in one dict lookup.
        self.by_variant: dict[str, list[int]] = defaultdict(list)
        self.names: dict[int, str] = {}
        self.sorted_names: dict[int, str] = {}
        self.emails_of: dict[int, set[str]] = defaultdict(set)
        self.phones_of: dict[int, set[str]] = defaultdict(set)
        self.sources: dict[int, str] = {}  # full texts of contacts this import added or changed

    @classmethod
    def load(cls) -> DedupeIndex:
        """Every live contact's keys (trashed contacts are not matched: they were let go)."""
        index = cls()
        c = m.Contact
        live = c.deleted_at.is_null()
        query = (
            c.select(
                c.id,
                c.uid,
                c.formatted_name,
                c.family,
                c.given,
                c.additional,
                c.prefix,
                c.suffix,
                fn_.LENGTH(c.vcard_source).coerce(False),
                fn_.SUBSTR(c.vcard_source, 1, FINGERPRINT),
            )
            .where(live)
            .tuples()
        )
        for cid, uid, fn, *n, length, head in query.iterator():
            index._add_keys(cid, uid, sort_key(fn or StructuredName(*n).formatted()))
            if length:
                index.by_source[(int(length), head)].append(cid)
        f = m.ContactField
        fields = (
            f.select(f.contact, f.kind, f.normalized)
            .join(c)
            .where(live & f.kind.in_([FieldKind.EMAIL.value, FieldKind.PHONE.value]))
            .tuples()
        )
        for cid, kind, normalized in fields.iterator():
            if not normalized:
                continue
            if kind == FieldKind.EMAIL.value:
                index.by_email[normalized].append(cid)
                index.emails_of[cid].add(normalized)
            else:
                index.by_phone[normalized].append(cid)
                index.phones_of[cid].add(normalized)
        return index

    def _add_keys(self, cid: int, uid: str, name_key: str, ordered: str = "", variants=()) -> None:
        if uid:
            self.by_uid[uid].append(cid)
        if name_key:
            self.by_name[name_key].append(cid)
            self.names[cid] = name_key
            if not variants:
                ordered = _token_sorted(name_key)
                variants = _variants(ordered)
            self.sorted_names[cid] = ordered
            by_variant = self.by_variant
            for variant in variants:
                by_variant[variant].append(cid)

    def add(self, cid: int, data: ContactData, keys: Keys | None = None) -> None:
        """Learn a contact added (or changed) by this import; `keys` are data's, when known."""
        keys = keys or Keys.of(data)
        self._add_keys(cid, data.uid, keys.name, keys.ordered, keys.variants)
        if data.vcard_source:
            self.by_source[_fingerprint(data.vcard_source)].append(cid)
            self.sources[cid] = data.vcard_source
        for key in keys.emails:
            self.by_email[key].append(cid)
            self.emails_of[cid].add(key)
        for key in keys.phones:
            self.by_phone[key].append(cid)
            self.phones_of[cid].add(key)

    # --- matching -----------------------------------------------------------------------------

    def match(self, data: ContactData) -> Match:
        source = data.vcard_source
        if source:
            for cid in self.by_source.get(_fingerprint(source), ()):
                if self._source_of(cid) == source:
                    return Match(cid, "source")
        if data.uid and self.by_uid.get(data.uid):
            return Match(self.by_uid[data.uid][0], "uid")
        keys = Keys.of(data)  # only now: a re-imported card is found by its text alone
        match = self._by_keys(keys)
        match.keys = keys
        return match

    def _by_keys(self, keys: Keys) -> Match:
        name, emails, phones = keys.name, keys.emails, keys.phones
        for how, found, table in (
            ("email", emails, self.by_email),
            ("phone", phones, self.by_phone),
        ):
            hits = [table[k] for k in found if k in table]
            if not hits:
                continue
            candidates = list(dict.fromkeys(chain.from_iterable(hits)))
            same_name = [cid for cid in candidates if self._similar(self.names.get(cid, ""), name)]
            if len(same_name) == 1 or (same_name and len(candidates) == 1):
                return Match(same_name[0], how)
            template = _SHARES[how, bool(same_name)]
            return Match(0, "", (same_name or candidates)[:10], Message(template, len(candidates)))
        if name:
            exact = list(dict.fromkeys(self.by_name.get(name, ())))  # a changed contact twice
            clear = [cid for cid in exact if not self._conflicts(cid, emails, phones)]
            if len(clear) == 1:
                return Match(clear[0], "name")
            if exact:
                return Match(0, "", exact[:10], _SAME_NAME_OTHER_KEYS)
            near = self._near_names(keys)
            if near:
                return Match(0, "", near, _SIMILAR_NAME)
        return Match()

    def _source_of(self, cid: int) -> str:
        known = self.sources.get(cid)
        if known is None:  # plain SQL: a re-import asks once per card; building a peewee query
            # cost more than the lookup itself (a 10k re-import: 1.9 s -> 1.1 s)
            row = database.execute_sql(_SOURCE_OF, (cid,)).fetchone()
            known = row[0] if row else ""
        return known

    def _similar(self, known: str, name: str) -> bool:
        """Same person by name? Blank names do not disagree; otherwise a close fuzzy match."""
        if not known or not name or known == name:
            return True
        return fuzz.token_sort_ratio(known, name) >= FUZZY_CUTOFF or _initial_match(known, name)

    def _conflicts(self, cid: int, emails: list[str], phones: list[str]) -> bool:
        known_emails, known_phones = self.emails_of.get(cid), self.phones_of.get(cid)
        if emails and known_emails and not known_emails.intersection(emails):
            return True
        return bool(phones and known_phones and not known_phones.intersection(phones))

    def _near_names(self, keys: Keys) -> list[int]:
        """Contacts whose name shares a one-deletion variant with this one and is close enough,
        best first (ties: in the order the variants found them)."""
        name, ordered = keys.name, keys.ordered
        lists = list(filter(None, map(self.by_variant.get, keys.variants)))
        if not lists:  # most cards: no name one letter away
            return []
        names = self.names
        candidates = [c for c in dict.fromkeys(chain.from_iterable(lists)) if names[c] != name]
        if not candidates:
            return []
        best = process.extract(  # one C call; ties keep the candidates' order
            ordered,
            [self.sorted_names[c] for c in candidates],
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_CUTOFF,
            limit=5,
        )
        return [candidates[i] for _, _, i in best]


# Why a card is offered for review. Made once: thousands of cards may share a reason.
_SAME_NAME_OTHER_KEYS = Message(msg.SAME_NAME_OTHER_KEYS)
_SIMILAR_NAME = Message(msg.SIMILAR_NAME)
# (key, any candidate of a similar name) -> why a card that shares the key is offered for review
_SHARES = {
    ("email", True): msg.SHARES_EMAIL,
    ("email", False): msg.SHARES_EMAIL_OTHER_NAME,
    ("phone", True): msg.SHARES_PHONE,
    ("phone", False): msg.SHARES_PHONE_OTHER_NAME,
}


def _token_sorted(name: str) -> str:
    return " ".join(sorted(name.split()))


def _variants(name: str) -> list[str]:
    if len(name) > MAX_FUZZY_NAME or len(name) < 4:
        return [name]
    return [name] + [name[:i] + name[i + 1 :] for i in range(len(name))]


def _fingerprint(source: str) -> tuple[int, str]:
    return (len(source), source[:FINGERPRINT])


def person_name(data: ContactData) -> str:
    """The comparable name of a person: FN or N, case- and accent-folded; "" when there is none
    (an org or an email address is not a name to match people by)."""
    return sort_key(data.formatted_name or data.name.formatted())


def _initial_match(a: str, b: str) -> bool:
    """ "d. kim" and "dana kim": same last word, first words agree on the initial."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    return wa[0][:1] == wb[0][:1] and (len(wa[0].rstrip(".")) == 1 or len(wb[0].rstrip(".")) == 1)
