"""Fuzzing: arbitrary bytes and mutated real cards never raise and stay fast."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posse_desktop.vcard import ReadResult, read_vcards
from tests.conftest import SHARED_VCARDS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _seed_cards() -> list[bytes]:
    """Small real cards to mutate: the corpus when present, else our own fixtures."""
    files = sorted(FIXTURES.glob("*.vcf"))
    if SHARED_VCARDS.is_dir():
        files += sorted(SHARED_VCARDS.rglob("*.vcf"))
    return [data for data in (f.read_bytes() for f in files) if 0 < len(data) < 20_000]


SEEDS = _seed_cards()
TOKENS = [
    b"\r\n",
    b"\n",
    b"\r",
    b" ",
    b"\t",
    b":",
    b";",
    b"=",
    b",",
    b"\\",
    b'"',
    b"=\r\n",
    b"\xff",
    b"\x00",
    b"BEGIN:VCARD\r\n",
    b"END:VCARD\r\n",
    b"ENCODING=QUOTED-PRINTABLE",
    b"CHARSET=SHIFT_JIS",
    b"ENCODING=b",
    b"data:image/png;base64,",
    b"\xef\xbb\xbf",
    b"#",
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.integers(0, 3))
        if kind == 0:
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif kind == 1:
            data[at:at] = draw(st.binary(max_size=20))
        elif kind == 2:
            del data[at : at + draw(st.integers(1, 50))]
        else:
            data[at:at] = bytes(data[at : at + draw(st.integers(1, 200))]) * draw(
                st.integers(2, 30)
            )
    return bytes(data)


def _check(data: bytes) -> ReadResult:
    start = time.perf_counter()
    result = read_vcards(data, "fuzz.vcf")
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0 * max(1, len(result.cards))
    # Our own exceptions are caught per card and per value; here none may have happened at all.
    assert not any(
        "could not be read (" in p.message or "reader failed" in p.message for p in result.problems
    )
    for card in result.cards:
        card.data.vcard_source.encode("utf-8")
        card.data.formatted_name.encode("utf-8")
        card.data.notes.encode("utf-8")
    return result


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    _check(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_inside_a_card_never_raise(body: bytes) -> None:
    _check(b"BEGIN:VCARD\r\nVERSION:2.1\r\n" + body + b"\r\nEND:VCARD\r\n")


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_real_cards_never_raise(data: bytes) -> None:
    _check(data)
