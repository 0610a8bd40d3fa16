"""posse-cli log / timeline / reconnect / upcoming. JSON shapes: docs/cli-timeline.md."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import Any

from posse_desktop.commands.output import print_json
from posse_desktop.domain import Interaction, InteractionKind
from posse_desktop.services.cadence import CadenceService, ReconnectEntry
from posse_desktop.services.contact_refs import ContactRef
from posse_desktop.services.ledger import LedgerService
from posse_desktop.services.strength import ago
from posse_desktop.services.timeline import InvalidInteraction, TimelineEntry, TimelineService
from posse_desktop.services.upcoming import DateEvent, FollowUp, UpcomingService


def register(subparsers: argparse._SubParsersAction) -> None:
    log = subparsers.add_parser("log", help="log an interaction with one or more contacts")
    log.add_argument("--contact", type=int, action="append", required=True, metavar="ID")
    log.add_argument("--kind", required=True, choices=[k.value for k in InteractionKind])
    log.add_argument("--summary", required=True)
    log.add_argument("--details", default="")
    log.add_argument("--at", type=_datetime_arg, metavar="ISO-DATE", help="when (default: now)")
    log.add_argument("--follow-up", type=_date_arg, metavar="ISO-DATE")
    log.add_argument("--json", action="store_true")
    log.set_defaults(func=run_log)

    timeline = subparsers.add_parser("timeline", help="interactions, newest first")
    timeline.add_argument("--contact", type=int, metavar="ID")
    timeline.add_argument("--limit", type=int, default=50, help="at most N entries (default 50)")
    timeline.add_argument("--json", action="store_true")
    timeline.set_defaults(func=run_timeline)

    reconnect = subparsers.add_parser("reconnect", help="who is overdue for a catch-up")
    reconnect.add_argument("--limit", type=int, default=50)
    reconnect.add_argument("--json", action="store_true")
    reconnect.set_defaults(func=run_reconnect)

    upcoming = subparsers.add_parser("upcoming", help="birthdays, follow-ups, reconnects due")
    upcoming.add_argument("--days", type=int, default=14, help="look N days ahead (default 14)")
    upcoming.add_argument("--json", action="store_true")
    upcoming.set_defaults(func=run_upcoming)


def _datetime_arg(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date or date-time: {text!r}") from None


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def run_log(args: argparse.Namespace) -> int:
    service = TimelineService()
    interaction = Interaction(
        occurred_at=args.at or datetime.now().replace(microsecond=0),
        kind=InteractionKind(args.kind),
        summary=args.summary,
        contact_ids=args.contact,
        details=args.details,
        follow_up_on=args.follow_up,
    )
    try:
        new_id, _ = service.log(interaction)
    except InvalidInteraction as exc:
        print(f"posse-cli: {exc}", file=sys.stderr)
        return 1
    entry = service.entry(new_id)
    if args.json:
        print_json(entry_json(entry))
    else:
        print(f"logged {new_id}: {_entry_line(entry)}")
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    entries = TimelineService().page(contact_id=args.contact, limit=max(args.limit, 0))
    if args.json:
        print_json([entry_json(e) for e in entries])
        return 0
    day = None
    for entry in entries:
        if entry.occurred_at.date() != day:
            day = entry.occurred_at.date()
            print(day.strftime("%a %d %b %Y"))
        print(f"  {_entry_line(entry)}")
    if args.contact is not None:
        ledger = LedgerService().for_contacts([args.contact]).get(args.contact)
        if ledger and ledger.phrase:
            print(f"favors: {ledger.given} given, {ledger.received} received: {ledger.phrase}")
    return 0


def run_reconnect(args: argparse.Namespace) -> int:
    entries = CadenceService().reconnect_list(limit=args.limit)
    if args.json:
        print_json([reconnect_json(e) for e in entries])
        return 0
    for e in entries:
        print(
            f"{e.contact_id:>7}  {e.name}: "
            f"last contact {ago(e.days_since if e.last_contacted_at else None)}, every "
            f"{e.cadence_days} days ({e.cadence_source}), strength {e.strength}"
        )
    return 0


def run_upcoming(args: argparse.Namespace) -> int:
    result = UpcomingService().upcoming(days=max(args.days, 0))
    if args.json:
        print_json(
            {
                "today": result.today,
                "days": result.days,
                "dates": [date_event_json(e) for e in result.dates],
                "follow_ups": [follow_up_json(f) for f in result.follow_ups],
                "reconnects": [reconnect_json(r) for r in result.reconnects],
            }
        )
        return 0
    for event in result.dates:
        when = "today" if event.days_until == 0 else f"in {event.days_until} days"
        years = f" ({event.years})" if event.years else ""
        print(f"{event.on}  {event.name}: {event.kind}{years} {when}")
    for follow in result.follow_ups:
        state = "overdue" if follow.overdue else "due"
        names = ", ".join(c.name for c in follow.contacts)
        print(f"{follow.due_on}  follow up ({state}): {follow.summary} with {names}")
    for rec in result.reconnects:
        print(f"reconnect: {rec.name} (every {rec.cadence_days} days, {rec.days_since} since)")
    if result.empty:
        print(f"nothing in the next {result.days} days")
    return 0


# --- JSON shapes (docs/cli-timeline.md) -----------------------------------------------------


def contact_ref_json(ref: ContactRef) -> dict[str, Any]:
    return {"id": ref.id, "name": ref.name}


def entry_json(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "occurred_at": entry.occurred_at.isoformat(),
        "kind": entry.kind.value,
        "summary": entry.summary,
        "details": entry.details,
        "follow_up_on": entry.follow_up_on.isoformat() if entry.follow_up_on else None,
        "follow_up_done": entry.follow_up_done,
        "contacts": [contact_ref_json(c) for c in entry.contacts],
    }


def reconnect_json(entry: ReconnectEntry) -> dict[str, Any]:
    return {
        "contact": {"id": entry.contact_id, "name": entry.name},
        "cadence_days": entry.cadence_days,
        "cadence_source": entry.cadence_source,
        "last_contacted_at": entry.last_contacted_at.isoformat()
        if entry.last_contacted_at
        else None,
        "days_since": entry.days_since,
        "due_on": entry.due_on.isoformat(),
        "overdue_ratio": round(entry.overdue_ratio, 3),
        "strength": entry.strength,
        "score": round(entry.score, 3),
    }


def date_event_json(event: DateEvent) -> dict[str, Any]:
    return {
        "contact": {"id": event.contact_id, "name": event.name},
        "kind": event.kind,
        "on": event.on.isoformat(),
        "days_until": event.days_until,
        "years": event.years,
    }


def follow_up_json(follow: FollowUp) -> dict[str, Any]:
    return {
        "interaction_id": follow.interaction_id,
        "due_on": follow.due_on.isoformat(),
        "days_until": follow.days_until,
        "overdue": follow.overdue,
        "kind": follow.kind.value,
        "summary": follow.summary,
        "contacts": [contact_ref_json(c) for c in follow.contacts],
    }


def _entry_line(entry: TimelineEntry) -> str:
    names = ", ".join(c.name for c in entry.contacts)
    follow = f"  (follow up {entry.follow_up_on})" if entry.follow_up_on else ""
    return f"{entry.occurred_at:%H:%M}  {entry.kind.label} with {names}: {entry.summary}{follow}"
