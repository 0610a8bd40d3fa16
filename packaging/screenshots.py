"""Screenshots for the AppStream metainfo: `python packaging/screenshots.py [--out DIR]`.

Builds the demo network (fixed seed and clock, so every run shows the same people) in a temporary
data dir and grabs the real main window at 1440x900 in several states. Dialogs and popups are
separate top-level windows; they are painted onto the window's image where they would appear.
Runs under Xvfb (DISPLAY=:99 QT_QPA_PLATFORM=xcb) or offscreen; the look is the same.

Writes resources/screenshots/{main-window,first-run,contact-editor,timeline,ask-for-help,
dark-mode,german,command-palette,right-to-left,sample-network}.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1440, 900)
NOW = datetime(2025, 11, 14, 10, 30)
SEED = 7


def fixed_clock() -> datetime:
    return NOW


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--only", nargs="*", help="names of the shots to take (default: all)")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="posse-shots-"))
    # Isolated: never the user's data or settings; the same fonts and icons on every desktop.
    os.environ["POSSE_DATA_DIR"] = str(scratch / "data")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    os.environ["POSSE_LANG"] = "en"
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings, Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from posse_desktop import APP_NAME
    from posse_desktop.db import close_db, open_db
    from posse_desktop.services.demo import DemoService
    from posse_desktop.services.registry import Services
    from posse_desktop.ui.icons import app_icon, set_theme_icons_enabled
    from posse_desktop.ui.main_window import MainWindow
    from posse_desktop.ui.palette import apply_color_scheme
    from posse_desktop.ui.translations import install_translators

    app = QApplication([sys.argv[0], "-platformtheme", "none"])
    QCoreApplication.setOrganizationName(f"{APP_NAME}Screenshots")
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    set_theme_icons_enabled(False)
    apply_color_scheme(app, "light")
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only or [])

    def settle(ms: int = 300) -> None:
        deadline = datetime.now().timestamp() + ms / 1000
        while datetime.now().timestamp() < deadline:
            app.processEvents()

    def save(name: str, window: QWidget, *overlays: QWidget) -> None:
        settle()
        shot = window.grab()
        if overlays:
            painter = QPainter(shot)
            painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))  # the window behind, dimmed
            for overlay in overlays:
                offset = overlay.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
                painter.drawPixmap(offset, overlay.grab())
                painter.setPen(QColor(0, 0, 0, 110))  # no window manager: draw its edge
                painter.drawRect(QRect(offset, overlay.size()).adjusted(-1, -1, 0, 0))
            painter.end()
        assert isinstance(shot, QPixmap)
        if shot.size().toTuple() != SIZE:
            shot = shot.scaled(*SIZE)
        path = args.out / f"{name}.png"
        shot.save(str(path))
        print(f"{path}  {shot.width()}x{shot.height()}")

    def take(name: str) -> bool:
        return not wanted or name in wanted

    def new_window() -> MainWindow:
        QSettings().clear()  # every shot starts from the default pane sizes
        window = MainWindow(Services(fixed_clock))
        window.resize(*SIZE)
        window.show()
        settle(500)
        return window

    # --- first run: an empty database ---------------------------------------------------------
    if take("first-run"):
        open_db(scratch / "empty.db")
        window = new_window()
        save("first-run", window)
        window.close()
        close_db()

    # --- the demo network ---------------------------------------------------------------------
    open_db(scratch / "demo.db")
    DemoService(fixed_clock).generate(300, 3000, SEED)
    services = Services(fixed_clock)
    showcase = _showcase_contact(services)

    def demo_window() -> MainWindow:
        window = new_window()
        window.contacts_pane.select_contact(showcase)
        settle(500)
        return window

    if take("main-window"):
        window = demo_window()
        save("main-window", window)
        window.close()

    if take("contact-editor"):
        window = demo_window()
        contact = services.contacts.get(showcase)
        editor = window.controller._editor(contact.data(), f"Edit {contact.display_name}")
        editor.setWindowModality(Qt.WindowModality.NonModal)
        editor.show()
        editor.move(window.mapToGlobal(QPoint((SIZE[0] - editor.width()) // 2, 110)))
        save("contact-editor", window, editor)
        editor.close()
        window.close()

    if take("timeline"):
        window = demo_window()
        window.center.setSizes([330, 570])  # give the timeline the room it is shown for
        save("timeline", window)
        window.close()

    if take("ask-for-help"):
        window = demo_window()
        window.help_pane.ask_input.setText("kubernetes")
        if hasattr(window.help_pane, "ask_now"):
            window.help_pane.ask_now()
        settle(2500)  # the ranking runs on the help pane's reader thread
        save("ask-for-help", window)
        window.close()

    if take("command-palette"):
        window = demo_window()
        palette = window.keyboard.open_palette()
        palette.field.setText("ex")
        save("command-palette", window, palette)
        palette.close()
        window.close()

    if take("dark-mode"):
        apply_color_scheme(app, "dark")
        window = demo_window()
        save("dark-mode", window)
        window.close()
        apply_color_scheme(app, "light")

    if take("german"):
        os.environ["POSSE_LANG"] = "de"
        install_translators(app)
        window = demo_window()
        save("german", window)
        window.close()
        os.environ["POSSE_LANG"] = "en"
        install_translators(app)

    if take("right-to-left"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        window = demo_window()
        save("right-to-left", window)
        window.close()
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    if take("sample-network"):
        from posse_desktop.ui.session import sample_db_path

        close_db()
        open_db(sample_db_path())  # the sample controller marks a window on this file
        DemoService(fixed_clock).generate(300, 3000, SEED)
        window = demo_window()
        save("sample-network", window)
        window.close()

    close_db()
    return 0


def _showcase_contact(services) -> int:
    """A contact with a full detail pane: expertise, roles, several ways to reach them."""
    best, best_score = None, -1
    for contact_id in services.search.page("", limit=120).ids:
        contact = services.contacts.get(contact_id)
        score = (
            3 * len(contact.expertise)
            + 2 * len(contact.roles)
            + len(contact.emails)
            + len(contact.phones)
            + (2 if contact.notes else 0)
            + (1 if contact.title else 0)
        )
        if score > best_score:
            best, best_score = contact_id, score
    assert best is not None
    return best


if __name__ == "__main__":
    sys.exit(main())
