"""Relationship strength: frequency, recency and depth, reasons, override, and the cached score."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from posse_desktop.domain import InteractionKind
from posse_desktop.services.strength import (
    StrengthService,
    ago,
    epoch_score,
    rebuild_all_caches,
    strength_from_score,
)
from posse_desktop.services.timeline import TimelineService
from tests.unit.timeline_support import NOW, add_person, fixed, log

K = InteractionKind


def strength(contact_id: int, now: datetime = NOW) -> int:
    return StrengthService(clock=fixed(now)).report(contact_id).value


def test_the_curve_at_known_points() -> None:
    assert strength_from_score(None, NOW) == 0
    assert strength_from_score(epoch_score([(NOW, "coffee")]), NOW) == 33
    monthly = [(NOW - timedelta(days=30 * n), "coffee") for n in range(12)]
    assert 75 <= strength_from_score(epoch_score(monthly), NOW) <= 82
    # Two years of silence: the same history is worth about a sixteenth.
    later = NOW + timedelta(days=720)
    assert strength_from_score(epoch_score(monthly), later) < 25


def test_depth_a_coffee_counts_more_than_an_email(db) -> None:
    coffee = add_person("Coffee Friend")
    mail = add_person("Mailing List")
    log(coffee, NOW - timedelta(days=3), K.COFFEE)
    log(mail, NOW - timedelta(days=3), K.EMAIL)
    assert strength(coffee) > strength(mail) > 0


def test_frequency_more_contact_is_stronger(db) -> None:
    often = add_person("Often")
    once = add_person("Once")
    for n in range(6):
        log(often, NOW - timedelta(days=20 * n), K.CALL)
    log(once, NOW, K.CALL)
    assert strength(often) > strength(once)


def test_recency_the_same_history_fades(db) -> None:
    dana = add_person("Dana Kim")
    for n in range(4):
        log(dana, NOW - timedelta(days=7 * n), K.MEETING)
    assert strength(dana, NOW + timedelta(days=400)) < strength(dana, NOW)


def test_reasons_explain_the_meter(db) -> None:
    dana = add_person("Dana Kim")
    never = add_person("Never Met")
    log(dana, NOW - timedelta(days=21), K.COFFEE)
    log(dana, NOW - timedelta(days=60), K.FAVOR_RECEIVED)
    log(dana, NOW - timedelta(days=90), K.EMAIL)
    log(dana, NOW - timedelta(days=1), K.NOTE, "not contact")
    report = StrengthService(clock=fixed(NOW)).report(dana)
    assert report.days_since_last == 21
    assert report.interactions_last_year == 3
    assert report.deep_share == pytest.approx(2 / 3)
    assert report.reasons[0] == "last contact 3 weeks ago"
    assert "3 interactions in the past year" in report.reasons
    assert any(r.startswith("in depth: ") and "coffee / meal" in r for r in report.reasons)
    assert StrengthService(clock=fixed(NOW)).report(never).reasons == ["never contacted"]


def test_override_wins_and_says_so(db) -> None:
    dana = add_person("Dana Kim")
    log(dana, NOW, K.EMAIL)
    service = StrengthService(clock=fixed(NOW))
    computed = service.report(dana).computed
    changes = service.set_override(dana, 90)
    assert changes.contacts == {dana}
    report = service.report(dana)
    assert (report.value, report.computed, report.override) == (90, computed, 90)
    assert report.reasons[0] == f"set by you to 90 (from interactions: {computed})"
    assert service.values([dana]) == {dana: 90}
    service.set_override(dana, None)
    assert service.report(dana).value == computed
    with pytest.raises(ValueError):
        service.set_override(dana, 101)
    with pytest.raises(LookupError):
        service.set_override(9999, 50)


def test_cached_values_agree_with_the_full_computation(db) -> None:
    people = [add_person(f"P{n}") for n in range(5)]
    for n, person in enumerate(people):
        for k in range(n):
            log(person, NOW - timedelta(days=40 * k + n), list(K)[k])
    later = NOW + timedelta(days=100)
    service = StrengthService(clock=fixed(later))
    cached = service.values(people)
    assert cached == {p: service.report(p).computed for p in people}
    # A rebuild from scratch gives the same numbers (what bulk loaders call afterwards).
    rebuild_all_caches()
    assert service.values(people) == cached


def test_edit_and_delete_refresh_the_cache(db) -> None:
    dana = add_person("Dana Kim")
    iid = log(dana, NOW, K.COFFEE)
    service = StrengthService(clock=fixed(NOW))
    assert service.values([dana])[dana] == 33
    TimelineService().delete([iid])
    assert service.values([dana])[dana] == 0


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (None, "never"),
        (0, "today"),
        (1, "yesterday"),
        (9, "9 days ago"),
        (21, "3 weeks ago"),
        (75, "2 months ago"),
        (800, "2 years ago"),
        (-2, "in 2 days"),
    ],
)
def test_ago(days, text) -> None:
    assert ago(days) == text
