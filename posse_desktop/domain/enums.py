"""The fixed vocabularies of Posse."""

from enum import StrEnum


class Role(StrEnum):
    """The seven kinds of social capital a contact can provide."""

    ADVISOR = "advisor"  # expert who takes your calls
    LEAD_SOURCE = "lead-source"  # recommends you
    FIXER = "fixer"  # the IT person you can call directly
    SPONSOR = "sponsor"  # influence, backs your proposals
    RADAR = "radar"  # tells you early what might affect you
    MENTOR = "mentor"  # outside your organization
    DOOR_OPENER = "door-opener"  # friend at another company

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")


class ExpertiseLevel(StrEnum):
    """RFC 6715 EXPERTISE;LEVEL= values, in ascending order."""

    BEGINNER = "beginner"
    AVERAGE = "average"
    EXPERT = "expert"

    @property
    def rank(self) -> int:
        return list(ExpertiseLevel).index(self) + 1


class FieldKind(StrEnum):
    """Multi-valued, typed contact fields stored as label/value pairs."""

    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    IM = "im"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    COFFEE = "coffee"
    EMAIL = "email"
    MESSAGE = "message"
    EVENT = "event"
    NOTE = "note"
    FAVOR_GIVEN = "favor-given"
    FAVOR_RECEIVED = "favor-received"
    INTRO_MADE = "intro-made"
    INTRO_RECEIVED = "intro-received"
    ASKED_FOR_HELP = "asked-for-help"
    GOT_HELP = "got-help"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    InteractionKind.CALL: "call",
    InteractionKind.MEETING: "meeting",
    InteractionKind.COFFEE: "coffee / meal",
    InteractionKind.EMAIL: "email",
    InteractionKind.MESSAGE: "message",
    InteractionKind.EVENT: "event",
    InteractionKind.NOTE: "note",
    InteractionKind.FAVOR_GIVEN: "favor given",
    InteractionKind.FAVOR_RECEIVED: "favor received",
    InteractionKind.INTRO_MADE: "introduction made",
    InteractionKind.INTRO_RECEIVED: "introduction received",
    InteractionKind.ASKED_FOR_HELP: "asked for help",
    InteractionKind.GOT_HELP: "got help",
}
