"""Lossless export: what Posse does not model (or did not change) comes out as it went in."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from posse_desktop.domain import ContactData, Role, TypedValue
from posse_desktop.vcard.reader import read_vcards
from posse_desktop.vcard.writer import write_vcard

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

IPHONE = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
    "N:Kim;Dana;;;\r\n"
    "FN:Dana Kim\r\n"
    "ORG:Acme;Platform\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:dana@acme.example\r\n"
    "item1.X-ABLabel:_$!<Work>!$_\r\n"
    "item2.TEL:+1 555 0100\r\n"
    "item2.X-ABLabel:Desk phone\r\n"
    "item3.X-ABRELATEDNAMES:Omar Haddad\r\n"
    "item3.X-ABLabel:_$!<Spouse>!$_\r\n"
    "item4.URL:https://dana.example\r\n"
    "item4.X-ABLabel:_$!<HomePage>!$_\r\n"
    "X-ABUID:5AD3B1A2-0000\\:ABPerson\r\n"
    'X-UNKNOWN-THING;X-PARAM="a,b":value\\, with comma\r\n'
    "NOTE:Met at conf\\, liked sushi\r\n"
    "END:VCARD\r\n"
)


def read_one(text: str) -> ContactData:
    result = read_vcards(text.encode("utf-8"), "card.vcf")
    assert len(result.cards) == 1
    return result.cards[0].data


def lines_of(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_unchanged_card_keeps_every_line() -> None:
    data = read_one(IPHONE)
    out = lines_of(write_vcard(data))
    for line in lines_of(IPHONE):
        if line and not line.startswith("PRODID"):
            assert line in out, line


def test_unknown_properties_survive_an_edit() -> None:
    data = read_one(IPHONE)
    edited = replace(
        data, title="CTO", notes="Met at conf, liked sushi. Now CTO.", roles={Role.SPONSOR}
    )
    out = lines_of(write_vcard(edited))
    assert "X-ABUID:5AD3B1A2-0000\\:ABPerson" in out
    assert 'X-UNKNOWN-THING;X-PARAM="a,b":value\\, with comma' in out
    assert "item3.X-ABRELATEDNAMES:Omar Haddad" in out
    assert "item3.X-ABLabel:_$!<Spouse>!$_" in out
    assert "item1.EMAIL;type=INTERNET;type=pref:dana@acme.example" in out
    assert "TITLE:CTO" in out
    assert "NOTE:Met at conf\\, liked sushi. Now CTO." in out
    assert "NOTE:Met at conf\\, liked sushi" not in out
    assert "X-POSSE-ROLE:sponsor" in out
    assert read_one(write_vcard(edited)).title == "CTO"


def test_changed_value_drops_its_group_label_and_keeps_the_others() -> None:
    data = read_one(IPHONE)
    assert data.phones == [TypedValue("+1 555 0100", "Desk phone")]
    edited = replace(data, phones=[TypedValue("+1 555 0199", "mobile")])
    out = lines_of(write_vcard(edited))
    assert "item2.TEL:+1 555 0100" not in out
    assert "item2.X-ABLabel:Desk phone" not in out  # no orphaned label
    assert "TEL;TYPE=CELL:+1 555 0199" in out
    assert "item1.X-ABLabel:_$!<Work>!$_" in out
    back = read_one(write_vcard(edited))
    assert back.phones == [TypedValue("+1 555 0199", "mobile")]
    assert back.emails == data.emails


def test_relabelled_value_is_rewritten() -> None:
    data = read_one(IPHONE)
    edited = replace(data, emails=[TypedValue("dana@acme.example", "home", True)])
    text = write_vcard(edited)
    assert "item1.X-ABLabel" not in text
    assert read_one(text).emails == [TypedValue("dana@acme.example", "home", True)]


def test_new_values_get_fresh_groups() -> None:
    data = read_one(IPHONE)
    edited = replace(
        data, urls=[*data.urls, TypedValue("https://social.example/@dana", "Mastodon")]
    )
    out = lines_of(write_vcard(edited))
    assert "item4.URL:https://dana.example" in out
    assert "item5.URL:https://social.example/@dana" in out
    assert "item5.X-ABLabel:Mastodon" in out
    assert read_one(write_vcard(edited)).urls == edited.urls


def test_export_to_4_0_keeps_unknown_properties() -> None:
    out = lines_of(write_vcard(read_one(IPHONE), "4.0"))
    assert out[1] == "VERSION:4.0"
    assert "X-ABUID:5AD3B1A2-0000\\:ABPerson" in out
    assert "item2.X-ABLabel:Desk phone" in out


def test_removed_photo_is_not_resurrected_but_a_photo_link_is_kept() -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nN:;A;;;\r\n"
        "PHOTO;VALUE=uri:https://example.com/a.jpg\r\nEND:VCARD\r\n"
    )
    data = read_one(card)
    assert data.photo is None
    assert "PHOTO;VALUE=uri:https://example.com/a.jpg" in lines_of(write_vcard(data))


def test_vcard_2_1_original_is_modernised() -> None:
    text = (FIXTURES / "v21_qp_soft_break.vcf").read_bytes()
    data = read_vcards(text, "qp.vcf").cards[0].data
    data.vcard_source += ""  # as stored
    source = data.vcard_source.replace(
        "END:VCARD",
        "X-CUSTOM;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Gr=C3=BC=C3=9Fe, Welt\r\nEND:VCARD",
    )
    out = write_vcard(replace(data, vcard_source=source))
    assert "QUOTED-PRINTABLE" not in out
    assert "CHARSET" not in out
    assert "X-CUSTOM:Grüße\\, Welt\r\n" in out
    back = read_one(out)
    assert back.name == data.name
    assert back.notes == data.notes
    assert back.phones == data.phones


def test_iphone_fixture_round_trips_whole() -> None:
    raw = (FIXTURES / "v30_iphone_ablabel.vcf").read_bytes()
    data = read_vcards(raw, "iphone.vcf").cards[0].data
    out = write_vcard(data)
    for line in raw.decode().splitlines():
        if line and not line.startswith("PRODID"):
            assert line in lines_of(out), line
    assert read_one(out) == replace(data, vcard_source=read_one(out).vcard_source)


def test_a_line_folded_before_its_colon_is_not_taken_for_a_continued_value() -> None:
    # The colon is on the folded part: the line is a property of its own, not text that the
    # X-ABLabel above it continues on a raw newline; the email keeps its group and label.
    data = read_one(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Kim\r\n"
        "item1.EMAIL;TYPE=INTERNET:dana@example.com\r\n"
        "item1.X-ABLabel:Mastodon\r\n"
        'X-THING;X-NOTE="a parameter folded before"\r\n :the colon\r\n'
        "END:VCARD\r\n"
    )
    assert data.emails == [TypedValue("dana@example.com", "Mastodon")]
    out = lines_of(write_vcard(data))
    assert "item1.EMAIL;TYPE=INTERNET:dana@example.com" in out
    assert "item1.X-ABLabel:Mastodon" in out
    assert 'X-THING;X-NOTE="a parameter folded before":the colon' in out


def test_an_address_label_folded_inside_its_quotes_survives() -> None:
    data = read_one((FIXTURES / "v40_folded_param.vcf").read_text(encoding="utf-8"))
    out = lines_of(write_vcard(data, "4.0"))
    label = 'LABEL="100 Waters Edge\\nBaytown, LA 30314"'
    assert f"ADR;TYPE=work;{label}:;;100 Waters Edge;Baytown;LA;30314;USA" in out
    assert "TEL:+1 555 0107" in out
