"""Composition root: args -> paths -> open db -> migrate -> QApplication -> MainWindow."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from posse_desktop import APP_ID, APP_NAME, __version__, paths


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="posse", description="Posse: your personal network.")
    parser.add_argument("--version", action="version", version=f"posse {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $POSSE_DB or app data)")
    parser.add_argument(
        "--quit-after-start", action="store_true", help="open the window, paint once, quit (smoke test)"
    )
    parser.add_argument("files", nargs="*", type=Path, help="vCard files to import")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # Qt is imported only once we know we open a window (keeps --help and --version instant).
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from posse_desktop.db import DatabaseError, open_db
    from posse_desktop.services.registry import Services
    from posse_desktop.ui.images import configure_image_limits
    from posse_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    configure_image_limits()

    db_file = paths.db_path(args.db)
    try:
        open_db(db_file)
    except (DatabaseError, OSError) as exc:
        QMessageBox.critical(None, f"{APP_NAME} cannot open its database", str(exc))
        return 2

    window = MainWindow(Services())
    window.show()
    if args.quit_after_start:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
