"""posse-cli ask / coverage: the ask-for-help ranking and the posse coverage, as text or JSON."""

from __future__ import annotations

import argparse
from typing import Any

from posse_desktop.commands.output import print_json, to_jsonable
from posse_desktop.domain.help import (
    Coverage,
    CoverageGap,
    HelpAnswer,
    HelpMatch,
    HelpPath,
    RoleHolder,
)
from posse_desktop.services.coverage import CoverageService
from posse_desktop.services.help import DEFAULT_LIMIT, HelpService


def register(subparsers: argparse._SubParsersAction) -> None:
    ask = subparsers.add_parser("ask", help="who can help with this? ranked, with reasons")
    ask.add_argument("text", help="the problem in plain words")
    ask.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="at most N people")
    ask.add_argument("--json", action="store_true")
    ask.set_defaults(func=run_ask)

    coverage = subparsers.add_parser("coverage", help="which of the seven roles your posse fills")
    coverage.add_argument("--json", action="store_true")
    coverage.set_defaults(func=run_coverage)


def run_ask(args: argparse.Namespace) -> int:
    answer = HelpService().answer(args.text, args.limit)
    if args.json:
        print_json(answer_json(answer))
        return 0
    if not answer.terms:
        print("posse-cli: no words to match in the question")
        return 1
    print(f"searched for: {', '.join(t.lstrip('=') for t in answer.terms)}")
    if not answer.matches:
        print("no one in your posse matches")
    if answer.only_stale:
        print("note: the only matches are people you have not spoken to in years")
    for rank, match in enumerate(answer.matches, 1):
        print(f"{rank:>3}. {match.name}  [{match.score:.2f}]  #{match.contact_id}")
        print(f"     {match.reason}")
    if answer.paths:
        print("who can introduce you:")
        for path in answer.paths:
            print(f"   - {path.reason}  [{path.score:.2f}]")
    return 0


def run_coverage(args: argparse.Namespace) -> int:
    coverage = CoverageService().coverage()
    if args.json:
        print_json(coverage_json(coverage))
        return 0
    print(f"posse coverage: {coverage.filled} of {len(coverage.roles)} roles")
    if coverage.my_org:
        print(f"your organization: {coverage.my_org}")
    for rc in coverage.roles:
        names = ", ".join(h.name for h in rc.holders[:5])
        more = f" +{len(rc.holders) - 5}" if len(rc.holders) > 5 else ""
        detail = f"avg strength {rc.average_strength} · {names}{more}" if rc.holders else ""
        print(f"  {rc.role.label:<12} {len(rc.holders):>4}  {rc.status:<7} {detail}")
    for gap in coverage.gaps:
        who = ", ".join(f"{p.name} ({p.strength})" for p in gap.suggestions)
        print(f"gap: {gap.message}" + (f" — could fill it: {who}" if who else ""))
    return 0


# --- JSON shapes (documented in docs/cli-help.md) --------------------------------------------


def match_json(match: HelpMatch) -> dict[str, Any]:
    return {
        "id": match.contact_id,
        "name": match.name,
        "org": match.org,
        "score": match.score,
        "skills": [
            {"skill": s.skill, "level": s.level.value, "coverage": s.coverage} for s in match.skills
        ],
        "text_terms": {src: list(terms) for src, terms in match.text_terms.items()},
        "strength": match.strength,
        "last_contacted_at": to_jsonable(match.last_contacted_at),
        "favor_balance": match.favor_balance,
        "roles": [r.value for r in match.roles],
        "stale": match.stale,
        "reason": match.reason,
    }


def path_json(path: HelpPath) -> dict[str, Any]:
    return {
        "score": path.score,
        "reason": path.reason,
        "steps": [{"id": s.contact_id, "name": s.name, "note": s.note} for s in path.steps],
    }


def answer_json(answer: HelpAnswer) -> dict[str, Any]:
    return {
        "question": answer.question,
        "terms": list(answer.terms),
        "only_stale": answer.only_stale,
        "matches": [match_json(m) for m in answer.matches],
        "paths": [path_json(p) for p in answer.paths],
    }


def holder_json(holder: RoleHolder) -> dict[str, Any]:
    return {
        "id": holder.contact_id,
        "name": holder.name,
        "org": holder.org,
        "department": holder.department,
        "strength": holder.strength,
        "last_contacted_at": to_jsonable(holder.last_contacted_at),
        "stale": holder.stale,
    }


def gap_json(gap: CoverageGap) -> dict[str, Any]:
    return {
        "role": gap.role.value,
        "scope": gap.scope,
        "message": gap.message,
        "suggestions": [holder_json(h) for h in gap.suggestions],
    }


def coverage_json(coverage: Coverage) -> dict[str, Any]:
    return {
        "my_org": coverage.my_org,
        "filled": coverage.filled,
        "roles": [
            {
                "role": rc.role.value,
                "count": len(rc.holders),
                "status": rc.status,
                "average_strength": rc.average_strength,
                "last_contacted_at": to_jsonable(rc.last_contacted_at),
                "holders": [holder_json(h) for h in rc.holders],
            }
            for rc in coverage.roles
        ],
        "gaps": [gap_json(g) for g in coverage.gaps],
    }
