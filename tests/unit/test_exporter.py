"""Exporting to a file (atomic, 0600; all / selection / search) and the posse-cli commands."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from posse_desktop import cli
from posse_desktop.db import close_db
from posse_desktop.db import models as m
from posse_desktop.domain import ContactData, StructuredName, TypedValue
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.exporter import ExportCancelled, ExportService
from posse_desktop.vcard.reader import read_vcard_file

FIXED = datetime(2026, 3, 1, 9, 30)


@pytest.fixture
def people(db) -> list[int]:
    service = ContactsService(clock=lambda: FIXED)
    ids = []
    for given, family, email in [
        ("Dana", "Kim", "dana@acme.example"),
        ("Omar", "Haddad", "omar@pci.example"),
        ("Lena", "Rossi", "lena@acme.example"),
    ]:
        ids.append(
            service.create(
                ContactData(name=StructuredName(family, given), emails=[TypedValue(email)])
            )[0]
        )
    return ids


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def names_in(path: Path) -> list[str]:
    return [c.data.display_name for c in read_vcard_file(path).cards]


def test_export_all_is_private_and_reads_back(people, out_dir) -> None:
    out = out_dir / "all.vcf"
    result = ExportService().export(out)
    assert result.count == 3
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(names_in(out)) == ["Dana Kim", "Lena Rossi", "Omar Haddad"]
    assert out.read_bytes().count(b"\r\n") > 10
    assert list(out_dir.iterdir()) == [out]  # no temp file left


def test_export_selection_and_search(people, tmp_path) -> None:
    ExportService().export(tmp_path / "sel.vcf", ids=[people[2], people[0]])
    assert names_in(tmp_path / "sel.vcf") == ["Lena Rossi", "Dana Kim"]
    result = ExportService().export(tmp_path / "q.vcf", query="acme")
    assert result.count == 2
    assert sorted(names_in(tmp_path / "q.vcf")) == ["Dana Kim", "Lena Rossi"]


def test_trashed_contacts_are_not_exported(people, tmp_path) -> None:
    ContactsService().trash([people[1]])
    ExportService().export(tmp_path / "live.vcf")
    assert "Omar Haddad" not in names_in(tmp_path / "live.vcf")


def test_export_4_0(people, tmp_path) -> None:
    ExportService().export(tmp_path / "v4.vcf", version="4.0")
    assert (tmp_path / "v4.vcf").read_text().count("VERSION:4.0") == 3


def test_relationships_are_exported(people, tmp_path) -> None:
    m.Relationship.create(from_contact=people[0], to_contact=people[1], kind="colleague")
    text = ExportService().export_text([people[0]], "4.0")
    assert "RELATED;TYPE=colleague;VALUE=text:Omar Haddad\r\n" in text


def test_several_relationships_come_out_in_a_stable_order(people, tmp_path) -> None:
    dana, omar, lena = people
    m.Relationship.create(from_contact=dana, to_contact=lena, kind="mentor")
    m.Relationship.create(from_contact=dana, to_contact=omar, kind="friend")
    m.Relationship.create(from_contact=dana, to_contact=omar, kind="colleague")
    m.Relationship.create(from_contact=lena, to_contact=dana, kind="mentee")
    text = ExportService().export_text([lena, dana], "4.0")
    related = [line for line in text.split("\r\n") if line.startswith("RELATED")]
    assert related == [
        "RELATED;TYPE=mentee;VALUE=text:Dana Kim",
        "RELATED;TYPE=colleague;VALUE=text:Omar Haddad",
        "RELATED;TYPE=friend;VALUE=text:Omar Haddad",
        "RELATED;TYPE=mentor;VALUE=text:Lena Rossi",
    ]


def test_cancelled_export_leaves_the_old_file(people, out_dir) -> None:
    out = out_dir / "keep.vcf"
    out.write_text("old contents")
    with pytest.raises(ExportCancelled):
        ExportService().export(out, cancelled=lambda: True)
    assert out.read_text() == "old contents"
    assert list(out_dir.iterdir()) == [out]


def test_failed_export_leaves_no_half_file(people, out_dir) -> None:
    out = out_dir / "bad.vcf"
    out.write_text("old contents")

    def boom(done: int, total: int) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        ExportService().export(out, progress=boom)
    assert out.read_text() == "old contents"
    assert list(out_dir.iterdir()) == [out]


def test_cli_import_export_round_trip(tmp_path, capsys) -> None:
    db_path = tmp_path / "cli.db"
    source = tmp_path / "in.vcf"
    source.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Kim\r\nN:Kim;Dana;;;\r\nNOTE:a\\, b\r\nEND:VCARD\r\n"
    )
    assert cli.main(["--db", str(db_path), "import", str(source), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["added"]) == 1 and report["failed"] is False and report["batch"]
    out = tmp_path / "out.vcf"
    assert (
        cli.main(
            [
                "--db",
                str(db_path),
                "export",
                "--out",
                str(out),
                "--vcard-version",
                "4.0",
                "--query",
                "dana",
            ]
        )
        == 0
    )
    assert "1 contact(s) written" in capsys.readouterr().out
    [card] = read_vcard_file(out).cards
    assert card.version == "4.0" and card.data.notes == "a, b"
    assert cli.main(["--db", str(db_path), "undo-import", str(report["batch"])]) == 0
    close_db()


def test_cli_import_exit_status_says_a_card_failed(tmp_path, capsys) -> None:
    db_path = tmp_path / "cli.db"
    assert cli.main(["--db", str(db_path), "import", str(tmp_path / "missing.vcf")]) == 1
    assert "missing.vcf" in capsys.readouterr().out
    close_db()


def test_cli_takes_file_names_that_are_not_utf8(tmp_path, capsys) -> None:
    # A Latin-1 name from an old archive reaches Python with a lone surrogate: storing it in the
    # import's record raised UnicodeEncodeError and took the import down.
    name = os.fsdecode(b"caf\xe9.vcf")
    (tmp_path / name).write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Kim\r\nBDAY:soon\r\nEND:VCARD\r\n"
    )
    db_path = str(tmp_path / "cli.db")
    assert cli.main(["--db", db_path, "import", str(tmp_path / name)]) == 0
    shown = capsys.readouterr().out
    assert "1 added" in shown and "caf\ufffd.vcf:4" in shown  # the problem names the file
    out = tmp_path / os.fsdecode(b"out\xe9.vcf")
    assert cli.main(["--db", db_path, "export", "--out", str(out)]) == 0
    assert "out\ufffd.vcf" in capsys.readouterr().out and b"FN:Dana Kim" in out.read_bytes()
    close_db()
