"""Colour scheme: follow the system (dark included), force light or dark, and check readability.

Qt's native styles on macOS and Windows 11 switch to dark by themselves; many Linux desktops tell Qt
"dark" without giving it a dark palette. apply_color_scheme() fills that gap with Fusion and a calm
palette in the app icon's teal, and contrast_ratio()/palette_problems()/widget_contrast_problems()
let tests prove the result is readable (WCAG 2.x: 4.5:1 for text).

Wire-up (app.py, after QApplication exists)::

    from posse_desktop.ui.palette import apply_color_scheme, follow_system_color_scheme
    apply_color_scheme(app, os.environ.get("POSSE_COLOR_SCHEME", "system"))
    follow_system_color_scheme(app)   # re-applies when the desktop switches light/dark
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleFactory, QWidget

SCHEMES = ("system", "light", "dark")
TEXT_MINIMUM = 4.5  # WCAG AA, normal text
LARGE_TEXT_MINIMUM = 3.0  # WCAG AA, large text and UI components (placeholders, icons)

ACCENT = QColor("#2f7471")  # the icon's teal, darkened until white text on it passes AA
ACCENT_LIGHT = QColor("#7cc4c0")  # links and accents on dark backgrounds

G = QPalette.ColorGroup
R = QPalette.ColorRole

# Role pairs that carry text, with the ratio each must reach.
TEXT_PAIRS: tuple[tuple[R, R, float], ...] = (
    (R.WindowText, R.Window, TEXT_MINIMUM),
    (R.Text, R.Base, TEXT_MINIMUM),
    (R.Text, R.AlternateBase, TEXT_MINIMUM),
    (R.ButtonText, R.Button, TEXT_MINIMUM),
    (R.HighlightedText, R.Highlight, TEXT_MINIMUM),
    (R.ToolTipText, R.ToolTipBase, TEXT_MINIMUM),
    (R.Link, R.Base, TEXT_MINIMUM),
    (R.PlaceholderText, R.Base, LARGE_TEXT_MINIMUM),
)


def relative_luminance(color: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    rgb = color.toRgb()
    return (
        0.2126 * channel(rgb.redF())
        + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours, from 1.0 (same) to 21.0 (black on white).

    Translucent foregrounds are composited over the second colour first.
    """
    first = _over(first, second)
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _over(color: QColor, background: QColor) -> QColor:
    alpha = color.alphaF()
    if alpha >= 1.0:
        return color
    return QColor.fromRgbF(
        color.redF() * alpha + background.redF() * (1 - alpha),
        color.greenF() * alpha + background.greenF() * (1 - alpha),
        color.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette draws light text on a dark window."""
    palette = palette if palette is not None else QGuiApplication.palette()
    window = relative_luminance(palette.color(R.Window))
    return window < relative_luminance(palette.color(R.WindowText))


def system_prefers_dark() -> bool:
    """What the desktop asks for (Qt 6.5+ reads it from the platform: portal, registry, AppKit)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """A calm dark palette: soft charcoal, off-white text, the icon's teal for selection."""
    palette = QPalette()
    colors = {
        R.Window: "#1f2326",
        R.WindowText: "#e6e8e9",
        R.Base: "#181b1d",
        R.AlternateBase: "#22272a",
        R.Text: "#e6e8e9",
        R.Button: "#2a2f33",
        R.ButtonText: "#e6e8e9",
        R.BrightText: "#ff8a80",
        R.Highlight: ACCENT.name(),
        R.HighlightedText: "#ffffff",
        R.ToolTipBase: "#2a2f33",
        R.ToolTipText: "#e6e8e9",
        R.PlaceholderText: "#8f979c",
        R.Link: ACCENT_LIGHT.name(),
        R.LinkVisited: "#b49fd6",
        R.Light: "#3a4045",
        R.Midlight: "#30363a",
        R.Mid: "#272c30",
        R.Dark: "#121416",
        R.Shadow: "#000000",
        R.Accent: ACCENT.name(),
    }
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    disabled = {
        R.WindowText: "#7d8489",
        R.Text: "#7d8489",
        R.ButtonText: "#7d8489",
        R.Highlight: "#3a4045",
        R.HighlightedText: "#9aa1a6",
        R.Base: "#1c1f21",
    }
    for role, value in disabled.items():
        palette.setColor(G.Disabled, role, QColor(value))
    palette.setColor(G.Inactive, R.Highlight, QColor("#2b4f4e"))
    palette.setColor(G.Inactive, R.HighlightedText, QColor("#e6e8e9"))
    return palette


def light_palette() -> QPalette:
    """Fusion's light palette with Posse's teal for selection and links."""
    fusion = QStyleFactory.create("Fusion")
    palette = QPalette(fusion.standardPalette()) if fusion is not None else QPalette()
    palette.setColor(R.Highlight, ACCENT)
    palette.setColor(R.HighlightedText, QColor("#ffffff"))
    palette.setColor(R.Link, QColor("#1d5e5b"))
    palette.setColor(R.Accent, ACCENT)
    palette.setColor(G.Inactive, R.Highlight, QColor("#cfe3e2"))
    palette.setColor(G.Inactive, R.HighlightedText, QColor("#1b1f21"))
    return readable_placeholder(palette)


def readable_placeholder(palette: QPalette) -> QPalette:
    """``palette`` with PlaceholderText (Posse's secondary text) readable on Window and Base.

    Qt's stock light palettes draw it as half-transparent black: 3.9:1 on grey, below WCAG AA.
    """
    for group in (G.Active, G.Inactive):
        current = palette.color(group, R.PlaceholderText)
        worst = min(
            contrast_ratio(current, palette.color(group, R.Window)),
            contrast_ratio(current, palette.color(group, R.Base)),
        )
        if worst < TEXT_MINIMUM:
            palette.setColor(group, R.PlaceholderText, muted_text_color(palette, R.Window))
    return palette


def apply_color_scheme(app: QApplication, scheme: str = "system") -> None:
    """Use ``scheme``: "light", "dark", or "system" (dark only if the desktop asks for it).

    A forced or filled-in scheme switches to the Fusion style, whose drawing follows the palette
    everywhere; a system scheme the platform already honours is left alone.
    """
    if scheme not in SCHEMES:
        raise ValueError(f"colour scheme must be one of {', '.join(SCHEMES)}, not {scheme!r}")
    if scheme == "system":
        if system_prefers_dark() and not is_dark(app.palette()):
            scheme = "dark"
        elif not system_prefers_dark() and is_dark(app.palette()) and app.property("posse_scheme"):
            scheme = "light"  # we painted it dark earlier; the desktop went light again
        else:
            # The platform's own palette stays, with secondary text made readable.
            if palette_problems_for_placeholder(app.palette()):
                app.setPalette(readable_placeholder(QPalette(app.palette())))
            return
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if scheme == "dark" else light_palette())
    app.setProperty("posse_scheme", scheme)


def follow_system_color_scheme(app: QApplication) -> None:
    """Re-apply the "system" scheme whenever the desktop switches between light and dark."""
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_color_scheme(app, "system"))


def palette_problems_for_placeholder(palette: QPalette) -> bool:
    placeholder = palette.color(R.PlaceholderText)
    return (
        min(
            contrast_ratio(placeholder, palette.color(R.Window)),
            contrast_ratio(placeholder, palette.color(R.Base)),
        )
        < TEXT_MINIMUM
    )


def palette_problems(palette: QPalette, group: G = G.Active) -> list[str]:
    """Text role pairs in ``palette`` below their WCAG minimum, described for a test failure."""
    problems = []
    for fg, bg, minimum in TEXT_PAIRS:
        ratio = contrast_ratio(palette.color(group, fg), palette.color(group, bg))
        if ratio < minimum:
            problems.append(f"{fg.name} on {bg.name}: {ratio:.2f} < {minimum}")
    return problems


def widget_contrast_problems(root: QWidget, minimum: float = TEXT_MINIMUM) -> list[str]:
    """Visible widgets under ``root`` whose own text colour is too close to their background.

    Uses each widget's palette and foreground/background roles (item views: Text on Base and
    AlternateBase), so a style sheet or a palette override that breaks dark mode shows up. It
    cannot see colours a delegate paints by hand; check those with contrast_ratio() directly.
    """
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        palette = widget.palette()
        pairs = [(widget.foregroundRole(), widget.backgroundRole())]
        if isinstance(widget, QAbstractItemView):
            pairs = [(R.Text, R.Base), (R.Text, R.AlternateBase), (R.HighlightedText, R.Highlight)]
        for fg, bg in pairs:
            ratio = contrast_ratio(palette.color(fg), palette.color(bg))
            if ratio < minimum:
                label = widget.objectName() or widget.accessibleName() or type(widget).__name__
                problems.append(f"{label}: {fg.name} on {bg.name} {ratio:.2f} < {minimum}")
    return problems


def muted_text_color(
    palette: QPalette, background: R = R.Base, minimum: float = TEXT_MINIMUM
) -> QColor:
    """A secondary-text colour (org, "2 weeks ago") as soft as possible but still >= ``minimum``."""
    text = palette.color(R.Text if background in (R.Base, R.AlternateBase) else R.WindowText)
    bg = palette.color(background)
    best = text
    for step in range(1, 20):
        weight = 1 - step * 0.05  # mix towards the background, 5% at a time
        candidate = QColor.fromRgbF(
            text.redF() * weight + bg.redF() * (1 - weight),
            text.greenF() * weight + bg.greenF() * (1 - weight),
            text.blueF() * weight + bg.blueF() * (1 - weight),
        )
        if contrast_ratio(candidate, bg) < minimum:
            break
        best = candidate
    return best


AVATAR_BACKGROUNDS = ("#2f7471", "#8a5a14", "#a8452c", "#5b5f97", "#3c6e47", "#7a4b6e", "#4f6d7a")


def avatar_colors(key: str) -> tuple[QColor, QColor]:
    """A stable (background, text) pair for an initials avatar; white text passes AA on each."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return QColor(AVATAR_BACKGROUNDS[digest[0] % len(AVATAR_BACKGROUNDS)]), QColor("#ffffff")
