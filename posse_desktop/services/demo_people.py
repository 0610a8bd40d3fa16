"""The people of the sample network: one ContactData per generated contact, plus what the
timeline generator needs to know about them (org, skills, how long known, how close)."""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import accumulate

from posse_desktop.domain import (
    Address,
    ContactData,
    Expertise,
    ExpertiseLevel,
    PartialDate,
    Role,
    StructuredName,
    TypedValue,
)
from posse_desktop.services import demo_data as w

_ASCII = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "ß": "ss",
        "æ": "ae",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "đ": "d",
        "œ": "oe",
        "'": "",
        " ": "",
        "-": "",
    }
)
_ROLE_WEIGHTS = [
    (Role.ADVISOR, 5),
    (Role.LEAD_SOURCE, 3),
    (Role.FIXER, 3),
    (Role.SPONSOR, 2),
    (Role.RADAR, 3),
    (Role.MENTOR, 2),
    (Role.DOOR_OPENER, 3),
]
_LEVELS = [ExpertiseLevel.BEGINNER, ExpertiseLevel.AVERAGE, ExpertiseLevel.EXPERT]


@lru_cache(maxsize=4096)
def ascii_slug(text: str) -> str:
    """`Ñúñez` -> `nunez`, for email local parts."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_ASCII))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def _split(entry: str) -> tuple[str, str]:
    """`native:latin` -> (native, latin); a plain entry is both."""
    native, _, latin = entry.partition(":")
    return native, latin or native


def _gendered(form: str, female: bool) -> str:
    parts = form.split("|")
    return parts[1] if female and len(parts) > 1 else parts[0]


def _is_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)


class Culture:
    """One entry of demo_data.CULTURES, with its names split into native-script and Latin pools."""

    def __init__(self, raw: dict) -> None:
        self.raw = raw
        self.family_first = raw["family_first"]
        keys = ("f", "m", "family")
        # Latin script: every entry in its Latin form; native script: the entries that have one.
        self.pools: dict[bool, dict[str, list[str]]] = {
            False: {k: [_split(e)[1] for e in raw[k]] for k in keys},
            True: {k: [e.partition(":")[0] for e in raw[k] if ":" in e] for k in keys},
        }
        self.latin = {e.partition(":")[0]: _split(e)[1] for k in keys for e in raw[k]}
        self.has_native = all(self.pools[True].values())


def fill_digits(rng: random.Random, pattern: str) -> str:
    """Replace each `#` of `pattern` with a random digit."""
    count = pattern.count("#")
    if not count:
        return pattern
    digits = iter(str(rng.randrange(10**count)).zfill(count))
    return "".join(next(digits) if ch == "#" else ch for ch in pattern)


@dataclass
class Org:
    name: str
    domain: str


def make_orgs(rng: random.Random, n_contacts: int) -> tuple[list[Org], list[float]]:
    """Organisations and cumulative weights (a few big employers, a long tail of small ones)."""
    count = max(4, min(len(w.ORG_STEMS) * len(w.ORG_KINDS), n_contacts // 30))
    names = [f"{s} {k}" for s in w.ORG_STEMS for k in w.ORG_KINDS]
    rng.shuffle(names)
    orgs = [
        Org(
            name,
            ascii_slug(name.split(" ")[0]) + "-" + ascii_slug(name.split(" ")[-1]) + ".example",
        )
        for name in names[:count]
    ]
    return orgs, list(accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(count)))


@dataclass
class Person:
    """A generated contact and the facts the timeline needs."""

    data: ContactData
    created_at: datetime
    updated_at: datetime
    org: int  # index into the orgs list, -1 for none
    dept: str
    seniority: int
    given: str
    skills: list[str] = field(default_factory=list)
    known_days: int = 0  # how long ago we met
    quiet_days: int = 0  # how long since the relationship went quiet (0: active)
    closeness: float = 0.0  # relative share of interactions (0: never logged one)


class PeopleFactory:
    def __init__(
        self, rng: random.Random, orgs: list[Org], org_weights: list[float], now: datetime
    ) -> None:
        self.rng, self.orgs, self.org_weights, self.now = rng, orgs, org_weights, now
        self.cultures = [Culture(c) for c in w.CULTURES]
        self.culture_weights = list(accumulate(c["weight"] for c in w.CULTURES))
        self.depts = list(w.DEPARTMENTS)
        self.dept_weights = list(accumulate(v[0] for v in w.DEPARTMENTS.values()))
        self.tag_weights = list(accumulate(w.TAG_WEIGHTS))
        self.used_emails: set[str] = set()

    def person(self, cid: int, first_id: int, names: list[str], feb29: bool = False) -> Person:
        rng = self.rng
        culture = rng.choices(self.cultures, cum_weights=self.culture_weights)[0]
        female = rng.random() < 0.5
        name, fn, given_latin, family_latin = self._name(culture, female)
        org_i = rng.choices(range(len(self.orgs)), cum_weights=self.org_weights)[0]
        org_i = org_i if rng.random() < 0.88 else -1
        dept = rng.choices(self.depts, cum_weights=self.dept_weights)[0]
        titles, dept_skills = w.DEPARTMENTS[dept][1], w.DEPARTMENTS[dept][2]
        seniority = min(len(titles) - 1, rng.choices(range(4), weights=[40, 30, 20, 10])[0])
        org = self.orgs[org_i] if org_i >= 0 else None
        known_days = rng.randint(20, 2900)
        data = ContactData(
            name=name,
            formatted_name=fn,
            org=org.name if org else "",
            department=dept if org else "",
            title=titles[seniority] if org else rng.choice(["", "Independent consultant"]),
            uid=f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}",
        )
        data.nickname = w.NICKNAMES.get(name.given, "") if rng.random() < 0.6 else ""
        data.emails = self._emails(given_latin, family_latin, org)
        data.phones = self._phones(culture, org is not None)
        slug = ascii_slug(given_latin) + "-" + ascii_slug(family_latin)
        if rng.random() < 0.2:
            data.urls.append(TypedValue(f"https://www.linkedin.com/in/{slug}", "LinkedIn"))
        if rng.random() < 0.04:
            data.ims.append(TypedValue(f"@{slug}:matrix.org", "Matrix"))
        if rng.random() < 0.3:
            data.addresses.append(self._address(culture, org is not None))
        data.birthday = self._birthday(feb29)
        if rng.random() < 0.03:
            data.anniversary = PartialDate(
                rng.randint(1990, 2022), rng.randint(1, 12), rng.randint(1, 28)
            )
        skills = self._skills(dept_skills, seniority, data, org, known_days)
        ctx = {
            "city": rng.choice(culture.raw["cities"])[0],
            "org": data.org or "Acme Labs",
            "event": rng.choice(w.EVENTS),
            "year": self.now.year - known_days // 365,
            "skill": skills[0] if skills else rng.choice(dept_skills),
        }
        if rng.random() < 0.2:
            data.notes = rng.choice(w.NOTES).format(**ctx)
        if cid > first_id and rng.random() < 0.12:
            data.introduced_by_id = rng.randrange(first_id, cid)
            data.how_we_met = f"Introduced by {names[data.introduced_by_id - first_id]}"
        elif rng.random() < 0.45:
            data.how_we_met = rng.choice(w.HOW_WE_MET).format(**ctx)
        if rng.random() < 0.15:
            data.cadence_days = rng.choice([14, 30, 30, 60, 90, 90, 180, 365])
        if rng.random() < 0.03:
            data.strength_override = rng.randint(1, 5)
        if rng.random() < 0.6:
            picks = rng.choices(w.TAGS, cum_weights=self.tag_weights, k=rng.randint(1, 3))
            data.tags = list(dict.fromkeys(picks))
        if rng.random() < 0.3:
            roles = rng.choices([r for r, _ in _ROLE_WEIGHTS], [x for _, x in _ROLE_WEIGHTS], k=2)
            data.roles = set(roles[: rng.randint(1, 2)])
        created = self.now - timedelta(days=known_days, seconds=rng.randrange(86400))
        updated = created + (self.now - created) * rng.random()
        quiet = 0 if rng.random() < 0.55 else int(known_days * rng.random())
        closeness = 0.0 if rng.random() < 0.2 else min(rng.paretovariate(1.3), 60.0)
        return Person(
            data,
            created.replace(microsecond=0),
            updated.replace(microsecond=0),
            org_i,
            dept,
            seniority,
            name.given,
            skills,
            known_days,
            quiet,
            closeness,
        )

    def _name(self, culture: Culture, female: bool) -> tuple[StructuredName, str, str, str]:
        rng = self.rng
        native = culture.has_native and rng.random() < 0.5
        pool = culture.pools[native]
        given_n = rng.choice(pool["f"] if female else pool["m"])
        given_l = culture.latin.get(given_n, given_n)
        family = rng.choice(pool["family"])
        fam_n = _gendered(family, female)
        fam_l = _gendered(culture.latin.get(family, family), female)
        raw = culture.raw
        if raw.get("double_family") and rng.random() < 0.7:
            second_n = second_l = _gendered(rng.choice(culture.pools[False]["family"]), female)
            if second_n != fam_n:
                fam_n, fam_l = f"{fam_n} {second_n}", f"{fam_l} {second_l}"
        middles = raw.get("middle_f" if female else "middle_m") or (
            raw["middle"] if rng.random() < 0.1 else []
        )
        middle = rng.choice(middles) if middles else ""
        prefix = rng.choice(w.PREFIXES) if rng.random() < 0.04 else ""
        suffix = rng.choice(w.SUFFIXES) if raw["key"] == "en-us" and rng.random() < 0.03 else ""
        name = StructuredName(fam_n, given_n, middle, prefix, suffix)
        if _is_cjk(fam_n) and _is_cjk(given_n):
            fn = f"{fam_n}{given_n}"
        elif culture.family_first or _is_cjk(fam_n):
            fn = " ".join(p for p in (prefix, fam_n, middle, given_n, suffix) if p)
        else:
            fn = name.formatted()
        return name, fn, given_l, fam_l

    def _emails(self, given: str, family: str, org: Org | None) -> list[TypedValue]:
        rng, g, f = self.rng, ascii_slug(given), ascii_slug(family)
        emails = []
        if org and rng.random() < 0.85:
            local = rng.choice([f"{g}.{f}", f"{g[:1]}{f}", f"{g}"])
            emails.append(TypedValue(self._unique(local, org.domain), "work"))
        if rng.random() < (0.9 if org is None else 0.4):
            local = rng.choice([f"{g}.{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}"])
            emails.append(TypedValue(self._unique(local, rng.choice(w.PERSONAL_DOMAINS)), "home"))
        if len(emails) == 2 and rng.random() < 0.3:
            emails[1] = TypedValue(emails[1].value, "home", pref=True)
        elif emails:
            emails[0] = TypedValue(emails[0].value, emails[0].label, pref=True)
        return emails

    def _unique(self, local: str, domain: str) -> str:
        email, n = f"{local}@{domain}", 1
        while email in self.used_emails:
            n += 1
            email = f"{local}{n}@{domain}"
        self.used_emails.add(email)
        return email

    def _phones(self, culture: Culture, has_org: bool) -> list[TypedValue]:
        rng, patterns = self.rng, culture.raw["phones"]
        phones = []
        if rng.random() < 0.8:
            phones.append(TypedValue(fill_digits(rng, rng.choice(patterns)), "mobile", pref=True))
        if has_org and rng.random() < 0.25:
            phones.append(TypedValue(fill_digits(rng, rng.choice(patterns)), "work"))
        return phones

    def _address(self, culture: Culture, has_org: bool) -> Address:
        rng, raw = self.rng, culture.raw
        locality, region, postal, country = rng.choice(raw["cities"])
        street, number = rng.choice(raw["streets"]), str(rng.randint(1, 240))
        line = f"{number} {street}" if raw["number_first"] else f"{street} {number}"
        label = "work" if has_org and rng.random() < 0.4 else "home"
        return Address(
            label=label,
            street=line,
            locality=locality,
            region=region,
            postal_code=fill_digits(rng, postal),
            country=country,
        )

    def _birthday(self, feb29: bool) -> PartialDate | None:
        rng = self.rng
        if feb29:
            return PartialDate(1988 if rng.random() < 0.5 else None, 2, 29)
        if rng.random() >= 0.55:
            return None
        year = None if rng.random() < 0.35 else rng.randint(1950, 2003)
        return PartialDate(year, rng.randint(1, 12), rng.randint(1, 28))

    def _skills(
        self,
        dept_skills: list[str],
        seniority: int,
        data: ContactData,
        org: Org | None,
        known_days: int,
    ) -> list[str]:
        rng = self.rng
        count = rng.choices(range(5), weights=[28, 30, 22, 13, 7])[0]
        pool = dept_skills + w.GENERAL_SKILLS[:2]
        skills = list(dict.fromkeys(rng.choice(pool) for _ in range(count)))
        if count and rng.random() < 0.15:
            skills = list(dict.fromkeys([*skills, rng.choice(w.GENERAL_SKILLS)]))
        level_weights = [30 - 8 * seniority, 45, 20 + 12 * seniority]
        for skill in skills:
            evidence = rng.choice(w.EVIDENCE).format(
                skill=skill,
                org=data.org or "their last job",
                event=rng.choice(w.EVENTS),
                year=self.now.year - rng.randint(0, 6),
            )
            confirmed = None
            if rng.random() < 0.6:
                confirmed = (
                    self.now - timedelta(days=rng.randint(0, min(known_days, 1100)))
                ).date()
            level = rng.choices(_LEVELS, weights=level_weights)[0]
            data.expertise.append(Expertise(skill, level, evidence, confirmed))
        return skills


def today_midnight(now: datetime) -> datetime:
    return datetime.combine(now.date(), datetime.min.time())


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value else None
