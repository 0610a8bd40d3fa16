"""The vCard writer: escaping, folding, photos, Posse's extensions, 3.0 and 4.0, read back by our
reader and by vobject."""

from __future__ import annotations

import base64
import re
from datetime import date

import pytest
import vobject

from posse_desktop.domain import (
    Address,
    ContactData,
    Expertise,
    ExpertiseLevel,
    PartialDate,
    Role,
    StructuredName,
    TypedValue,
)
from posse_desktop.vcard.reader import read_vcards
from posse_desktop.vcard.writer import write_vcard, write_vcards
from posse_desktop.vcard.writer_text import escape_text, fold

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def read_back(text: str) -> ContactData:
    result = read_vcards(text.encode("utf-8"), "exported.vcf")
    assert len(result.cards) == 1, result.problems
    return result.cards[0].data


def physical_lines(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text[:-2].split("\r\n")


def full_contact() -> ContactData:
    return ContactData(
        name=StructuredName("Kim", "Dana", "J.", "Dr.", "PhD"),
        formatted_name="Dana Kim",
        nickname="DK",
        org="Acme, Inc.",
        department="Platform; Infra",
        title="Head of Platform",
        birthday=PartialDate(None, 2, 29),
        anniversary=PartialDate(2015, 6, 1),
        notes="Met at conf, liked sushi; ask about k8s\nsecond line \\ backslash",
        how_we_met="KubeCon 2019",
        emails=[
            TypedValue("dana@acme.example", "work", True),
            TypedValue("d@home.example", "home"),
        ],
        phones=[TypedValue("+1 555 0100", "mobile"), TypedValue("+1 555 0101", "work fax")],
        urls=[TypedValue("https://dana.example/a,b;c", "Mastodon")],
        ims=[TypedValue("xmpp:dana@chat.example", "xmpp"), TypedValue("dana.k", "skype")],
        addresses=[
            Address(
                label="work",
                street="1 Main St; Suite 2",
                locality="Springfield",
                postal_code="62701",
                country="USA",
                pref=True,
            )
        ],
        tags=["platform", "friends, close"],
        roles={Role.ADVISOR, Role.RADAR},
        expertise=[
            Expertise("kubernetes", ExpertiseLevel.EXPERT, "ran our cluster", date(2025, 1, 2)),
            Expertise("postgres", ExpertiseLevel.AVERAGE),
        ],
        photo=PNG,
        photo_mime="image/png",
        uid="urn:uuid:0d3f2c1e-1111-2222-3333-444455556666",
    )


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain", "plain"),
        ("a,b", "a\\,b"),
        ("a;b", "a\\;b"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two\\nlines"),
        ("crlf\r\nline", "crlf\\nline"),
        ("cr\rline", "cr\\nline"),
        ("\\n is not a newline", "\\\\n is not a newline"),
    ],
)
def test_text_escaping(raw: str, escaped: str) -> None:
    assert escape_text(raw) == escaped


@pytest.mark.parametrize(
    "line",
    [
        "NOTE:" + "x" * 200,
        "FN:" + "Ünïcødé " * 30,
        "NOTE:" + "漢字かな" * 40,
        "NOTE:" + "😀👩‍👩‍👧" * 30,
        "NOTE:" + "a" * 72 + "€" * 5,
    ],
)
def test_folding_keeps_lines_short_and_utf8_whole(line: str) -> None:
    folded = fold(line)
    pieces = folded.split("\r\n")
    for piece in pieces:
        assert len(piece.encode("utf-8")) <= 75
    for piece in pieces[1:]:
        assert piece.startswith(" ")
    # Every physical line is valid UTF-8 on its own: no sequence was split.
    for piece in pieces:
        piece.encode("utf-8").decode("utf-8")
    assert folded.replace("\r\n ", "") == line


def test_short_line_is_not_folded() -> None:
    assert fold("FN:Dana Kim") == "FN:Dana Kim"
    exactly = "N:" + "x" * 73
    assert fold(exactly) == exactly


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_every_field_reads_back(version: str) -> None:
    contact = full_contact()
    text = write_vcard(contact, version)
    assert text.startswith(f"BEGIN:VCARD\r\nVERSION:{version}\r\n")
    assert all(len(line.encode()) <= 75 for line in physical_lines(text))
    back = read_back(text)
    for key in (
        "name",
        "formatted_name",
        "nickname",
        "org",
        "department",
        "title",
        "birthday",
        "anniversary",
        "notes",
        "how_we_met",
        "emails",
        "phones",
        "urls",
        "ims",
        "addresses",
        "tags",
        "roles",
        "expertise",
        "photo",
        "photo_mime",
        "uid",
    ):
        assert getattr(back, key) == getattr(contact, key), key


def test_3_0_photo_is_base64_with_type() -> None:
    text = write_vcard(full_contact(), "3.0")
    unfolded = text.replace("\r\n ", "")
    assert f"PHOTO;ENCODING=b;TYPE=PNG:{base64.b64encode(PNG).decode()}\r\n" in unfolded


def test_4_0_photo_is_a_data_uri() -> None:
    unfolded = write_vcard(full_contact(), "4.0").replace("\r\n ", "")
    assert f"PHOTO:data:image/png;base64,{base64.b64encode(PNG).decode()}\r\n" in unfolded


def test_posse_extensions_use_standard_properties() -> None:
    v3 = write_vcard(full_contact(), "3.0").replace("\r\n ", "")
    v4 = write_vcard(full_contact(), "4.0").replace("\r\n ", "")
    assert "CATEGORIES:platform,friends\\, close\r\n" in v3
    assert re.search(r"^X-EXPERTISE;LEVEL=expert;.*:kubernetes\r$", v3, re.M)
    assert re.search(r"^EXPERTISE;LEVEL=expert;.*:kubernetes\r$", v4, re.M)
    assert "EXPERTISE;LEVEL=average:postgres\r\n" in v4
    assert "X-POSSE-ROLE:advisor\r\nX-POSSE-ROLE:radar\r\n" in v3
    assert "X-ANNIVERSARY:2015-06-01\r\n" in v3
    assert "ANNIVERSARY:20150601\r\n" in v4
    assert "BDAY:--0229\r\n" in v3


def test_relationships_are_related_in_4_0_and_ablabel_groups_in_3_0() -> None:
    related = [TypedValue("Omar Haddad", "colleague")]
    v4 = write_vcard(ContactData(formatted_name="Dana"), "4.0", related)
    assert "RELATED;TYPE=colleague;VALUE=text:Omar Haddad\r\n" in v4
    v3 = write_vcard(ContactData(formatted_name="Dana"), "3.0", related)
    assert "item1.X-ABRELATEDNAMES:Omar Haddad\r\nitem1.X-ABLabel:colleague\r\n" in v3


def test_vobject_parses_what_we_write() -> None:
    contact = full_contact()
    card = vobject.readOne(write_vcard(contact, "3.0"))
    assert card.fn.value == "Dana Kim"
    assert card.note.value == contact.notes
    assert card.org.value == ["Acme, Inc.", "Platform; Infra"]
    assert card.n.value.family == "Kim"
    assert card.photo.value == PNG
    assert sorted(e.value for e in card.email_list) == ["d@home.example", "dana@acme.example"]


def test_minimal_contact_has_required_properties() -> None:
    text = write_vcard(ContactData(emails=[TypedValue("x@example.com")]))
    assert "FN:x@example.com\r\n" in text  # FN falls back to the display name
    assert "N:;;;;\r\n" in text
    assert text.endswith("END:VCARD\r\n")


def test_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError, match="2.1"):
        write_vcard(ContactData(), "2.1")


def test_many_cards_read_back_in_order() -> None:
    contacts = [ContactData(formatted_name=f"Person {i}") for i in range(5)]
    result = read_vcards(write_vcards(contacts).encode(), "many.vcf")
    assert [c.data.formatted_name for c in result.cards] == [f"Person {i}" for i in range(5)]


@pytest.mark.parametrize(
    ("label", "fragment"),
    [
        ("mobile", "TEL;TYPE=CELL:"),
        ("work fax", "TEL;TYPE=WORK,FAX:"),
        ("Work", "X-ABLabel:Work"),  # a capitalised label survives exactly
        ("assistant", "X-ABLabel:assistant"),
        ("voice", "X-ABLabel:voice"),  # TYPE=VOICE would read back as no label
    ],
)
def test_labels_read_back_exactly(label: str, fragment: str) -> None:
    contact = ContactData(formatted_name="A", phones=[TypedValue("+1 555 0100", label)])
    text = write_vcard(contact)
    assert fragment in text
    assert read_back(text).phones == contact.phones
