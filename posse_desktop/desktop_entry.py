"""`posse --install-desktop-entry`: make a pip-installed Posse appear in the desktop's app menu. Qt-free.

A pip install puts the program on disk but tells the desktop nothing. This copies the desktop file
(with Exec pointing at this installation's ``posse``), the app icons and the AppStream metainfo into
the user's XDG data dir, then refreshes the desktop's caches when their tools are present. The .deb
(packaging/build.sh) installs the same files system-wide instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from posse_desktop import APP_ID
from posse_desktop.resources_path import (
    APP_ICON_SVG,
    DESKTOP_FILE,
    ICON_SIZES,
    METAINFO_FILE,
    app_icon_png,
    resource_path,
)


@dataclass
class InstallReport:
    installed: list[Path] = field(default_factory=list)
    exec_path: str = ""
    refreshed: list[str] = field(default_factory=list)  # cache tools that ran successfully


def default_prefix() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share``."""
    xdg = os.environ.get("XDG_DATA_HOME")
    return Path(xdg) if xdg else Path.home() / ".local" / "share"


def find_launcher() -> str:
    """Absolute path of this installation's ``posse`` program, or plain ``posse`` as a last resort.

    The launcher beside the running interpreter wins (a venv that is not on PATH still works from
    the app menu); a frozen app is its own launcher.
    """
    if getattr(sys, "frozen", False):
        return str(Path(sys.executable).resolve())
    scripts = Path(sys.executable).parent
    for name in ("posse", "posse.exe"):
        candidate = scripts / name
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("posse")
    return str(Path(found).resolve()) if found else "posse"


def quote_exec_arg(arg: str) -> str:
    """Quote one argument of a desktop file's Exec key (Desktop Entry spec, "The Exec key")."""
    if not any(ch in arg for ch in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def desktop_file_text(exec_path: str) -> str:
    """The bundled desktop file with Exec and TryExec pointing at ``exec_path``.

    Backslashes are doubled once more because the desktop file format itself unescapes string
    values before the Exec rules apply; a literal ``%`` is written ``%%`` (field codes).
    """
    program = quote_exec_arg(exec_path).replace("\\", "\\\\").replace("%", "%%")
    lines = []
    for line in resource_path(DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={program} %F"
        elif line.startswith("TryExec="):
            line = f"TryExec={exec_path.replace(chr(92), chr(92) * 2)}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _copy(source: Path, target: Path, report: InstallReport) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    report.installed.append(target)


def installed_paths(prefix: Path) -> list[Path]:
    """Every file install_desktop_entry writes under ``prefix``."""
    hicolor = prefix / "icons" / "hicolor"
    paths = [prefix / "applications" / DESKTOP_FILE, prefix / "metainfo" / METAINFO_FILE]
    paths += [hicolor / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES]
    paths.append(hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    return paths


def install_desktop_entry(
    prefix: Path | None = None,
    *,
    exec_path: str | None = None,
    refresh_caches: bool = True,
) -> InstallReport:
    """Install the desktop file, icons and metainfo under ``prefix`` (default: the user's data dir).

    Args:
        prefix: an XDG data dir such as ``~/.local/share`` or ``/usr/share``.
        exec_path: the program the desktop file launches; default find_launcher().
        refresh_caches: run update-desktop-database and gtk-update-icon-cache if installed.

    Raises:
        FileNotFoundError: when the bundled resources are missing (a broken install).
        OSError: when the prefix cannot be written.
    """
    prefix = Path(prefix) if prefix is not None else default_prefix()
    report = InstallReport(exec_path=exec_path or find_launcher())

    desktop_target = prefix / "applications" / DESKTOP_FILE
    desktop_target.parent.mkdir(parents=True, exist_ok=True)
    tmp = desktop_target.with_suffix(".desktop.tmp")
    tmp.write_text(desktop_file_text(report.exec_path), encoding="utf-8")
    os.replace(tmp, desktop_target)
    report.installed.append(desktop_target)

    hicolor = prefix / "icons" / "hicolor"
    for size in ICON_SIZES:
        _copy(app_icon_png(size), hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png", report)
    _copy(resource_path(APP_ICON_SVG), hicolor / "scalable" / "apps" / f"{APP_ID}.svg", report)
    _copy(resource_path(METAINFO_FILE), prefix / "metainfo" / METAINFO_FILE, report)

    if refresh_caches:
        _refresh(["update-desktop-database", "-q", str(prefix / "applications")], report)
        if (hicolor / "index.theme").is_file():  # the cache tool refuses a theme dir without one
            _refresh(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)], report)
    return report


def uninstall_desktop_entry(prefix: Path | None = None) -> list[Path]:
    """Remove what install_desktop_entry wrote; returns the files that were removed."""
    prefix = Path(prefix) if prefix is not None else default_prefix()
    removed = []
    for path in installed_paths(prefix):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def _refresh(command: list[str], report: InstallReport) -> None:
    """Best effort: a missing or failing cache tool only delays the menu entry until next login."""
    if shutil.which(command[0]) is None:
        return
    try:
        result = subprocess.run(command, capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return
    if result.returncode == 0:
        report.refreshed.append(command[0])
