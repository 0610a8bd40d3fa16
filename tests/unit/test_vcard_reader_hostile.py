"""Hostile input: each case is handled in well under a second, with a clear problem, no exception."""

from __future__ import annotations

import base64
import struct
import time
import zlib
from functools import cache
from pathlib import Path

import pytest

from posse_desktop.vcard import ReadResult, read_vcard_file, read_vcards
from posse_desktop.vcard.model import DROPPED_PHOTO, REFUSED_FILE, SKIPPED_CARD
from posse_desktop.vcard.reader import MAX_FILE_BYTES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def timed_read(data: bytes, limit: float = 1.0) -> ReadResult:
    start = time.perf_counter()
    result = read_vcards(data, "hostile.vcf")
    elapsed = time.perf_counter() - start
    assert elapsed < limit, f"took {elapsed:.2f} s"
    return result


def card(*lines: str) -> bytes:
    return (
        "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", "FN:Target", *lines, "END:VCARD", ""])
    ).encode()


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


@cache
def giant_png() -> bytes:
    """A real PNG that claims 20000x20000 8-bit grey: 400 MB of zeros deflated to ~390 KB.

    The zeros are deflated once per 100 rows with a full flush, so every block after the first is
    the same bytes and can be repeated; the Adler-32 trailer is computed over the whole stream.
    """
    side, rows_per_chunk = 20000, 100
    chunk = bytes((side + 1) * rows_per_chunk)  # each row: filter byte + one byte per pixel
    count = side // rows_per_chunk
    deflate = zlib.compressobj(9)
    first = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    repeated = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    last = deflate.compress(chunk) + deflate.flush()
    adler = 1
    for _ in range(count):
        adler = zlib.adler32(chunk, adler)
    idat = first + repeated * (count - 2) + last[:-4] + adler.to_bytes(4, "big")
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


def test_redos_line_from_the_issue_fixture() -> None:
    start = time.perf_counter()
    result = read_vcard_file(FIXTURES / "redos_line.vcf")
    assert time.perf_counter() - start < 0.1
    assert result.cards[0].data.emails[0].value == "after@example.org"
    assert result.problems[0].line == 4


@pytest.mark.parametrize(
    "line",
    [
        "TEL" + ";a=b" * 5000,  # the issue's line, 200 times longer
        "TEL" + ';a="b' * 5000 + ":1",  # unbalanced quotes everywhere
        'TEL;X="' + 'a;"b"' * 400_000 + ":1",  # 2 MB of quote pairs before the colon
        "TEL;" + '"";' * 500_000 + ":1",
        'TEL;X="' + ":" * 500_000,
        "TEL;" + "=" * 200_000 + ":1",
        "X-" + "A" * 500_000 + ";" * 100_000,
        "TEL" + ";TYPE=" + "," * 200_000 + ":1",
        "item1." * 50_000 + "TEL:1",
        "NOTE:" + "\\" * 300_001,
        "ADR:" + ";" * 300_000,
        "CATEGORIES:" + "\\," * 200_000,
        "ADR:" + "x" * 4_000_000 + "\\;" + ";" * 10,  # one escape in a 4 MB structured value
        "N:" + ("\\" + "x" * 1000) * 3000 + ";" * 4,  # escapes far apart, the separators at the end
        "BDAY:" + "-" * 200_000,
    ],
)
def test_pathological_lines_are_linear(line: str) -> None:
    result = timed_read(card(line, "EMAIL:after@example.org"))
    assert len(result.cards) == 1
    assert result.cards[0].data.formatted_name == "Target"


def test_giant_png_is_refused_from_its_header() -> None:
    png = giant_png()
    assert 350_000 < len(png) < 420_000
    encoded = base64.b64encode(png).decode()
    folded = "\r\n ".join(encoded[i : i + 74] for i in range(0, len(encoded), 74))
    result = timed_read(card("PHOTO;ENCODING=b;TYPE=PNG:" + folded, "TEL:555-0199"))
    data = result.cards[0].data
    assert data.photo is None
    assert data.phones[0].value == "555-0199"
    [problem] = result.problems
    assert problem.action == DROPPED_PHOTO
    assert "20000x20000" in problem.message


@pytest.mark.parametrize(
    ("photo", "reason"),
    [
        (b"GIF89a" + struct.pack("<HH", 65535, 65535) + b"\0\0\0;", "65535x65535"),
        (
            b"\xff\xd8\xff\xc0\x00\x0b\x08"
            + struct.pack(">HH", 30000, 30000)
            + b"\x01\x01\x11\x00",
            "30000x30000",
        ),
        (b"\xff\xd8" + b"\xff\xfe\x00\x02" * 1_000_000, "too many segments"),
        (b"\xff\xd8" + b"\xff" * 4_000_000, "too many segments"),
        (b"BM" + bytes(100), "not JPEG, PNG or GIF"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not JPEG, PNG or GIF"),
        (b"\x89PNG\r\n\x1a\n\0\0", "truncated"),
        (b"\xff\xd8\xff\xe0\xff\xff", "truncated"),
    ],
)
def test_bad_photos_are_dropped_with_a_reason(photo: bytes, reason: str) -> None:
    result = timed_read(card("PHOTO;ENCODING=b:" + base64.b64encode(photo).decode()))
    assert result.cards[0].data.photo is None
    assert reason in result.problems[0].message
    assert result.problems[0].action == DROPPED_PHOTO


def test_photo_over_five_megabytes_is_not_decoded() -> None:
    encoded = "A" * (7 * 1024 * 1024)
    result = timed_read(card("PHOTO;ENCODING=b;TYPE=JPEG:" + encoded))
    assert result.cards[0].data.photo is None
    assert "larger than 5 MB" in result.problems[0].message


def test_deep_nesting_and_endless_begins() -> None:
    data = b"BEGIN:VCARD\nVERSION:3.0\nFN:x\n" * 5_000
    result = timed_read(data)
    assert len(result.cards) == 5_000
    assert all(c.data.formatted_name == "x" for c in result.cards[:5])
    assert all(p.action != SKIPPED_CARD for p in result.problems)


def test_stray_ends_and_garbage_between_cards() -> None:
    data = b"END:VCARD\ngarbage\n" * 1000 + card() + b"\x00\xff" * 1000
    result = timed_read(data)
    assert [c.data.formatted_name for c in result.cards] == ["Target"]
    assert result.problems[0].card_index is None


@pytest.mark.parametrize(
    "charset",
    [
        "zlib",
        "base64",
        "rot13",
        "hex",
        "utf-16",
        "utf-32",
        "x" * 5000,
        "\x00",
        "",
        "idna",
        "undefined",
    ],
)
def test_bogus_charsets(charset: str) -> None:
    data = card(
        f"N;CHARSET={charset}:M\xfcller;J\xfcrgen",
        f"NOTE;CHARSET={charset};ENCODING=QUOTED-PRINTABLE:=FC=00=FF",
    )
    result = timed_read(data.replace(b"\xc3\xbc", b"\xfc"))
    assert len(result.cards) == 1
    assert result.cards[0].data.name.given.startswith("J")
    result.cards[0].data.notes.encode("utf-8")  # decoded to clean text, whatever the charset said
    assert not any("could not be read" in p.message for p in result.problems)


def test_line_over_the_cap_is_dropped() -> None:
    result = timed_read(
        card("NOTE:" + "x" * (9 * 1024 * 1024), "EMAIL:after@example.org"), limit=2.0
    )
    data = result.cards[0].data
    assert data.notes == ""
    assert data.emails[0].value == "after@example.org"
    assert "line longer than" in result.problems[0].message


def test_card_over_the_cap_is_skipped_and_the_next_one_read() -> None:
    big = card(*["NOTE:" + "y" * 1_000_000 for _ in range(17)])
    result = timed_read(big + card("EMAIL:next@example.org"), limit=2.0)
    assert [c.data.emails[0].value for c in result.cards] == ["next@example.org"]
    assert result.problems[0].action == SKIPPED_CARD


def test_file_over_100_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.vcf"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no disk, no memory
    start = time.perf_counter()
    result = read_vcard_file(path)
    assert time.perf_counter() - start < 0.5
    assert result.cards == []
    [problem] = result.problems
    assert problem.action == REFUSED_FILE
    assert "200 MB" in problem.message and "100 MB" in problem.message


def test_bytes_over_the_cap_are_refused() -> None:
    result = timed_read(bytes(MAX_FILE_BYTES + 1))
    assert result.cards == [] and result.problems[0].action == REFUSED_FILE


def test_unreadable_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    result = read_vcard_file(tmp_path / "missing.vcf")
    assert result.cards == [] and result.problems[0].action == REFUSED_FILE
    assert read_vcard_file(tmp_path).problems[0].action == REFUSED_FILE  # a directory
