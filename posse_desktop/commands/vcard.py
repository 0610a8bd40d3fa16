"""posse-cli import / export / undo-import: vCard files in and out."""

from __future__ import annotations

import argparse
import sys

from posse_desktop.commands.output import print_json
from posse_desktop.fileio import printable_path
from posse_desktop.services.exporter import ExportService
from posse_desktop.services.import_batches import ImportUndoError
from posse_desktop.services.importer import ImportReport, ImportService


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser("import", help="import vCard files (one undoable step)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=run_import)

    exp = subparsers.add_parser("export", help="export contacts as a vCard file")
    exp.add_argument("--out", required=True, metavar="FILE")
    exp.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")
    exp.add_argument("--query", metavar="TEXT", help="only the contacts this search finds")
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(func=run_export)

    undo = subparsers.add_parser("undo-import", help="undo an import by its batch id")
    undo.add_argument("batch", type=int)
    undo.set_defaults(func=run_undo_import)


def report_json(report: ImportReport) -> dict:
    return {
        "cards": report.cards,
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "needs_review": [
            {
                "contact": r.contact_id,
                "candidates": list(r.candidates),
                "reason": r.reason,
                "file": r.source,
                "card": r.card_index,
                "name": r.card_name,
                "line": r.line,
            }
            for r in report.needs_review
        ],
        "problems": [
            {
                "file": p.source,
                "card": p.card_index,
                "name": p.card_name,
                "line": p.line,
                "message": p.message,
                "action": p.action,
            }
            for p in report.problems
        ],
        "batch": report.batch_id,
        "failed": bool(report.failed_cards),
    }


def run_import(args: argparse.Namespace) -> int:
    report = ImportService().import_files(args.files)
    if args.json:
        print_json(report_json(report))
    else:
        print(
            f"{report.cards} card(s): {len(report.added)} added, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, {len(report.needs_review)} to review, "
            f"{len(report.problems)} problem(s)"
        )
        for r in report.needs_review:
            print(
                f"review: {r.source}:{r.line} card {r.card_index + 1} ({r.card_name}) -> "
                f"contact {r.contact_id}: {r.reason}; maybe {', '.join(map(str, r.candidates))}"
            )
        for p in report.problems:
            print(f"problem: {p}")
        if report.batch_id:
            print(f"undo with: posse-cli undo-import {report.batch_id}")
    return 1 if report.failed_cards else 0


def run_export(args: argparse.Namespace) -> int:
    try:
        result = ExportService().export(args.out, query=args.query, version=args.vcard_version)
    except OSError as exc:
        out = printable_path(args.out)
        print(f"posse-cli: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    path = printable_path(result.path)
    if args.json:
        print_json({"path": path, "count": result.count, "version": args.vcard_version})
    else:
        print(f"{result.count} contact(s) written to {path}")
    return 0


def run_undo_import(args: argparse.Namespace) -> int:
    try:
        changes = ImportService().undo_import(args.batch)
    except ImportUndoError as exc:
        print(f"posse-cli: {exc}", file=sys.stderr)
        return 1
    print(f"import {args.batch} undone ({len(changes.contacts)} contact(s) touched)")
    return 0
