"""First run: explore a sample network in its own database, clearly marked, and leave it again."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from posse_desktop.db import close_db
from posse_desktop.ui.sample_controller import SAMPLE_CONTACTS
from posse_desktop.ui.session import WindowSession, sample_db_path


@pytest.fixture
def session(qtbot, db, db_path):
    QCoreApplication.setOrganizationName("PosseTests")
    session = WindowSession(db_path)
    session.show_window()
    yield session
    if session.window is not None:
        session.window.close()
        session.window.deleteLater()
    close_db()


def _count(window) -> int:
    return window.services.contacts.count()


def _open_sample(qtbot, session):
    first = session.window
    with qtbot.waitSignal(session.window_replaced, timeout=5000):
        first.contacts_pane.findChild(QPushButton, "welcome_open_sample").click()
    sample = session.window
    qtbot.waitUntil(lambda: sample.sample.task is None or sample.sample.task.done, timeout=20000)
    qtbot.waitUntil(lambda: sample.contacts_pane.model.rowCount() > 0, timeout=5000)
    return first, sample


def test_the_welcome_button_opens_a_marked_sample_network_in_its_own_file(qtbot, session, db_path):
    assert session.window.contacts_pane.findChild(QPushButton, "welcome_open_sample").isVisible()
    first, sample = _open_sample(qtbot, session)
    assert sample is not first and not (shiboken6.isValid(first) and first.isVisible())
    assert session.current_db == sample_db_path() and sample_db_path().is_file()
    assert sample.windowTitle() == "Posse — Sample network"
    assert sample.sample.banner is not None and sample.sample.banner.isVisible()
    assert "sample network" in sample.sample.banner.message.text()
    assert _count(sample) == SAMPLE_CONTACTS
    assert sample.sample.back_action.isVisible() and not sample.actions.open_sample.isVisible()
    assert sample.sample.back_action in sample.menus["file"].actions()


def test_back_to_my_posse_returns_to_the_untouched_user_database(qtbot, session, db_path):
    _, sample = _open_sample(qtbot, session)
    with qtbot.waitSignal(session.window_replaced, timeout=5000):
        sample.sample.banner.back_button.click()
    mine = session.window
    assert session.current_db == db_path
    assert mine.windowTitle() == "Posse"
    assert mine.sample.banner is None and not mine.sample.back_action.isVisible()
    assert _count(mine) == 0  # nothing of the sample leaked into the user's posse
    assert mine.contacts_pane.empty_state.isVisible()


def test_the_file_menu_action_leaves_too_and_reopening_reuses_the_sample(qtbot, session, db_path):
    _, sample = _open_sample(qtbot, session)
    with qtbot.waitSignal(session.window_replaced, timeout=5000):
        sample.sample.back_action.trigger()
    size = sample_db_path().stat().st_size
    with qtbot.waitSignal(session.window_replaced, timeout=5000):
        session.window.actions.open_sample.trigger()
    again = session.window
    assert again.sample.task is None  # already built: not generated twice
    assert _count(again) == SAMPLE_CONTACTS and sample_db_path().stat().st_size == size


def test_files_opened_while_exploring_go_into_the_users_posse(qtbot, session, db_path, tmp_path):
    _open_sample(qtbot, session)
    card = tmp_path / "phone.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Omar Haddad\r\nN:Haddad;Omar;;;\r\nEND:VCARD\r\n"
    )
    session.open_files([str(card)])
    assert session.current_db == db_path
    qtbot.waitUntil(lambda: _count(session.window) == 1, timeout=10000)


def test_a_bare_activation_does_not_leave_the_sample(qtbot, session):
    _open_sample(qtbot, session)
    session.open_files([])
    assert session.showing_sample
