"""At launch the window paints the contact list first and builds the other panes just after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from posse_desktop.domain import ContactData
from posse_desktop.services.registry import Services
from posse_desktop.ui.main_window import MainWindow
from posse_desktop.ui.panes.help_pane import HelpPane
from posse_desktop.ui.panes.timeline_pane import TimelinePane

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _deferred_window(qtbot) -> MainWindow:
    QCoreApplication.setOrganizationName("PosseTests")
    QCoreApplication.setApplicationName("PosseTests")
    window = MainWindow(Services(), deferred=True)
    qtbot.addWidget(window)
    return window


def test_the_list_is_there_before_the_first_paint_and_the_panes_right_after(qtbot, db):
    Services().contacts.create(ContactData(formatted_name="Ada Lovelace"))
    window = _deferred_window(qtbot)
    assert window.contacts_pane.model.rowCount() == 1  # the first paint shows real data
    assert not window.features_ready
    assert not isinstance(window.timeline_pane, TimelinePane)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    qtbot.waitUntil(lambda: window.features_ready)
    assert isinstance(window.timeline_pane, TimelinePane)
    assert isinstance(window.help_pane, HelpPane)
    assert window.center.widget(1) is window.timeline_pane
    assert window.splitter.widget(2) is window.help_pane
    assert window.help_pane.isVisible()
    assert window.menus["timeline"].actions(), "the timeline controller added its actions"
    window.close()


def test_a_hidden_help_pane_stays_hidden_when_the_real_pane_arrives(qtbot, db):
    window = _deferred_window(qtbot)
    window.actions.toggle_help_pane.setChecked(False)
    window.save_state()
    window.close()
    window = _deferred_window(qtbot)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    qtbot.waitUntil(lambda: window.features_ready)
    assert not window.help_pane.isVisible()
    window.actions.toggle_help_pane.setChecked(True)
    assert window.help_pane.isVisible()
    QSettings().remove("window/help_pane")
    window.close()


def test_files_handed_over_before_the_panes_exist_are_imported_once_they_do(qtbot, db):
    window = _deferred_window(qtbot)
    window.open_files([str(FIXTURES / "v30_iphone_ablabel.vcf")])  # `posse FILE.vcf` at launch
    assert window.services.contacts.count() == 0
    with qtbot.waitSignal(window.first_painted):
        window.show()
    qtbot.waitUntil(lambda: window.services.contacts.count() == 1, timeout=10_000)
    window.close()


def test_the_app_opens_paints_and_quits_through_its_entry_point(tmp_path):
    """`python -m posse_desktop` end to end: database opened, window painted, every pane built."""
    db = tmp_path / "start.db"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POSSE_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "posse_desktop", "--db", str(db), "--quit-after-start"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    check = subprocess.run(
        [sys.executable, "-m", "posse_desktop.cli", "--db", str(db), "check", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert json.loads(check.stdout)["integrity"] == "ok"
