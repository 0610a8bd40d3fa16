"""At launch the window paints the contact list first and builds the other panes just after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from posse_desktop.domain import ContactData
from posse_desktop.services.registry import Services
from posse_desktop.ui.main_window import MainWindow
from posse_desktop.ui.panes.help_pane import HelpPane
from posse_desktop.ui.panes.timeline_pane import TimelinePane
from posse_desktop.ui.single_instance import SingleInstance

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _app_env(tmp_path: Path) -> dict[str, str]:
    """A real Posse process whose data, settings and socket all live in `tmp_path`."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POSSE_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }


def _deferred_window(qtbot) -> MainWindow:
    QCoreApplication.setOrganizationName("PosseTests")
    QCoreApplication.setApplicationName("PosseTests")
    window = MainWindow(Services(), deferred=True)
    qtbot.addWidget(window)
    return window


def test_the_list_is_there_before_the_first_paint_and_the_panes_right_after(qtbot, db):
    Services().contacts.create(ContactData(formatted_name="Ada Lovelace"))
    window = _deferred_window(qtbot)
    window.actions.toggle_help_pane.setChecked(True)  # whatever an earlier test left in settings
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
    env = _app_env(tmp_path)
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


def test_a_second_launch_hands_its_vcard_to_the_running_posse(tmp_path, monkeypatch):
    """Double-clicking a .vcf while Posse runs: the running window imports it, no second window."""
    db = tmp_path / "running.db"
    env = _app_env(tmp_path)
    posse = [sys.executable, "-m", "posse_desktop", "--db", str(db)]
    first = subprocess.Popen(posse, env=env, stderr=subprocess.PIPE, text=True)
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # where the app puts its socket
        socket_file = Path(SingleInstance.server_name_for(db))
        _wait_for(lambda: socket_file.exists() or first.poll() is not None, "the first to listen")
        assert first.poll() is None, first.stderr.read()
        second = subprocess.run(
            [*posse, str(FIXTURES / "v30_iphone_ablabel.vcf")],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr

        def imported() -> bool:
            found = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "posse_desktop.cli",
                    "--db",
                    str(db),
                    "search",
                    "Dana Kim",
                    "--json",
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            return found.returncode == 0 and len(json.loads(found.stdout)) == 1

        _wait_for(imported, "the running Posse to import the card")
        assert first.poll() is None, "the first Posse is still running"
    finally:
        first.terminate()
        first.communicate(timeout=30)


def _wait_for(condition, what: str, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_garbage_collection_and_the_icon_come_once_the_window_has_painted(tmp_path):
    """Start-up pauses the cyclic collector and sets the window icon after the first paint."""
    script = (
        "import gc, sys\n"
        "from posse_desktop import app\n"
        "status = app.main(['--db', sys.argv[1], '--quit-after-start'])\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "print(status, gc.isenabled(), gc.get_freeze_count() > 0,"
        " not QGuiApplication.windowIcon().isNull())\n"
    )
    env = _app_env(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "gc.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "True", "True", "True"]  # and the icon is set


FIRST_PAINT_MODULES = """
import json, sys
from posse_desktop import app
from posse_desktop.ui.main_window import MainWindow
seen = []
original = MainWindow.paintEvent
def paintEvent(self, event):
    if not seen:
        seen.append(sorted(sys.modules))
    original(self, event)
MainWindow.paintEvent = paintEvent
app.main(["--db", sys.argv[1], "--quit-after-start"])
print(json.dumps(seen[0]))
"""

# Imported at start-up, each of these cost every launch time or memory for something the first
# paint does not show (bench_contacts.py measures the whole path).
NOT_BEFORE_FIRST_PAINT = [
    "PySide6.QtNetwork",  # the single-instance socket listens after the paint
    "logging.handlers",  # pickle, socket, queue: log_setup has its own small rotation
    "html",  # a large entity table; tooltips import it when they are made
    "posse_desktop.db.backups",  # only a start-up problem or the daily backup need it
    "posse_desktop.ui.backup_controller",
    "posse_desktop.ui.error_dialog",  # shown at the first unexpected error
    "posse_desktop.ui.file_open_events",  # macOS only
    "posse_desktop.ui.panes.timeline_pane",
    "posse_desktop.ui.panes.help_pane",
    "posse_desktop.services.help",
    "posse_desktop.services.help_signals",
    "posse_desktop.services.importer",
    "posse_desktop.vcard",
    "vobject",
    "phonenumbers",
    "rapidfuzz",
]


def test_the_first_paint_imports_only_what_it_shows(tmp_path):
    db = tmp_path / "existing.db"
    env = _app_env(tmp_path)
    created = subprocess.run(
        [sys.executable, "-m", "posse_desktop.cli", "--db", str(db), "check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert created.returncode == 0, created.stderr
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_MODULES, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "posse_desktop.ui.panes.contacts_pane" in loaded  # the probe saw the real first paint
    assert [name for name in NOT_BEFORE_FIRST_PAINT if name in loaded] == []
