"""RELATED and Apple's X-ABRELATEDNAMES become relationships when the other person is known."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from posse_desktop.db import models as m
from posse_desktop.domain import ContactData
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.exporter import ExportService
from posse_desktop.services.importer import ImportService

FIXED = datetime(2026, 3, 1, 9, 30)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def importer(db) -> ImportService:
    return ImportService(clock=lambda: FIXED)


def relationships() -> set[tuple[str, str, str]]:
    r = m.Relationship
    names = {
        c.id: c.formatted_name for c in m.Contact.select(m.Contact.id, m.Contact.formatted_name)
    }
    rows = r.select(r.from_contact, r.to_contact, r.kind).tuples()
    return {(names[a], names[b], kind) for a, b, kind in rows}


def test_a_urn_uuid_names_the_contact_with_that_uid(importer) -> None:
    report = importer.import_files([FIXTURES / "v40_related_uuid.vcf"])
    assert relationships() == {("Dana Kim", "Omar Haddad", "friend")}
    assert report.problems == []  # the unknown uuid stays in the card, silently
    dana = m.Contact.get(m.Contact.formatted_name == "Dana Kim")
    assert "co-worker:urn:uuid:00000000-0000-4000-8000-00000000dead" in dana.vcard_source
    assert dana.id in report.changes.contacts


def test_apple_related_names_with_their_label_resolve_later_in_the_file(importer) -> None:
    report = importer.import_files([FIXTURES / "v30_ab_related_names.vcf"])
    assert relationships() == {("Dana Kim", "Omar Haddad", "manager")}
    assert report.problems == []


def test_a_name_resolves_to_a_contact_already_there_but_never_to_one_of_two(importer) -> None:
    contacts = ContactsService(clock=lambda: FIXED)
    ana, _ = contacts.create(ContactData(formatted_name="Ana Silva"))
    importer.import_files([FIXTURES / "v40_related_text.vcf"])
    assert relationships() == {("Dana Kim", "Ana Silva", "spouse")}
    dana = m.Contact.get(m.Contact.formatted_name == "Dana Kim").id

    m.Relationship.delete().execute()
    contacts.create(ContactData(formatted_name="ana silva"))  # now the name is ambiguous
    m.Contact.delete().where(m.Contact.id == dana).execute()
    report = importer.import_files([FIXTURES / "v40_related_text.vcf"])
    assert relationships() == set() and report.problems == []


def test_reimport_adds_no_second_relationship_and_undo_takes_it_back(importer, tmp_path) -> None:
    first = importer.import_files([FIXTURES / "v30_ab_related_names.vcf"])
    again = importer.import_files([FIXTURES / "v30_ab_related_names.vcf"])
    assert again.relationships == [] and m.Relationship.select().count() == 1
    importer.undo_import(first.batch_id)
    assert m.Relationship.select().count() == 0


def test_a_relation_a_newer_card_adds_to_a_known_contact_is_undone(importer, tmp_path) -> None:
    source = (FIXTURES / "v30_ab_related_names.vcf").read_bytes()
    dana, omar = source.split(b"END:VCARD\r\n")[:2]
    plain = b"".join(line + b"\r\n" for line in dana.split(b"\r\n") if b"item" not in line)
    (tmp_path / "old.vcf").write_bytes(plain + b"END:VCARD\r\n" + omar + b"END:VCARD\r\n")
    importer.import_files([tmp_path / "old.vcf"])
    assert relationships() == set()
    report = importer.import_files([FIXTURES / "v30_ab_related_names.vcf"])
    assert relationships() == {("Dana Kim", "Omar Haddad", "manager")}
    assert len(report.updated) == 1 and not report.added
    importer.undo_import(report.batch_id)
    assert relationships() == set()


def test_export_keeps_the_related_property_as_it_came(importer, tmp_path) -> None:
    importer.import_files([FIXTURES / "v30_ab_related_names.vcf"])
    out = tmp_path / "out.vcf"
    ExportService().export(out)
    text = out.read_bytes().decode("utf-8")
    assert "item1.X-ABRELATEDNAMES:Omar Haddad\r\nitem1.X-ABLabel:_$!<Manager>!$_\r\n" in text
    assert text.count("Omar Haddad\r\n") == 2  # his FN and Dana's relation: no second copy


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_relation_the_card_names_by_uid_is_not_written_twice(importer, tmp_path, version) -> None:
    """Dana's card says RELATED:urn:uuid:<Omar's UID>; the export must not add Omar by name."""
    importer.import_files([FIXTURES / "v40_related_uuid.vcf"])
    out = tmp_path / "out.vcf"
    ExportService().export(out, version=version)
    dana = next(c for c in out.read_text("utf-8").split("END:VCARD") if "FN:Dana Kim" in c)
    assert "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1" in dana
    assert "Omar Haddad" not in dana
