"""Importing vCard files into a real temp database: dedupe, merge, undo, cancel."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from posse_desktop.db import models as m
from posse_desktop.domain import (
    ContactData,
    Expertise,
    ExpertiseLevel,
    Role,
    StructuredName,
    TypedValue,
)
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.import_batches import ImportUndoError, batches
from posse_desktop.services.importer import MATCHING, SAVING, ImportService, stage
from posse_desktop.services.search import SearchService

FIXED = datetime(2026, 3, 1, 9, 30)
FIXTURES = Path(__file__).parents[1] / "fixtures"


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


def write(tmp_path: Path, name: str, *cards: str) -> Path:
    path = tmp_path / name
    path.write_bytes("".join(cards).encode("utf-8"))
    return path


@pytest.fixture
def importer(db) -> ImportService:
    return ImportService(clock=lambda: FIXED)


@pytest.fixture
def contacts(db) -> ContactsService:
    return ContactsService(clock=lambda: FIXED)


DANA = card(
    "N:Kim;Dana;;;",
    "FN:Dana Kim",
    "EMAIL;TYPE=WORK:dana@acme.example",
    "TEL;TYPE=CELL:+1 (555) 010-0100",
    "NOTE:Met at conf\\, liked sushi",
    "X-PHONE-THING:keep me",
)
OMAR = card("N:Haddad;Omar;;;", "FN:Omar Haddad", "EMAIL:omar@pci.example", "UID:omar-1")


def test_import_adds_every_card_searchable(importer, contacts, tmp_path) -> None:
    report = importer.import_files([write(tmp_path, "phone.vcf", DANA, OMAR)])
    assert report.cards == 2 and len(report.added) == 2
    assert not report.updated and not report.unchanged and not report.problems
    assert report.changes.created == frozenset(report.added)
    dana = contacts.get(report.added[0])
    assert dana.display_name == "Dana Kim"
    assert dana.notes == "Met at conf, liked sushi"
    assert dana.phones == [TypedValue("+1 (555) 010-0100", "mobile")]
    assert "X-PHONE-THING:keep me" in dana.vcard_source
    assert SearchService().search_ids("sushi") == [dana.id]
    assert SearchService().search_ids("0100") == [dana.id]


def test_reimport_of_the_same_file_changes_nothing(importer, contacts, tmp_path) -> None:
    path = write(tmp_path, "phone.vcf", DANA, OMAR)
    first = importer.import_files([path])
    before = [contacts.get(cid) for cid in first.added]
    again = importer.import_files([path])
    assert again.added == [] and again.updated == [] and again.needs_review == []
    assert sorted(again.unchanged) == sorted(first.added)
    assert again.batch_id is None and again.changes.empty
    assert [contacts.get(cid) for cid in first.added] == before
    assert contacts.count() == 2


@pytest.mark.parametrize(
    ("existing", "incoming", "how"),
    [
        # UID wins even when everything else changed.
        (card("FN:Omar Haddad", "UID:omar-1"), card("FN:O. Haddad-Smith", "UID:omar-1"), "uid"),
        # The same email, written differently.
        (
            card("FN:Dana Kim", "EMAIL:Dana@Acme.example"),
            card("FN:Dana Kim", "EMAIL: dana@acme.example", "TITLE:CTO"),
            "email",
        ),
        # The same phone number, written differently (E.164 compare).
        (
            card("FN:Ben Okafor", "TEL:+1 (555) 010-0100"),
            card("FN:Ben Okafor", "TEL:+15550100100", "TITLE:Fixer"),
            "phone",
        ),
        # The same name, nothing that disagrees.
        (
            card("FN:Lena Rossi", "N:Rossi;Lena;;;"),
            card("FN:Lena Rossi", "N:Rossi;Lena;;;", "EMAIL:lena@example.com"),
            "name",
        ),
    ],
)
def test_dedupe_matches_instead_of_duplicating(
    importer, contacts, tmp_path, existing, incoming, how
) -> None:
    first = importer.import_files([write(tmp_path, "old.vcf", existing)])
    second = importer.import_files([write(tmp_path, "new.vcf", incoming)])
    assert second.added == [], how
    assert second.updated == first.added
    assert contacts.count() == 1


def test_match_against_a_contact_made_in_posse(importer, contacts, tmp_path) -> None:
    cid, _ = contacts.create(
        ContactData(
            name=StructuredName("Kim", "Dana"),
            emails=[TypedValue("dana@acme.example")],
            title="Head of Platform",
        )
    )
    report = importer.import_files([write(tmp_path, "p.vcf", DANA)])
    assert report.updated == [cid] and not report.added
    dana = contacts.get(cid)
    assert dana.title == "Head of Platform"  # nothing to compare against: only filled in
    assert dana.phones == [TypedValue("+1 (555) 010-0100", "mobile")]
    assert dana.notes == "Met at conf, liked sushi"


def test_same_name_with_other_email_is_added_and_offered_for_review(
    importer, contacts, tmp_path
) -> None:
    first = importer.import_files([write(tmp_path, "a.vcf", DANA)])
    other = card("FN:Dana Kim", "EMAIL:dana.kim@other.example")
    report = importer.import_files([write(tmp_path, "b.vcf", other)])
    assert len(report.added) == 1 and not report.updated
    [review] = report.needs_review
    assert review.contact_id == report.added[0]
    assert review.candidates == tuple(first.added)
    assert review.source.endswith("b.vcf") and review.card_index == 0 and review.line == 1
    assert contacts.count() == 2


def test_similar_name_is_added_and_offered_for_review(importer, tmp_path) -> None:
    first = importer.import_files([write(tmp_path, "a.vcf", card("FN:John Smith"))])
    report = importer.import_files([write(tmp_path, "b.vcf", card("FN:Jon Smith"))])
    assert len(report.added) == 1
    assert [r.candidates for r in report.needs_review] == [tuple(first.added)]
    unrelated = importer.import_files([write(tmp_path, "c.vcf", card("FN:Jane Doe"))])
    assert unrelated.needs_review == []


def test_shared_email_with_another_name_is_not_merged(importer, tmp_path) -> None:
    importer.import_files(
        [write(tmp_path, "a.vcf", card("FN:John Smith", "EMAIL:home@smith.example"))]
    )
    report = importer.import_files(
        [write(tmp_path, "b.vcf", card("FN:Mary Smith", "EMAIL:home@smith.example"))]
    )
    assert len(report.added) == 1 and len(report.needs_review) == 1


def test_one_person_twice_in_one_file_is_flagged_not_merged(importer, tmp_path) -> None:
    report = importer.import_files(
        [write(tmp_path, "dup.vcf", DANA, DANA.replace("sushi", "ramen"))]
    )
    assert len(report.added) == 2
    assert [r.candidates for r in report.needs_review] == [(report.added[0],)]
    assert importer.import_files([tmp_path / "dup.vcf"]).added == []


def test_newer_export_updates_without_clobbering_posse_data(importer, contacts, tmp_path) -> None:
    [cid] = importer.import_files([write(tmp_path, "v1.vcf", DANA)]).added
    # What only Posse knows, added after the first import.
    dana = contacts.get(cid)
    contacts.update(
        cid,
        replace(
            dana.data(),
            title="Head of Platform",
            notes="Met at conf, liked sushi\nOwes me a favour",
            tags=["platform"],
            roles={Role.ADVISOR},
            expertise=[Expertise("kubernetes", ExpertiseLevel.EXPERT)],
            how_we_met="KubeCon",
            cadence_days=30,
        ),
    )
    newer = card(
        "N:Kim;Dana;;;",
        "FN:Dana Kim",
        "EMAIL;TYPE=WORK:dana@acme.example",
        "TEL;TYPE=CELL:+1 (555) 010-0100",
        "TEL;TYPE=HOME:+1 555 010 0199",
        "ORG:Acme",
        "NOTE:New note from the phone",
        "CATEGORIES:friends",
        "X-PHONE-THING:keep me too",
    )
    report = importer.import_files([write(tmp_path, "v2.vcf", newer)])
    assert report.updated == [cid] and not report.added and not report.needs_review
    dana = contacts.get(cid)
    assert dana.phones == [
        TypedValue("+1 (555) 010-0100", "mobile"),
        TypedValue("+1 555 010 0199", "home"),
    ]
    assert dana.org == "Acme"
    assert dana.title == "Head of Platform"
    assert dana.notes == "Met at conf, liked sushi\nOwes me a favour\n\nNew note from the phone"
    assert dana.tags == ["platform", "friends"]
    assert dana.roles == {Role.ADVISOR}
    assert dana.expertise == [Expertise("kubernetes", ExpertiseLevel.EXPERT)]
    assert dana.how_we_met == "KubeCon" and dana.cadence_days == 30
    assert "X-PHONE-THING:keep me too" in dana.vcard_source


def test_phone_side_removal_and_field_change_are_applied(importer, contacts, tmp_path) -> None:
    v1 = card("FN:Ben Okafor", "EMAIL:ben@a.example", "EMAIL:ben@b.example", "TITLE:Dev")
    [cid] = importer.import_files([write(tmp_path, "v1.vcf", v1)]).added
    v2 = card("FN:Ben Okafor", "EMAIL:ben@a.example", "TITLE:Lead")
    importer.import_files([write(tmp_path, "v2.vcf", v2)])
    ben = contacts.get(cid)
    assert [e.value for e in ben.emails] == ["ben@a.example"]
    assert ben.title == "Lead"


def test_undo_import_removes_added_and_restores_updated(importer, contacts, tmp_path) -> None:
    [dana_id] = importer.import_files([write(tmp_path, "v1.vcf", DANA)]).added
    contacts.update(dana_id, replace(contacts.get(dana_id).data(), roles={Role.MENTOR}))
    before = contacts.get(dana_id)
    newer = DANA.replace("NOTE:Met at conf\\, liked sushi", "NOTE:Changed on the phone")
    report = importer.import_files([write(tmp_path, "v2.vcf", newer, OMAR)])
    assert report.updated == [dana_id] and len(report.added) == 1
    assert contacts.get(dana_id).notes == "Changed on the phone"
    assert [b.title for b in batches()][0] == "import of v2.vcf"

    changes = importer.undo_import(report.batch_id)
    assert changes.contacts == frozenset([dana_id, *report.added])
    assert contacts.count() == 1
    after = contacts.get(dana_id)
    assert replace(after, updated_at=None) == replace(before, updated_at=None)
    assert SearchService().search_ids("haddad") == []
    with pytest.raises(ImportUndoError):
        importer.undo_import(report.batch_id)


def test_undo_keeps_contacts_with_a_timeline_in_the_trash(importer, contacts, tmp_path) -> None:
    report = importer.import_files([write(tmp_path, "a.vcf", OMAR)])
    [cid] = report.added
    interaction = m.Interaction.create(occurred_at=FIXED, kind="call", created_at=FIXED)
    m.InteractionContact.create(interaction=interaction, contact=cid, occurred_at=FIXED)
    importer.undo_import(report.batch_id)
    assert contacts.count() == 0 and contacts.count(trashed=True) == 1


@pytest.mark.parametrize("cancel_at", [0, 1, 3])
def test_cancel_leaves_nothing_behind(importer, contacts, tmp_path, cancel_at) -> None:
    importer.import_files([write(tmp_path, "first.vcf", OMAR)])
    cards = [card(f"FN:Person {i}", f"EMAIL:p{i}@example.com") for i in range(450)]
    cards.append(OMAR.replace("Omar Haddad", "Omar Haddad-Smith"))
    path = write(tmp_path, "big.vcf", *cards)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > cancel_at

    progress: list[tuple[int, int]] = []
    report = importer.import_files(
        [path], progress=lambda d, t: progress.append((d, t)), cancelled=cancelled
    )
    assert report.cancelled and report.batch_id is None and report.changes.empty
    assert contacts.count() == 1
    assert contacts.get(contacts.all_ids()[0]).display_name == "Omar Haddad"
    assert m.ImportBatch.select().count() == 1 and m.ImportBatchItem.select().count() == 1
    assert SearchService().search_ids("person") == []


def test_progress_goes_through_matching_then_saving_to_the_total(importer, tmp_path) -> None:
    path = write(tmp_path, "many.vcf", *[card(f"FN:P{i} Q") for i in range(250)])
    seen: list[tuple[int, int]] = []
    importer.import_files([path], progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (500, 500)  # each card matched, then saved
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    stages = [stage(d, t) for d, t in seen]
    assert stages[0] == (MATCHING, 0, 250) and stages[-1] == (SAVING, 250, 250)
    assert (MATCHING, 250, 250) in stages
    assert any(what == SAVING and 0 < n < 250 for what, n, _ in stages)  # saving moves too


@pytest.mark.parametrize("when", [MATCHING, SAVING, "reading"])
def test_cancel_while_reading_or_saving_leaves_nothing_behind(
    importer, contacts, tmp_path, when
) -> None:
    path = write(tmp_path, "big.vcf", *[card(f"FN:Person {i}") for i in range(450)])
    state = {"stage": "reading", "polls": 0}

    def progress(done: int, total: int) -> None:
        state["stage"], state["count"], _ = stage(done, total)

    def cancelled() -> bool:
        state["polls"] += 1
        if when == "reading":  # poll 1: before the file; then every 100 cards read
            return state["polls"] == 3
        return state["stage"] == when

    report = importer.import_files([path], progress=progress, cancelled=cancelled)
    assert report.cancelled and report.batch_id is None
    assert contacts.count() == 0 and m.ImportBatch.select().count() == 0
    assert SearchService().search_ids("person") == []
    assert state["stage"] == ("reading" if when == "reading" else when)
    assert report.cards == (0 if when == "reading" else 450)  # reading stopped inside the file
    if when == SAVING:  # stopped at the next statement, not after saving everything
        assert 0 < state["count"] < 450


def test_problems_name_file_card_and_line(importer, tmp_path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "v21_bad_card_between_good.vcf"
    report = importer.import_files([fixture])
    assert len(report.added) == 3
    problem = next(p for p in report.problems if "photo" in p.message.lower())
    assert problem.source == str(fixture)
    assert problem.card_index == 1 and problem.card_name == "Broken Photo" and problem.line == 8


def test_unreadable_file_is_a_failed_problem_not_an_exception(importer, tmp_path) -> None:
    report = importer.import_files([tmp_path / "missing.vcf", write(tmp_path, "ok.vcf", OMAR)])
    assert len(report.added) == 1
    assert report.failed_cards and "missing.vcf" in report.failed_cards[0].source


def test_import_runs_in_a_worker_thread(importer, contacts, tmp_path) -> None:
    """The GUI imports off the GUI thread; the worker gets its own connection to the same file."""
    import threading

    path = write(tmp_path, "phone.vcf", DANA, OMAR)
    reports = []
    worker = threading.Thread(target=lambda: reports.append(importer.import_files([path])))
    worker.start()
    worker.join(timeout=60)
    assert len(reports[0].added) == 2
    assert contacts.count() == 2
    assert sorted(contacts.get(c).display_name for c in reports[0].added) == [
        "Dana Kim",
        "Omar Haddad",
    ]


def test_the_same_file_twice_in_one_import_adds_once(importer, contacts, tmp_path) -> None:
    path = write(tmp_path, "phone.vcf", DANA, OMAR)
    report = importer.import_files([path, path])
    assert len(report.added) == 2 and report.needs_review == []
    assert sorted(report.unchanged) == sorted(report.added)
    assert contacts.count() == 2


def _photo_card(name: str, photo: bytes | None) -> str:
    import base64

    lines = [f"FN:{name}", f"EMAIL:{name.split()[0].lower()}@example.com"]
    if photo:
        lines.append(f"PHOTO;ENCODING=b;TYPE=PNG:{base64.b64encode(photo).decode()}")
    return card(*lines)


PNG_A = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8"
    "cfc0f01f0005000201a5e4f0d80000000049454e44ae426082"
)


def test_photos_follow_the_phone_but_never_replace_a_posse_photo(
    importer, contacts, tmp_path
) -> None:
    own_id, _ = contacts.create(
        ContactData(
            formatted_name="Ana Silva",
            photo=b"own",
            photo_mime="image/jpeg",
            emails=[TypedValue("ana@example.com")],
        )
    )
    importer.import_files([write(tmp_path, "a.vcf", _photo_card("Ana Silva", PNG_A))])
    assert contacts.get(own_id).photo == b"own"  # made in Posse: the card only fills gaps

    [cid] = importer.import_files([write(tmp_path, "b.vcf", _photo_card("Ben Okafor", None))]).added
    importer.import_files([write(tmp_path, "c.vcf", _photo_card("Ben Okafor", PNG_A))])
    assert contacts.get(cid).photo == PNG_A  # a new photo on the phone arrives
    importer.import_files([write(tmp_path, "d.vcf", _photo_card("Ben Okafor", None))])
    assert contacts.get(cid).photo is None  # and leaves when the phone drops it


def test_a_safety_copy_is_taken_before_importing_into_a_database_with_data(
    importer, tmp_path
) -> None:
    first = importer.import_files([write(tmp_path, "a.vcf", DANA)])
    assert first.safety_copy is None  # an empty database has nothing to protect
    second = importer.import_files([write(tmp_path, "b.vcf", OMAR)])
    assert second.safety_copy and Path(second.safety_copy).is_file()
    assert importer.import_files([tmp_path / "b.vcf"], safety_copy=False).safety_copy is None


def test_a_contact_updated_earlier_in_the_import_still_matches_by_name(
    importer, contacts, tmp_path
) -> None:
    [cid] = importer.import_files([write(tmp_path, "a.vcf", card("FN:Lena Rossi"))]).added
    report = importer.import_files(
        [
            write(
                tmp_path,
                "b.vcf",
                card("FN:Lena Rossi", "TITLE:CTO"),
                card("FN:Lena Rossi", "NOTE:Likes opera"),
            )
        ]
    )
    assert report.updated == [cid] and report.added == [] and report.needs_review == []
    lena = contacts.get(cid)
    assert lena.title == "CTO" and lena.notes == "Likes opera"


def test_a_phone_number_without_digits_is_kept_and_matches_nobody(importer, contacts) -> None:
    # "TEL:+()" raised ValueError from the phone key and took the whole import down.
    report = importer.import_files([FIXTURES / "v30_tel_without_digits.vcf"])
    assert len(report.added) == 2 and not report.needs_review and not report.problems
    plus_only = contacts.get(report.added[0])
    assert [p.value for p in plus_only.phones] == ["+()", "+-"]  # kept as written


def test_control_characters_in_categories_are_damage_not_tag_names(importer, contacts) -> None:
    # SQLite's NOCASE stops comparing at a NUL, so "\x000" and "\x001" were one tag name to the
    # UNIQUE index and two to Python: an IntegrityError took the whole import down.
    report = importer.import_files([FIXTURES / "v30_categories_with_nul.vcf"])
    assert len(report.added) == 2 and not report.failed_cards
    assert [contacts.get(cid).tags for cid in report.added] == [["0", "work"], ["1"]]


def test_foreign_bytes_in_parameters_are_read_in_the_fallback_charset(importer, contacts) -> None:
    # A Latin-1 TYPE (Büro) reached the database as a lone surrogate: UnicodeEncodeError took the
    # whole import down. Parameters declare no CHARSET; they are read like undeclared values.
    report = importer.import_files([FIXTURES / "v21_param_foreign_bytes.vcf"])
    assert len(report.added) == 1 and not report.failed_cards
    jana = contacts.get(report.added[0])
    assert [p.label for p in jana.phones] == ["Büro", "\u20acx-custom"]  # 0x80 is € in cp1252
    assert [i.label for i in jana.ims] == ["Sérvice"]
    assert [e.evidence for e in jana.expertise] == ["Köln"]


def test_cards_read_ahead_by_uid_still_merge_on_what_this_import_changed(
    importer, contacts, tmp_path
) -> None:
    first = [
        card(f"FN:{name}", f"UID:{uid}") for name, uid in (("Lena Rossi", "u1"), ("Ivo Ek", "u2"))
    ]
    lena, ivo = importer.import_files([write(tmp_path, "a.vcf", *first)]).added
    newer = [
        card("FN:Lena Rossi", "UID:u1", "TITLE:CTO"),
        card("FN:Ivo Ek", "UID:u2", "NOTE:Sails"),
        card("FN:Lena Rossi", "UID:u1", "NOTE:Likes opera"),  # no TITLE: keeps the CTO
    ]
    report = importer.import_files([write(tmp_path, "b.vcf", *newer)])
    assert sorted(report.updated) == sorted([lena, ivo]) and not report.added
    assert (contacts.get(lena).title, contacts.get(lena).notes) == ("CTO", "Likes opera")
    assert contacts.get(ivo).notes == "Sails"
