"""writer_source.parse_source: its fast path for plain CRLF cards gives what the careful path
gives, and its cache of line starts stays bounded."""

from __future__ import annotations

from pathlib import Path

import pytest

from posse_desktop.vcard import writer_source
from posse_desktop.vcard.reader import read_vcards
from posse_desktop.vcard.writer_source import parse_source

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _sources() -> list[str]:
    sources = []
    for path in sorted(FIXTURES.glob("*.vcf")):
        sources.extend(c.data.vcard_source for c in read_vcards(path.read_bytes(), path.name).cards)
    return [s for s in sources if s]


def _fields(text: str) -> list[tuple]:
    return [(p.group, p.name, p.head, p.value, p.line, p.legacy) for p in parse_source(text)]


@pytest.mark.parametrize("text", _sources())
def test_fast_path_gives_what_the_careful_path_gives(text: str, monkeypatch) -> None:
    fast = _fields(text)
    monkeypatch.setattr(writer_source, "_parse_plain", lambda _text: None)
    assert fast == _fields(text)


def test_junk_and_comment_lines_are_dropped_either_way() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\n#comment:x\r\nbad name:x\r\nFN:Dana\r\nEND:VCARD\r\n"
    assert [(p.name, p.value) for p in parse_source(text)] == [("FN", "Dana")]


def test_long_line_starts_are_not_cached() -> None:
    head = "X-LONG;X-P=" + "a" * 300
    parse_source(f"BEGIN:VCARD\r\n{head}:v\r\nEND:VCARD\r\n")
    assert head not in writer_source._STARTS
    assert "BEGIN" in writer_source._STARTS


def test_a_damaged_charset_name_on_a_carried_legacy_line_is_not_fatal() -> None:
    # Found by the import fuzzer: "Win\x00dows" made bytes.decode raise ValueError while a
    # re-import compared the carried lines, and the whole import failed.
    prop = writer_source.parse_line("LABEL;CHARSET=Win\x00dows;QUOTED-PRINTABLE:M=F6=DFlitz")
    assert writer_source.modernised_line(prop) == "LABEL:Mößlitz"
