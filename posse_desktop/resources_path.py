"""Where Posse's bundled files (icons, desktop entry, metainfo, translations) live. Qt-free.

One layout everywhere: the files are package data under ``posse_desktop/resources/``. That one
directory is what a source checkout, an editable or regular ``pip install`` and a PyInstaller bundle
(``packaging/posse.spec`` copies it to ``<_MEIPASS>/posse_desktop/resources``) all provide.
"""

from __future__ import annotations

import sys
from pathlib import Path

from posse_desktop import APP_ID

PACKAGE_RESOURCES = Path(__file__).resolve().parent / "resources"

# File names inside the resources directory, shared by the desktop entry installer and packaging.
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
APP_ICON_SVG = f"icons/{APP_ID}.svg"
HICOLOR_DIR = "icons/hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_root() -> Path:
    """The directory holding the bundled resources, frozen or not."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        frozen = Path(bundle) / "posse_desktop" / "resources"
        if frozen.is_dir():
            return frozen
    return PACKAGE_RESOURCES


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("icons", "actions", "undo.svg")``.

    The path is not checked; callers that need the file should handle it being absent.
    """
    return resources_root().joinpath(*parts)


def app_icon_png(size: int) -> Path:
    """The rendered app icon at ``size`` x ``size`` (one of ICON_SIZES)."""
    return resource_path(HICOLOR_DIR, f"{size}x{size}", "apps", f"{APP_ID}.png")
