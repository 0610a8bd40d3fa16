"""posse-cli demo: fill a database with a believable sample network."""

from __future__ import annotations

import argparse
import sys

from posse_desktop.commands.output import print_json
from posse_desktop.services.demo import DemoRefused, DemoService


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo", help="fill the database with a sample network (refuses a non-empty database)"
    )
    demo.add_argument("--contacts", type=int, default=200, metavar="N", help="default: 200")
    demo.add_argument(
        "--interactions", type=int, default=None, metavar="M", help="default: 10 per contact"
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same network")
    demo.add_argument("--force", action="store_true", help="add to a database that has data")
    demo.add_argument("--json", action="store_true", help="print counts and timing as JSON")
    demo.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    if args.contacts < 0 or (args.interactions or 0) < 0:
        print("posse-cli: --contacts and --interactions must not be negative", file=sys.stderr)
        return 2
    interactions = args.contacts * 10 if args.interactions is None else args.interactions
    show_progress = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int, what: str) -> None:
        print(f"\r{what}: {done:,} of {total:,}   ", end="", file=sys.stderr, flush=True)

    try:
        result = DemoService().generate(
            args.contacts,
            interactions,
            args.seed,
            force=args.force,
            progress=progress if show_progress else None,
        )
    except (DemoRefused, ValueError) as exc:
        print(f"posse-cli: {exc}", file=sys.stderr)
        return 1
    if show_progress:
        print(file=sys.stderr)
    if args.json:
        print_json({"counts": result.counts, "elapsed_s": round(result.elapsed_s, 3)})
    else:
        for name, count in result.counts.items():
            print(f"{name}: {count:,}")
        print(f"elapsed: {result.elapsed_s:.1f} s")
    return 0
