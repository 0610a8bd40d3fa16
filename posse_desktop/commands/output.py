"""Shared output helpers for posse-cli: stable JSON shapes documented in the README."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from posse_desktop.domain import Contact, ContactSummary


def to_jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [to_jsonable(v) for v in value]
        return sorted(items) if isinstance(value, set | frozenset) else items
    if isinstance(value, bytes):
        return None
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


def summary_json(summary: ContactSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "name": summary.name,
        "org": summary.org,
        "title": summary.title,
        "email": summary.primary_email,
        "phone": summary.primary_phone,
    }


def contact_json(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        "name": contact.display_name,
        "n": to_jsonable(contact.name),
        "nickname": contact.nickname,
        "org": contact.org,
        "department": contact.department,
        "title": contact.title,
        "emails": to_jsonable(contact.emails),
        "phones": to_jsonable(contact.phones),
        "urls": to_jsonable(contact.urls),
        "ims": to_jsonable(contact.ims),
        "addresses": to_jsonable(contact.addresses),
        "birthday": contact.birthday.iso() if contact.birthday else None,
        "anniversary": contact.anniversary.iso() if contact.anniversary else None,
        "notes": contact.notes,
        "how_we_met": contact.how_we_met,
        "tags": list(contact.tags),
        "roles": sorted(r.value for r in contact.roles),
        "expertise": [
            {
                "skill": e.skill,
                "level": e.level.value,
                "evidence": e.evidence,
                "confirmed_on": e.confirmed_on.isoformat() if e.confirmed_on else None,
            }
            for e in contact.expertise
        ],
        "uid": contact.uid,
        "has_photo": bool(contact.photo),
        "created_at": to_jsonable(contact.created_at),
        "updated_at": to_jsonable(contact.updated_at),
        "deleted_at": to_jsonable(contact.deleted_at),
        "last_contacted_at": to_jsonable(contact.last_contacted_at),
    }
