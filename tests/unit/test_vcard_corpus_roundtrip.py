"""Corpus round trip (../shared/vcards, skipped when absent): every card of each non-NEG file is
imported, exported, read again, and the values a person reads match expected.jsonl."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from posse_desktop.domain import ContactData
from posse_desktop.services.exporter import ExportService
from posse_desktop.services.importer import ImportService
from posse_desktop.vcard.reader import read_vcards
from posse_desktop.vcard.values import parse_date

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "vcards"


def _corpus_files() -> list[str]:
    provenance = CORPUS / "provenance.tsv"
    if not provenance.is_file():
        return []
    with provenance.open(encoding="utf-8") as handle:
        return [
            row["local"]
            for row in csv.DictReader(handle, delimiter="\t")
            if row["malformed"] != "NEG"
        ]


def _provenance(shared: Path) -> dict[str, dict[str, str]]:
    with (shared / "provenance.tsv").open(encoding="utf-8") as handle:
        return {row["local"]: row for row in csv.DictReader(handle, delimiter="\t")}


def _expected(shared: Path, name: str) -> list[dict]:
    with (shared / "expected.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return sorted(
        (r for r in rows if r["file"] == name and "skip" not in r), key=lambda r: r["index"]
    )


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _check(data: ContactData, want: dict, where: str) -> None:
    unsure = set(want.get("unsure", []))
    if "fn" not in unsure:
        # A card with no name at all gets its email or phone as FN on export (FN is required).
        names = (data.formatted_name, data.display_name) if not want["fn"] else (data.display_name,)
        assert want["fn"] in names or (not want["fn"] and data.formatted_name in names), where
    if "n" not in unsure and want["n"]:
        n = data.name
        expected_n = (want["n"] + [""] * 5)[:5]
        assert [n.family, n.given, n.additional, n.prefix, n.suffix] == expected_n, where
    if "emails" not in unsure:
        assert [e.value for e in data.emails] == want["emails"], where
    if "tels" not in unsure:
        got = [_digits(t.value) for t in data.phones]
        assert len(got) == len(want["tels"]), where
        for have, expected in zip(got, want["tels"], strict=True):
            # A phone number may gain a country code, never lose digits.
            assert have.endswith(_digits(expected).lstrip("0")) or have == _digits(expected), where
    if "org" not in unsure:
        org = want["org"] or []
        assert data.org == (org[0] if org else ""), where
        assert data.department == ", ".join(p for p in org[1:] if p), where
    if "title" not in unsure:
        assert data.title == (want["title"] or ""), where
    if "note" not in unsure:
        assert data.notes == (want["note"] or ""), where
    if "bday" not in unsure and want["bday"]:
        assert data.birthday == parse_date(want["bday"]), where
    n = data.name
    for text in (
        n.family,
        n.given,
        n.additional,
        n.prefix,
        n.suffix,
        data.notes,
        data.org,
        data.title,
    ):
        assert not re.search(r"=[0-9A-F]{2}", text or ""), where  # undecoded quoted-printable
        assert "\\:" not in text and "\ufffd" not in text, where
        assert text == text.strip(), where


@pytest.mark.parametrize("name", _corpus_files() or ["(corpus absent)"])
def test_corpus_file_round_trips(shared_vcards: Path, db, name: str) -> None:
    row = _provenance(shared_vcards)[name]
    path = shared_vcards / name
    report = ImportService().import_files([path])
    assert report.cards == int(row["cards"])
    assert not report.failed_cards
    expected = _expected(shared_vcards, name)
    for version, want in ((v, w) for v in ("3.0", "4.0") for w in expected):
        cid = report.contact_of_card[(str(path), want["index"])]
        text = ExportService().export_text([cid], version)
        again = read_vcards(text.encode("utf-8"), "export.vcf")
        assert len(again.cards) == 1
        # Nothing new to complain about: only what the original card already had (a photo link
        # or a text birthday carried over as it was).
        before = {p.message for p in report.problems if p.card_index == want["index"]}
        assert {p.message for p in again.problems} <= before, again.problems
        _check(again.cards[0].data, want, f"{name} card {want['index']} ({version})")


def _neg_files() -> list[str]:
    provenance = CORPUS / "provenance.tsv"
    if not provenance.is_file():
        return []
    with provenance.open(encoding="utf-8") as handle:
        return [
            row["local"]
            for row in csv.DictReader(handle, delimiter="\t")
            if row["malformed"] == "NEG"
        ]


def test_negative_files_import_their_good_cards(shared_vcards: Path, db) -> None:
    """Deliberately broken files: good cards in, problems reported, never an exception."""
    names = _neg_files()
    assert names
    for name in names:
        report = ImportService().import_files([shared_vcards / name], safety_copy=False)
        assert not report.cancelled, name
        for problem in report.problems:
            assert problem.source.endswith(name) and problem.message, problem
        for cid in report.added:
            text = ExportService().export_text([cid])
            assert len(read_vcards(text.encode("utf-8"), "x.vcf").cards) == 1, name
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
