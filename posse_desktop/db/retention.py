"""How many backups to keep: a policy set once at start-up from the user's settings.

Its own module, so start-up can set it without importing the backup machinery (db/backups.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    pre_operation: int = 10


_policy = RetentionPolicy()


def set_retention(policy: RetentionPolicy) -> None:
    """Set how many backups to keep (from the user's settings, at start-up)."""
    global _policy
    if policy.daily < 1 or policy.pre_operation < 1:
        raise ValueError("keep at least one backup of each kind")
    _policy = policy


def retention() -> RetentionPolicy:
    return _policy
