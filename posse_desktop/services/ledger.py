"""The favors ledger: who helped whom, and what to say about the balance.

Given: favor given, introduction made. Received: favor received, introduction received, got help.
An interaction with several contacts counts once for each of them (an introduction made helps both
people introduced). Asking for help is not a favor yet: "got help" is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from posse_desktop.db.connection import database
from posse_desktop.domain import InteractionKind
from posse_desktop.services.contact_refs import CHUNK, contact_names

K = InteractionKind
GIVEN_KINDS = frozenset({K.FAVOR_GIVEN, K.INTRO_MADE})
RECEIVED_KINDS = frozenset({K.FAVOR_RECEIVED, K.INTRO_RECEIVED, K.GOT_HELP})


@dataclass(frozen=True)
class LedgerEntry:
    """Favors between you and one contact. balance = given - received."""

    contact_id: int
    name: str
    given: int = 0
    received: int = 0
    last_favor_at: datetime | None = None

    @property
    def balance(self) -> int:
        return self.given - self.received

    @property
    def phrase(self) -> str:
        return balance_phrase(self.name, self.given, self.received)


def balance_phrase(name: str, given: int, received: int) -> str:
    """What the contact card and the timeline say about the favors between you and `name`.

    '' (no favors), 'give first' (they have only ever helped you), 'you owe Dana one',
    'you owe Dana 2', 'Dana owes you one', 'Dana owes you 3', 'even with Dana'.
    """
    first = name.split()[0] if name.split() else name
    if not given and not received:
        return ""
    if received and not given:
        return "give first"
    balance = given - received
    if balance == 0:
        return f"even with {first}"
    count = "one" if abs(balance) == 1 else str(abs(balance))
    return f"{first} owes you {count}" if balance > 0 else f"you owe {first} {count}"


class LedgerService:
    def for_contact(self, contact_id: int) -> LedgerEntry:
        entries = self.for_contacts([contact_id])
        if contact_id not in entries:
            raise LookupError(f"no contact with id {contact_id}")
        return entries[contact_id]

    def for_contacts(self, contact_ids: Iterable[int]) -> dict[int, LedgerEntry]:
        """Entries for each existing contact among `contact_ids`, zero counts included."""
        names = contact_names(contact_ids)
        counts: dict[int, list] = {cid: [0, 0, None] for cid in names}
        ids = list(names)
        given = sorted(k.value for k in GIVEN_KINDS)
        received = sorted(k.value for k in RECEIVED_KINDS)
        kinds_marks = ", ".join("?" * (len(given) + len(received)))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            cursor = database.execute_sql(
                "SELECT ic.contact_id, i.kind, COUNT(*), MAX(i.occurred_at) "
                # CROSS JOIN pins the order "these contacts' links, then each interaction": left
                # to itself SQLite walks every favor in the timeline via (kind, occurred_at) once
                # more than a few contacts are asked about.
                "FROM interaction_contact ic CROSS JOIN interaction i ON i.id = ic.interaction_id "
                f"WHERE ic.contact_id IN ({marks}) AND i.kind IN ({kinds_marks}) "
                "GROUP BY ic.contact_id, i.kind",
                [*chunk, *given, *received],
            )
            for cid, kind, count, last in cursor.fetchall():
                slot = counts[cid]
                slot[0 if kind in given else 1] += count
                last_at = datetime.fromisoformat(last) if isinstance(last, str) else last
                if slot[2] is None or last_at > slot[2]:
                    slot[2] = last_at
        return {
            cid: LedgerEntry(cid, names[cid], given_n, received_n, last)
            for cid, (given_n, received_n, last) in counts.items()
        }
