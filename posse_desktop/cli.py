"""posse-cli: the same services as the app, no Qt.

Each area registers its subcommands from its own module (see COMMAND_MODULES), so this file stays
a dispatcher.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from posse_desktop import __version__, paths
from posse_desktop.db import DatabaseError, close_db, open_db
from posse_desktop.db.errors import user_message

# Modules that define `register(subparsers)`; each subcommand sets `func(args) -> int` and may set
# `needs_db=False`.
COMMAND_MODULES = [
    "posse_desktop.commands.contacts",
    "posse_desktop.commands.help",
    "posse_desktop.commands.backup",
    "posse_desktop.commands.demo",
    "posse_desktop.commands.timeline",
    "posse_desktop.commands.vcard",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="posse-cli", description="Posse from the command line.")
    parser.add_argument("--version", action="version", version=f"posse-cli {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $POSSE_DB or app data)"
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if getattr(args, "needs_db", True):
            open_db(paths.db_path(args.db))
        return int(args.func(args) or 0)
    except DatabaseError as exc:
        print(f"posse-cli: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:
        message = user_message(exc)  # disk full, busy, damaged, read-only: not a traceback
        if message is None:
            raise
        print(f"posse-cli: {message}", file=sys.stderr)
        return 2
    finally:
        close_db()


if __name__ == "__main__":
    sys.exit(main())
