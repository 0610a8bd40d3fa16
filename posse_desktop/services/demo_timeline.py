"""Relationships and interactions of the sample network, as rows ready for bulk insert."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate

from posse_desktop.services import demo_data as w

_KINDS = list(w.KIND_WEIGHTS)
_KIND_CUM = list(accumulate(w.KIND_WEIGHTS.values()))
# kind -> (share with extra participants, earliest hour, latest hour, weekdays only)
_SHAPE = {
    "meeting": (0.4, 8, 17, True),
    "event": (0.35, 17, 21, False),
    "coffee": (0.08, 8, 14, True),
    "call": (0.05, 8, 18, True),
    "intro-made": (0.5, 9, 18, False),
}
_DEFAULT_SHAPE = (0.0, 7, 22, False)
_MINUTES = (0, 15, 30, 45, 5, 50)
_CITIES = ("Lisbon", "Berlin", "Lagos", "Singapore", "Toronto", "São Paulo", "Seoul")
_ALL_SKILLS = sorted({s for _, _, skills in w.DEPARTMENTS.values() for s in skills})


@dataclass
class Facts:
    """What the timeline needs to know about the generated contacts (parallel lists by index)."""

    first_id: int
    org: list[int]
    dept: list[str]
    seniority: list[int]
    given: list[str]
    names: list[str]
    skills: list[list[str]]
    known_days: list[int]
    quiet_days: list[int]
    closeness: list[float]
    introduced_by: list[int | None]
    years: list[int]
    org_names: list[str]

    def members_by_org(self) -> dict[int, list[int]]:
        members: dict[int, list[int]] = {}
        for i, org in enumerate(self.org):
            if org >= 0:
                members.setdefault(org, []).append(i)
        return members


def relationships(rng: random.Random, facts: Facts) -> list[tuple[int, int, str, str]]:
    """(from id, to id, kind, note): colleagues at the same org, reports-to within a department,
    introductions, and people who know each other across the network."""
    base, rows, seen = facts.first_id, [], set()

    def add(a: int, b: int, kind: str, note: str = "") -> None:
        if a != b and (a, b, kind) not in seen:
            seen.add((a, b, kind))
            rows.append((base + a, base + b, kind, note))

    for members in facts.members_by_org().values():
        teams: dict[str, list[int]] = {}
        for pos, i in enumerate(members):
            teams.setdefault(facts.dept[i], []).append(i)
            if pos and rng.random() < 0.6:
                j = members[rng.randrange(pos)]
                add(i, j, "colleague", "same team" if facts.dept[i] == facts.dept[j] else "")
        for team in teams.values():
            boss = max(team, key=lambda i: facts.seniority[i])
            for i in team:
                if facts.seniority[i] < facts.seniority[boss] and rng.random() < 0.6:
                    add(i, boss, "reports-to")
    for i, introducer in enumerate(facts.introduced_by):
        if introducer is not None:
            add(introducer - base, i, "introduced", f"introduced in {facts.years[i]}")
    n = len(facts.org)
    for _ in range(int(n * 0.4) if n > 1 else 0):
        add(rng.randrange(n), rng.randrange(n), "knows")
    return rows


@dataclass
class InteractionChunk:
    interactions: list[
        tuple
    ]  # id, occurred_at, kind, summary, details, follow_up_on, done, created
    links: list[tuple[int, int, str]]  # interaction id, contact id, occurred_at


def interactions(
    rng: random.Random,
    facts: Facts,
    total: int,
    first_interaction_id: int,
    now: datetime,
    chunk_size: int = 20000,
) -> Iterator[InteractionChunk]:
    """`total` interactions over the years each contact has been known, skewed toward close
    contacts and recent times; some with several participants, some with follow-ups."""
    n = len(facts.org)
    if not n or not total:
        return
    weights = facts.closeness if any(facts.closeness) else [1.0] * n
    cum = list(accumulate(weights))
    members = facts.members_by_org()
    midnight = datetime.combine(now.date(), datetime.min.time())
    today = now.date()
    next_id = first_interaction_id
    remaining = total
    rand = rng.random

    def pick(seq: list | tuple):  # rng.choice without its overhead: a million calls add up
        return seq[int(rand() * len(seq))]

    # Inlined picks below, for the same reason.
    topics, events, summaries = w.TOPICS, w.EVENTS, w.SUMMARIES
    n_topics, n_events, n_cities, n_skills = (
        len(topics),
        len(events),
        len(_CITIES),
        len(_ALL_SKILLS),
    )

    while remaining:
        size = min(chunk_size, remaining)
        remaining -= size
        kinds = rng.choices(_KINDS, cum_weights=_KIND_CUM, k=size)
        primaries = rng.choices(range(n), cum_weights=cum, k=size)
        chunk = InteractionChunk([], [])
        for kind, c in zip(kinds, primaries, strict=True):
            share, first_hour, last_hour, weekdays = _SHAPE.get(kind, _DEFAULT_SHAPE)
            quiet, known = facts.quiet_days[c], facts.known_days[c]
            days_ago = quiet + int((known - quiet) * rand() ** 1.7)
            minutes = (first_hour + int(rand() * (last_hour - first_hour + 1))) * 60 + _MINUTES[
                int(rand() * 6)
            ]
            when = midnight + timedelta(days=-days_ago, minutes=minutes)
            if weekdays and when.weekday() >= 5:
                when -= timedelta(days=when.weekday() - 4)
            if when > now:
                when -= timedelta(days=1)
            at = when.isoformat(" ")
            participants = [c]
            org_i = facts.org[c]
            if share and rand() < share:
                for _ in range(1 + int(rand() * 4) if kind != "intro-made" else 1):
                    if org_i >= 0 and kind != "intro-made" and rand() < 0.7:
                        other = pick(members[org_i])
                    else:
                        other = bisect(cum, rand() * cum[-1])
                    if other not in participants:
                        participants.append(other)
            other_name = facts.names[participants[1] if len(participants) > 1 else int(rand() * n)]
            skills = facts.skills[c]
            if skills and rand() < 0.7:
                skill = skills[int(rand() * len(skills))]
            else:
                skill = _ALL_SKILLS[int(rand() * n_skills)]
            ctx = {
                "given": facts.given[c],
                "other": other_name,
                "skill": skill,
                "topic": topics[int(rand() * n_topics)],
                "event": events[int(rand() * n_events)],
                "org": facts.org_names[org_i] if org_i >= 0 else "their company",
                "city": _CITIES[int(rand() * n_cities)],
            }
            templates = summaries[kind]
            summary = templates[int(rand() * len(templates))].format_map(ctx)
            details = pick(w.DETAILS).format_map(ctx) if rand() < 0.15 else ""
            follow_up, done = None, False
            if rand() < 0.08:
                due = when.date() + timedelta(days=2 + int(rand() * 29))
                follow_up = due.isoformat()
                done = (today - due).days > 7 and rand() < 0.9
            chunk.interactions.append((next_id, at, kind, summary, details, follow_up, done, at))
            for p in participants:
                chunk.links.append((next_id, facts.first_id + p, at))
            next_id += 1
        yield chunk
