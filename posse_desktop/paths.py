"""Where Posse keeps its files. Each path has one function and an environment override.

Nothing here creates directories at import time; callers create what they write.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from posse_desktop import APP_NAME

DB_ENV = "POSSE_DB"
DATA_DIR_ENV = "POSSE_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The database file: `--db` beats `$POSSE_DB` beats the platform's app-data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "posse.db"


def backups_dir(db_file: Path) -> Path:
    """Backups live beside the database they protect."""
    return db_file.parent / "backups"


def logs_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
