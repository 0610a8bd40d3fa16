"""The reader over the real-world corpus in ../shared/vcards (skipped when it is absent).

Non-NEG files: the card count equals provenance.tsv's `cards`, and every card's values match
expected.jsonl (hand-checked). NEG files: their good cards plus problems, never an exception.
"""

from __future__ import annotations

import csv
import json
import re
import time
from pathlib import Path

import pytest

from posse_desktop.vcard import read_vcards
from posse_desktop.vcard.values import parse_date
from tests.conftest import SHARED_VCARDS


def _rows() -> list[dict[str, str]]:
    path = SHARED_VCARDS / "provenance.tsv"
    if not path.is_file():
        return [{"local": "(corpus absent)", "malformed": "", "cards": "0"}]
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _expected(root: Path) -> dict[str, dict[int, dict]]:
    by_file: dict[str, dict[int, dict]] = {}
    for line in (root / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "skip" not in row:
            by_file.setdefault(row["file"], {})[row["index"]] = row
    return by_file


ROWS = _rows()
GOOD = [r for r in ROWS if r["malformed"] != "NEG"]
NEG = [r for r in ROWS if r["malformed"] == "NEG"] or ROWS[:1]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _phone_matches(got: str, want: str) -> bool:
    """A phone may gain a country code or formatting: compare the digits as a suffix."""
    if not _digits(want):
        return got == want
    return _digits(got).endswith(_digits(want))


def _mismatches(card, want: dict) -> list[str]:
    data, unsure = card.data, set(want.get("unsure", []))
    n = data.name
    got = {
        "fn": data.formatted_name,
        "n": [n.family, n.given, n.additional, n.prefix, n.suffix],
        "emails": [e.value for e in data.emails],
        "org": [data.org, data.department] if data.department else [data.org],
        "title": data.title,
        "note": data.notes,
        "bday": data.birthday,
    }
    org = want["org"] or [""]
    expect = {
        "fn": want["fn"],
        "n": (want["n"] + [""] * 5)[:5],
        "emails": want["emails"],
        # Posse keeps ORG's first unit as org and the rest, joined, as department.
        "org": [org[0], ", ".join(u for u in org[1:] if u)] if any(org[1:]) else [org[0]],
        "title": want["title"] or "",
        "note": want["note"] or "",
        # A birthday that is no date (19723101) is kept raw in the source, not as a date.
        "bday": parse_date(want["bday"]) if want["bday"] else None,
    }
    wrong = [
        f"{k}: {got[k]!r} != {expect[k]!r}"
        for k in expect
        if k not in unsure and got[k] != expect[k]
    ]
    tels = [p.value for p in data.phones]
    if "tels" not in unsure and (
        len(tels) != len(want["tels"]) or not all(map(_phone_matches, tels, want["tels"]))
    ):
        wrong.append(f"tels: {tels!r} != {want['tels']!r}")
    return wrong


@pytest.mark.parametrize("row", GOOD, ids=lambda r: r["local"])
def test_corpus_file_reads_every_card_with_the_expected_values(
    row: dict, shared_vcards: Path
) -> None:
    data = (shared_vcards / row["local"]).read_bytes()
    start = time.perf_counter()
    result = read_vcards(data, row["local"])
    assert time.perf_counter() - start < 1.0
    assert len(result.cards) == int(row["cards"]), result.problems
    for index, want in _expected(shared_vcards).get(row["local"], {}).items():
        card = result.cards[index]
        assert not _mismatches(card, want), (index, _mismatches(card, want))
        assert "=C3" not in card.data.formatted_name + card.data.notes  # no undecoded QP
        card.data.vcard_source.encode("utf-8")  # clean text, storable as is


@pytest.mark.parametrize("row", NEG, ids=lambda r: r["local"])
def test_corpus_negative_file_gives_good_cards_and_problems(row: dict, shared_vcards: Path) -> None:
    result = read_vcards((shared_vcards / row["local"]).read_bytes(), row["local"])
    for problem in result.problems:
        assert problem.source == row["local"] and problem.message and problem.action
        assert problem.card_index is None or 0 <= problem.card_index < len(result.cards) + 1
    for card in result.cards:
        card.data.vcard_source.encode("utf-8")


def test_corpus_negative_files_report_problems(shared_vcards: Path) -> None:
    """Most deliberately broken files must say what was wrong (a few are only odd, not lossy)."""
    silent = [
        r["local"]
        for r in NEG
        if not read_vcards((shared_vcards / r["local"]).read_bytes(), r["local"]).problems
    ]
    assert len(silent) <= len(NEG) // 3, silent
