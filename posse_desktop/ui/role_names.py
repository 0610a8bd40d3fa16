"""Translated names for the domain's enums (the domain stays Qt-free and English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from posse_desktop.domain import ExpertiseLevel, InteractionKind, Role
from posse_desktop.domain.help import CoverageGap
from posse_desktop.ui.widgets import fill

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def role_name(role: Role) -> str:
    names = {
        Role.ADVISOR: translate("Role", "advisor"),
        Role.LEAD_SOURCE: translate("Role", "lead source"),
        Role.FIXER: translate("Role", "fixer"),
        Role.SPONSOR: translate("Role", "sponsor"),
        Role.RADAR: translate("Role", "radar"),
        Role.MENTOR: translate("Role", "mentor"),
        Role.DOOR_OPENER: translate("Role", "door opener"),
    }
    return names.get(role, role.label)


def level_name(level: ExpertiseLevel) -> str:
    names = {
        ExpertiseLevel.BEGINNER: translate("ExpertiseLevel", "beginner"),
        ExpertiseLevel.AVERAGE: translate("ExpertiseLevel", "average"),
        ExpertiseLevel.EXPERT: translate("ExpertiseLevel", "expert"),
    }
    return names.get(level, level.value)


def kind_name(kind: InteractionKind) -> str:
    names = {
        InteractionKind.CALL: translate("InteractionKind", "call"),
        InteractionKind.MEETING: translate("InteractionKind", "meeting"),
        InteractionKind.COFFEE: translate("InteractionKind", "coffee / meal"),
        InteractionKind.EMAIL: translate("InteractionKind", "email"),
        InteractionKind.MESSAGE: translate("InteractionKind", "message"),
        InteractionKind.EVENT: translate("InteractionKind", "event"),
        InteractionKind.NOTE: translate("InteractionKind", "note"),
        InteractionKind.FAVOR_GIVEN: translate("InteractionKind", "favor given"),
        InteractionKind.FAVOR_RECEIVED: translate("InteractionKind", "favor received"),
        InteractionKind.INTRO_MADE: translate("InteractionKind", "introduction made"),
        InteractionKind.INTRO_RECEIVED: translate("InteractionKind", "introduction received"),
        InteractionKind.ASKED_FOR_HELP: translate("InteractionKind", "asked for help"),
        InteractionKind.GOT_HELP: translate("InteractionKind", "got help"),
    }
    return names.get(kind, kind.label)


def strength_name(strength: int) -> str:
    """services.help_signals.strength_label ("strong", "good", "fading", "cold"), translated."""
    # Imported here: the contact list needs role names at start-up, not the help signals.
    from posse_desktop.services.help_signals import strength_label

    label = strength_label(strength)
    names = {
        "strong": translate("Strength", "strong"),
        "good": translate("Strength", "good"),
        "fading": translate("Strength", "fading"),
        "cold": translate("Strength", "cold"),
    }
    return names.get(label, label)


def favor_words(balance: int) -> str:
    """services.help_reason.favor_text ("owes you one", "you owe them 2"), translated."""
    count = QLocale().toString(abs(balance))
    if balance == 1:
        return translate("Favors", "owes you one")
    if balance > 1:
        return translate("Favors", "owes you %1").replace("%1", count)
    if balance == -1:
        return translate("Favors", "you owe them one")
    if balance < -1:
        return translate("Favors", "you owe them %1").replace("%1", count)
    return ""


def gap_text(gap: CoverageGap, org: str) -> str:
    """A coverage gap's message (services.coverage words it in English), translated."""
    texts = {
        "missing": translate("CoverageGap", "no %1"),
        "faded": translate("CoverageGap", "%1 faded"),
        "department": translate("CoverageGap", "no %1 in %2"),
        "elsewhere": translate("CoverageGap", "no %1 at any other company"),
        "outside": translate("CoverageGap", "no %1 outside %2"),
    }
    text = texts.get(gap.kind)
    if text is None:
        return gap.message
    return fill(text, role_name(gap.role), gap.scope if gap.kind == "department" else org)
