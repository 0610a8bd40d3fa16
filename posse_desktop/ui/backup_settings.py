"""How many backups to keep, remembered in QSettings and handed to db.backups."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from posse_desktop.db.retention import RetentionPolicy, set_retention

KEEP_DAILY_KEY = "backups/keep_daily"
KEEP_PRE_OPERATION_KEY = "backups/keep_pre_operation"
MAX_KEEP = 365


def saved_retention() -> RetentionPolicy:
    """The user's choice, or the service's default; out-of-range values are clamped, not trusted."""
    default = RetentionPolicy()
    settings = QSettings()
    daily = _clamp(settings.value(KEEP_DAILY_KEY, default.daily), default.daily)
    pre_operation = _clamp(
        settings.value(KEEP_PRE_OPERATION_KEY, default.pre_operation), default.pre_operation
    )
    return RetentionPolicy(daily=daily, pre_operation=pre_operation)


def apply_saved_retention() -> RetentionPolicy:
    """At start-up, before anything may make (and prune) a backup."""
    policy = saved_retention()
    set_retention(policy)
    return policy


def save_retention(policy: RetentionPolicy) -> None:
    set_retention(policy)
    settings = QSettings()
    settings.setValue(KEEP_DAILY_KEY, policy.daily)
    settings.setValue(KEEP_PRE_OPERATION_KEY, policy.pre_operation)


def _clamp(value: object, default: int) -> int:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return min(max(number, 1), MAX_KEEP)
