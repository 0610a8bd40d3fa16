"""The desktop file and AppStream metainfo validate and agree with each other and the package."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from posse_desktop import APP_ID, __version__
from posse_desktop.resources_path import (
    APP_ICON_SVG,
    DESKTOP_FILE,
    ICON_SIZES,
    METAINFO_FILE,
    app_icon_png,
    resource_path,
)

ROOT = Path(__file__).resolve().parents[2]


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return path


def desktop_validate(path: Path) -> subprocess.CompletedProcess[str]:
    tool = require_tool("desktop-file-validate")
    return subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)


def appstream_validate(path: Path) -> subprocess.CompletedProcess[str]:
    tool = require_tool("appstreamcli")
    return subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def desktop_entries(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_desktop_file_validates_without_errors_or_warnings():
    result = desktop_validate(resource_path(DESKTOP_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_desktop_validator_rejects_a_broken_file(tmp_path):
    broken = tmp_path / DESKTOP_FILE
    text = resource_path(DESKTOP_FILE).read_text(encoding="utf-8")
    broken.write_text(text.replace("Type=Application\n", ""), encoding="utf-8")
    result = desktop_validate(broken)
    assert result.returncode != 0
    assert "Type" in result.stdout


def test_desktop_file_opens_vcards_with_the_posse_program():
    entries = desktop_entries(resource_path(DESKTOP_FILE))
    assert entries["Exec"] == "posse %F"
    assert entries["Icon"] == APP_ID
    assert entries["MimeType"].split(";")[:2] == ["text/vcard", "text/x-vcard"]
    assert "ContactManagement" in entries["Categories"].split(";")
    assert entries["Terminal"] == "false"


def test_metainfo_validates():
    result = appstream_validate(resource_path(METAINFO_FILE))
    # Exit status is non-zero on errors and warnings; infos and pedantic hints are allowed.
    assert result.returncode == 0, result.stdout + result.stderr
    assert not [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]


def test_appstream_validator_rejects_a_broken_file(tmp_path):
    broken = tmp_path / METAINFO_FILE
    text = resource_path(METAINFO_FILE).read_text(encoding="utf-8")
    broken.write_text(text.replace(f"<id>{APP_ID}</id>", ""), encoding="utf-8")
    assert appstream_validate(broken).returncode != 0


def test_metainfo_agrees_with_the_desktop_file_and_the_package():
    root = ET.parse(resource_path(METAINFO_FILE)).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE
    assert root.find("content_rating[@type='oars-1.1']") is not None

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    scripts = set(pyproject["project"]["scripts"]) | set(pyproject["project"]["gui-scripts"])
    assert {b.text for b in root.iterfind("provides/binary")} == scripts
    mime = {m.text for m in root.iterfind("provides/mediatype")}
    desktop_mime = set(
        filter(None, desktop_entries(resource_path(DESKTOP_FILE))["MimeType"].split(";"))
    )
    assert mime == desktop_mime

    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__


def test_metainfo_describes_every_screenshot():
    root = ET.parse(resource_path(METAINFO_FILE)).getroot()
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 5
    assert sum(shot.get("type") == "default" for shot in shots) == 1
    for shot in shots:
        assert (shot.findtext("caption") or "").strip()
        assert (shot.findtext("image") or "").endswith(".png")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_app_icon_png_is_rendered_at_its_size(size):
    assert png_size(app_icon_png(size)) == (size, size)


def test_app_icon_svg_is_a_square_svg():
    root = ET.parse(resource_path(APP_ICON_SVG)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == root.get("height")
