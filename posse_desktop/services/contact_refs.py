"""Contacts as the timeline, ledger and reminders show them: an id and a display name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from posse_desktop.db.connection import database

# The columns display_name() needs, in its argument order; prefix with a table alias in SQL.
NAME_COLUMNS = ("formatted_name", "given", "family", "org", "primary_email", "primary_phone")

# SQLite caps host parameters (999 on old builds); stay well below it.
CHUNK = 500


@dataclass(frozen=True)
class ContactRef:
    id: int
    name: str


def display_name(
    formatted_name: str, given: str, family: str, org: str, email: str, phone: str
) -> str:
    """The same fallback chain as ContactsService.summaries: FN, N, org, email, phone."""
    return (
        formatted_name
        or " ".join(p for p in (given, family) if p)
        or org
        or email
        or phone
        or "(no name)"
    )


def name_columns(alias: str) -> str:
    return ", ".join(f"{alias}.{column}" for column in NAME_COLUMNS)


def contact_names(contact_ids: Iterable[int]) -> dict[int, str]:
    """Display names of the given contacts (trashed ones included); missing ids are left out."""
    ids = list(dict.fromkeys(contact_ids))
    names: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        cursor = database.execute_sql(
            f"SELECT c.id, {name_columns('c')} FROM contact c WHERE c.id IN ({marks})", chunk
        )
        for cid, *parts in cursor.fetchall():
            names[cid] = display_name(*parts)
    return names


def existing_ids(contact_ids: Iterable[int]) -> set[int]:
    return set(contact_names(contact_ids))
