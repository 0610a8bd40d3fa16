"""The PyInstaller build (packaging/build.sh) starts, opens a database and ships its resources.

Runs when dist/posse exists or POSSE_TEST_FROZEN=1 (then a missing build is a failure, not a skip).
The .deb checks run when build.sh also made dist/posse_<version>_<arch>.deb.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from posse_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
APP_DIR = Path(os.environ.get("POSSE_FROZEN_DIR", ROOT / "dist" / "posse"))
REQUIRED = os.environ.get("POSSE_TEST_FROZEN") == "1"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX executable names and paths"),
]


@pytest.fixture(scope="module")
def app_dir() -> Path:
    if not (APP_DIR / "posse").is_file():
        if REQUIRED:
            pytest.fail(f"POSSE_TEST_FROZEN=1 but {APP_DIR} has no build: run packaging/build.sh")
        pytest.skip(
            f"no frozen build in {APP_DIR} (packaging/build.sh; POSSE_TEST_FROZEN=1 forces)"
        )
    return APP_DIR


def run(
    args: list[str | Path], timeout: float = 60, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        check=False,
    )


def test_cli_reports_its_version(app_dir):
    result = run([app_dir / "posse-cli", "--version"])
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout


def test_cli_creates_and_checks_a_database(app_dir, tmp_path):
    db = tmp_path / "frozen.db"
    result = run([app_dir / "posse-cli", "--db", db, "check"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert db.is_file() and db.stat().st_size > 0


def test_gui_opens_a_database_paints_and_quits(app_dir, tmp_path):
    db = tmp_path / "gui.db"
    started = time.perf_counter()
    result = run(
        [app_dir / "posse", "--db", db, "--quit-after-start"], POSSE_DATA_DIR=str(tmp_path)
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert db.is_file()
    assert "Traceback" not in result.stderr, result.stderr
    assert elapsed < 30


def test_gui_reads_a_database_the_cli_filled(app_dir, tmp_path):
    db = tmp_path / "demo.db"
    demo = run(
        [app_dir / "posse-cli", "--db", db, "demo", "--contacts", "50", "--interactions", "200"]
    )
    assert demo.returncode == 0, demo.stdout + demo.stderr
    result = run(
        [app_dir / "posse", "--db", db, "--quit-after-start"], POSSE_DATA_DIR=str(tmp_path)
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_symlinked_launcher_finds_its_bundle(app_dir, tmp_path):
    """/usr/bin/posse in the .deb is a symlink into /opt/posse."""
    link = tmp_path / "bin" / "posse-cli"
    link.parent.mkdir()
    link.symlink_to(app_dir / "posse-cli")
    result = run([link, "--version"])
    assert result.returncode == 0, result.stderr


def test_the_bundle_carries_the_resources(app_dir):
    resources = app_dir / "_internal" / "posse_desktop" / "resources"
    assert (resources / f"{APP_ID}.desktop").is_file()
    assert (resources / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (resources / "icons" / "actions" / "undo.svg").is_file()


def test_the_bundle_leaves_system_libraries_to_the_system(app_dir):
    internal = app_dir / "_internal"
    for name in ("libstdc++.so.6", "libX11.so.6", "libxcb.so.1", "libfontconfig.so.1"):
        assert not (internal / name).exists(), f"{name} should come from the system"


def deb_file() -> Path | None:
    debs = sorted((APP_DIR.parent).glob(f"posse_{__version__}_*.deb"))
    return debs[-1] if debs else None


@pytest.fixture(scope="module")
def deb(app_dir) -> Path:
    found = deb_file()
    if found is None or shutil.which("dpkg-deb") is None:
        pytest.skip("no .deb built (packaging/build.sh on Debian/Ubuntu)")
    return found


def test_deb_installs_the_app_menu_entry_and_binaries(deb):
    contents = run(["dpkg-deb", "--contents", deb]).stdout
    for path in (
        "./opt/posse/posse",
        "./opt/posse/posse-cli",
        "./usr/bin/posse -> /opt/posse/posse",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    ):
        assert path in contents, path


def test_deb_depends_on_what_qt_needs_for_a_window(deb):
    depends = run(["dpkg-deb", "--field", deb, "Depends"]).stdout
    for package in ("libxcb-cursor0", "libegl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3"):
        assert package in depends, f"{package} missing from Depends: {depends}"
    assert run(["dpkg-deb", "--field", deb, "Package"]).stdout.strip() == "posse"


def test_deb_payload_runs_and_its_desktop_file_validates(deb, tmp_path):
    assert run(["dpkg-deb", "-x", deb, tmp_path]).returncode == 0
    result = run([tmp_path / "opt" / "posse" / "posse-cli", "--version"])
    assert result.returncode == 0, result.stderr
    validator = shutil.which("desktop-file-validate")
    if validator:
        desktop = tmp_path / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
        check = run([validator, desktop])
        assert check.returncode == 0 and not check.stdout, check.stdout
