"""The German translation loads by POSSE_LANG and is complete; English is the fallback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

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
