"""Load Posse's translation (and Qt's own, for standard buttons) for the user's language.

The language is the system locale's (QLocale.system(): LANG/LC_* on Linux, the OS setting on macOS
and Windows). POSSE_LANG overrides it, e.g. POSSE_LANG=de for German, POSSE_LANG=en for none.
Translations are compiled .qm files under resources/translations/, built from the .ts sources by
packaging/translations.py.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from posse_desktop.resources_path import resource_path

LANG_ENV = "POSSE_LANG"
CATALOG = "posse"


def translations_dir() -> str:
    return str(resource_path("translations"))


def wanted_locale() -> QLocale:
    override = os.environ.get(LANG_ENV, "").strip()
    return QLocale(override) if override else QLocale.system()


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the translators that exist for `locale`; return them (keep them alive).

    English is the source language: for it, or a language without a catalog, nothing is loaded.
    Replaces translators installed by an earlier call, so a test can switch languages.
    """
    locale = locale or wanted_locale()
    for old in getattr(app, "_posse_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((CATALOG, translations_dir()), ("qtbase", qt_dir)):
        translator = QTranslator(app)
        # load(locale, ...) tries each of the locale's UI languages, "de_AT" then "de".
        if not translator.load(locale, name, "_", directory):
            break  # no Posse catalog: Qt's buttons in that language would mix with English
        app.installTranslator(translator)
        installed.append(translator)
    QLocale.setDefault(locale)  # dates and numbers follow the same choice as the words
    app._posse_translators = installed  # type: ignore[attr-defined]
    return installed
