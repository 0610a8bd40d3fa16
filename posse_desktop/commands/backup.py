"""posse-cli backup / backups / restore: what File > Backups does, from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from posse_desktop import paths
from posse_desktop.commands.output import print_json
from posse_desktop.db import backups


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="make a verified backup now, print its path")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(func=run_backup)

    listing = subparsers.add_parser("backups", help="list the backups, newest first")
    listing.add_argument("--json", action="store_true")
    # No open database needed: listing must work when the database cannot be opened.
    listing.set_defaults(func=run_backups, needs_db=False)

    restore = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current state is backed up first)"
    )
    restore.add_argument("backup", help="a backup file, or its name in the backups folder")
    restore.add_argument("--json", action="store_true")
    # Restoring is the way out of a database that cannot be opened.
    restore.set_defaults(func=run_restore, needs_db=False)


def backup_json(info: backups.BackupInfo | None) -> dict[str, Any] | None:
    if info is None:
        return None
    return {
        "path": str(info.path),
        "created_at": info.created_at.isoformat(),
        "reason": info.reason,
        "size": info.size,
        "counts": info.counts,
    }


def backup_line(info: backups.BackupInfo | None) -> str:
    if info is None:
        return "none"
    contacts = info.counts.get("contacts", 0) if info.counts else "?"
    return (
        f"{info.created_at:%Y-%m-%d %H:%M:%S}  {info.reason:<11}  {_size(info.size):>9}  "
        f"{contacts} contacts  {info.path}"
    )


def latest_backup_json(db_file: Path | None = None) -> dict[str, Any] | None:
    """For `posse-cli check --json`."""
    return backup_json(backups.latest_backup(db_file))


def latest_backup_text(db_file: Path | None = None) -> str:
    """For `posse-cli check`."""
    return f"latest backup: {backup_line(backups.latest_backup(db_file))}"


def run_backup(args: argparse.Namespace) -> int:
    info = backups.create_backup("manual")
    if args.json:
        print_json(backup_json(info))
    else:
        print(info.path)
    return 0


def run_backups(args: argparse.Namespace) -> int:
    found = backups.list_backups(paths.db_path(args.db))
    if args.json:
        print_json([backup_json(b) for b in found])
    elif not found:
        print("no backups yet")
    else:
        for info in found:
            print(backup_line(info))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    db_file = paths.db_path(args.db)
    source = Path(args.backup).expanduser()
    if not source.exists() and not source.is_absolute():
        in_folder = paths.backups_dir(db_file) / args.backup
        source = in_folder if in_folder.exists() else source
    result = backups.restore_backup(source, db_file=db_file)
    if args.json:
        print_json(
            {
                "restored_from": str(result.restored_from),
                "safety_backup": backup_json(result.safety_backup),
                "quarantined": str(result.quarantined) if result.quarantined else None,
            }
        )
        return 0
    print(f"restored {db_file} from {result.restored_from}")
    if result.safety_backup:
        print(f"the replaced database was backed up to {result.safety_backup.path}")
    if result.quarantined:
        print(f"the unreadable database was moved aside to {result.quarantined}")
    return 0


def _size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
