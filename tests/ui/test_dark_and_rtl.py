"""The real main window in dark mode is readable, and a right-to-left layout does not break it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QPalette

from posse_desktop.domain import ContactData, Role, StructuredName, TypedValue
from posse_desktop.services.registry import Services
from posse_desktop.ui.main_window import MainWindow
from posse_desktop.ui.palette import apply_color_scheme, widget_contrast_problems


@pytest.fixture
def app(qapp):
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("posse_scheme", None)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _window_with_people(qtbot) -> MainWindow:
    QCoreApplication.setOrganizationName("PosseTests")
    window = MainWindow(Services())
    qtbot.addWidget(window)
    for given, family, org in (("Dana", "Kim", "Acme"), ("Omar", "Haddad", "Globex")):
        window.controller.add(
            ContactData(
                name=StructuredName(given=given, family=family),
                org=org,
                title="Head of Platform",
                emails=[TypedValue(f"{given.lower()}@example.org", "work")],
                roles={Role.ADVISOR},
                notes="Met at a conference.",
            )
        )
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_dark_palette_leaves_no_unreadable_text(qtbot, db, app):
    apply_color_scheme(app, "dark")
    window = _window_with_people(qtbot)  # built after the switch, like a dark-mode start
    assert window.detail.contact is not None  # the detail pane shows someone: its labels count
    problems = widget_contrast_problems(window)
    assert problems == [], "\n".join(problems)


def test_switching_to_dark_while_running_leaves_no_unreadable_text(qtbot, db, app):
    window = _window_with_people(qtbot)
    apply_color_scheme(app, "dark")
    qtbot.wait(20)  # widgets hear of the new application palette through posted events
    window.contacts_pane.run_search()
    problems = widget_contrast_problems(window)
    assert problems == [], "\n".join(problems)


def test_right_to_left_layout_mirrors_the_panes(qtbot, db, app):
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = _window_with_people(qtbot)
    pane, detail = window.contacts_pane, window.detail
    assert window.isRightToLeft()
    assert pane.isVisible() and detail.isVisible() and pane.width() > 100
    left_edge_of = lambda w: w.mapTo(window, w.rect().topLeft()).x()  # noqa: E731
    assert left_edge_of(pane) > left_edge_of(detail)  # the list is on the right
    # The search field sits inside its pane and the scope box on its left (mirrored).
    field, scope = pane.search_field, pane.scope
    assert left_edge_of(scope) < left_edge_of(field)
    for widget in (field, scope, pane.view, detail):
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        assert window.rect().contains(rect), widget.objectName()
    image = window.grab().toImage()
    assert not image.isNull() and image.width() >= 1280


def test_light_palette_secondary_text_is_readable_too(qtbot, db, app):
    apply_color_scheme(app, "light")
    window = _window_with_people(qtbot)
    problems = widget_contrast_problems(window)
    assert problems == [], "\n".join(problems)
