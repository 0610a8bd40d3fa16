"""The vCard reader on one-quirk fixtures: each dialect and repair pinned by its own file."""

from __future__ import annotations

import gc
import time
from datetime import date
from pathlib import Path

import pytest

from posse_desktop.domain import (
    Address,
    ExpertiseLevel,
    PartialDate,
    Role,
    StructuredName,
    TypedValue,
)
from posse_desktop.vcard import ReadResult, read_vcard_file, read_vcards
from posse_desktop.vcard.model import DROPPED_PHOTO, KEPT_RAW, REPAIRED

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def read(name: str) -> ReadResult:
    start = time.perf_counter()
    result = read_vcard_file(FIXTURES / name)
    assert time.perf_counter() - start < 1.0
    return result


def only_card(name: str):
    result = read(name)
    assert len(result.cards) == 1, result.problems
    return result.cards[0].data


@pytest.mark.parametrize(
    ("fixture", "formatted_name", "name"),
    [
        ("v21_qp_soft_break.vcf", "Jürgen Müller", StructuredName("Müller", "Jürgen")),
        ("v21_lowercase_qp.vcf", "Ana Álvarez", StructuredName("Álvarez", "Ana")),
        ("v21_cp1252_no_charset.vcf", "Sören Nüßlein", StructuredName("Nüßlein", "Sören")),
        ("v21_shift_jis.vcf", "山田", StructuredName("ソフト表示")),
        (
            "v21_missing_fn.vcf",
            "Dr. Nora Q. Nofn PhD",
            StructuredName("Nofn", "Nora", "Q.", "Dr.", "PhD"),
        ),
        ("v30_utf16le_no_bom.vcf", "Öykü Ünal", StructuredName("Ünal", "Öykü")),
        ("v30_utf16be_bom.vcf", "Öykü Ünal", StructuredName("Ünal", "Öykü")),
        ("v30_utf8_bom.vcf", "Öykü Ünal", StructuredName("Ünal", "Öykü")),
        ("v30_cr_only.vcf", "Öykü Ünal", StructuredName("Ünal", "Öykü")),
        ("v30_mixed_eol.vcf", "Max Mix", StructuredName("Mix", "Max")),
        ("v30_iphone_ablabel.vcf", "Dana Kim", StructuredName("Kim", "Dana")),
        ("v30_comments_empty_params.vcf", "Emil Empty", StructuredName("Empty", "Emil")),
    ],
)
def test_names_decode_in_every_dialect(
    fixture: str, formatted_name: str, name: StructuredName
) -> None:
    data = only_card(fixture)
    assert data.formatted_name == formatted_name
    assert data.name == name


def test_qp_soft_breaks_join_lines_and_split_utf8_sequences() -> None:
    data = only_card("v21_qp_soft_break.vcf")
    # "J=C3=" + "=BCrgen": the soft break falls inside a UTF-8 sequence.
    assert data.name.given == "Jürgen"
    assert data.notes == "First line\nSecond line, with a comma and more"


def test_shift_jis_trail_byte_0x5c_is_not_a_backslash() -> None:
    # ソ is 0x83 0x5C in Shift_JIS: decoding after unescaping would eat the 0x5C as "\".
    data = only_card("v21_shift_jis.vcf")
    assert data.name.family == "ソフト表示"
    assert data.phones == [TypedValue("090-1234-5678", "mobile")]


def test_vcard_21_note_keeps_its_commas() -> None:
    assert only_card("v21_comma_note.vcf").notes == "Met at conf, liked sushi, knows k8s"


def test_lowercase_names_and_params_and_version_at_the_end() -> None:
    result = read("v21_lowercase_qp.vcf")
    data = result.cards[0].data
    assert result.cards[0].version == "2.1"
    assert data.emails == [TypedValue("ana@example.org", "", pref=True)]
    assert data.phones == [TypedValue("555-0101", "work")]
    assert not result.problems


def test_cp1252_without_charset_is_repaired_and_reported() -> None:
    result = read("v21_cp1252_no_charset.vcf")
    assert result.cards[0].data.title == "Geschäftsführer"
    assert [p.action for p in result.problems] == [REPAIRED]
    assert "no charset" in result.problems[0].message
    assert "Nüßlein" in result.cards[0].raw
    result.cards[0].raw.encode("utf-8")  # no surrogate escapes left in the source text


def test_sniff_says_whether_any_byte_was_foreign_to_the_file_encoding() -> None:
    """Only a file with foreign bytes has cards whose text needs cleaning (clean_source)."""
    from posse_desktop.vcard.decoding import sniff

    assert not sniff("FN:Sören".encode()).foreign_bytes
    assert not sniff(b"\xef\xbb\xbfFN:S\xc3\xb6ren").foreign_bytes
    assert sniff("FN:Sören".encode("cp1252")).foreign_bytes
    assert sniff(b"\xef\xbb\xbfFN:S\xf6ren").foreign_bytes
    assert not sniff("FN:Sören".encode("utf-16")).foreign_bytes  # undecodable: replaced


def test_unknown_charset_falls_back_with_a_problem() -> None:
    result = read("v21_unknown_charset.vcf")
    assert result.cards[0].data.formatted_name == "Olga Ortiz"
    problem = result.problems[0]
    assert "Bogus-42" in problem.message
    assert (problem.card_index, problem.card_name, problem.line) == (0, "Olga Ortiz", 3)


def test_unindented_base64_photo_of_vcard_21() -> None:
    data = only_card("v21_base64_unindented.vcf")
    assert data.photo_mime == "image/jpeg"
    assert data.photo is not None and data.photo.startswith(b"\xff\xd8\xff")
    assert data.phones == [TypedValue("555-0102")]  # the blank line ended the base64 block


@pytest.mark.parametrize(
    ("fixture", "mime"),
    [("v40_data_uri_photo.vcf", "image/png"), ("v30_gif_photo.vcf", "image/gif")],
)
def test_inline_photos(fixture: str, mime: str) -> None:
    data = only_card(fixture)
    assert data.photo_mime == mime
    assert data.photo is not None and len(data.photo) > 10


def test_photo_url_is_never_fetched_but_kept_in_the_source() -> None:
    result = read("v30_photo_url.vcf")
    data = result.cards[0].data
    assert data.photo is None
    assert "PHOTO;VALUE=uri:http://127.0.0.1:9/never-fetched.jpg" in data.vcard_source
    assert [p.action for p in result.problems] == [KEPT_RAW]


def test_iphone_groups_labels_and_related_names() -> None:
    result = read("v30_iphone_ablabel.vcf")  # also: \r\r\n line ends
    card = result.cards[0]
    assert card.data.emails == [TypedValue("dana@acme.example", "work", pref=True)]
    assert card.data.phones == [TypedValue("+1 555 0100", "Desk phone")]
    assert card.related == [TypedValue("Omar Haddad", "spouse")]
    assert (card.data.org, card.data.department) == ("Acme", "Platform")
    assert "item1.X-ABLabel:_$!<Work>!$_" in card.data.vcard_source
    assert "X-ABUID:5AD3B1A2-0000\\:ABPerson" in card.raw
    assert not result.problems


def test_comments_and_empty_parameters() -> None:
    result = read("v30_comments_empty_params.vcf")
    data = result.cards[0].data
    assert data.phones == [TypedValue("555-0104", "mobile")]
    assert data.emails == [TypedValue("emil@example.org", "", pref=True)]
    assert {p.line for p in result.problems} == {1, 4}


@pytest.mark.parametrize(
    ("fixture", "birthday"),
    [
        ("v30_yearless_bday.vcf", PartialDate(None, 4, 15)),
        ("v40_yearless_bday.vcf", PartialDate(None, 4, 15)),
    ],
)
def test_year_less_birthdays(fixture: str, birthday: PartialDate) -> None:
    assert only_card(fixture).birthday == birthday


def test_anniversary_of_vcard_40() -> None:
    assert only_card("v40_yearless_bday.vcf").anniversary == PartialDate(2010, 6, 1)


def test_tel_uri_values() -> None:
    phones = only_card("v40_tel_uri.vcf").phones
    assert phones == [
        TypedValue("+1-555-555-0105;ext=12", "mobile"),
        TypedValue("sip:uri@example.org", ""),
    ]


def test_folded_parameter_value_of_vcard_40() -> None:
    data = only_card("v40_folded_param.vcf")
    assert data.addresses == [
        Address("work", "", "", "100 Waters Edge", "Baytown", "LA", "30314", "USA")
    ]
    assert data.phones == [TypedValue("+1 555 0107")]


def test_raw_newline_in_label_does_not_eat_the_next_property() -> None:
    result = read("v30_raw_newline_label.vcf")
    assert result.cards[0].data.emails == [TypedValue("label@example.org")]
    assert [(p.line, p.action) for p in result.problems] == [(5, REPAIRED)]


def test_tags_roles_and_expertise_from_posse_extensions() -> None:
    data = only_card("v30_posse_extensions.vcf")
    assert data.tags == ["work", "payments, cards"]
    assert data.roles == {Role.ADVISOR, Role.DOOR_OPENER}
    [pci] = data.expertise
    assert (pci.skill, pci.level, pci.evidence, pci.confirmed_on) == (
        "PCI",
        ExpertiseLevel.EXPERT,
        "led the audit",
        date(2024, 3, 1),
    )


def test_rfc_6715_expertise_levels() -> None:
    data = only_card("v40_expertise.vcf")
    assert [(e.skill, e.level) for e in data.expertise] == [
        ("chinese literature", ExpertiseLevel.BEGINNER),
        ("kubernetes", ExpertiseLevel.EXPERT),
        ("tax law", ExpertiseLevel.AVERAGE),
    ]


def test_nested_cards_become_separate_cards() -> None:
    result = read("nested_cards.vcf")
    assert [c.data.formatted_name for c in result.cards] == ["parent", "child"]
    assert result.cards[0].data.phones == [TypedValue("1")]  # the parent resumes after the child
    assert "N:child" not in result.cards[0].raw
    assert [(p.card_index, p.line) for p in result.problems] == [(1, 4)]


def test_unclosed_cards_keep_every_card() -> None:
    result = read("unclosed_card.vcf")
    assert [c.data.formatted_name for c in result.cards] == ["Open Ended", "Well Formed", "Cut Off"]
    assert result.cards[2].data.phones == [TypedValue("555-0106")]
    assert any("no END:VCARD" in p.message and p.card_index == 0 for p in result.problems)


def test_one_bad_card_costs_nothing_else() -> None:
    result = read("v21_bad_card_between_good.vcf")
    assert [c.data.formatted_name for c in result.cards] == [
        "First Good",
        "Broken Photo",
        "Last Good",
    ]
    assert [(p.card_name, p.line, p.action) for p in result.problems] == [
        ("Broken Photo", 8, DROPPED_PHOTO),
        ("Broken Photo", 9, KEPT_RAW),
    ]


def test_card_source_is_the_original_card_text() -> None:
    result = read("v30_posse_extensions.vcf")
    source = result.cards[0].data.vcard_source
    assert source.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert source.endswith("END:VCARD\r\n")
    assert 'X-EXPERTISE;LEVEL=expert;X-EVIDENCE="led the audit"' in source
    assert result.cards[0].raw == source
    assert result.cards[0].line == 1


def test_problem_names_file_card_and_line() -> None:
    problem = read("redos_line.vcf").problems[0]
    assert problem.source.endswith("redos_line.vcf")
    assert str(problem).startswith(problem.source + ":4 card 1 (Before): ")


def test_empty_and_cardless_input() -> None:
    assert read_vcards(b"", "empty.vcf") == ReadResult([], [])
    assert read_vcards(b"\xef\xbb\xbf", "bom.vcf") == ReadResult([], [])
    result = read_vcards(b"hello world\n", "text.txt")
    assert result.cards == []
    assert "no BEGIN:VCARD" in " ".join(p.message for p in result.problems)


def test_garbage_collector_state_is_restored() -> None:
    """The reader pauses the cyclic GC while parsing; it must hand it back as it found it."""
    data = (FIXTURES / "v30_utf8_bom.vcf").read_bytes()
    assert gc.isenabled()
    read_vcards(data, "a.vcf")
    assert gc.isenabled()
    gc.disable()
    try:
        read_vcards(data, "b.vcf")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_apple_anniversary_and_instant_messaging() -> None:
    data = only_card("v30_apple_dates_and_impp.vcf")
    assert data.anniversary == PartialDate(2012, 6, 6)  # the other X-ABDATE is not an anniversary
    assert data.ims == [
        TypedValue("skype:ada.date", "Skype", pref=True),
        TypedValue("xmpp:ada@example.org", "home"),
    ]


def test_rfc_6868_caret_escapes_in_parameter_values() -> None:
    [expertise] = only_card("v40_param_carets.vcf").expertise
    assert expertise.evidence == 'said "yes"\nthen 2^3'


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_with_bom(encoding: str) -> None:
    text = (FIXTURES / "v30_utf8_bom.vcf").read_bytes()[3:].decode("utf-8")
    bom = "\ufeff".encode(encoding)
    result = read_vcards(bom + text.encode(encoding), "utf32.vcf")
    assert [c.data.formatted_name for c in result.cards] == ["Öykü Ünal"]
    assert not result.problems


def test_reading_stops_when_cancelled_and_says_so() -> None:
    data = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{i}\r\nEND:VCARD\r\n" for i in range(250)
    ).encode()
    polls: list[int] = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) == 2  # the poll at card 100

    result = read_vcards(data, "many.vcf", cancelled)
    assert result.cancelled and len(result.cards) == 100
    assert not read_vcards(data, "many.vcf", lambda: False).cancelled
