"""The sample network: deterministic, believable, and exactly the rows the normal writers produce."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from posse_desktop import cli
from posse_desktop.db import close_db, open_db
from posse_desktop.db.connection import database
from posse_desktop.domain import ContactData, InteractionKind, Role, StructuredName
from posse_desktop.services import strength
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.demo import DemoCancelled, DemoRefused, DemoService
from posse_desktop.services.normalize import phone_key
from posse_desktop.services.search import SearchService

NOW = datetime(2026, 3, 15, 12, 0, 0)
TABLES = [
    "contact",
    "contact_field",
    "address",
    "tag",
    "contact_tag",
    "contact_role",
    "skill",
    "expertise",
    "relationship",
    "interaction",
    "interaction_contact",
]


def clock() -> datetime:
    return NOW


def rows(sql: str, params: tuple = ()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def dump() -> dict[str, list[tuple]]:
    out = {t: rows(f"SELECT * FROM {t} ORDER BY 1") for t in TABLES}
    out["contact_index"] = rows("SELECT rowid, * FROM contact_index ORDER BY rowid")
    return out


def schema() -> list[tuple]:
    return rows("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")


def generate_into(path: Path, seed: int, n: int = 80, m: int = 600) -> dict[str, list[tuple]]:
    open_db(path)
    try:
        DemoService(clock).generate(n, m, seed)
        return dump()
    finally:
        close_db()


def test_same_seed_same_network_other_seed_other_network(tmp_path: Path) -> None:
    first = generate_into(tmp_path / "a.db", seed=7)
    again = generate_into(tmp_path / "b.db", seed=7)
    other = generate_into(tmp_path / "c.db", seed=8)
    assert first == again
    assert first["contact"] != other["contact"]
    assert first["interaction"] != other["interaction"]


def test_counts_are_what_was_asked_and_what_is_stored(db) -> None:
    before = schema()
    result = DemoService(clock).generate(150, 1200, 3)
    c = result.counts
    assert c["contacts"] == 150 == rows("SELECT count(*) FROM contact")[0][0]
    assert c["interactions"] == 1200 == rows("SELECT count(*) FROM interaction")[0][0]
    assert c["interaction_contacts"] == rows("SELECT count(*) FROM interaction_contact")[0][0]
    assert c["interaction_contacts"] > c["interactions"]  # some meetings have several people
    assert c["relationships"] == rows("SELECT count(*) FROM relationship")[0][0] > 0
    assert c["expertise"] == rows("SELECT count(*) FROM expertise")[0][0] > 0
    assert rows("SELECT count(*) FROM contact_index")[0][0] == 150
    assert result.changes.contact_set and result.changes.interactions
    assert result.changes.contacts == frozenset(range(1, 151))
    assert schema() == before  # triggers and indexes lifted for the bulk load are back as they were
    assert rows("PRAGMA foreign_key_check") == []
    assert rows("PRAGMA integrity_check") == [("ok",)]


def test_search_finds_generated_people_by_name_org_skill_and_timeline_text(db) -> None:
    DemoService(clock).generate(200, 1500, 5)
    search = SearchService()
    cid, family, org = rows(
        "SELECT id, family, org FROM contact WHERE org != '' AND id IN "
        "(SELECT contact_id FROM expertise) ORDER BY id LIMIT 1"
    )[0]
    skill = rows(
        "SELECT s.name FROM expertise e JOIN skill s ON s.id = e.skill_id "
        "WHERE e.contact_id = ? ORDER BY e.position LIMIT 1",
        (cid,),
    )[0][0]
    assert cid in search.search_ids(family)
    assert cid in search.search_ids(org)
    assert cid in search.search_ids(skill)
    # A name in a non-Latin script is found by that script.
    non_latin = [
        r
        for r in rows("SELECT id, formatted_name FROM contact")
        if any(ord(ch) > 0x36F for ch in r[1])
    ]
    assert non_latin
    nid, name = non_latin[0]
    assert nid in search.search_ids(name)
    # The interaction index (normally filled by a per-row trigger) agrees with its content table.
    database.execute_sql(
        "INSERT INTO interaction_index(interaction_index, rank) VALUES ('integrity-check', 1)"
    )
    iid, summary = rows("SELECT id, summary FROM interaction ORDER BY id DESC LIMIT 1")[0]
    word = max(summary.replace(":", " ").split(), key=len)
    hits = rows(
        "SELECT rowid FROM interaction_index WHERE interaction_index MATCH ?", (f'"{word}"',)
    )
    assert (iid,) in hits


def _snapshot(cid: int) -> dict[str, list[tuple]]:
    """Every row a contact owns, without the surrogate ids of child rows."""
    child = {
        "contact_field": "kind, label, value, normalized, position, pref",
        "address": "label, po_box, extended, street, locality, region, postal_code, country, "
        "position, pref",
        "contact_tag": "tag_id, position",
        "contact_role": "role",
        "expertise": "skill_id, level, evidence, confirmed_on, position",
    }
    snap = {
        t: sorted(rows(f"SELECT {cols} FROM {t} WHERE contact_id = ?", (cid,)))
        for t, cols in child.items()
    }
    snap["contact"] = rows("SELECT * FROM contact WHERE id = ?", (cid,))
    snap["contact_index"] = rows("SELECT * FROM contact_index WHERE rowid = ?", (cid,))
    snap["list_index"] = rows(
        "SELECT rowid, body FROM contact_list_index WHERE rowid = "
        "(SELECT sort_rank FROM contact WHERE id = ?)",
        (cid,),
    )
    return snap


def test_every_contact_is_exactly_what_the_normal_write_path_stores(db) -> None:
    DemoService(clock).generate(120, 400, 11)
    ids = [cid for (cid,) in rows("SELECT id FROM contact ORDER BY id")]
    tags_before, skills_before = rows("SELECT * FROM tag"), rows("SELECT * FROM skill")
    for cid in ids:
        contact = ContactsService().get(cid)
        assert contact.display_name
        for email in contact.emails:
            assert "@" in email.value
        for phone in contact.phones:
            assert phone_key(phone.value).startswith("+") and len(phone_key(phone.value)) >= 9
        before = _snapshot(cid)
        # Re-store what was read back through the normal writer, at the same updated_at.
        ContactsService(lambda c=contact: c.updated_at).update(cid, contact.data())
        assert _snapshot(cid) == before, f"contact {cid} differs from a normal write"
    assert rows("SELECT * FROM tag") == tags_before
    assert rows("SELECT * FROM skill") == skills_before


def test_last_contacted_and_strength_agree_with_the_timeline(db) -> None:
    DemoService(clock).generate(100, 1500, 13)
    expected = dict(
        rows(
            "SELECT ic.contact_id, max(i.occurred_at) FROM interaction_contact ic "
            "JOIN interaction i ON i.id = ic.interaction_id WHERE i.kind != 'note' "
            "GROUP BY ic.contact_id"
        )
    )
    stored = dict(rows("SELECT id, last_contacted_at FROM contact"))
    assert {k: v for k, v in stored.items() if v is not None} == expected
    assert any(v is None for v in stored.values())  # some people were never logged
    assert max(expected.values()) <= str(NOW)
    assert (
        rows(
            "SELECT count(*) FROM interaction_contact ic JOIN interaction i "
            "ON i.id = ic.interaction_id WHERE ic.occurred_at != i.occurred_at"
        )[0][0]
        == 0
    )
    cached = rows("SELECT id, last_contacted_at, strength_score FROM contact ORDER BY id")
    strength.refresh_caches(stored)  # recomputing from the rows changes nothing
    assert rows("SELECT id, last_contacted_at, strength_score FROM contact ORDER BY id") == cached


def test_network_is_varied(db) -> None:
    result = DemoService(clock).generate(400, 4000, 2)
    assert result.counts["contacts"] == 400
    names = [n for (n,) in rows("SELECT formatted_name FROM contact")]
    assert len(set(names)) > 250
    assert any(any(ch in n for ch in "üñéóøåłş") for n in names)
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in n) for n in names)  # 李 and friends
    assert rows("SELECT count(*) FROM contact WHERE birthday_month = 2 AND birthday_day = 29")[0][0]
    assert rows(
        "SELECT count(*) FROM contact WHERE birthday_month IS NOT NULL AND birthday_year IS NULL"
    )[0][0]
    assert {r for (r,) in rows("SELECT DISTINCT role FROM contact_role")} == {r.value for r in Role}
    kinds = {k for (k,) in rows("SELECT DISTINCT kind FROM interaction")}
    assert kinds == {k.value for k in InteractionKind}
    assert {k for (k,) in rows("SELECT DISTINCT kind FROM relationship")} == {
        "colleague",
        "knows",
        "introduced",
        "reports-to",
    }
    assert (
        rows(
            "SELECT count(*) FROM relationship r JOIN contact a ON a.id = r.from_contact_id "
            "JOIN contact b ON b.id = r.to_contact_id "
            "WHERE r.kind = 'colleague' AND a.org != b.org"
        )[0][0]
        == 0
    )
    assert {lv for (lv,) in rows("SELECT DISTINCT level FROM expertise")} == {
        "beginner",
        "average",
        "expert",
    }
    assert rows("SELECT count(*) FROM interaction WHERE follow_up_on IS NOT NULL")[0][0]
    assert rows("SELECT count(*) FROM contact WHERE introduced_by_id IS NOT NULL")[0][0]
    assert rows("SELECT count(*) FROM contact WHERE cadence_days IS NOT NULL")[0][0]
    years = {y for (y,) in rows("SELECT DISTINCT substr(occurred_at, 1, 4) FROM interaction")}
    assert len(years) >= 4


def test_refuses_a_database_with_data_unless_forced(db) -> None:
    mine, _ = ContactsService().create(ContactData(name=StructuredName("Rossi", "Lena")))
    with pytest.raises(DemoRefused, match="--force"):
        DemoService(clock).generate(10, 20, 1)
    assert rows("SELECT count(*) FROM contact")[0][0] == 1
    assert rows("SELECT count(*) FROM interaction")[0][0] == 0
    result = DemoService(clock).generate(10, 20, 1, force=True)
    assert min(result.changes.contacts) == mine + 1
    assert rows("SELECT count(*) FROM contact")[0][0] == 11
    assert ContactsService().get(mine).name.family == "Rossi"
    assert rows("SELECT count(*) FROM interaction_contact WHERE contact_id = ?", (mine,)) == [(0,)]


def test_cancel_writes_nothing_and_progress_reaches_the_total(db) -> None:
    before = schema()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append((done, total, what))

    with pytest.raises(DemoCancelled):
        DemoService(clock).generate(3000, 100, 1, cancelled=lambda: True)
    assert rows("SELECT count(*) FROM contact") == [(0,)]
    assert schema() == before
    DemoService(clock).generate(2500, 30000, 1, progress=progress)
    assert seen[-1] == (32500, 32500, "interactions")
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert {w for _, _, w in seen} == {"contacts", "interactions"}


def test_cli_demo_prints_counts_and_refuses_a_second_run(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.db"
    args = ["--db", str(path), "demo", "--contacts", "40", "--interactions", "300", "--seed", "4"]
    assert cli.main([*args, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["contacts"] == 40 and report["counts"]["interactions"] == 300
    assert report["elapsed_s"] >= 0
    assert cli.main(args) == 1
    assert "already holds 40 contacts" in capsys.readouterr().err
    assert cli.main([*args, "--force"]) == 0
    assert "contacts: 40" in capsys.readouterr().out
