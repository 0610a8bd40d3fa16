"""Logging, editing and deleting interactions, and "last contacted" following along."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from posse_desktop.db import models as m
from posse_desktop.domain import Interaction, InteractionKind
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.timeline import (
    InteractionNotFound,
    InvalidInteraction,
    TimelineService,
)
from tests.unit.timeline_support import NOW, add_person, fixed, log

K = InteractionKind


def last_contacted(contact_id: int) -> datetime | None:
    return ContactsService().get(contact_id).last_contacted_at


def test_logging_sets_last_contacted_at_once_and_reports_changes(db) -> None:
    dana = add_person("Dana Kim")
    ben = add_person("Ben Okafor")
    assert last_contacted(dana) is None
    at = datetime(2024, 6, 14, 9, 30)
    new_id, changes = TimelineService(clock=fixed(NOW)).log(
        Interaction(at, K.COFFEE, "k8s upgrade", [dana, ben, dana])
    )
    assert changes.interactions and changes.contacts == {dana, ben}
    assert not changes.contact_set
    assert last_contacted(dana) == at and last_contacted(ben) == at
    assert TimelineService().get(new_id).contact_ids == [dana, ben]


def test_older_interaction_never_moves_last_contacted_back(db) -> None:
    dana = add_person("Dana Kim")
    log(dana, datetime(2024, 6, 1, 10, 0))
    log(dana, datetime(2023, 1, 1, 10, 0))
    assert last_contacted(dana) == datetime(2024, 6, 1, 10, 0)
    log(dana, datetime(2024, 6, 10, 8, 0), K.EMAIL)
    assert last_contacted(dana) == datetime(2024, 6, 10, 8, 0)


def test_a_note_is_not_contact(db) -> None:
    dana = add_person("Dana Kim")
    log(dana, datetime(2024, 6, 1, 10, 0), K.CALL)
    log(dana, datetime(2024, 6, 12, 10, 0), K.NOTE, "heard she moved teams")
    assert last_contacted(dana) == datetime(2024, 6, 1, 10, 0)


def test_edit_recomputes_old_and_new_contacts(db) -> None:
    dana = add_person("Dana Kim")
    ben = add_person("Ben Okafor")
    log(dana, datetime(2024, 5, 1, 10, 0))
    newest = log(dana, datetime(2024, 6, 1, 10, 0))
    service = TimelineService()
    moved = service.get(newest)
    moved.contact_ids = [ben]
    moved.occurred_at = datetime(2024, 6, 2, 11, 0)
    moved.summary = "lunch\nat the  usual place"
    changes = service.edit(moved)
    assert changes.contacts == {dana, ben}
    assert last_contacted(dana) == datetime(2024, 5, 1, 10, 0)
    assert last_contacted(ben) == datetime(2024, 6, 2, 11, 0)
    stored = service.entry(newest)
    assert stored.summary == "lunch at the usual place"
    # The denormalised copy used by the per-contact index moves with the interaction.
    link = m.InteractionContact.get(m.InteractionContact.interaction == newest)
    assert link.occurred_at == datetime(2024, 6, 2, 11, 0)


def test_delete_recomputes_and_undo_restores_under_the_same_id(db) -> None:
    dana = add_person("Dana Kim")
    older = log(dana, datetime(2024, 5, 1, 10, 0))
    newest = log(dana, datetime(2024, 6, 1, 10, 0), follow_up_on=date(2024, 6, 20))
    service = TimelineService()
    snapshot = service.get(newest)
    changes = service.delete([newest])
    assert changes.contacts == {dana} and changes.interactions
    assert last_contacted(dana) == datetime(2024, 5, 1, 10, 0)
    service.delete([older])
    assert last_contacted(dana) is None
    restored_id, _ = service.log(snapshot)
    assert restored_id == newest
    assert service.get(newest) == snapshot
    assert last_contacted(dana) == datetime(2024, 6, 1, 10, 0)


def test_a_bad_write_changes_nothing(db) -> None:
    dana = add_person("Dana Kim")
    service = TimelineService()
    with pytest.raises(InvalidInteraction, match="no contact with id 999"):
        service.log(Interaction(NOW, K.CALL, "x", [dana, 999]))
    with pytest.raises(InvalidInteraction, match="at least one contact"):
        service.log(Interaction(NOW, K.CALL, "x", []))
    with pytest.raises(InvalidInteraction, match="unknown kind"):
        service.log(Interaction(NOW, "poke", "x", [dana]))  # type: ignore[arg-type]
    assert service.count() == 0 and last_contacted(dana) is None
    with pytest.raises(InteractionNotFound):
        service.edit(Interaction(NOW, K.CALL, "x", [dana], id=42))
    with pytest.raises(InteractionNotFound):
        service.set_follow_up_done(42)


def test_an_aware_time_is_stored_as_local_wall_clock_time(db) -> None:
    dana = add_person("Dana Kim")
    new_york = TimelineService(clock=fixed(NOW), tz=ZoneInfo("America/New_York"))
    # 03:30 UTC on Mar 10 is still the evening of Mar 9 in New York (EST, UTC-5).
    new_id, _ = new_york.log(
        Interaction(datetime(2024, 3, 10, 3, 30, tzinfo=UTC), K.CALL, "late call", [dana])
    )
    assert new_york.entry(new_id).occurred_at == datetime(2024, 3, 9, 22, 30)
    # After the spring-forward the offset is -4.
    new_id, _ = new_york.log(
        Interaction(datetime(2024, 3, 11, 3, 30, tzinfo=UTC), K.CALL, "later call", [dana])
    )
    assert new_york.entry(new_id).occurred_at == datetime(2024, 3, 10, 23, 30)


def test_follow_up_done_round_trip(db) -> None:
    dana = add_person("Dana Kim")
    iid = log(dana, NOW, follow_up_on=date(2024, 6, 20))
    service = TimelineService()
    assert service.set_follow_up_done(iid).interactions
    assert service.entry(iid).follow_up_done
    service.set_follow_up_done(iid, done=False)
    assert not service.entry(iid).follow_up_done


def test_purging_a_contact_leaves_the_others_history(db) -> None:
    dana = add_person("Dana Kim")
    ben = add_person("Ben Okafor")
    iid = log([dana, ben], NOW)
    ContactsService().purge([dana])
    assert [c.id for c in TimelineService().entry(iid).contacts] == [ben]
