"""Round avatars: the contact's photo, or initials on a colour derived from the name."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from posse_desktop.domain.contact import initials_of

# Muted hues that keep white initials readable in light and dark palettes.
_HUES = [200, 160, 20, 280, 330, 40, 100, 240]


def colour_for(name: str) -> QColor:
    hue = _HUES[zlib.crc32(name.encode("utf-8")) % len(_HUES)]
    return QColor.fromHsl(hue, 110, 105)


def paint_initials(painter: QPainter, rect: QRectF, name: str) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour_for(name))
    painter.drawEllipse(rect)
    font = QFont(painter.font())
    font.setPixelSize(max(8, int(rect.height() * 0.38)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials_of(name))
    painter.restore()


def avatar_pixmap(name: str, size: int, image: QImage | None = None, ratio: float = 1.0) -> QPixmap:
    """A circular avatar of `size` logical pixels, sharp at device pixel `ratio`."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    rect = QRectF(0, 0, size, size)
    if image is not None and not image.isNull():
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        path = QPainterPath()
        path.addEllipse(rect)
        painter.setClipPath(path)
        scaled = image.scaled(
            int(size * ratio),
            int(size * ratio),
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawImage(rect, scaled)
    else:
        paint_initials(painter, rect, name)
    painter.end()
    return pixmap
