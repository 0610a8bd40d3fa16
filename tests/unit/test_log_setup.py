"""The private log file: owner-only, and it rotates instead of growing without end."""

from __future__ import annotations

import logging
import stat

from posse_desktop import log_setup
from posse_desktop.log_setup import BACKUP_COUNT, PrivateLogHandler


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger("posse_desktop.test_log_setup")
    logger.propagate = False
    logger.handlers = [handler]
    logger.setLevel(logging.INFO)
    return logger


def test_the_log_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "posse.log"
    path.write_text("left by an older version\n")
    path.chmod(0o644)
    handler = PrivateLogHandler(path)
    _logger(handler).info("hello")
    handler.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().endswith("hello\n")


def test_a_full_log_moves_aside_and_only_the_newest_backups_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(log_setup, "MAX_BYTES", 100)
    path = tmp_path / "posse.log"
    handler = PrivateLogHandler(path)
    logger = _logger(handler)
    for n in range(40):
        logger.info("message %02d %s", n, "x" * 40)
    handler.close()
    backups = sorted(p.name for p in tmp_path.iterdir() if p.name != "posse.log")
    assert backups == [f"posse.log.{n}" for n in range(1, BACKUP_COUNT + 1)]
    assert all(p.stat().st_size <= 100 + 60 for p in tmp_path.iterdir())
    assert "message 39" in path.read_text()  # the newest line is in the live file
    assert "message 00" not in "".join(p.read_text() for p in tmp_path.iterdir())
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in tmp_path.iterdir())
