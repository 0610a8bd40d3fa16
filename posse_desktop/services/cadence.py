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

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import Changes, Role
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_refs import display_name, name_columns
from posse_desktop.services.localtime import days_between, local_now
from posse_desktop.services.strength import SATURATION, decay_factor

SETTING_KEY = "cadence"
MAX_CADENCE_DAYS = 3650

# Out of the box; the user changes them with set_defaults().
BUILTIN_ROLE_DEFAULTS: dict[Role, int] = {
    Role.RADAR: 30,
    Role.LEAD_SOURCE: 42,
    Role.MENTOR: 60,
    Role.SPONSOR: 60,
    Role.ADVISOR: 90,
    Role.DOOR_OPENER: 90,
    Role.FIXER: 120,
}


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
            m.Setting.insert(key=SETTING_KEY, value=defaults.to_json()).on_conflict_replace().execute()
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
        own = m.Contact.select(m.Contact.cadence_days).where(m.Contact.id == contact_id).scalar()
        if own is not None:
            return EffectiveCadence(own or None, "contact")
        defaults = self.defaults()
        options: list[tuple[int, str]] = []
        roles = m.ContactRole.select(m.ContactRole.role).where(m.ContactRole.contact == contact_id)
        for (role,) in roles.tuples():
            if Role(role) in defaults.roles:
                options.append((defaults.roles[Role(role)], f"role:{role}"))
        tag_days = {t.casefold(): d for t, d in defaults.tags.items()}
        tags = m.Tag.select(m.Tag.name).join(m.ContactTag).where(m.ContactTag.contact == contact_id)
        for (tag,) in tags.tuples():
            if tag.casefold() in tag_days:
                options.append((tag_days[tag.casefold()], f"tag:{tag}"))
        if options:
            days, source = min(options)
            return EffectiveCadence(days, source)
        if defaults.fallback:
            return EffectiveCadence(defaults.fallback, "default")
        return EffectiveCadence(None, "none")

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
        today = now.date()
        sql, params = self._reconnect_sql(today, decay_factor(now), limit)
        entries = []
        for row in database.execute_sql(sql, params).fetchall():
            cid, cadence, source, last, created, days_since, strength, *rest = row
            parts, score = rest[:-1], rest[-1]
            last_at = _datetime(last) if last else None
            base = (last_at or _datetime(created)).date()
            entries.append(
                ReconnectEntry(
                    contact_id=cid,
                    name=display_name(*parts),
                    cadence_days=cadence,
                    cadence_source=source,
                    last_contacted_at=last_at,
                    days_since=int(days_since),
                    due_on=date.fromordinal(base.toordinal() + cadence),
                    overdue_ratio=days_since / cadence,
                    strength=int(strength),
                    score=score,
                )
            )
        return entries

    def _reconnect_sql(self, today: date, factor: float, limit: int) -> tuple[str, list]:
        defaults = self.defaults()
        ctes: list[str] = []
        links: list[str] = []
        params: list = []
        if defaults.roles:
            ctes.append(f"rd(role, days) AS (VALUES {_values(len(defaults.roles))})")
            for role, days in sorted(defaults.roles.items()):
                params += [role.value, days]
            links.append(
                "SELECT cr.contact_id, rd.days, 'role:' || rd.role AS source FROM rd "
                "JOIN contact_role cr ON cr.role = rd.role"
            )
        if defaults.tags:
            ctes.append(f"td(name, days) AS (VALUES {_values(len(defaults.tags))})")
            for tag, days in sorted(defaults.tags.items()):
                params += [tag, days]
            links.append(
                "SELECT ct.contact_id, td.days, 'tag:' || t.name AS source FROM td "
                "JOIN tag t ON t.name = td.name JOIN contact_tag ct ON ct.tag_id = t.id"
            )
        # MIN(days) with a bare column: SQLite takes `source` from the row holding the minimum.
        grouped = (
            f"SELECT contact_id, MIN(days) AS days, source FROM ({' UNION ALL '.join(links)}) "
            "GROUP BY contact_id"
            if links
            else "SELECT NULL AS contact_id, NULL AS days, NULL AS source WHERE 0"
        )
        ctes.append(f"linked(contact_id, days, source) AS ({grouped})")
        if defaults.fallback:
            # Everyone is tracked: walk all live contacts.
            ctes.append(
                "eff(contact_id, days, source) AS ("
                "SELECT c.id, COALESCE(c.cadence_days, l.days, ?), "
                "CASE WHEN c.cadence_days IS NOT NULL THEN 'contact' "
                "ELSE COALESCE(l.source, 'default') END "
                "FROM contact c LEFT JOIN linked l ON l.contact_id = c.id)"
            )
            params.append(defaults.fallback)
        else:
            ctes.append(
                "eff(contact_id, days, source) AS ("
                "SELECT id, cadence_days, 'contact' FROM contact WHERE cadence_days > 0 "
                "UNION ALL SELECT l.contact_id, l.days, l.source FROM linked l "
                "JOIN contact c ON c.id = l.contact_id WHERE c.cadence_days IS NULL)"
            )
        strength = (
            "COALESCE(c.strength_override, ROUND(100.0 * COALESCE(c.strength_score, 0) * ? / "
            "(COALESCE(c.strength_score, 0) * ? + ?)))"
        )
        since = "julianday(?) - julianday(substr(COALESCE(c.last_contacted_at, c.created_at), 1, 10))"
        sql = (
            f"WITH {', '.join(ctes)} "
            "SELECT *, (since * 1.0 / days) * (0.5 + strength / 100.0) AS score FROM ("
            f"SELECT c.id, e.days, e.source, c.last_contacted_at, c.created_at, "
            f"MAX(0, {since}) AS since, {strength} AS strength, {name_columns('c')} "
            "FROM eff e JOIN contact c ON c.id = e.contact_id "
            "WHERE e.days > 0 AND c.deleted_at IS NULL "
            "AND (c.snoozed_until IS NULL OR c.snoozed_until <= ?)) "
            "WHERE since >= days ORDER BY score DESC, id LIMIT ?"
        )
        today_text = today.isoformat()
        params += [today_text, factor, factor, SATURATION, today_text, limit]
        return sql, params


def _values(count: int) -> str:
    return ", ".join(["(?, ?)"] * count)


def _check_days(days: int | None) -> None:
    if days is not None and not 0 <= days <= MAX_CADENCE_DAYS:
        raise ValueError(f"cadence must be 0-{MAX_CADENCE_DAYS} days, not {days}")


def _datetime(value: str | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)
