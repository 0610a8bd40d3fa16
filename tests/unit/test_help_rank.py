"""Ask for help on a small network whose right answer is obvious to a person."""

from __future__ import annotations

from posse_desktop.domain import InteractionKind, Role
from posse_desktop.services.help import HelpService
from tests.unit.help_network import AVERAGE, BEGINNER, EXPERT, Network, clock


def names(matches) -> list[str]:
    return [m.name for m in matches]


def test_expert_last_week_beats_beginner_last_week_beats_expert_from_five_years_ago(db) -> None:
    net = Network()
    net.person("Old Expert", ("PCI DSS", EXPERT))
    net.person("Beginner", ("PCI DSS", BEGINNER))
    net.person("Expert", ("PCI DSS", EXPERT))
    net.talk("Old Expert", days_ago=5 * 365)
    net.talk("Beginner", days_ago=7)
    net.talk("Expert", days_ago=7)
    matches = HelpService(clock).ask("who knows PCI compliance?")
    assert names(matches) == ["Expert", "Beginner", "Old Expert"]
    assert matches[0].score > matches[1].score > matches[2].score


def test_a_structured_skill_beats_a_word_in_the_notes(db) -> None:
    net = Network()
    net.person("Noted", notes="Spent a summer on kubernetes clusters")
    net.person("Skilled", ("kubernetes", BEGINNER))
    net.talk("Noted", "Skilled", days_ago=10)
    matches = HelpService(clock).ask("kubernetes")
    assert names(matches) == ["Skilled", "Noted"]
    assert matches[1].skills == () and matches[1].text_terms == {"notes": ("kubernetes",)}


def test_a_word_in_the_timeline_counts_but_less_than_a_skill(db) -> None:
    net = Network()
    net.person("Talker")
    net.person("Skilled", ("tax law", AVERAGE))
    net.talk("Talker", days_ago=3, summary="Call about taxes for the new company")
    net.talk("Skilled", days_ago=3)
    matches = HelpService(clock).ask("help with my taxes")
    assert names(matches) == ["Skilled", "Talker"]
    assert matches[1].text_terms == {"interactions": ("tax",)}


def test_synonyms_and_near_forms_match_skills(db) -> None:
    net = Network()
    net.person("Kube", ("Kubernetes", EXPERT))
    net.person("Pci", ("PCI DSS", EXPERT))
    net.person("Tax", ("Taxes", EXPERT))
    service = HelpService(clock)
    assert names(service.ask("k8s")) == ["Kube"]
    assert names(service.ask("PCI")) == ["Pci"]
    assert names(service.ask("tax law")) == ["Tax"]
    assert service.ask("gardening") == []


def test_strong_recent_relationship_beats_a_faded_one_at_equal_skill(db) -> None:
    net = Network()
    net.person("Faded", ("python", EXPERT))
    net.person("Close", ("python", EXPERT))
    net.talk("Faded", days_ago=400)
    net.talk("Close", days_ago=2, times=6)
    matches = HelpService(clock).ask("python")
    assert names(matches) == ["Close", "Faded"]
    assert matches[0].strength > matches[1].strength


def test_match_carries_reasons_roles_balance_and_flags_stale(db) -> None:
    net = Network()
    net.person("Omar", ("PCI DSS", EXPERT), org="Payco", roles=(Role.ADVISOR,))
    net.talk("Omar", days_ago=14, kind=InteractionKind.FAVOR_GIVEN)
    (omar,) = HelpService(clock).ask("PCI")
    assert omar.roles == (Role.ADVISOR,) and omar.favor_balance == 1 and not omar.stale
    assert omar.last_contacted_at is not None and omar.org == "Payco"
    assert "expert: PCI DSS" in omar.reason and "2 weeks ago" in omar.reason
    assert "owes you one" in omar.reason and "advisor" in omar.reason


def test_only_stale_says_when_the_only_match_is_someone_from_years_ago(db) -> None:
    net = Network()
    net.person("Ghost", ("tax law", EXPERT))
    net.talk("Ghost", days_ago=6 * 365)
    answer = HelpService(clock).answer("tax")
    assert answer.only_stale and answer.matches[0].stale
    assert "not spoken to in 6 years" in answer.matches[0].reason
    net.person("Fresh", ("tax law", BEGINNER))
    net.talk("Fresh", days_ago=1)
    assert not HelpService(clock).answer("tax").only_stale


def test_trashed_contacts_are_not_suggested_and_writes_are_seen(db) -> None:
    net = Network()
    gone = net.person("Gone", ("rust", EXPERT))
    net.person("Here", ("rust", AVERAGE))
    service = HelpService(clock)
    assert names(service.ask("rust")) == ["Gone", "Here"]
    net.contacts.trash([gone])
    assert names(service.ask("rust")) == ["Here"]  # same service: its snapshot was refreshed
    net.person("New", ("Rust", EXPERT))
    assert names(service.ask("rust")) == ["New", "Here"]


def test_ties_break_by_contact_id_and_limit_cuts(db) -> None:
    net = Network()
    ids = [net.person(f"Twin {i}", ("go", EXPERT)) for i in range(5)]
    matches = HelpService(clock).ask("go language", limit=3)
    assert [m.contact_id for m in matches] == ids[:3]


def test_no_words_no_matches(db) -> None:
    answer = HelpService(clock).answer("   ?! the and  ")
    assert answer.terms == () and answer.matches == ()


def test_warm_up_loads_what_the_first_question_needs(db) -> None:
    from posse_desktop.services.help import HelpService
    from tests.unit.help_network import EXPERT, Network, clock

    net = Network()
    net.person("Omar Haddad", ("PCI DSS", EXPERT))
    service = HelpService(clock)
    service.warm_up()
    snapshot = service._snapshots._snapshot
    assert snapshot is not None and net.ids["Omar Haddad"] in snapshot.people
    assert [m.name for m in service.ask("pci")] == ["Omar Haddad"]
    assert service._snapshots._snapshot is snapshot  # the warm snapshot answered it
