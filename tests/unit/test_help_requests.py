"""Tough projects: save, ask, helped (favor received + thank-you), declined, open and past."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from posse_desktop.db import models as m
from posse_desktop.domain import InteractionKind
from posse_desktop.domain.help import CandidateStatus
from posse_desktop.services.help_requests import HelpRequestNotFound, HelpRequestsService
from posse_desktop.services.ledger import LedgerService
from posse_desktop.services.timeline import TimelineService
from tests.unit.help_network import EXPERT, NOW, Network, clock


@pytest.fixture
def net(db) -> Network:
    net = Network()
    net.person("Omar Haddad", ("PCI DSS", EXPERT))
    net.person("Lena Rossi", ("PCI", EXPERT))
    return net


def test_save_ask_and_help(net: Network) -> None:
    omar, lena = net.ids["Omar Haddad"], net.ids["Lena Rossi"]
    service = HelpRequestsService(clock)
    request_id, changes = service.create("  PCI audit   for billing ", [omar, lena])
    assert changes.help_requests and not changes.interactions
    info = service.get(request_id)
    assert info.topic == "PCI audit for billing" and info.is_open
    assert [(c.name, c.status) for c in info.candidates] == [
        ("Omar Haddad", CandidateStatus.SUGGESTED),
        ("Lena Rossi", CandidateStatus.SUGGESTED),
    ]

    changes = service.mark_asked(request_id, omar)
    assert changes.interactions and changes.contacts == {omar}
    entries = TimelineService(clock).page(contact_id=omar, limit=10)
    assert [(e.kind, e.summary) for e in entries] == [
        (InteractionKind.ASKED_FOR_HELP, "Asked for help: PCI audit for billing")
    ]
    assert m.Contact.get_by_id(omar).last_contacted_at == NOW

    service.mark_helped(request_id, omar, outcome="walked us through the SAQ")
    helped = TimelineService(clock).page(contact_id=omar, limit=10)[0]
    assert helped.kind == InteractionKind.GOT_HELP
    assert helped.follow_up_on == NOW.date() + timedelta(days=1)  # the thank-you
    assert LedgerService().for_contact(omar).received == 1

    service.mark_declined(request_id, lena, outcome="too busy")
    statuses = {c.name: c.status for c in service.get(request_id).candidates}
    assert statuses == {
        "Omar Haddad": CandidateStatus.HELPED,
        "Lena Rossi": CandidateStatus.DECLINED,
    }
    assert TimelineService(clock).page(contact_id=lena, limit=10) == []  # declining logs nothing


def test_helped_without_thank_you_or_on_a_chosen_day(net: Network) -> None:
    omar, lena = net.ids["Omar Haddad"], net.ids["Lena Rossi"]
    service = HelpRequestsService(clock)
    rid, _ = service.create("fundraising")
    service.mark_helped(rid, omar, thank_you=False)
    service.mark_helped(rid, lena, thank_you_on=date(2025, 7, 1))
    assert TimelineService(clock).page(contact_id=omar, limit=1)[0].follow_up_on is None
    assert TimelineService(clock).page(contact_id=lena, limit=1)[0].follow_up_on == date(2025, 7, 1)
    assert {c.contact_id for c in service.get(rid).candidates} == {omar, lena}


def test_open_and_past_requests(net: Network) -> None:
    service = HelpRequestsService(clock)
    first, _ = service.create("first")
    second, _ = service.create("second")
    service.close(first)
    assert [r.id for r in service.list_requests(open_only=True)] == [second]
    assert [r.id for r in service.list_requests(open_only=False)] == [first]
    assert {r.id for r in service.list_requests()} == {first, second}
    service.reopen(first)
    assert len(service.list_requests(open_only=True)) == 2
    service.delete(second)
    with pytest.raises(HelpRequestNotFound):
        service.get(second)


def test_a_failed_write_leaves_nothing_behind(net: Network) -> None:
    service = HelpRequestsService(clock)
    with pytest.raises(LookupError):
        service.create("topic", [net.ids["Omar Haddad"], 999])
    assert service.list_requests() == []
    rid, _ = service.create("topic")
    with pytest.raises(LookupError):
        service.mark_asked(rid, 999)
    assert m.Interaction.select().count() == 0
    with pytest.raises(ValueError):
        service.create("   ")


def test_revert_candidate_undoes_an_ask_and_its_interaction(net: Network) -> None:
    omar = net.ids["Omar Haddad"]
    service = HelpRequestsService(clock)
    request_id, _ = service.create("PCI audit", [omar])
    before = service.get(request_id).candidates[0]
    at = NOW - timedelta(hours=1)
    service.mark_asked(request_id, omar, at=at)
    net.talk("Omar Haddad", days_ago=0.5, summary="Asked for help: PCI audit")  # not the mark's
    timeline = TimelineService(clock)
    assert timeline.count(omar) == 2

    changes = service.revert_candidate(request_id, before, logged_at=at)

    assert changes.interactions and changes.contacts == {omar}
    assert service.get(request_id).candidates[0] == before
    assert [e.summary for e in timeline.page(contact_id=omar, limit=10)] == [
        "Asked for help: PCI audit"
    ]
    assert timeline.count(omar) == 1


def test_revert_candidate_undoes_helped_including_the_favor(net: Network) -> None:
    omar = net.ids["Omar Haddad"]
    service = HelpRequestsService(clock)
    request_id, _ = service.create("PCI audit", [omar])
    service.mark_asked(request_id, omar, at=NOW - timedelta(days=2))
    asked = service.get(request_id).candidates[0]
    service.mark_helped(request_id, omar, outcome="reviewed scope", at=NOW)
    assert LedgerService().for_contact(omar).balance == -1

    service.revert_candidate(request_id, asked, logged_at=NOW)

    assert service.get(request_id).candidates[0].status is CandidateStatus.ASKED
    assert LedgerService().for_contact(omar).balance == 0
    assert TimelineService(clock).count(omar) == 1  # the ask stays


def test_create_can_reuse_an_id_after_delete(net: Network) -> None:
    omar = net.ids["Omar Haddad"]
    service = HelpRequestsService(clock)
    request_id, _ = service.create("PCI audit", [omar])
    service.delete(request_id)
    again, _ = service.create("PCI audit", [omar], request_id=request_id)
    assert again == request_id and service.get(request_id).candidates[0].contact_id == omar
