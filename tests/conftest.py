"""Shared fixtures. Offscreen Qt is set before anything can create a QApplication."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from posse_desktop.db import close_db, open_db  # noqa: E402

SHARED_VCARDS = Path(__file__).resolve().parents[2] / "shared" / "vcards"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_paths(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests never touch the user's data, settings or logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("POSSE_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.delenv("POSSE_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "posse.db"


@pytest.fixture
def db(db_path: Path):
    """A real, migrated SQLite file in a temp dir."""
    database = open_db(db_path)
    yield database
    close_db()


@pytest.fixture
def shared_vcards() -> Path:
    if not SHARED_VCARDS.is_dir():
        pytest.skip("../shared/vcards corpus not present")
    return SHARED_VCARDS


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
