"""Properties of the ranking on random small networks: deterministic, exact, monotone in skills."""

from __future__ import annotations

import tempfile
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posse_desktop.db import close_db, open_db
from posse_desktop.domain import Expertise, ExpertiseLevel, InteractionKind, Role
from posse_desktop.services.help import HelpService
from tests.unit.help_network import Network, clock

SKILLS = ["python", "kubernetes", "tax law", "PCI DSS", "postgres", "fundraising"]
QUESTIONS = ["python and k8s", "taxes", "PCI compliance for postgres", "fundraising", "kubernetes"]
KINDS = [InteractionKind.COFFEE, InteractionKind.FAVOR_GIVEN, InteractionKind.FAVOR_RECEIVED]

person = st.fixed_dictionaries(
    {
        "skills": st.dictionaries(st.sampled_from(SKILLS), st.sampled_from(list(ExpertiseLevel))),
        "talks": st.lists(st.tuples(st.integers(0, 3000), st.sampled_from(KINDS)), max_size=4),
        "notes": st.sampled_from(["", "knows kubernetes well", "did our taxes once", "python"]),
        "advisor": st.booleans(),
    }
)
network = st.lists(person, min_size=1, max_size=7)
relaxed = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@contextmanager
def built(people: list[dict]):
    with tempfile.TemporaryDirectory() as tmp:
        open_db(Path(tmp) / "posse.db")
        try:
            net = Network()
            for i, p in enumerate(people):
                net.person(
                    f"P{i}",
                    *p["skills"].items(),
                    notes=p["notes"],
                    roles=(Role.ADVISOR,) if p["advisor"] else (),
                )
                for days_ago, kind in p["talks"]:
                    net.talk(f"P{i}", days_ago=days_ago, kind=kind)
            yield net
        finally:
            close_db()


def ranking(service: HelpService, question: str, limit: int = 0) -> list[tuple[int, float]]:
    return [(m.contact_id, m.score) for m in service.ask(question, limit=limit)]


@relaxed
@given(network, st.sampled_from(QUESTIONS), st.integers(1, 4))
def test_ranking_is_deterministic_and_pruning_is_exact(people, question, limit) -> None:
    with built(people):
        service = HelpService(clock)
        full = ranking(service, question)
        assert ranking(service, question) == full
        assert ranking(HelpService(clock), question) == full
        assert ranking(service, question, limit) == full[:limit]
        scores = [score for _, score in full]
        assert scores == sorted(scores, reverse=True)


@relaxed
@given(
    network,
    st.sampled_from(QUESTIONS),
    st.data(),
)
def test_adding_a_matching_skill_never_lowers_a_rank(people, question, data) -> None:
    with built(people) as net:
        service = HelpService(clock)
        who = data.draw(st.integers(0, len(people) - 1), label="who")
        cid = net.ids[f"P{who}"]
        normalizer_keys = service.question_terms(question)
        contact = net.contacts.get(cid)
        have = {e.skill for e in contact.expertise}
        matching = [
            s
            for s in SKILLS
            if s not in have and set(service.question_terms(s)) & set(normalizer_keys)
        ]
        if not matching:
            return
        skill = data.draw(st.sampled_from(matching), label="skill")
        level = data.draw(st.sampled_from(list(ExpertiseLevel)), label="level")
        before = [c for c, _ in ranking(service, question)]
        edited = contact.data()
        edited.expertise = [*edited.expertise, Expertise(skill, level)]
        net.contacts.update(cid, edited)
        after = [c for c, _ in ranking(service, question)]
        assert cid in after
        if cid in before:
            assert after.index(cid) <= before.index(cid)
