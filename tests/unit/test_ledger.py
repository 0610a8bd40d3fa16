"""The favors ledger: counts per contact, balance, and what the card says about it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from posse_desktop.domain import InteractionKind
from posse_desktop.services.ledger import LedgerService, balance_phrase
from tests.unit.timeline_support import NOW, add_person, log

K = InteractionKind


@pytest.mark.parametrize(
    ("given", "received", "phrase"),
    [
        (0, 0, ""),
        (0, 1, "give first"),
        (0, 3, "give first"),
        (1, 2, "you owe Dana one"),
        (1, 4, "you owe Dana 3"),
        (1, 0, "Dana owes you one"),
        (5, 2, "Dana owes you 3"),
        (2, 2, "even with Dana"),
    ],
)
def test_phrases(given, received, phrase) -> None:
    assert balance_phrase("Dana Kim", given, received) == phrase


def test_counts_per_contact(db) -> None:
    dana = add_person("Dana Kim")
    ben = add_person("Ben Okafor")
    omar = add_person("Omar Haddad")
    quiet = add_person("Quiet Person")
    log(dana, NOW - timedelta(days=30), K.FAVOR_RECEIVED)
    log(dana, NOW - timedelta(days=20), K.GOT_HELP)
    log(dana, NOW - timedelta(days=10), K.FAVOR_GIVEN)
    log(dana, NOW - timedelta(days=5), K.ASKED_FOR_HELP)  # not a favor (yet)
    log(dana, NOW - timedelta(days=2), K.COFFEE)
    # One introduction helps both people introduced.
    log([ben, omar], NOW - timedelta(days=3), K.INTRO_MADE)
    log(omar, NOW - timedelta(days=1), K.INTRO_RECEIVED)
    ledger = LedgerService().for_contacts([dana, ben, omar, quiet, 9999])
    assert set(ledger) == {dana, ben, omar, quiet}
    d = ledger[dana]
    assert (d.given, d.received, d.balance) == (1, 2, -1)
    assert d.phrase == "you owe Dana one"
    assert d.last_favor_at == NOW - timedelta(days=10)
    assert ledger[ben].phrase == "Ben owes you one"
    assert (ledger[omar].given, ledger[omar].received) == (1, 1)
    assert ledger[omar].phrase == "even with Omar"
    assert ledger[quiet].phrase == "" and ledger[quiet].last_favor_at is None


def test_give_first_when_someone_only_ever_helped(db) -> None:
    lena = add_person("Lena Rossi")
    log(lena, datetime(2024, 1, 5), K.FAVOR_RECEIVED)
    log(lena, datetime(2024, 2, 5), K.INTRO_RECEIVED)
    entry = LedgerService().for_contact(lena)
    assert (entry.given, entry.received) == (0, 2)
    assert entry.phrase == "give first"
    log(lena, datetime(2024, 3, 5), K.FAVOR_GIVEN)
    assert LedgerService().for_contact(lena).phrase == "you owe Lena one"
    with pytest.raises(LookupError):
        LedgerService().for_contact(9999)
