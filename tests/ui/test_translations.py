"""The German translation loads by POSSE_LANG and is complete; English is the fallback."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTabWidget, QWidget

from posse_desktop.services.registry import Services
from posse_desktop.ui.dialogs.command_palette import plain_text
from posse_desktop.ui.main_window import MainWindow
from posse_desktop.ui.translations import install_translators, translations_dir

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations as build  # noqa: E402  (packaging/translations.py)


@pytest.fixture
def german(qapp, monkeypatch):
    monkeypatch.setenv("POSSE_LANG", "de")
    installed = install_translators(qapp)
    yield installed
    monkeypatch.setenv("POSSE_LANG", "en")
    install_translators(qapp)
    QLocale.setDefault(QLocale.c())


def _window(qtbot) -> MainWindow:
    QCoreApplication.setOrganizationName("PosseTests")
    window = MainWindow(Services())
    qtbot.addWidget(window)
    return window


def test_german_menus_actions_and_first_run(qtbot, db, german):
    assert len(german) == 2  # Posse's catalog and Qt's own (standard buttons)
    window = _window(qtbot)
    titles = [plain_text(m.title()) for m in window.menus.values()]
    assert titles == ["Datei", "Bearbeiten", "Kontakt", "Zeitleiste", "Ansicht", "Hilfe"]
    assert plain_text(window.actions.new_contact.text()) == "Neuer Kontakt …"
    assert plain_text(window.actions.quit.text()) == "Beenden"
    assert window.contacts_pane.search_field.accessibleName() == "Kontakte durchsuchen"
    assert window.contacts_pane.empty_message.text().startswith("Hier beginnt Ihr Netzwerk.")
    assert window.contacts_pane.count_label.text() == "0 Personen"
    assert window.timeline_pane.summary_label.text() == "0 Einträge in Ihrem ganzen Netzwerk"


def test_english_without_a_catalog(qtbot, db, qapp, monkeypatch):
    monkeypatch.setenv("POSSE_LANG", "en")
    assert install_translators(qapp) == []
    window = _window(qtbot)
    assert plain_text(window.menus["file"].title()) == "File"
    QLocale.setDefault(QLocale.c())


def test_a_language_without_a_catalog_gets_no_half_translation(qapp):
    # French Qt buttons around English Posse text would be worse than English throughout.
    assert install_translators(qapp, QLocale("fr_FR")) == []
    QLocale.setDefault(QLocale.c())


def test_the_system_locale_decides_when_posse_lang_is_unset(qapp, monkeypatch):
    monkeypatch.delenv("POSSE_LANG", raising=False)
    from posse_desktop.ui import translations

    assert translations.wanted_locale() == QLocale.system()


def test_every_string_in_the_code_has_a_german_translation(tmp_path):
    """lupdate into a copy of the catalog: nothing new and nothing unfinished."""
    copy = tmp_path / "posse_de.ts"
    shutil.copy(build.ts_file("de"), copy)
    subprocess.run(
        [
            build.tool("pyside6-lupdate"),
            *build.sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert build.unfinished(copy) == []


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    fresh = tmp_path / "posse_de.qm"
    subprocess.run(
        [build.tool("pyside6-lrelease"), str(build.ts_file("de")), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    shipped = Path(translations_dir()) / "posse_de.qm"
    assert shipped.read_bytes() == fresh.read_bytes(), "run: python packaging/translations.py"


def _pane_texts(pane: QWidget) -> list[str]:
    """Every text the pane shows or speaks: labels, buttons, fields, tabs, combo items, tooltips."""
    texts: list[str] = []
    for widget in [pane, *pane.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [plain_text(t) for t in texts if re.search(r"[^\W\d_]{2}", t)]


def _load_timeline(qtbot, window: MainWindow) -> None:
    """The strip, the Reconnect tab (read on a worker thread) and the empty history."""
    window.timeline_pane.load_deferred()
    qtbot.waitUntil(lambda: window.timeline_pane.reminders_ready)


def _panes(qtbot) -> tuple[list[str], list[str]]:
    window = _window(qtbot)
    _load_timeline(qtbot, window)
    return _pane_texts(window.timeline_pane), _pane_texts(window.help_pane)


def test_the_timeline_and_help_panes_are_german(qtbot, db, qapp, monkeypatch):
    """No English left in the two panes: each text differs from the English window's."""
    monkeypatch.setenv("POSSE_LANG", "en")
    install_translators(qapp)
    english = _panes(qtbot)
    monkeypatch.setenv("POSSE_LANG", "de")
    install_translators(qapp)
    try:
        window = _window(qtbot)
        _load_timeline(qtbot, window)
        german = _pane_texts(window.timeline_pane), _pane_texts(window.help_pane)

        timeline, help_pane = window.timeline_pane, window.help_pane
        assert [timeline.tabs.tabText(i) for i in range(2)] == ["Verlauf", "Wieder melden"]
        assert timeline.text_filter.placeholderText() == "Nach Wörtern filtern …"
        assert timeline.person_button.text() == "Ausgewählte Person"
        assert timeline.tag_filter.itemText(0) == "Jedes Schlagwort"
        assert timeline.kind_filter.itemText(1) == "Anruf"
        assert timeline.empty_state.text().startswith("Ihre Zeitleiste ist leer.")
        assert timeline.upcoming.text.text().startswith("Nichts in den nächsten 14 Tagen.")
        assert [help_pane.tabs.tabText(i) for i in range(2)] == [
            "Wer helfen kann",
            "Schwierige Projekte",
        ]
        assert help_pane.ask_input.placeholderText() == "Was ist das schwierige Projekt?"
        assert help_pane.answer_view.save_button.text() == "Als schwieriges Projekt speichern"
        assert help_pane.requests_view.asked_button.text() == "Gefragt"
        assert plain_text(window.timeline_controller.log_action.iconText()) == "Protokollieren"
    finally:
        monkeypatch.setenv("POSSE_LANG", "en")
        install_translators(qapp)
        QLocale.setDefault(QLocale.c())

    for name, en, de in zip(("timeline", "help"), english, german, strict=True):
        assert len(en) == len(de), name
        same = [e for e, d in zip(en, de, strict=True) if e == d]
        assert same == [], f"English in the German {name} pane: {same}"
