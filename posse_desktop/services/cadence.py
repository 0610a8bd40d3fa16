"""Keep in touch: how often to see each person, who is overdue, and the Reconnect list.

Effective cadence of a contact, first match wins:
  1. its own Contact.cadence_days (0 means "no reminders for this person");
  2. the most frequent of the defaults of its roles and tags (user-set, in Setting "cadence");
  3. the fallback default (None out of the box: people without a role or tag are not tracked).

Overdue ratio = calendar days since last contact / cadence (never contacted: since the contact was
created); due at 1.0. The Reconnect list holds the due, unsnoozed contacts ordered by
ratio * (0.5 + strength / 100): a strong tie going cold comes before a weak one equally late.
It is one SQL query over the cached Contact.last_contacted_at and strength_score, no timeline scan.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from posse_desktop.db import cadence_cache
from posse_desktop.db import models as m
from posse_desktop.db.cadence_cache import BUILTIN_ROLE_DEFAULTS
from posse_desktop.db.connection import database
from posse_desktop.domain import Changes, Role
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_refs import contact_names
from posse_desktop.services.localtime import days_between, local_now
from posse_desktop.services.reconnect import top_due
from posse_desktop.services.strength import decay_factor

SETTING_KEY = "cadence"
MAX_CADENCE_DAYS = 3650


@dataclass(frozen=True)
class CadenceDefaults:
    """Default cadences in days. Tags match case-insensitively."""

    roles: dict[Role, int] = field(default_factory=dict)
    tags: dict[str, int] = field(default_factory=dict)
    fallback: int | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "roles": {r.value: d for r, d in sorted(self.roles.items())},
                "tags": dict(sorted(self.tags.items())),
                "fallback": self.fallback,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> CadenceDefaults:
        raw = json.loads(text)
        return cls(
            roles={Role(r): int(d) for r, d in raw.get("roles", {}).items()},
            tags={str(t): int(d) for t, d in raw.get("tags", {}).items()},
            fallback=raw.get("fallback"),
        )


BUILTIN_DEFAULTS = CadenceDefaults(roles=dict(BUILTIN_ROLE_DEFAULTS))


@dataclass(frozen=True)
class EffectiveCadence:
    """days None: not tracked. source: 'contact', 'role:mentor', 'tag:vip', 'default' or 'none'."""

    days: int | None
    source: str


@dataclass(frozen=True)
class ReconnectEntry:
    contact_id: int
    name: str
    cadence_days: int
    cadence_source: str
    last_contacted_at: datetime | None
    days_since: int  # since last contact, or since the contact was added if never contacted
    due_on: date
    overdue_ratio: float
    strength: int
    score: float  # the sort key: overdue_ratio * (0.5 + strength / 100)


class CadenceService:
    def __init__(self, clock: Clock = system_clock, tz: tzinfo | None = None) -> None:
        self._clock = clock
        self._tz = tz

    # --- settings and per-contact writes ------------------------------------------------------

    def defaults(self) -> CadenceDefaults:
        row = m.Setting.get_or_none(m.Setting.key == SETTING_KEY)
        return CadenceDefaults.from_json(row.value) if row else BUILTIN_DEFAULTS

    def set_defaults(self, defaults: CadenceDefaults) -> Changes:
        for days in (*defaults.roles.values(), *defaults.tags.values(), defaults.fallback):
            _check_days(days)
        with database.atomic():
            m.Setting.insert(
                key=SETTING_KEY, value=defaults.to_json()
            ).on_conflict_replace().execute()
            # Everyone's cached cadence and due date follow (db/cadence_cache.py).
            cadence_cache.store_defaults(
                database,
                {r.value: d for r, d in defaults.roles.items()},
                dict(defaults.tags),
                defaults.fallback,
            )
        # Who is due changed; the timeline pane shows the reconnects.
        return Changes(interactions=True)

    def set_cadence(self, contact_id: int, days: int | None) -> Changes:
        """The contact's own cadence; None: use the defaults; 0: never remind."""
        _check_days(days)
        with database.atomic():
            updated = (
                m.Contact.update(cadence_days=days).where(m.Contact.id == contact_id).execute()
            )
        if not updated:
            raise LookupError(f"no contact with id {contact_id}")
        return Changes(contacts=frozenset({contact_id}), interactions=True)

    def snooze(self, contact_id: int, until: date | None) -> Changes:
        """Keep the contact off the Reconnect list until `until` (exclusive); None: unsnooze."""
        with database.atomic():
            updated = (
                m.Contact.update(snoozed_until=until).where(m.Contact.id == contact_id).execute()
            )
        if not updated:
            raise LookupError(f"no contact with id {contact_id}")
        return Changes(contacts=frozenset({contact_id}), interactions=True)

    # --- reads --------------------------------------------------------------------------------

    def effective(self, contact_id: int) -> EffectiveCadence:
        result = self._sources([contact_id], self.defaults())[contact_id]
        if not m.Contact.select().where(m.Contact.id == contact_id).exists():
            raise LookupError(f"no contact with id {contact_id}")
        return result

    def overdue_ratio(self, contact_id: int) -> float | None:
        """Days since last contact / cadence; None when the contact is not tracked."""
        cadence = self.effective(contact_id).days
        row = m.Contact.get_or_none(m.Contact.id == contact_id)
        if not cadence or row is None:
            return None
        base = row.last_contacted_at or row.created_at
        today = local_now(self._clock, self._tz).date()
        return max(0, days_between(base, today)) / cadence

    def reconnect_list(self, limit: int = 50) -> list[ReconnectEntry]:
        """Due, unsnoozed, live contacts, most overdue (weighted by strength) first."""
        now = local_now(self._clock, self._tz)
        defaults = self.defaults()
        scored = top_due(defaults, now.date(), decay_factor(now), limit)
        ids = [s.contact_id for s in scored]
        names = contact_names(ids)
        sources = self._sources(ids, defaults)
        entries = []
        for s in scored:
            last_at = _datetime(s.last_contacted_at) if s.last_contacted_at else None
            base = (last_at or _datetime(s.created_at)).date()
            entries.append(
                ReconnectEntry(
                    contact_id=s.contact_id,
                    name=names.get(s.contact_id, ""),
                    cadence_days=s.cadence_days,
                    cadence_source=sources[s.contact_id].source,
                    last_contacted_at=last_at,
                    days_since=s.days_since,
                    due_on=date.fromordinal(base.toordinal() + s.cadence_days),
                    overdue_ratio=s.days_since / s.cadence_days,
                    strength=s.strength,
                    score=s.score,
                )
            )
        return entries

    def _sources(
        self, contact_ids: list[int], defaults: CadenceDefaults
    ) -> dict[int, EffectiveCadence]:
        """Effective cadence and where it comes from, for a few contacts (a query per table)."""
        if not contact_ids:
            return {}
        c, cr, ct = m.Contact, m.ContactRole, m.ContactTag
        own = dict(c.select(c.id, c.cadence_days).where(c.id.in_(contact_ids)).tuples())
        options: dict[int, list[tuple[int, str]]] = {cid: [] for cid in contact_ids}
        for cid, role in cr.select(cr.contact, cr.role).where(cr.contact.in_(contact_ids)).tuples():
            if Role(role) in defaults.roles:
                options[cid].append((defaults.roles[Role(role)], f"role:{role}"))
        tag_days = {t.casefold(): d for t, d in defaults.tags.items()}
        if tag_days:
            query = m.Tag.select(ct.contact, m.Tag.name).join(ct).where(ct.contact.in_(contact_ids))
            for cid, tag in query.tuples():
                if tag.casefold() in tag_days:
                    options[cid].append((tag_days[tag.casefold()], f"tag:{tag}"))
        result = {}
        for cid in contact_ids:
            if own.get(cid) is not None:
                result[cid] = EffectiveCadence(own[cid] or None, "contact")
            elif options[cid]:
                days, source = min(options[cid])
                result[cid] = EffectiveCadence(days, source)
            elif defaults.fallback:
                result[cid] = EffectiveCadence(defaults.fallback, "default")
            else:
                result[cid] = EffectiveCadence(None, "none")
        return result


def _check_days(days: int | None) -> None:
    if days is not None and not 0 <= days <= MAX_CADENCE_DAYS:
        raise ValueError(f"cadence must be 0-{MAX_CADENCE_DAYS} days, not {days}")


def _datetime(value: str | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)
