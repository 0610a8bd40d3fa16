"""Properties -> ContactData. Only the properties Posse shows are decoded; everything else stays
in the card's source text, untouched, for a lossless export.
"""

from __future__ import annotations

import binascii
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from posse_desktop.domain import (
    Address,
    ContactData,
    Expertise,
    ExpertiseLevel,
    Role,
    StructuredName,
    TypedValue,
)
from posse_desktop.vcard import messages as msg
from posse_desktop.vcard.decoding import decode_bytes, decode_text
from posse_desktop.vcard.labels import apple_label, label_from_types
from posse_desktop.vcard.lines import Prop
from posse_desktop.vcard.messages import Message
from posse_desktop.vcard.model import DROPPED_PHOTO, DROPPED_VALUE, KEPT_RAW, REPAIRED
from posse_desktop.vcard.photos import PhotoError, check_photo, decode_base64
from posse_desktop.vcard.values import parse_date, split_escaped, unescape

IM_PROPERTIES = {
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-JABBER": "jabber",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-GTALK": "gtalk",
    "X-GOOGLE-TALK": "gtalk",
    "X-QQ": "qq",
    "X-GADUGADU": "gadugadu",
    "X-SIP": "sip",
}
_LEVELS = {
    "beginner": ExpertiseLevel.BEGINNER,
    "low": ExpertiseLevel.BEGINNER,
    "average": ExpertiseLevel.AVERAGE,
    "medium": ExpertiseLevel.AVERAGE,
    "expert": ExpertiseLevel.EXPERT,
    "high": ExpertiseLevel.EXPERT,
}
_ROLES = {r.value: r for r in Role}
# C0 controls other than tab and newline are damage (NUL from a bad QP escape), never content.
_CONTROLS = dict.fromkeys(c for c in range(32) if c not in (9, 10))
_NO_LABEL = ("", False)


@dataclass
class Mapped:
    data: ContactData = field(default_factory=ContactData)
    related: list[TypedValue] = field(default_factory=list)
    version: str = ""
    notes: list[tuple[int, str, str]] = field(default_factory=list)  # (line, message, action)
    has_fn: bool = False
    note_parts: list[str] = field(default_factory=list)


class _Card:
    """Decodes one card's properties into a Mapped; one method per property family."""

    def __init__(self, props: list[Prop], fallback: str) -> None:
        self.props = props
        self.fallback = fallback
        self.out = Mapped()
        self.ab_labels = {
            p.group.lower(): apple_label(self.text(p))
            for p in props
            if p.name == "X-ABLABEL" and p.group
        }

    # -- decoding ---------------------------------------------------------------------------
    def raw_text(self, prop: Prop) -> str:
        """The value as text: QP and charset decoded, escapes still in place."""
        charset = prop.params["CHARSET"][0] if "CHARSET" in prop.params else ""
        if prop.encoding == "QP":
            raw = binascii.a2b_qp(prop.value.encode("utf-8", "surrogateescape"))
            text, problem = decode_bytes(raw, charset, self.fallback)
            if "\r" in text:  # QP carries Windows line ends as =0D=0A
                text = text.replace("\r\n", "\n").replace("\r", "\n")
        elif prop.value.isascii():
            return prop.value
        else:
            text, problem = decode_text(prop.value, charset, self.fallback)
        if problem:  # said once per card: the same charset trouble repeats on every property
            self.note(prop, problem, REPAIRED)
        return text

    def param_text(self, value: str) -> str:
        """A parameter value as text: only values declare a CHARSET, so foreign bytes in a
        parameter are read in the card's fallback charset."""
        return value if value.isascii() else decode_text(value, "", self.fallback)[0]

    def text(self, prop: Prop) -> str:
        value = prop.value
        # ASCII that is not quoted-printable needs no decoding (what raw_text would conclude).
        text = value if prop.encoding != "QP" and value.isascii() else self.raw_text(prop)
        text = (unescape(text) if "\\" in text else text).strip()
        return text if text.isprintable() else text.translate(_CONTROLS)

    def parts(self, prop: Prop, size: int) -> list[str]:
        values = [v.strip() for v in split_escaped(self.raw_text(prop), ";")]
        return values + [""] * (size - len(values))

    def note(self, prop: Prop, message: str, action: str) -> None:
        self.out.notes.append((prop.line, message, action))

    def label(self, prop: Prop) -> tuple[str, bool]:
        params = prop.params
        label, pref = label_from_types(params["TYPE"]) if "TYPE" in params else _NO_LABEL
        if "PREF" in params:
            pref = True
        if prop.group:
            label = self.ab_labels.get(prop.group.lower()) or label
        return self.param_text(label), pref

    # -- properties -------------------------------------------------------------------------
    def run(self) -> Mapped:
        handlers = _HANDLERS
        for prop in self.props:
            handler = handlers.get(prop.name)
            if handler is None:
                continue
            try:
                handler(self, prop)
            except Exception as exc:  # one bad value never costs the card
                self.note(
                    prop,
                    Message(msg.VALUE_UNREADABLE, prop.name, type(exc).__name__),
                    DROPPED_VALUE,
                )
        data = self.out.data
        data.notes = "\n".join(self.out.note_parts)
        if not self.out.has_fn:
            data.formatted_name = data.name.formatted()
        return self.out

    def version(self, prop: Prop) -> None:
        self.out.version = prop.value.strip()

    def fn(self, prop: Prop) -> None:
        if not self.out.has_fn:
            value = self.text(prop)
            if value:
                self.out.data.formatted_name = value
                self.out.has_fn = True

    def n(self, prop: Prop) -> None:
        if self.out.data.name == StructuredName():
            family, given, additional, prefix, suffix = self.parts(prop, 5)[:5]
            self.out.data.name = StructuredName(family, given, additional, prefix, suffix)

    def nickname(self, prop: Prop) -> None:
        self.out.data.nickname = self.out.data.nickname or self.text(prop)

    def org(self, prop: Prop) -> None:
        if not self.out.data.org and not self.out.data.department:
            parts = self.parts(prop, 1)
            self.out.data.org = parts[0]
            self.out.data.department = ", ".join(p for p in parts[1:] if p)

    def title(self, prop: Prop) -> None:
        self.out.data.title = self.out.data.title or self.text(prop)

    def _date(self, prop: Prop, not_a_date: str):
        value = self.text(prop)
        parsed = parse_date(value)
        if parsed is None and value:
            self.note(prop, Message(not_a_date, repr(value[:40])), KEPT_RAW)
        return parsed

    def bday(self, prop: Prop) -> None:
        if self.out.data.birthday is None:
            self.out.data.birthday = self._date(prop, msg.BIRTHDAY_NOT_A_DATE)

    def anniversary(self, prop: Prop) -> None:
        if self.out.data.anniversary is None:
            self.out.data.anniversary = self._date(prop, msg.ANNIVERSARY_NOT_A_DATE)

    def notes(self, prop: Prop) -> None:
        value = self.text(prop)
        if value:
            self.out.note_parts.append(value)

    def _typed(self, prop: Prop, value: str, target: list[TypedValue], label: str = "") -> None:
        if value:
            own_label, pref = self.label(prop)
            target.append(TypedValue(value, own_label or label, pref))

    def email(self, prop: Prop) -> None:
        value = self.text(prop)
        if value[:7].lower() == "mailto:":
            value = value[7:]
        self._typed(prop, value, self.out.data.emails)

    def tel(self, prop: Prop) -> None:
        value = self.text(prop)
        if value[:4].lower() == "tel:":
            value = value[4:]
        self._typed(prop, value, self.out.data.phones)

    def url(self, prop: Prop) -> None:
        self._typed(prop, self.text(prop), self.out.data.urls)

    def impp(self, prop: Prop) -> None:
        value = self.text(prop)
        service = prop.params.get("X-SERVICE-TYPE")  # Apple: the network's name, e.g. "Skype"
        if service:
            _, pref = self.label(prop)
            self.out.data.ims.append(TypedValue(value, self.param_text(service[0]), pref))
            return
        scheme = value.split(":", 1)[0].lower() if ":" in value else ""
        self._typed(prop, value, self.out.data.ims, scheme)

    def apple_date(self, prop: Prop) -> None:
        """Apple keeps anniversaries as `itemN.X-ABDATE` labelled `_$!<Anniversary>!$_`."""
        if self.ab_labels.get(prop.group.lower()) == "anniversary":
            self.anniversary(prop)

    def im(self, prop: Prop) -> None:
        self._typed(prop, self.text(prop), self.out.data.ims, IM_PROPERTIES[prop.name])

    def adr(self, prop: Prop) -> None:
        box, ext, street, city, region, code, country = self.parts(prop, 7)[:7]
        label, pref = self.label(prop)
        address = Address(label, box, ext, street, city, region, code, country, pref)
        if not address.is_empty:
            self.out.data.addresses.append(address)

    def categories(self, prop: Prop) -> None:
        tags = self.out.data.tags
        for tag in split_escaped(self.raw_text(prop), ","):
            tag = tag.strip() if tag.isprintable() else tag.translate(_CONTROLS).strip()
            if tag and tag not in tags:
                tags.append(tag)

    def uid(self, prop: Prop) -> None:
        self.out.data.uid = self.out.data.uid or self.text(prop)

    def how_we_met(self, prop: Prop) -> None:
        self.out.data.how_we_met = self.out.data.how_we_met or self.text(prop)

    def photo(self, prop: Prop) -> None:
        if self.out.data.photo is not None:
            return
        value = prop.value
        if prop.encoding != "B64":
            if value[:5].lower() == "data:":
                self.note(prop, Message(msg.PHOTO_URI_NOT_BASE64), DROPPED_PHOTO)
            elif value.strip():
                self.note(prop, Message(msg.PHOTO_IS_LINK), KEPT_RAW)
            return
        if value[:5].lower() == "data:":
            value = value.split(",", 1)[1] if "," in value else ""
        try:
            data = decode_base64(value)
            mime = check_photo(data)
        except PhotoError as exc:
            self.note(prop, exc.message, DROPPED_PHOTO)
            return
        self.out.data.photo, self.out.data.photo_mime = data, mime

    def expertise(self, prop: Prop) -> None:
        skill = self.text(prop)
        if not skill:
            return
        level_text = prop.params.get("LEVEL", ["average"])[0].lower()
        level = _LEVELS.get(level_text)
        if level is None:
            self.note(prop, Message(msg.EXPERTISE_LEVEL_UNKNOWN, repr(level_text[:20])), KEPT_RAW)
            level = ExpertiseLevel.AVERAGE
        # A parameter value: RFC 6868 carets are already decoded; an unquoted comma split it.
        evidence = self.param_text(",".join(prop.params.get("X-EVIDENCE", [])))
        confirmed = parse_date(prop.params.get("X-CONFIRMED", [""])[0])
        confirmed_on = (
            date(confirmed.year, confirmed.month, confirmed.day)
            if confirmed and confirmed.year
            else None
        )
        if all(e.skill.casefold() != skill.casefold() for e in self.out.data.expertise):
            self.out.data.expertise.append(Expertise(skill, level, evidence, confirmed_on))

    def roles(self, prop: Prop) -> None:
        for word in split_escaped(self.raw_text(prop), ","):
            key = word.strip().lower().replace("_", "-").replace(" ", "-")
            if not key:
                continue
            role = _ROLES.get(key)
            if role is None:
                self.note(prop, Message(msg.ROLE_UNKNOWN, repr(key[:30])), KEPT_RAW)
            else:
                self.out.data.roles.add(role)

    def related(self, prop: Prop) -> None:
        self._typed(prop, self.text(prop), self.out.related)


_HANDLERS: dict[str, Callable[[_Card, Prop], None]] = {
    "VERSION": _Card.version,
    "FN": _Card.fn,
    "N": _Card.n,
    "NICKNAME": _Card.nickname,
    "ORG": _Card.org,
    "TITLE": _Card.title,
    "BDAY": _Card.bday,
    "ANNIVERSARY": _Card.anniversary,
    "X-ANNIVERSARY": _Card.anniversary,
    "X-ABDATE": _Card.apple_date,
    "NOTE": _Card.notes,
    "EMAIL": _Card.email,
    "TEL": _Card.tel,
    "URL": _Card.url,
    "X-SOCIALPROFILE": _Card.url,
    "IMPP": _Card.impp,
    "ADR": _Card.adr,
    "CATEGORIES": _Card.categories,
    "PHOTO": _Card.photo,
    "UID": _Card.uid,
    "EXPERTISE": _Card.expertise,
    "X-EXPERTISE": _Card.expertise,
    "X-POSSE-ROLE": _Card.roles,
    "X-POSSE-ROLES": _Card.roles,
    "X-POSSE-HOW-WE-MET": _Card.how_we_met,
    "X-ABRELATEDNAMES": _Card.related,
    "RELATED": _Card.related,
    **{name: _Card.im for name in IM_PROPERTIES},
}


def map_card(props: list[Prop], fallback: str) -> Mapped:
    return _Card(props, fallback).run()
