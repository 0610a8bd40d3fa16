"""Logging to a private, rotating file in the user's log dir. Qt-free; called by the app at start.

The log is where the details of an unexpected error go, so the error dialog can point to it. It
may hold names and file paths from the user's data: the file is 0600 in a 0700 directory.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from posse_desktop import paths

LOG_NAME = "posse.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateLogHandler(logging.FileHandler):
    """Appends to a file readable by the owner only; past MAX_BYTES it moves to .1, .2, .3.

    Not logging.handlers.RotatingFileHandler: that module pulls in pickle, socket and queue,
    which cost start-up time and memory for a feature a local log file does not need.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")

    def _open(self):  # noqa: ANN202 - logging's own signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file left by an older version may be wider
        return os.fdopen(fd, "a", encoding=self.encoding)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= MAX_BYTES:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        self.close()  # FileHandler reopens the file on the next emit
        base = self.baseFilename
        for n in range(BACKUP_COUNT - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        os.replace(base, f"{base}.1")


def log_file() -> Path:
    return paths.logs_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the root logger to the log file; return its path, or None if it cannot be written.

    Calling it again replaces the handler it added before (tests, a reopened session).
    """
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if isinstance(handler, PrivateLogHandler):
            root.removeHandler(handler)
            handler.close()
    target = log_file()
    try:
        paths.ensure_private_dir(target.parent)
        os.chmod(target.parent, 0o700)
        handler = PrivateLogHandler(target)
    except OSError as exc:
        # No log is no reason not to start; the error dialog then says the log is unavailable.
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", target, exc)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return target
