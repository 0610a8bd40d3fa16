"""Plain data shared by every layer. No Qt, no database."""

from posse_desktop.domain.changes import Changes
from posse_desktop.domain.contact import (
    Address,
    Contact,
    ContactData,
    ContactSummary,
    Expertise,
    PartialDate,
    StructuredName,
    TypedValue,
)
from posse_desktop.domain.enums import ExpertiseLevel, FieldKind, InteractionKind, Role
from posse_desktop.domain.interaction import Interaction

__all__ = [
    "Address",
    "Changes",
    "Contact",
    "ContactData",
    "ContactSummary",
    "Expertise",
    "ExpertiseLevel",
    "FieldKind",
    "Interaction",
    "InteractionKind",
    "PartialDate",
    "Role",
    "StructuredName",
    "TypedValue",
]
