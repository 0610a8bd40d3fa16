"""Translated names for the domain's enums (the domain stays Qt-free and English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from posse_desktop.domain import ExpertiseLevel, Role

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
