"""Posse coverage: the seven roles, how well each is filled, and the gaps with who could fill them."""

from __future__ import annotations

from posse_desktop.domain import Role
from posse_desktop.services.coverage import CoverageService
from tests.unit.help_network import EXPERT, Network, clock


def build() -> Network:
    net = Network()
    net.person("Ana Acme", org="Acme", department="Engineering", roles=(Role.RADAR,))
    net.person("Ben Acme", org="Acme", department="Engineering")
    net.person("Fay Finance", org="Acme", department="Finance")
    net.person("Fred Finance", org="Acme", department="Finance")
    net.person("Dora Door", org="Acme", roles=(Role.DOOR_OPENER,))  # same company: not a door
    net.person("Otto Other", org="Globex", title="Head of Sales")
    net.person("Stale Advisor", ("tax law", EXPERT), roles=(Role.ADVISOR,))
    net.talk("Ana Acme", "Fay Finance", "Dora Door", "Otto Other", days_ago=5, times=6)
    net.talk("Fred Finance", days_ago=30)
    net.talk("Stale Advisor", days_ago=4 * 365)
    return net


def test_roles_counted_with_strength_recency_and_status(db) -> None:
    build()
    coverage = CoverageService(clock).coverage()
    by_role = {rc.role: rc for rc in coverage.roles}
    assert [rc.role for rc in coverage.roles] == list(Role)
    assert coverage.my_org == "Acme" and coverage.filled == 3
    radar = by_role[Role.RADAR]
    assert [h.name for h in radar.holders] == ["Ana Acme"] and radar.status == "ok"
    assert radar.average_strength == radar.holders[0].strength > 50
    assert by_role[Role.ADVISOR].status == "faded" and by_role[Role.ADVISOR].holders[0].stale
    assert by_role[Role.MENTOR].status == "missing" and by_role[Role.MENTOR].holders == ()


def test_gaps_name_the_scope_and_who_could_fill_them(db) -> None:
    build()
    gaps = {g.message: g for g in CoverageService(clock).coverage().gaps}
    finance = gaps["no radar in Finance"]
    assert [p.name for p in finance.suggestions] == ["Fay Finance", "Fred Finance"]
    assert "no radar in Engineering" not in gaps
    door = gaps["no door-opener at any other company"]
    assert [p.name for p in door.suggestions] == ["Otto Other"]
    assert "advisor faded" in gaps and "no mentor" in gaps and "no sponsor" in gaps
    assert [p.name for p in gaps["no mentor"].suggestions] == ["Otto Other"]  # senior, elsewhere


def test_my_org_can_be_set(db) -> None:
    build()
    service = CoverageService(clock)
    service.set_my_org("Globex")
    coverage = service.coverage()
    assert coverage.my_org == "Globex"
    assert "no door-opener at any other company" not in {g.message for g in coverage.gaps}
    service.set_my_org(None)
    assert service.coverage().my_org == "Acme"
