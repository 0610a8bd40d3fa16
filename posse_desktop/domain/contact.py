"""A contact as every layer sees it: plain dataclasses, no database, no Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from posse_desktop.domain.enums import ExpertiseLevel, Role

_DATE = re.compile(r"(?:(?P<year>\d{4})-?|--|)(?P<month>\d{2})-?(?P<day>\d{2})")


@dataclass(frozen=True)
class PartialDate:
    """A date whose year may be unknown (vCard `--0415`)."""

    year: int | None
    month: int
    day: int

    def __post_init__(self) -> None:
        # Validate against a leap year when the year is unknown so that Feb 29 is allowed.
        date(self.year or 2000, self.month, self.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate | None:
        """Parse `1985-04-15`, `19850415`, `--04-15`, `--0415` or `04-15`; None for blank text.

        Raises ValueError for anything else, naming the text.
        """
        raw = text.strip()
        if not raw:
            return None
        match = _DATE.fullmatch(raw)
        if not match:
            raise ValueError(f"not a date: {raw!r} (use YYYY-MM-DD, or --MM-DD without a year)")
        year, month, day = match.group("year"), match.group("month"), match.group("day")
        try:
            return cls(int(year) if year else None, int(month), int(day))
        except ValueError:
            raise ValueError(f"no such date: {raw!r}") from None

    def iso(self) -> str:
        return (
            f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
            if self.year
            else f"--{self.month:02d}{self.day:02d}"
        )

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True)
class StructuredName:
    """vCard N: family; given; additional; prefix; suffix."""

    family: str = ""
    given: str = ""
    additional: str = ""
    prefix: str = ""
    suffix: str = ""

    def formatted(self) -> str:
        parts = (self.prefix, self.given, self.additional, self.family, self.suffix)
        return " ".join(filter(None, map(str.strip, parts)))


@dataclass(frozen=True)
class TypedValue:
    """One email, phone, URL or IM handle with its label ("work", "mobile", "Mastodon")."""

    value: str
    label: str = ""
    pref: bool = False


@dataclass(frozen=True)
class Address:
    label: str = ""
    po_box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    pref: bool = False

    def lines(self) -> list[str]:
        city = " ".join(p for p in (self.postal_code, self.locality) if p)
        candidates = [self.po_box, self.extended, self.street, city, self.region, self.country]
        return [line for line in candidates if line]

    @property
    def is_empty(self) -> bool:
        return not any(self.lines())


@dataclass(frozen=True)
class Expertise:
    skill: str
    level: ExpertiseLevel = ExpertiseLevel.AVERAGE
    evidence: str = ""
    confirmed_on: date | None = None


@dataclass
class ContactData:
    """Everything a person can edit about a contact."""

    name: StructuredName = field(default_factory=StructuredName)
    formatted_name: str = ""
    nickname: str = ""
    org: str = ""
    department: str = ""
    title: str = ""
    birthday: PartialDate | None = None
    anniversary: PartialDate | None = None
    notes: str = ""
    how_we_met: str = ""
    introduced_by_id: int | None = None
    cadence_days: int | None = None
    strength_override: int | None = None
    emails: list[TypedValue] = field(default_factory=list)
    phones: list[TypedValue] = field(default_factory=list)
    urls: list[TypedValue] = field(default_factory=list)
    ims: list[TypedValue] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    roles: set[Role] = field(default_factory=set)
    expertise: list[Expertise] = field(default_factory=list)
    photo: bytes | None = None
    photo_mime: str = ""
    uid: str = ""
    vcard_source: str = ""

    @property
    def display_name(self) -> str:
        """The name to show: FN, else one built from N, else org, else the first email/phone."""
        name = self.formatted_name.strip() or self.name.formatted()
        if name:
            return name
        for fallback in (
            self.org,
            *(v.value for v in self.emails),
            *(v.value for v in self.phones),
        ):
            if fallback.strip():
                return fallback.strip()
        return ""


@dataclass
class Contact(ContactData):
    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    last_contacted_at: datetime | None = None

    def data(self) -> ContactData:
        """The editable part, e.g. to snapshot before an edit for undo."""
        names = ContactData.__dataclass_fields__
        return ContactData(**{k: _copy(getattr(self, k)) for k in names})


def _copy(value: object) -> object:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, set):
        return set(value)
    return value


@dataclass(frozen=True)
class ContactSummary:
    """What a list row needs, cheap to load in pages."""

    id: int
    name: str
    org: str = ""
    title: str = ""
    primary_email: str = ""
    primary_phone: str = ""
    has_photo: bool = False
    deleted: bool = False

    @property
    def initials(self) -> str:
        return initials_of(self.name)


def initials_of(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()
