"""Fuzzing the whole import, not only the reader: odd values reach the phone and email keys, the
name folding, dedupe, merge and the writer. No card may take the import (or an export of what
it stored, or the import of that export) down with an exception.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posse_desktop.services import contact_stream
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.exporter import ExportService
from posse_desktop.services.importer import ImportService
from tests.unit.test_vcard_reader_fuzz import mutated

# Characters that mean something to some layer: escapes, separators, quotes, digits and plus
# signs (phone keys), @ (email keys), accents and marks (name folding), controls, a surrogate
# escape's worth of Latin-1, and non-Latin scripts.
ODD = "+-()0123456789 ,;:\\\"'@._=^\n\t\x00\x7féçÅ\u0301\u200bß日本語Ωж🙂"
PROPERTIES = (
    "FN",
    "N",
    "TEL",
    "TEL;TYPE=CELL",
    "TEL;VALUE=uri",
    "EMAIL",
    "ORG",
    "NOTE",
    "CATEGORIES",
    "BDAY",
    "ADR",
    "UID",
    "NICKNAME",
    "URL",
    "IMPP",
    "X-ABRELATEDNAMES",
    "RELATED",
    "EXPERTISE;LEVEL=expert",
    "X-POSSE-ROLES",
)


@pytest.fixture(autouse=True)
def small_batches(monkeypatch) -> None:
    """New contacts in batches of 2: most examples store some on the StatementWriter's thread."""
    monkeypatch.setattr(contact_stream, "BATCH", 2)


@st.composite
def odd_card(draw: st.DrawFn) -> str:
    lines = ["BEGIN:VCARD", f"VERSION:{draw(st.sampled_from(['2.1', '3.0', '4.0']))}"]
    for _ in range(draw(st.integers(1, 8))):
        name = draw(st.sampled_from(PROPERTIES))
        if draw(st.booleans()):  # an odd parameter too
            key = draw(st.sampled_from(["TYPE", "X-SERVICE-TYPE", "X-EVIDENCE", "LEVEL", "PREF"]))
            param = draw(st.text(alphabet=ODD.replace("\n", ""), max_size=12))
            name = f"{name};{key}={param}"
        value = draw(st.text(alphabet=ODD, max_size=24))
        lines.append(f"{name}:{value.replace(chr(10), '')}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


# One database for all examples on purpose: later cards meet earlier ones (dedupe, merge).
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(odd_card(), min_size=1, max_size=4))
def test_odd_values_never_take_an_import_or_its_export_down(
    db, tmp_path_factory, cards: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    source = folder / "odd.vcf"
    source.write_text("".join(cards), encoding="utf-8")
    before = _everyone()
    importer = ImportService()
    report = importer.import_files([source], safety_copy=False)
    placed = len(report.added) + len(report.updated) + len(report.unchanged)
    assert report.cards == len(cards) and placed >= 1
    assert not report.failed_cards, report.failed_cards
    exported = Path(folder / "out.vcf")
    ExportService().export(exported, ids=report.added + report.updated)
    again = importer.import_files([exported], safety_copy=False)
    assert not again.failed_cards, again.failed_cards
    for cid in report.added:
        ContactsService().get(cid)  # every stored contact reads back
    for batch in (again.batch_id, report.batch_id):  # newest first, as the undo stack does
        if batch is not None:
            importer.undo_import(batch)
    assert _everyone() == before


def _everyone() -> dict[int, dict]:
    """Every live contact's data, without the times an undo does not restore."""
    out = {}
    for cid in ContactsService().all_ids():
        data = asdict(ContactsService().get(cid))
        for stamp in ("created_at", "updated_at", "deleted_at", "last_contacted_at"):
            data.pop(stamp, None)
        out[cid] = data
    return out


# Damaged real cards (the reader fuzzer's mutations) through the whole import, then out again.
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(mutated())
def test_damaged_real_cards_never_take_an_import_or_its_export_down(
    db, tmp_path_factory, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    source = folder / "damaged.vcf"
    source.write_bytes(data)
    before = _everyone()
    importer = ImportService()
    report = importer.import_files([source], safety_copy=False)
    assert not any("could not be read (" in p.message for p in report.problems), report.problems
    exported = folder / "out.vcf"
    ExportService().export(exported, ids=report.added + report.updated)
    again = importer.import_files([exported], safety_copy=False)
    assert not again.failed_cards, again.failed_cards
    for batch in (again.batch_id, report.batch_id):
        if batch is not None:
            importer.undo_import(batch)
    assert _everyone() == before
