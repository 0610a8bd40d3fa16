"""Action icons: theme first, bundled fallback tinted for the palette, sharp at 2x, mirrored in RTL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette

from posse_desktop import APP_ID
from posse_desktop.resources_path import resource_path
from posse_desktop.ui import icons
from posse_desktop.ui.palette import dark_palette


@pytest.fixture
def bundled_only(qapp):
    icons.set_theme_icons_enabled(False)
    yield
    icons.set_theme_icons_enabled(True)


@pytest.fixture
def palette(qapp):
    saved = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(saved)


def ink(image: QImage) -> list[QColor]:
    """The opaque-ish pixels of an image."""
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return [c for c in pixels if c.alpha() > 200]


def max_difference(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return max(
        abs(a.pixelColor(x, y).alpha() - b.pixelColor(x, y).alpha())
        for x in range(a.width())
        for y in range(a.height())
    )


@pytest.mark.parametrize("name", sorted(icons.THEME_NAMES))
def test_every_action_has_a_bundled_icon_that_draws(bundled_only, name):
    assert resource_path("icons", "actions", f"{name}.svg").is_file()
    image = icons.icon(name).pixmap(QSize(24, 24)).toImage()
    assert len(ink(image)) > 20


def test_unknown_names_fail_loudly(qapp):
    with pytest.raises(KeyError, match="unknown icon"):
        icons.icon("add-contactt")


def test_bundled_icons_take_the_palette_text_colour(bundled_only, palette):
    palette.setPalette(dark_palette())
    text = dark_palette().color(QPalette.ColorRole.WindowText)
    colours = ink(icons.icon("search").pixmap(32).toImage())
    assert colours and all(abs(c.lightness() - text.lightness()) < 12 for c in colours)


def test_bundled_icons_are_sharp_at_2x(bundled_only):
    pixmap = icons.icon("undo").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(48, 48)


def test_undo_points_the_other_way_in_right_to_left(bundled_only, qapp):
    ltr = icons.icon("undo").pixmap(32).toImage()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        rtl = icons.icon("undo").pixmap(32).toImage()
        search_rtl = icons.icon("search").pixmap(32).toImage()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert max_difference(rtl, ltr) > 100
    assert max_difference(rtl, ltr.flipped(Qt.Orientation.Horizontal)) <= 3  # anti-aliasing
    assert search_rtl == icons.icon("search").pixmap(32).toImage()  # not everything mirrors


def test_the_desktop_theme_wins_when_it_has_the_icon(qapp, tmp_path):
    theme = tmp_path / "icons" / "posse-test"
    (theme / "actions").mkdir(parents=True)
    (theme / "index.theme").write_text(
        "[Icon Theme]\nName=posse-test\nDirectories=actions\n\n"
        "[actions]\nSize=24\nType=Scalable\nMinSize=8\nMaxSize=512\n",
        encoding="utf-8",
    )
    (theme / "actions" / "edit-undo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">'
        '<rect width="24" height="24" fill="#ff0000"/></svg>',
        encoding="utf-8",
    )
    saved_paths, saved_name = QIcon.themeSearchPaths(), QIcon.themeName()
    QIcon.setThemeSearchPaths([str(tmp_path / "icons")])
    QIcon.setThemeName("posse-test")
    icons.set_theme_icons_enabled(True)
    try:
        themed = icons.icon("undo")
        assert themed.name() == "edit-undo"
        assert themed.pixmap(24).toImage().pixelColor(12, 12) == QColor("#ff0000")
        assert icons.icon("redo").name() != "edit-redo"  # not in the theme: bundled
        assert len(ink(icons.icon("redo").pixmap(24).toImage())) > 20
    finally:
        QIcon.setThemeSearchPaths(saved_paths)
        QIcon.setThemeName(saved_name)
        icons.set_theme_icons_enabled(True)


def test_app_icon_has_every_size(qapp):
    app_icon = icons.app_icon()
    assert not app_icon.isNull()
    assert {s.width() for s in app_icon.availableSizes()} >= {16, 32, 48, 256, 512}
    QGuiApplication.setWindowIcon(app_icon)
    assert not QGuiApplication.windowIcon().isNull()
    assert APP_ID == "org.posse.Posse"
