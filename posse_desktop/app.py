"""Composition root: args -> paths -> open db -> migrate -> QApplication -> MainWindow."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from posse_desktop import APP_ID, APP_NAME, __version__, paths

if TYPE_CHECKING:  # Qt is imported in main() only, once a window will open
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="posse", description="Posse: your personal network.")
    parser.add_argument("--version", action="version", version=f"posse {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $POSSE_DB or app data)"
    )
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help="open the window, paint once, quit (smoke test)",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Posse to this user's app menu (for a pip install)",
    )
    parser.add_argument("files", nargs="*", type=Path, help="vCard files to import")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.install_desktop_entry:
        from posse_desktop.desktop_entry import install_desktop_entry

        report = install_desktop_entry()
        print(f"Posse is in your app menu (runs {report.exec_path}). Installed:")
        for installed in report.installed:
            print(f"  {installed}")
        return 0
    # Start-up creates hundreds of thousands of long-lived objects (modules, classes, Qt
    # wrappers) and no garbage cycles: collecting while it runs costs ~5% of start-up for
    # nothing. Collection resumes after the first paint, with those objects frozen out of it.
    gc.disable()
    from posse_desktop.log_setup import setup_logging

    log_path = setup_logging()
    # The Qt-free layers first: once PySide6 is imported it reads the source of every module
    # imported after it (its __feature__ check), about 0.1 ms each for some 60 modules here.
    from posse_desktop.db.startup import open_database
    from posse_desktop.services import registry  # noqa: F401 - imported early, see above

    # isort: split
    # Qt is imported only once we know we open a window (keeps --help and --version instant).
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from posse_desktop.ui.backup_settings import apply_saved_retention
    from posse_desktop.ui.exception_handler import install_exception_handler
    from posse_desktop.ui.icons import app_icon
    from posse_desktop.ui.images import configure_image_limits
    from posse_desktop.ui.palette import apply_color_scheme, follow_system_color_scheme
    from posse_desktop.ui.session import WindowSession
    from posse_desktop.ui.single_instance import SingleInstance, raise_window
    from posse_desktop.ui.translations import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    install_translators(app)
    exception_handler = install_exception_handler(log_path, app)  # noqa: F841 - lives with app
    # macOS delivers double-clicked files as events, possibly before the window exists. Only
    # there: a filter on the application sees every event of every widget, and running each
    # through Python made building the window 2.5x slower.
    file_opener = None
    if sys.platform == "darwin":
        from posse_desktop.ui.file_open_events import FileOpenEventFilter

        file_opener = FileOpenEventFilter(app)
        app.installEventFilter(file_opener)
    apply_color_scheme(app, os.environ.get("POSSE_COLOR_SCHEME", "system"))
    follow_system_color_scheme(app)
    configure_image_limits()

    db_file = paths.db_path(args.db)
    instance = SingleInstance(SingleInstance.server_name_for(db_file), app)
    # The first Posse on a database serves later launches; a smoke test neither serves nor forwards.
    serves = not args.quit_after_start and instance.claim()
    if not (serves or args.quit_after_start) and instance.try_forward(
        [str(f) for f in args.files], wait_for_listener=True
    ):
        return 0  # the running Posse opens the files and comes to the front
    apply_saved_retention()  # before an upgrade's backup may prune older ones
    notices: list = []

    def announce_upgrade() -> None:  # only for an older database: not on the usual path
        from posse_desktop.ui.upgrade_notice import show_upgrade_notice

        notices.append(show_upgrade_notice())

    # The page-by-page integrity check reads the whole file: it runs once the window is up.
    problem = open_database(db_file, quick_check=False, on_upgrade=announce_upgrade)
    for notice in notices:
        notice.close()
    if problem is not None:
        # A damaged, locked or too-new database gets a dialog with ways out; None means "Quit".
        from posse_desktop.ui.dialogs.startup_problem import open_until_ready

        _end_of_startup(app, app_icon())  # a dialog may stay open long: collect as usual
        if serves:
            instance.listen()  # a launch meanwhile hands its files to this one, not a second dialog

        opened = open_until_ready(db_file, quick_check=False, problem=problem)
        if opened is None:
            return 2
        db_file = opened

    session = WindowSession(db_file, app)
    session.show_window(deferred=True)  # the contact list paints first; the other panes follow
    # The backup reads the whole file: it starts once the window is on screen, not before.
    background: list = []  # waited for before exit: a running QThread must not be destroyed

    def after_first_paint() -> None:
        # Imported here: nothing the first paint needs, and they cost start-up time.
        from posse_desktop.ui.backup_controller import start_daily_backup, start_integrity_check

        _end_of_startup(app, app_icon())
        if serves:
            instance.listen()  # later launches hand their files to this window from now on
        background.append(start_integrity_check(db_file, session.window))
        background.append(start_daily_backup(db_file, session.show_status))

    session.window.first_painted.connect(after_first_paint)
    instance.files_received.connect(session.open_files)
    instance.activation_requested.connect(lambda: raise_window(session.window))
    if file_opener is not None:
        file_opener.deliver_to(session.open_files)
    if args.files:
        session.open_files([str(f) for f in args.files])
    if args.quit_after_start:  # once painted, with every pane built: the smoke test sees it all
        session.window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
    status = app.exec()
    if session.window is not None and session.window.isVisible():
        session.window.close()  # a quit without closing it (smoke test, session end): readers stop
    for task in background:
        task.cancel()  # a daily backup stops between steps; its partial file is removed
        task.wait()
    return status


def _end_of_startup(app: QApplication, icon: QIcon) -> None:
    """Garbage collection back on, with what start-up built left out of every future pass; the
    window icon (the taskbar takes it up; the first frame does not show it)."""
    gc.freeze()
    gc.enable()
    app.setWindowIcon(icon)


if __name__ == "__main__":
    sys.exit(main())
