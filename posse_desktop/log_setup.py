"""Logging to a private, rotating file in the user's log dir. Qt-free; called by the app at start.

The log is where the details of an unexpected error go, so the error dialog can point to it. It
may hold names and file paths from the user's data: the file is 0600 in a 0700 directory.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from posse_desktop import paths

LOG_NAME = "posse.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Creates each log file (the first and every rotated one) readable by the owner only."""

    def _open(self):  # noqa: ANN202 - logging's own signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file left by an older version may be wider
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    return paths.logs_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the root logger to the log file; return its path, or None if it cannot be written.

    Calling it again replaces the handler it added before (tests, a reopened session).
    """
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if isinstance(handler, _PrivateRotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    target = log_file()
    try:
        paths.ensure_private_dir(target.parent)
        os.chmod(target.parent, 0o700)
        handler = _PrivateRotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
    except OSError as exc:
        # No log is no reason not to start; the error dialog then says the log is unavailable.
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", target, exc)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return target
