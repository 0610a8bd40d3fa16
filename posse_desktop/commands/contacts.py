"""posse-cli search / show / check."""

from __future__ import annotations

import argparse

from posse_desktop.commands.backup import latest_backup_json, latest_backup_text
from posse_desktop.commands.output import contact_json, print_json, summary_json
from posse_desktop.db import health
from posse_desktop.services.contacts import ContactNotFound, ContactsService
from posse_desktop.services.search import SearchService


def register(subparsers: argparse._SubParsersAction) -> None:
    search = subparsers.add_parser("search", help="find contacts by any field")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=0, help="at most N results (0: all)")
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=run_search)

    show = subparsers.add_parser("show", help="one contact, every field")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    check = subparsers.add_parser("check", help="integrity check, schema version, counts")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=run_check)


def run_search(args: argparse.Namespace) -> int:
    ids = SearchService().search_ids(args.text)
    if args.limit:
        ids = ids[: args.limit]
    summaries = ContactsService().summaries(ids)
    rows = [summaries[i] for i in ids if i in summaries]
    if args.json:
        print_json([summary_json(s) for s in rows])
    else:
        for s in rows:
            extra = " · ".join(p for p in (s.title, s.org, s.primary_email) if p)
            print(f"{s.id:>7}  {s.name}" + (f"  ({extra})" if extra else ""))
    return 0


def run_show(args: argparse.Namespace) -> int:
    try:
        contact = ContactsService().get(args.id)
    except ContactNotFound as exc:
        print(f"posse-cli: {exc}")
        return 1
    data = contact_json(contact)
    if args.json:
        print_json(data)
        return 0
    for key, value in data.items():
        if value not in ("", None, [], {}):
            print(f"{key:>18}: {value}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    report = health.check()
    if args.json:
        print_json(
            {
                "path": report.path,
                "integrity": report.integrity,
                "schema_version": report.schema_version,
                "supported_version": report.supported_version,
                "counts": report.counts,
                "ok": report.ok,
                "latest_backup": latest_backup_json(),
            }
        )
    else:
        print(f"database: {report.path}")
        print(f"integrity: {report.integrity}")
        print(f"schema version: {report.schema_version} (this Posse: {report.supported_version})")
        for name, count in report.counts.items():
            print(f"{name}: {count}")
        print(latest_backup_text())
    return 0 if report.ok else 1
