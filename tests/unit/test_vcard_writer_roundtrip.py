"""Property tests: export -> read gives the same contact, and import -> export -> import through
real databases gives the same data, for text full of commas, semicolons, backslashes, newlines,
non-Latin scripts and emoji."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posse_desktop.db import close_db, open_db
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
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.exporter import ExportService
from posse_desktop.services.importer import ImportService
from posse_desktop.vcard.reader import read_vcards
from posse_desktop.vcard.writer import write_vcard, write_vcards

TRICKY = ",;:\\\n\"'=^ .^n^'"
ALPHABET = st.one_of(
    st.sampled_from(list(TRICKY)),
    st.sampled_from(list("abcXYZ019")),
    st.sampled_from(list("äöüßéñçøÅ")),  # Latin with diacritics
    st.sampled_from(list("漢字かなカナ한글Ελληνικάкириллицаעבריתالعربية")),
    st.sampled_from(list("😀👩\u200d👧🇩🇪❤\ufe0f𝄞")),  # emoji, ZWJ, flags, variation selector
)


def text(min_size: int = 0, max_size: int = 40, newlines: bool = True) -> st.SearchStrategy[str]:
    """Text as the reader gives it back: no surrounding blanks, no line break at either end."""
    raw = st.text(ALPHABET, min_size=min_size, max_size=max_size)
    if not newlines:
        raw = raw.map(lambda s: s.replace("\n", " "))
    return raw.map(str.strip).filter(lambda s: len(s) >= min_size)


def one_line(min_size: int = 0, max_size: int = 30) -> st.SearchStrategy[str]:
    return text(min_size, max_size, newlines=False)


labels = st.sampled_from(["", "work", "home", "mobile", "work fax", "Mastodon", "Büro", "其他"])
emails = st.builds(
    lambda local, label, pref: TypedValue(f"{local}@example.com", label, pref),
    st.text("abc.xyz019_+", min_size=1, max_size=12).map(lambda s: s.strip(".") or "x"),
    labels,
    st.booleans(),
)
phones = st.builds(
    TypedValue, st.from_regex(r"\+[1-9][0-9 ]{6,14}[0-9]", fullmatch=True), labels, st.booleans()
)
urls = st.builds(
    TypedValue,
    st.sampled_from(
        ["https://a.example/x,y;z", "https://b.example/ü", "http://c.example/?q=1&r=2"]
    ),
    labels,
    st.booleans(),
)
addresses = st.builds(
    Address,
    label=labels,
    street=one_line(1),
    locality=one_line(),
    postal_code=one_line(max_size=8),
    country=one_line(),
    pref=st.booleans(),
)
dates = st.builds(
    PartialDate,
    st.one_of(st.none(), st.integers(1900, 2030)),
    st.integers(1, 12),
    st.integers(1, 28),
)

contacts = st.builds(
    ContactData,
    name=st.builds(StructuredName, one_line(), one_line(), one_line(), one_line(), one_line()),
    formatted_name=one_line(min_size=1),
    nickname=one_line(),
    org=one_line(),
    title=one_line(),
    birthday=st.one_of(st.none(), dates),
    anniversary=st.one_of(st.none(), dates),
    notes=text(max_size=80),
    how_we_met=text(),
    emails=st.lists(emails, max_size=3, unique_by=lambda e: e.value.lower()),
    phones=st.lists(phones, max_size=3, unique_by=lambda p: p.value),
    urls=st.lists(urls, max_size=2, unique_by=lambda u: u.value),
    addresses=st.lists(addresses, max_size=2),
    tags=st.lists(one_line(min_size=1, max_size=12), max_size=4, unique_by=str.casefold),
    roles=st.sets(st.sampled_from(list(Role))),
    expertise=st.lists(
        st.builds(
            Expertise,
            one_line(min_size=1, max_size=15),
            st.sampled_from(list(ExpertiseLevel)),
            text(max_size=20),
        ),
        max_size=3,
        unique_by=lambda e: e.skill.casefold(),
    ),
)

FIELDS = (
    "name",
    "formatted_name",
    "nickname",
    "org",
    "title",
    "birthday",
    "anniversary",
    "notes",
    "how_we_met",
    "emails",
    "phones",
    "urls",
    "addresses",
    "tags",
    "roles",
    "expertise",
)


def same(a: ContactData, b: ContactData) -> None:
    for key in FIELDS:
        assert getattr(a, key) == getattr(b, key), key


@settings(max_examples=300, deadline=None)
@given(contact=contacts, version=st.sampled_from(["3.0", "4.0"]))
def test_written_contact_reads_back_the_same(contact: ContactData, version: str) -> None:
    result = read_vcards(write_vcard(contact, version).encode("utf-8"), "x.vcf")
    assert len(result.cards) == 1
    back = result.cards[0].data
    same(back, contact)
    # Written again from its own card text (the lossless merge path), still the same.
    again = read_vcards(write_vcard(back, version).encode("utf-8"), "y.vcf").cards[0].data
    same(again, contact)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    people=st.lists(
        contacts, min_size=1, max_size=4, unique_by=lambda c: c.formatted_name.casefold()
    ),
    version=st.sampled_from(["3.0", "4.0"]),
)
def test_import_export_import_keeps_the_data(people: list[ContactData], version: str) -> None:
    # Distinct people (no shared keys), so dedupe has nothing to merge.
    people = [
        replace(
            p,
            formatted_name=f"{p.formatted_name} #{i}",
            uid=f"uid-{i}",
            emails=[replace(e, value=f"{i}.{e.value}") for e in p.emails],
            phones=[replace(t, value=f"{t.value}{i}") for t in p.phones],
        )
        for i, p in enumerate(people)
    ]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "in.vcf").write_text(write_vcards(people, "3.0"), encoding="utf-8", newline="")
        open_db(root / "one.db")
        try:
            first = ImportService().import_files([root / "in.vcf"])
            assert len(first.added) == len(people) and not first.needs_review
            ExportService().export(root / "out.vcf", version=version)
            again = ImportService().import_files([root / "out.vcf"])
            assert again.added == [] and again.updated == []  # our own export: nothing new
        finally:
            close_db()
        open_db(root / "two.db")
        try:
            second = ImportService().import_files([root / "out.vcf"])
            service = ContactsService()
            by_uid = {service.get(cid).uid: service.get(cid) for cid in second.added}
            for person in people:
                same(by_uid[person.uid], person)
        finally:
            close_db()


EXTRA_LINES = [
    "X-ABUID:5AD3B1A2-0000\\:ABPerson",
    "item9.X-ABLabel:Desk phone",
    "item9.TEL:+1 555 0100",
    'X-CUSTOM;X-P="a,b":v\\, w',
    "ROLE:Chief\\, Operations",
]


@settings(max_examples=200, deadline=None)
@given(before=contacts, after=contacts, version=st.sampled_from(["3.0", "4.0"]))
def test_edits_on_an_imported_card_are_exported_and_the_rest_is_kept(
    before: ContactData, after: ContactData, version: str
) -> None:
    """Import a card (with unknown properties), edit any fields, export: the edits are what reads
    back, and every unknown property is still there."""
    card = write_vcard(before, "3.0").replace(
        "END:VCARD", "\r\n".join(EXTRA_LINES) + "\r\nEND:VCARD"
    )
    imported = read_vcards(card.encode("utf-8"), "in.vcf").cards[0].data
    edited = replace(after, vcard_source=imported.vcard_source)
    out = write_vcard(edited, version)
    back = read_vcards(out.encode("utf-8"), "out.vcf").cards[0].data
    same(back, edited)
    unfolded = out.replace("\r\n ", "").split("\r\n")
    for line in (
        "X-ABUID:5AD3B1A2-0000\\:ABPerson",
        'X-CUSTOM;X-P="a,b":v\\, w',
        "ROLE:Chief\\, Operations",
    ):
        assert line in unfolded
    # An X-ABLabel whose group lost its value is not left behind; a kept value keeps its group.
    kept = TypedValue("+1 555 0100", "Desk phone") in edited.phones
    assert ("item9.X-ABLabel:Desk phone" in unfolded) == kept


def _identity(item: object) -> object:
    """What makes two list items the same entry (one skill per contact, tags case-blind)."""
    if isinstance(item, Expertise):
        return item.skill.casefold()
    if isinstance(item, str):
        return item.casefold()
    return getattr(item, "value", item)


@settings(max_examples=200, deadline=None)
@given(before=contacts, other=contacts, data=st.data(), version=st.sampled_from(["3.0", "4.0"]))
def test_partly_edited_card_exports_exactly_the_edited_data(
    before: ContactData, other: ContactData, data: st.DataObject, version: str
) -> None:
    """Some fields kept from the imported card (their original lines are reused), some edited,
    list values partly kept: what reads back is exactly the edited contact."""
    imported = read_vcards(write_vcard(before, "3.0").encode("utf-8"), "in.vcf").cards[0].data
    edited = replace(imported)
    for key in FIELDS:
        if data.draw(st.booleans(), label=f"edit {key}"):
            value = getattr(other, key)
            if isinstance(value, list) and data.draw(st.booleans(), label=f"mix {key}"):
                seen = {_identity(v) for v in value}
                value = value + [v for v in getattr(imported, key) if _identity(v) not in seen]
            setattr(edited, key, value)
    back = read_vcards(write_vcard(edited, version).encode("utf-8"), "out.vcf").cards[0].data
    same(back, edited)
