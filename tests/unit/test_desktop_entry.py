"""`posse --install-desktop-entry` into a temporary XDG data dir, and where resources are found."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from posse_desktop import APP_ID
from posse_desktop import resources_path as rp
from posse_desktop.desktop_entry import (
    default_prefix,
    find_launcher,
    install_desktop_entry,
    installed_paths,
    quote_exec_arg,
    uninstall_desktop_entry,
)


def entries(path: Path) -> dict[str, str]:
    return dict(
        line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if "=" in line
    )


def test_installs_desktop_file_icons_and_metainfo(tmp_path):
    prefix = tmp_path / "share"
    report = install_desktop_entry(prefix, exec_path="/opt/venv/bin/posse", refresh_caches=False)

    assert sorted(report.installed) == sorted(installed_paths(prefix))
    assert all(path.is_file() and path.stat().st_size > 0 for path in report.installed)
    desktop = entries(prefix / "applications" / f"{APP_ID}.desktop")
    assert desktop["Exec"] == "/opt/venv/bin/posse %F"
    assert desktop["TryExec"] == "/opt/venv/bin/posse"
    assert desktop["Icon"] == APP_ID
    png = prefix / "icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    assert png.read_bytes() == rp.app_icon_png(48).read_bytes()
    assert (prefix / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_default_prefix_follows_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_prefix() == tmp_path / "xdg"
    report = install_desktop_entry(exec_path="posse", refresh_caches=False)
    assert report.installed[0] == tmp_path / "xdg" / "applications" / f"{APP_ID}.desktop"


def test_reinstall_overwrites_and_uninstall_removes_everything(tmp_path):
    install_desktop_entry(tmp_path, exec_path="/old/posse", refresh_caches=False)
    install_desktop_entry(tmp_path, exec_path="/new/posse", refresh_caches=False)
    assert entries(tmp_path / "applications" / f"{APP_ID}.desktop")["Exec"] == "/new/posse %F"

    removed = uninstall_desktop_entry(tmp_path)
    assert sorted(removed) == sorted(installed_paths(tmp_path))
    assert not any(path.exists() for path in installed_paths(tmp_path))
    assert uninstall_desktop_entry(tmp_path) == []


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("/usr/bin/posse", "/usr/bin/posse"),
        ("/home/a b/posse", '"/home/a b/posse"'),
        ('/x/"q"/posse', '"/x/\\"q\\"/posse"'),
        ("/x/$HOME/posse", '"/x/\\$HOME/posse"'),
    ],
)
def test_exec_arguments_are_quoted_per_the_spec(arg, quoted):
    assert quote_exec_arg(arg) == quoted


def test_installed_file_with_an_awkward_path_still_validates(tmp_path):
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    launcher = "/home/Ana Silva/100% posse/bin/posse"
    install_desktop_entry(tmp_path, exec_path=launcher, refresh_caches=False)
    desktop = tmp_path / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run([tool, str(desktop)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout == "", result.stdout
    assert entries(desktop)["Exec"] == '"/home/Ana Silva/100%% posse/bin/posse" %F'


def test_refreshes_the_desktop_database_when_the_tool_exists(tmp_path):
    if shutil.which("update-desktop-database") is None:
        pytest.skip("update-desktop-database is not installed (desktop-file-utils)")
    report = install_desktop_entry(tmp_path, exec_path="posse")
    assert "update-desktop-database" in report.refreshed
    cache = (tmp_path / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"text/vcard={APP_ID}.desktop;" in cache


def test_the_launcher_is_the_one_beside_this_interpreter():
    beside = Path(sys.executable).parent / "posse"
    if not beside.is_file():
        pytest.skip("posse is not installed in this interpreter's environment")
    assert find_launcher() == str(beside)


def test_resources_are_found_from_the_package():
    assert rp.resources_root() == rp.PACKAGE_RESOURCES
    assert rp.resource_path(rp.DESKTOP_FILE).is_file()
    assert rp.resource_path("icons", "actions", "undo.svg").is_file()


def test_resources_are_found_inside_a_pyinstaller_bundle(tmp_path, monkeypatch):
    bundled = tmp_path / "_internal" / "posse_desktop" / "resources"
    bundled.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert rp.resource_path("icons") == bundled / "icons"


@pytest.mark.slow
def test_a_built_wheel_carries_the_resources(tmp_path):
    """`pip install .` must ship what resource_path() looks for (package-data in pyproject)."""
    import zipfile

    root = Path(__file__).resolve().parents[2]
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(root / name, source / name)
    shutil.copytree(
        root / "posse_desktop",
        source / "posse_desktop",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "w"), "."],
        cwd=source,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 and "No matching distribution" in result.stderr:
        pytest.skip(f"cannot fetch build requirements: {result.stderr[-300:]}")
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = (tmp_path / "w").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    package_files = {
        "posse_desktop/resources/" + str(p.relative_to(rp.PACKAGE_RESOURCES)).replace("\\", "/")
        for p in rp.PACKAGE_RESOURCES.rglob("*")
        if p.is_file()
    }
    assert package_files and package_files <= names, sorted(package_files - names)
