"""Expertise suggestions from the timeline: a call about 'tax law' with Omar -> add it?"""

from __future__ import annotations

from posse_desktop.domain import ExpertiseLevel
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.help_suggest import ExpertiseSuggestionService
from tests.unit.help_network import EXPERT, Network, clock


def build() -> Network:
    net = Network()
    net.person("Lawyer", ("Tax law", EXPERT))  # makes "tax law" a known skill
    net.person("Omar Haddad")
    net.person("Kim")
    net.talk("Omar Haddad", days_ago=3, kind="call", summary="Call about tax law for the GmbH")
    net.talk("Omar Haddad", days_ago=40, summary="coffee: more taxes questions")
    net.talk("Kim", days_ago=3, summary="Lunch, talked about gardening")
    net.talk("Lawyer", days_ago=3, summary="tax law update")  # has it already
    return net


def test_suggests_a_known_skill_from_interaction_text(db) -> None:
    net = build()
    service = ExpertiseSuggestionService(clock)
    (suggestion,) = service.for_contact(net.ids["Omar Haddad"])
    assert (suggestion.name, suggestion.skill, suggestion.mentions) == ("Omar Haddad", "Tax law", 2)
    assert suggestion.summary == "Call about tax law for the GmbH"
    assert service.for_contact(net.ids["Kim"]) == []
    assert service.for_contact(net.ids["Lawyer"]) == []
    assert [(s.name, s.skill) for s in service.recent()] == [("Omar Haddad", "Tax law")]


def test_accept_adds_the_skill_and_dismiss_hides_it(db) -> None:
    net = build()
    service = ExpertiseSuggestionService(clock)
    (suggestion,) = service.for_contact(net.ids["Omar Haddad"])
    changes = service.accept(suggestion, ExpertiseLevel.AVERAGE)
    assert changes.contacts == {net.ids["Omar Haddad"]}
    (expertise,) = ContactsService().get(net.ids["Omar Haddad"]).expertise
    assert expertise.skill == "Tax law" and "Call about tax law" in expertise.evidence
    assert service.for_contact(net.ids["Omar Haddad"]) == []

    net.talk("Kim", days_ago=1, summary="Kim explained her tax law case")
    assert len(service.for_contact(net.ids["Kim"])) == 1
    service.dismiss(net.ids["Kim"], "Tax law")
    assert service.for_contact(net.ids["Kim"]) == []
    assert service.recent() == []
