"""Icons: the desktop theme's where it has them, Posse's bundled SVGs where it does not.

Bundled action icons are monochrome line drawings (``stroke="currentColor"``). They are drawn on
demand by an icon engine in the palette's text colour, so they stay readable in dark mode, stay sharp
at any device pixel ratio, and undo/redo point the right way in a right-to-left layout.

Usage::

    from posse_desktop.ui.icons import app_icon, icon
    QApplication.setWindowIcon(app_icon())
    action.setIcon(icon("undo"))
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from posse_desktop import APP_ID
from posse_desktop.resources_path import ICON_SIZES, app_icon_png, resource_path

# Posse's name for an action icon -> freedesktop icon-naming-spec names to try first.
THEME_NAMES: dict[str, tuple[str, ...]] = {
    "add-contact": ("contact-new",),
    "import": ("document-import",),
    "export": ("document-export",),
    "delete": ("edit-delete",),
    "undo": ("edit-undo",),
    "redo": ("edit-redo",),
    "search": ("edit-find", "system-search"),
    "log-interaction": ("appointment-new",),
    "ask": (),  # no standard name means "who can help me?"; always the bundled one
    "help": ("help-contents", "help-browser"),
    "edit": ("document-edit", "document-properties"),
}

# Icons whose arrows point along the reading direction.
MIRRORED_IN_RTL = frozenset({"undo", "redo"})

_use_theme = True


def set_theme_icons_enabled(enabled: bool) -> None:
    """Use only bundled icons when False (screenshots and tests look the same on every desktop)."""
    global _use_theme
    _use_theme = enabled
    _cached_icon.cache_clear()


def icon(name: str) -> QIcon:
    """The action icon called ``name`` (a key of THEME_NAMES).

    Raises:
        KeyError: for an unknown name; a typo should fail loudly, not show a blank button.
    """
    if name not in THEME_NAMES:
        raise KeyError(f"unknown icon {name!r}; known: {', '.join(sorted(THEME_NAMES))}")
    return QIcon(_cached_icon(name))


@cache
def _cached_icon(name: str) -> QIcon:
    if _use_theme:
        for theme_name in THEME_NAMES[name]:
            if QIcon.hasThemeIcon(theme_name):
                return QIcon.fromTheme(theme_name)
    return bundled_icon(name)


def bundled_icon(name: str) -> QIcon:
    """The bundled SVG for ``name``, tinted with the palette, ignoring the desktop theme."""
    svg = resource_path("icons", "actions", f"{name}.svg").read_text(encoding="utf-8")
    return QIcon(TintedSvgIconEngine(svg, mirror_in_rtl=name in MIRRORED_IN_RTL))


def app_icon() -> QIcon:
    """Posse's own icon, from the PNGs rendered for every size (no SVG plugin needed)."""
    result = QIcon()
    for size in ICON_SIZES:
        path = app_icon_png(size)
        if path.is_file():
            result.addFile(str(path), QSize(size, size))
    if result.isNull():  # a broken install: the theme may still have it
        return QIcon.fromTheme(APP_ID)
    return result


class TintedSvgIconEngine(QIconEngine):
    """Draws a ``currentColor`` SVG in the current palette's colour for the icon mode."""

    def __init__(self, svg_text: str, *, mirror_in_rtl: bool = False) -> None:
        super().__init__()
        self._svg_text = svg_text
        self._mirror_in_rtl = mirror_in_rtl
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, color: QColor) -> QSvgRenderer:
        key = color.name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(key)
        if renderer is None:
            # SVG wants #rrggbb plus a separate opacity, not Qt's #aarrggbb.
            text = self._svg_text.replace("currentColor", color.name(QColor.NameFormat.HexRgb))
            if color.alpha() < 255:
                text = text.replace("<svg ", f'<svg opacity="{color.alphaF():.3f}" ', 1)
            renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
            self._renderers[key] = renderer
        return renderer

    @staticmethod
    def color_for(mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = self._renderer(self.color_for(mode))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if (
            self._mirror_in_rtl
            and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        ):
            painter.translate(2 * rect.x() + rect.width(), 0)
            painter.scale(-1, 1)
        renderer.render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        pixmap.setDevicePixelRatio(scale)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return TintedSvgIconEngine(self._svg_text, mirror_in_rtl=self._mirror_in_rtl)

    def key(self) -> str:
        return "posse-tinted-svg"
