"""Second degree: a path through someone you know well appears only when no one close can help."""

from __future__ import annotations

from posse_desktop.services.help import HelpService
from tests.unit.help_network import EXPERT, Network, clock


def build() -> Network:
    net = Network()
    net.person("Omar Haddad", ("PCI DSS", EXPERT))  # never spoken to: you do not know him
    net.person("Dana Kim", org="Acme")
    net.person("Lee Park")
    net.talk("Dana Kim", days_ago=3, times=8)  # strong
    net.talk("Lee Park", days_ago=20, times=8)  # strong
    net.relate("Dana Kim", "Omar Haddad", "colleague")
    return net


def test_path_through_a_strong_tie_when_no_direct_helper(db) -> None:
    build()
    answer = HelpService(clock).answer("PCI compliance")
    assert [m.name for m in answer.matches] == ["Omar Haddad"]
    best = answer.paths[0]
    assert [s.name for s in best.steps] == ["Dana Kim", "Omar Haddad"]
    assert best.reason == (
        "Dana Kim (strong, colleague of Omar Haddad) -> Omar Haddad (expert: PCI DSS)"
    )
    assert all(p.steps[0].name != "Omar Haddad" for p in answer.paths)


def test_no_path_when_someone_you_know_well_has_the_skill(db) -> None:
    net = build()
    net.person("Close Expert", ("PCI", EXPERT))
    net.talk("Close Expert", days_ago=1, times=8)
    answer = HelpService(clock).answer("PCI compliance")
    assert answer.matches[0].name == "Close Expert"
    assert answer.paths == ()


def test_introduced_by_and_shared_interactions_are_links_best_first(db) -> None:
    net = Network()
    net.person("Dana Kim")
    net.person("Lee Park")
    net.person("Omar Haddad", ("PCI DSS", EXPERT), introduced_by="Dana Kim")
    net.talk("Dana Kim", days_ago=3, times=8)
    net.talk("Lee Park", days_ago=3, times=8)
    net.talk("Lee Park", "Omar Haddad", days_ago=6 * 365, summary="dinner")  # old, and Omar stale
    answer = HelpService(clock).answer("pci")
    reasons = [p.reason for p in answer.paths]
    assert reasons[0].startswith("Dana Kim (strong, introduced you to Omar Haddad)")
    # A shared interaction six years ago is outside the window: not a link.
    assert not any(r.startswith("Lee Park") for r in reasons)


def test_no_path_without_any_link(db) -> None:
    net = Network()
    net.person("Omar Haddad", ("PCI DSS", EXPERT))
    net.person("Dana Kim")
    net.talk("Dana Kim", days_ago=3, times=8)
    assert HelpService(clock).answer("PCI").paths == ()
