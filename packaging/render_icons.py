"""Render the app icon SVG to the hicolor PNG sizes (and a Windows .ico, a macOS .icns input).

Run after editing posse_desktop/resources/icons/org.posse.Posse.svg and commit the PNGs:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py          # PNGs
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py --ico build/posse.ico
    python packaging/render_icons.py --iconset build/posse.iconset && iconutil -c icns build/posse.iconset

Uses Qt's own SVG renderer, so the PNGs match what the app draws.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from posse_desktop.resources_path import (  # noqa: E402
    APP_ICON_SVG,
    ICON_SIZES,
    app_icon_png,
    resource_path,
)

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(renderer: QSvgRenderer, target: Path) -> None:
    """A Vista-style .ico: a directory of PNG-compressed images (Qt has no ICO writer here)."""
    images = [png_bytes(render(renderer, size)) for size in ICO_SIZES]
    header = bytearray((0, 0, 1, 0)) + len(images).to_bytes(2, "little")
    offset = 6 + 16 * len(images)
    entries = bytearray()
    for size, data in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += (
            bytes((side, side, 0, 0)) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        )
        entries += len(data).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(data)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(header + entries) + b"".join(images))


def write_iconset(renderer: QSvgRenderer, target: Path) -> None:
    """A macOS .iconset folder (``iconutil -c icns`` turns it into the .icns the bundle uses)."""
    target.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 128, 256, 512):
        render(renderer, size).save(str(target / f"icon_{size}x{size}.png"), "PNG")
        render(renderer, size * 2).save(str(target / f"icon_{size}x{size}@2x.png"), "PNG")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--iconset", type=Path, help="also write a macOS .iconset folder here")
    parser.add_argument("--no-png", action="store_true", help="skip the hicolor PNGs")
    args = parser.parse_args(argv)

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(resource_path(APP_ICON_SVG)))
    if not renderer.isValid():
        print(f"cannot read {resource_path(APP_ICON_SVG)}", file=sys.stderr)
        return 1
    for size in () if args.no_png else ICON_SIZES:
        target = app_icon_png(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(target)
    if args.ico:
        write_ico(renderer, args.ico)
        print(args.ico)
    if args.iconset:
        write_iconset(renderer, args.iconset)
        print(args.iconset)
    return 0


if __name__ == "__main__":
    sys.exit(main())
