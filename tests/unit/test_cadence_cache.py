"""The cached effective cadence and due date (db/cadence_cache.py) follow every write that moves them."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from posse_desktop.db import cadence_cache, close_db, open_db
from posse_desktop.db.connection import database
from posse_desktop.domain import ContactData, Role
from posse_desktop.services.cadence import CadenceDefaults, CadenceService
from posse_desktop.services.contacts import ContactsService
from tests.unit.timeline_support import NOW, add_person, fixed, log


def cached(contact_id: int) -> tuple[int | None, date | None]:
    days, due = database.execute_sql(
        "SELECT cadence_effective, due_on FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()
    return days, date.fromisoformat(due) if due else None


def agrees_with_the_rules(service: CadenceService) -> None:
    """Every contact's cached cadence equals what CadenceService.effective() computes."""
    ids = [cid for (cid,) in database.execute_sql("SELECT id FROM contact").fetchall()]
    for cid in ids:
        assert cached(cid)[0] == service.effective(cid).days, cid


def test_cache_follows_roles_tags_cadence_defaults_and_contact(db) -> None:
    service = CadenceService(clock=fixed(NOW))
    contacts = ContactsService(clock=fixed(datetime(2024, 1, 1, 9, 0)))
    dana = add_person("Dana", roles=[Role.MENTOR], created=datetime(2024, 1, 1, 9, 0))
    ben = add_person("Ben", tags=["vip"])
    assert cached(dana) == (60, date(2024, 3, 1))  # never contacted: due 60 days after added
    assert cached(ben) == (None, None)

    log(dana, datetime(2024, 5, 1, 18, 30))
    assert cached(dana) == (60, date(2024, 6, 30))  # last contact + 60 days

    data = contacts.get(dana).data()
    data.roles = {Role.MENTOR, Role.RADAR}
    contacts.update(dana, data)
    assert cached(dana) == (30, date(2024, 5, 31))  # the shortest of its roles

    service.set_defaults(CadenceDefaults(roles={Role.MENTOR: 60}, tags={"VIP": 14}))
    assert cached(ben)[0] == 14 and cached(dana)[0] == 60  # tags match case-insensitively
    service.set_cadence(dana, 7)
    assert cached(dana) == (7, date(2024, 5, 8))
    service.set_cadence(dana, 0)
    assert cached(dana) == (None, None)  # 0: never remind
    service.set_cadence(dana, None)
    data = contacts.get(ben).data()
    data.tags = []
    contacts.update(ben, data)
    assert cached(ben) == (None, None)
    service.set_defaults(CadenceDefaults(fallback=100))
    assert cached(ben)[0] == 100
    agrees_with_the_rules(service)


def test_a_database_without_the_cache_gets_it_on_open(db_path) -> None:
    open_db(db_path)
    cid, _ = ContactsService(clock=fixed(NOW)).create(
        ContactData(formatted_name="Old", roles={Role.ADVISOR})
    )
    close_db()
    with sqlite3.connect(db_path) as conn:  # as a database made before the cache existed
        conn.execute(f"DROP INDEX {cadence_cache.DUE_INDEX}")
        conn.execute("UPDATE contact SET cadence_effective = NULL, due_on = NULL")
    open_db(db_path)
    try:
        assert cached(cid) == (90, date(2024, 9, 13))
    finally:
        close_db()


def test_bulk_insert_computes_the_cache_the_triggers_would(db) -> None:
    """insert_contacts pauses the per-row triggers; the new contacts' cache must still follow
    the rules (roles, tags, own cadence, fallback), and the triggers must be back afterwards."""
    from posse_desktop.services.contact_stream import insert_contacts

    service = CadenceService(clock=fixed(NOW))
    service.set_defaults(
        CadenceDefaults(roles={Role.MENTOR: 60, Role.RADAR: 30}, tags={"vip": 14}, fallback=200)
    )
    before = add_person("Before", tags=["vip"])
    people = [
        ContactData(formatted_name="Mentor", roles={Role.MENTOR}),
        ContactData(formatted_name="Both", roles={Role.MENTOR, Role.RADAR}, tags=["VIP"]),
        ContactData(formatted_name="Tagged", tags=["vip", "other"]),
        ContactData(formatted_name="Own", cadence_days=5, tags=["vip"]),
        ContactData(formatted_name="Never", cadence_days=0, roles={Role.RADAR}),
        ContactData(formatted_name="Plain"),
    ]
    with database.atomic():
        ids = insert_contacts(people, datetime(2024, 1, 1, 9, 0))
    assert [cached(cid)[0] for cid in ids] == [60, 14, 14, 5, None, 200]
    assert cached(ids[0])[1] == date(2024, 3, 1)
    assert cached(before)[0] == 14
    agrees_with_the_rules(service)

    triggers = {
        name
        for (name,) in database.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
    }
    assert {"cadence_contact_ai", "cadence_role_ai", "cadence_tag_ai"} <= triggers
    after = add_person("After", roles=[Role.RADAR])  # one by one again: the triggers fire
    assert cached(after)[0] == 30


def all_cached() -> list[tuple]:
    return database.execute_sql(
        "SELECT id, cadence_effective, due_on FROM contact ORDER BY id"
    ).fetchall()


def test_bulk_insert_writes_what_the_triggers_compute(db) -> None:
    """The values insert_contacts computes in Python equal the triggers' SQL on the same rows:
    NOCASE folds ASCII only, a stored tag's spelling counts, a date past 9999 is NULL."""
    from posse_desktop.services.contact_stream import insert_contacts

    service = CadenceService(clock=fixed(NOW))
    service.set_defaults(
        CadenceDefaults(
            roles={Role.MENTOR: 60, Role.RADAR: 30},
            tags={"VIP": 14, "ärzte": 21, "Board": 7},
            fallback=None,
        )
    )
    add_person("Before", tags=["board"])  # the stored spelling is "board"
    people = [
        ContactData(formatted_name="Ascii case", tags=["vip"]),
        ContactData(formatted_name="Other case, not ASCII", tags=["ÄRZTE"]),
        ContactData(formatted_name="Same, not ASCII", tags=["ärzte", "Board"]),
        ContactData(formatted_name="Role and tag", roles={Role.RADAR}, tags=["VIP"]),
        ContactData(formatted_name="Far future", cadence_days=5_000_000),
        ContactData(formatted_name="Never", cadence_days=0, tags=["vip"]),
        ContactData(formatted_name="Nothing"),
    ]
    with database.atomic():
        insert_contacts(people, datetime(2024, 2, 29, 23, 59))
    written = all_cached()
    assert written[1:4] == [(2, 14, "2024-03-14"), (3, None, None), (4, 7, "2024-03-07")]
    assert written[5] == (6, 5_000_000, None)
    service.set_defaults(service.defaults())  # the triggers' SQL recomputes everyone
    assert all_cached() == written


def test_a_failed_bulk_insert_leaves_the_triggers_in_place(db) -> None:
    from posse_desktop.services.contact_stream import insert_contacts

    try:
        with database.atomic():
            insert_contacts([ContactData(formatted_name="Gone")], datetime(2024, 1, 1))
            raise RuntimeError("cancelled")
    except RuntimeError:
        pass
    assert database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0
    kept = add_person("Kept", roles=[Role.RADAR], created=datetime(2024, 1, 1, 9, 0))
    assert cached(kept) == (30, date(2024, 1, 31))  # the insert trigger is back
