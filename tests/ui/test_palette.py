"""Dark mode is readable: WCAG contrast on the palette and on real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.ui.palette import (
    AVATAR_BACKGROUNDS,
    TEXT_MINIMUM,
    apply_color_scheme,
    avatar_colors,
    contrast_ratio,
    dark_palette,
    is_dark,
    light_palette,
    muted_text_color,
    palette_problems,
    widget_contrast_problems,
)

R = QPalette.ColorRole


@pytest.fixture
def app(qapp):
    """The shared QApplication, with its style and palette put back afterwards."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("posse_scheme", None)


@pytest.mark.parametrize(
    ("fg", "bg", "expected"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#777777", "#ffffff", 4.48),  # the classic "grey that just fails AA"
        ("#ffffff", "#2f7471", 5.44),
        ("#80000000", "#ffffff", 4.00),  # half-transparent black over white: mid grey
    ],
)
def test_contrast_ratio_matches_wcag(fg, bg, expected):
    assert contrast_ratio(QColor(fg), QColor(bg)) == pytest.approx(expected, abs=0.02)
    if QColor(fg).alpha() == 255:
        assert contrast_ratio(QColor(bg), QColor(fg)) == pytest.approx(expected, abs=0.02)


@pytest.mark.parametrize("make", [dark_palette, light_palette])
def test_bundled_palettes_pass_aa_for_every_text_role(app, make):
    assert palette_problems(make()) == []


def test_a_bad_palette_is_reported():
    palette = dark_palette()
    palette.setColor(R.Text, QColor("#3a3a3a"))
    problems = palette_problems(palette)
    assert any(p.startswith("Text on Base") for p in problems)


def main_window_like() -> QMainWindow:
    """Three panes with the widget kinds Posse's main window uses."""
    window = QMainWindow()
    splitter = QSplitter()
    contacts = QWidget()
    layout = QVBoxLayout(contacts)
    search = QLineEdit(placeholderText="Search everyone")
    people = QListWidget()
    people.addItems(["Ana Silva", "Ben Okafor", "Dana Kim"])
    people.setAlternatingRowColors(True)
    layout.addWidget(search)
    layout.addWidget(people)
    detail = QWidget()
    detail_layout = QVBoxLayout(detail)
    detail_layout.addWidget(QLabel("Dana Kim", objectName="name"))
    detail_layout.addWidget(QPushButton("Log interaction"))
    timeline = QTreeWidget()
    timeline.setHeaderLabels(["When", "What"])
    splitter.addWidget(contacts)
    splitter.addWidget(detail)
    splitter.addWidget(timeline)
    window.setCentralWidget(splitter)
    return window


def test_dark_scheme_makes_real_widgets_readable(app, qtbot):
    apply_color_scheme(app, "dark")
    assert is_dark(app.palette())
    window = main_window_like()
    qtbot.addWidget(window)
    window.show()
    assert widget_contrast_problems(window) == []


def test_an_unreadable_widget_is_found(app, qtbot):
    apply_color_scheme(app, "dark")
    window = main_window_like()
    qtbot.addWidget(window)
    label = window.findChild(QLabel, "name")
    palette = label.palette()
    palette.setColor(R.WindowText, QColor("#202020"))  # dark text hard-coded for a light theme
    label.setPalette(palette)
    window.show()
    problems = widget_contrast_problems(window)
    assert len(problems) == 1 and problems[0].startswith("name: WindowText on Window")


def test_light_scheme_after_dark_is_light_again(app):
    apply_color_scheme(app, "dark")
    apply_color_scheme(app, "light")
    assert not is_dark(app.palette())
    assert app.style().name().lower() == "fusion"


def test_unknown_scheme_is_refused(app):
    with pytest.raises(ValueError, match="colour scheme"):
        apply_color_scheme(app, "sepia")


@pytest.mark.parametrize("make", [dark_palette, light_palette])
@pytest.mark.parametrize("background", [R.Base, R.AlternateBase, R.Window])
def test_muted_text_is_softer_but_still_readable(app, make, background):
    palette = make()
    muted = muted_text_color(palette, background)
    bg = palette.color(background)
    assert contrast_ratio(muted, bg) >= TEXT_MINIMUM
    assert contrast_ratio(muted, bg) < contrast_ratio(palette.color(R.Text), bg)


def test_avatar_colors_are_stable_and_readable():
    assert avatar_colors("Dana Kim") == avatar_colors("Dana Kim")
    assert len({avatar_colors(name)[0].name() for name in map(str, range(50))}) > 3
    for background in AVATAR_BACKGROUNDS:
        assert contrast_ratio(QColor("#ffffff"), QColor(background)) >= TEXT_MINIMUM, background


def test_palette_module_uses_the_running_app(app):
    assert isinstance(QApplication.instance(), QApplication)
