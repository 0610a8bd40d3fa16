"""Posse coverage: which of the seven roles your network fills, how well, and where the gaps are.

"Your organization" is the one set with `set_my_org`, else the most common org among your contacts
(the colleagues a professional address book fills up with). Gaps name a role and a scope ("no
radar in Finance", "no door-opener at any other company") with people who could fill it, ranked
by relationship strength.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import Changes, Role
from posse_desktop.domain.help import Coverage, CoverageGap, RoleCoverage, RoleHolder
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_refs import display_name, name_columns
from posse_desktop.services.help_signals import is_stale, strength_of
from posse_desktop.services.localtime import local_now

MY_ORG_KEY = "profile.org"
FADED_BELOW = 20
SUGGESTIONS = 5
_POOL = 300  # most recently contacted rows read per suggestion query
_SENIOR = ("director", "head", "vp", "chief", "founder", "partner", "principal", "lead")
_FIXER = ("sysadmin", "helpdesk", "devops", "infrastructure", "network", "support", "admin")


class CoverageService:
    def __init__(self, clock: Clock = system_clock) -> None:
        self._clock = clock

    def my_org(self) -> str:
        row = m.Setting.get_or_none(m.Setting.key == MY_ORG_KEY)
        if row is not None:
            return str(json.loads(row.value))
        found = database.execute_sql(
            "SELECT org FROM contact WHERE org != '' AND deleted_at IS NULL "
            "GROUP BY org COLLATE NOCASE HAVING count(*) >= 2 ORDER BY count(*) DESC, org LIMIT 1"
        ).fetchone()
        return found[0] if found else ""

    def set_my_org(self, org: str | None) -> Changes:
        """Your own organization (None or "": guess it from your contacts)."""
        with database.atomic():
            if org and org.strip():
                m.Setting.replace(key=MY_ORG_KEY, value=json.dumps(org.strip())).execute()
            else:
                m.Setting.delete().where(m.Setting.key == MY_ORG_KEY).execute()
        return Changes()

    def coverage(self, suggestions: int = SUGGESTIONS) -> Coverage:
        now = local_now(self._clock)
        org = self.my_org()
        holders = self._holders(now)
        roles = tuple(self._role(role, holders.get(role, []), now) for role in Role)
        gaps: list[CoverageGap] = []
        for rc in roles:
            taken = {h.contact_id for h in rc.holders}
            if rc.status == "missing":
                people = self._suggest(rc.role, org, taken, now, suggestions)
                gaps.append(CoverageGap(rc.role, "", f"no {rc.role.label}", people, "missing"))
            elif rc.status == "faded":
                reconnect = tuple(sorted(rc.holders, key=_by_strength)[:suggestions])
                message = f"{rc.role.label} faded"
                gaps.append(CoverageGap(rc.role, "", message, reconnect, "faded"))
        gaps += self._scoped_gaps(holders, org, now, suggestions)
        return Coverage(roles, tuple(gaps), org)

    # --- roles --------------------------------------------------------------------------------

    def _holders(self, now: datetime) -> dict[Role, list[RoleHolder]]:
        sql = (
            f"SELECT r.role, c.id, {name_columns('c')}, c.org, c.department, c.last_contacted_at, "
            "c.strength_override, c.strength_score FROM contact_role AS r "
            "JOIN contact AS c ON c.id = r.contact_id WHERE c.deleted_at IS NULL"
        )
        known = {r.value: r for r in Role}
        result: dict[Role, list[RoleHolder]] = {}
        for role, *row in database.execute_sql(sql):
            if role in known:
                result.setdefault(known[role], []).append(_holder(row, now))
        return {role: sorted(people, key=_by_strength) for role, people in result.items()}

    def _role(self, role: Role, holders: list[RoleHolder], now: datetime) -> RoleCoverage:
        if not holders:
            return RoleCoverage(role, (), 0, None, "missing")
        average = round(sum(h.strength for h in holders) / len(holders))
        last = max((h.last_contacted_at for h in holders if h.last_contacted_at), default=None)
        alive = any(not h.stale and h.strength >= FADED_BELOW for h in holders)
        return RoleCoverage(role, tuple(holders), average, last, "ok" if alive else "faded")

    # --- gaps ---------------------------------------------------------------------------------

    def _scoped_gaps(
        self, holders: dict[Role, list[RoleHolder]], org: str, now: datetime, limit: int
    ) -> list[CoverageGap]:
        gaps: list[CoverageGap] = []
        if not org:
            return gaps
        mine = org.casefold()
        radars = holders.get(Role.RADAR, [])
        for department in self._departments(org):
            covered = any(
                h.org.casefold() == mine and h.department.casefold() == department.casefold()
                for h in radars
            )
            if radars and not covered:
                people = self._pick(
                    "c.org = ? COLLATE NOCASE AND c.department = ? COLLATE NOCASE",
                    [org, department],
                    {h.contact_id for h in radars},
                    now,
                    limit,
                )
                message = f"no radar in {department}"
                gaps.append(CoverageGap(Role.RADAR, department, message, people, "department"))
        outside = "c.org != '' AND c.org != ? COLLATE NOCASE"
        for role, message, kind in (
            (Role.DOOR_OPENER, "no door-opener at any other company", "elsewhere"),
            (Role.MENTOR, f"no mentor outside {org}", "outside"),
        ):
            people_in_role = holders.get(role, [])
            if people_in_role and all(h.org.casefold() in ("", mine) for h in people_in_role):
                taken = {h.contact_id for h in people_in_role}
                people = self._pick(outside, [org], taken, now, limit)
                gaps.append(CoverageGap(role, "other companies", message, people, kind))
        return gaps

    def _departments(self, org: str) -> list[str]:
        rows = database.execute_sql(
            "SELECT min(department) FROM contact WHERE org = ? COLLATE NOCASE AND department != '' "
            "AND deleted_at IS NULL GROUP BY department COLLATE NOCASE HAVING count(*) >= 2 "
            "ORDER BY 1",
            (org,),
        )
        return [d for (d,) in rows]

    def _suggest(
        self, role: Role, org: str, taken: set[int], now: datetime, limit: int
    ) -> tuple[RoleHolder, ...]:
        """Who could fill a role nobody fills: the likeliest kind of person, strongest first."""
        inside, outside = "c.org = ? COLLATE NOCASE", "c.org != '' AND c.org != ? COLLATE NOCASE"
        if role is Role.ADVISOR:
            where = "c.id IN (SELECT contact_id FROM expertise WHERE level = 'expert')"
            return self._pick(where, [], taken, now, limit)
        if role is Role.FIXER:
            return self._pick(_title_like(_FIXER), _likes(_FIXER), taken, now, limit)
        if role is Role.SPONSOR and org:
            where = f"{inside} AND {_title_like(_SENIOR)}"
            return self._pick(where, [org, *_likes(_SENIOR)], taken, now, limit)
        if role is Role.MENTOR and org:
            where = f"{outside} AND {_title_like(_SENIOR)}"
            return self._pick(where, [org, *_likes(_SENIOR)], taken, now, limit)
        if role is Role.RADAR and org:
            return self._pick(inside, [org], taken, now, limit)
        if role in (Role.DOOR_OPENER, Role.LEAD_SOURCE) and org:
            return self._pick(outside, [org], taken, now, limit)
        return self._pick("1", [], taken, now, limit)

    def _pick(
        self, where: str, params: list, taken: Iterable[int], now: datetime, limit: int
    ) -> tuple[RoleHolder, ...]:
        """The strongest of the most recently contacted people matching `where` (alias c)."""
        since = (now - timedelta(days=3 * 365)).isoformat(sep=" ")
        sql = (
            f"SELECT c.id, {name_columns('c')}, c.org, c.department, c.last_contacted_at, "
            "c.strength_override, c.strength_score FROM contact AS c "
            f"WHERE c.deleted_at IS NULL AND c.last_contacted_at >= ? AND ({where}) "
            "ORDER BY c.last_contacted_at DESC LIMIT ?"
        )
        skip = set(taken)
        people = [
            _holder(row, now)
            for row in database.execute_sql(sql, (since, *params, _POOL))
            if row[0] not in skip
        ]
        return tuple(sorted(people, key=_by_strength)[:limit])


def _holder(row: list | tuple, now: datetime) -> RoleHolder:
    cid, fn, given, family, org_, email, phone, org, department, last, override, score = row
    last_at = datetime.fromisoformat(last) if isinstance(last, str) else last
    return RoleHolder(
        contact_id=cid,
        name=display_name(fn, given, family, org_, email, phone),
        strength=strength_of(override, score, now),
        last_contacted_at=last_at,
        org=org,
        department=department,
        stale=is_stale(last_at, now),
    )


def _by_strength(h: RoleHolder) -> tuple:
    return (-h.strength, h.name.casefold(), h.contact_id)


def _title_like(words: tuple[str, ...]) -> str:
    return "(" + " OR ".join("lower(c.title) LIKE ?" for _ in words) + ")"


def _likes(words: tuple[str, ...]) -> list[str]:
    return [f"%{w}%" for w in words]
