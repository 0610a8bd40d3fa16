"""The main window wires panes, actions and the undo stack together, and does nothing else.

Start-up paints a shell first: menus, toolbar, the contact list and the detail view. The timeline
and help panes and the feature controllers are imported and built just after that first paint
(`deferred=True`, as the app does), so the window a person sees first is the one they came for;
their panes fill in a few frames later. Tests build everything at once (`deferred=False`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QToolBar, QWidget

from posse_desktop import APP_NAME
from posse_desktop.services.registry import Services
from posse_desktop.ui.actions import Actions, create_actions
from posse_desktop.ui.panes.contact_detail import ContactDetail
from posse_desktop.ui.panes.contacts_pane import ContactsPane

if TYPE_CHECKING:
    from posse_desktop.domain import Changes
    from posse_desktop.ui.panes.help_pane import HelpPane
    from posse_desktop.ui.panes.timeline_pane import TimelinePane


class MainWindow(QMainWindow):
    changes_applied = Signal(object)  # Changes
    # Emitted once, just after the window's first paint: work that is not on screen at start-up
    # (reminders, the daily backup) waits for it, so the window appears sooner.
    first_painted = Signal()
    switch_database_requested = Signal(object)  # Path: the session reopens the app on that file

    def __init__(
        self,
        services: Services,
        *,
        title_suffix: str = "",
        deferred: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME}{title_suffix}")
        self.services = services
        self._shows = 0  # contacts shown in the detail pane so far (see broadcast)
        self.undo_stack = QUndoStack(self)
        self._painted = False
        self.features_ready = False
        self._pending_files: list[str] = []  # files to import once the controllers exist
        self.actions: Actions = create_actions(self, self.undo_stack)

        self.contacts_pane = ContactsPane(services.contacts, services.search)
        self.detail = ContactDetail()
        # Empty stand-ins keep the splitters' layout (and restored sizes) until the panes exist.
        self.timeline_pane: TimelinePane | QWidget = QWidget()
        self.help_pane: HelpPane | QWidget = QWidget()
        self.center = QSplitter(Qt.Orientation.Vertical)
        self.center.setObjectName("centerSplitter")
        self.center.addWidget(self.detail)
        self.center.addWidget(self.timeline_pane)
        self.center.setStretchFactor(0, 3)
        self.center.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.contacts_pane, self.center, self.help_pane):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self.contacts_pane.set_welcome_actions(
            [self.actions.import_vcards, self.actions.new_contact, self.actions.open_sample]
        )
        self.statusBar()
        self._restore_state()
        self.contacts_pane.run_search()
        self._update_action_states()
        if not self.contacts_pane.model.rowCount():
            self.detail.show_empty(self._nobody_text())  # first run: not "select someone"
        if deferred:
            self.first_painted.connect(self._build_features)
        else:
            self._build_features()

    def _build_features(self) -> None:
        """The timeline and help panes and every feature controller: after the first paint."""
        from posse_desktop.ui.panes.help_pane import HelpPane
        from posse_desktop.ui.panes.timeline_pane import TimelinePane

        timeline_pane = TimelinePane(self.services)
        help_pane = HelpPane(self.services)
        help_visible = self.actions.toggle_help_pane.isChecked()
        self.center.replaceWidget(1, timeline_pane)
        self.splitter.replaceWidget(2, help_pane)
        for stand_in in (self.timeline_pane, self.help_pane):
            stand_in.deleteLater()
        self.timeline_pane, self.help_pane = timeline_pane, help_pane
        help_pane.setVisible(help_visible)
        self._install_features()
        self._connect()
        self.features_ready = True
        self._show_contact(self.contacts_pane.current_contact_id())
        if self._pending_files:
            self.open_files(self._pending_files)
            self._pending_files = []
        if self._painted:
            # Its queries in a turn of the event loop of their own: the panes show first, and
            # input is not held up for both (about 0.1 s each on 100k contacts).
            QTimer.singleShot(0, timeline_pane, timeline_pane.load_deferred)
        else:
            self.first_painted.connect(timeline_pane.load_deferred)

    # --- wiring -------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        """The menu skeleton; feature controllers add their actions to `self.menus[...]`."""
        a = self.actions
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {
            key: bar.addMenu(title)
            for key, title in (
                ("file", self.tr("&File")),
                ("edit", self.tr("&Edit")),
                ("contact", self.tr("&Contact")),
                ("timeline", self.tr("&Timeline")),
                ("view", self.tr("&View")),
                ("help", self.tr("&Help")),
            )
        }
        self.menus["file"].addActions([a.import_vcards, a.export_vcards])
        self.menus["file"].addSeparator()
        self.menus["file"].addAction(a.open_sample)
        self.file_tail = self.menus["file"].addSeparator()  # features insert before Quit
        self.menus["file"].addAction(a.quit)
        self.menus["edit"].addActions([a.undo, a.redo])
        self.menus["edit"].addSeparator()
        self.menus["edit"].addAction(a.find)
        self.menus["contact"].addActions([a.new_contact, a.edit_contact, a.delete_contact])
        self.menus["contact"].addSeparator()
        self.menus["contact"].addActions([a.restore_contact, a.empty_trash])
        self.menus["view"].addAction(a.toggle_help_pane)
        self.menus["help"].addAction(a.about)

        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([a.new_contact, a.edit_contact, a.delete_contact, a.import_vcards])
        self.addToolBar(self.toolbar)

    def _install_features(self) -> None:
        """Each feature owns its actions and dialogs in a controller (one line each here)."""
        from posse_desktop.ui.backup_controller import BackupController
        from posse_desktop.ui.contact_controller import ContactController
        from posse_desktop.ui.help_controller import HelpController
        from posse_desktop.ui.import_export_controller import ImportExportController
        from posse_desktop.ui.palette_controller import PaletteController
        from posse_desktop.ui.preferences_controller import PreferencesController
        from posse_desktop.ui.sample_controller import SampleController
        from posse_desktop.ui.timeline_controller import TimelineController

        self.controller = ContactController(self)
        self.sample = SampleController(self)
        self.keyboard = PaletteController(self)
        self.import_export = ImportExportController(self)
        self.backup_controller = BackupController(self)
        self.help_controller = HelpController(self)
        self.timeline_controller = TimelineController(self)
        self.preferences = PreferencesController(self)

    def _connect(self) -> None:
        a = self.actions
        a.find.triggered.connect(self._focus_search)
        a.quit.triggered.connect(self.close)
        a.toggle_help_pane.toggled.connect(self.help_pane.setVisible)
        a.about.triggered.connect(self._about)
        self.contacts_pane.current_contact_changed.connect(self._show_contact)
        self.contacts_pane.selection_changed.connect(self._update_action_states)
        self.contacts_pane.scope.currentIndexChanged.connect(lambda _: self._update_action_states())
        self._update_action_states()

    # --- change propagation -------------------------------------------------------------------

    def broadcast(self, changes: Changes) -> None:
        """Every service write ends here; each pane refreshes only what changed."""
        self.contacts_pane.apply_changes(changes)
        shows = self._shows
        if changes.created:
            self.contacts_pane.select_contact(next(iter(changes.created)))
        current = self.contacts_pane.current_contact_id()
        shown = self.detail.contact.id if self.detail.contact else None
        # Selecting a new contact has just shown it as it now is; once is enough.
        stale = current is not None and current in changes.contacts and self._shows == shows
        if current != shown or stale:
            self._show_contact(current)
        self.timeline_pane.apply_changes(changes)
        self.help_pane.apply_changes(changes)
        self.changes_applied.emit(changes)
        self._update_action_states()

    def _show_contact(self, contact_id: int | None) -> None:
        self._shows += 1  # for broadcast: has the contact been shown since a write?
        contact = self.services.contacts.get(contact_id) if contact_id is not None else None
        if contact is None:
            self.detail.show_empty(
                self.tr("Select someone on the left, or press Ctrl+N to add a contact.")
                if self.contacts_pane.model.rowCount()
                else self._nobody_text()
            )
        else:
            self.detail.show_contact(contact)
        self.timeline_pane.show_contact(contact)
        self.help_pane.show_contact(contact)
        self._update_action_states()

    def _nobody_text(self) -> str:
        return self.tr(
            "No one here yet. Import your phone's contacts (Ctrl+I), add someone (Ctrl+N), "
            "or explore a sample network from the File menu."
        )

    def _update_action_states(self) -> None:
        has_selection = bool(self.contacts_pane.selected_contact_ids())
        trash = self.contacts_pane.showing_trash
        a = self.actions
        a.edit_contact.setEnabled(has_selection and not trash)
        a.delete_contact.setEnabled(has_selection and not trash)
        a.restore_contact.setEnabled(has_selection and trash)

    def _focus_search(self) -> None:
        self.contacts_pane.search_field.setFocus()
        self.contacts_pane.search_field.selectAll()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # only when asked: its type costs start-up time

        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", APP_NAME),
            self.tr("%1: who knows what, who helped whom, and who is going cold.").replace(
                "%1", APP_NAME
            ),
        )

    def open_files(self, paths: list[str]) -> None:
        """Files from the command line, the OS or a second launch: imported as vCards."""
        if not self.features_ready:
            self._pending_files.extend(paths)
            return
        self.import_export.import_paths(paths)

    # --- state --------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, splitter in (("window/splitter", self.splitter), ("window/center", self.center)):
            state = settings.value(key)
            if not (isinstance(state, QByteArray) and splitter.restoreState(state)):
                if splitter is self.splitter:
                    splitter.setSizes([320, 620, 340])
                else:
                    splitter.setSizes([460, 300])
        help_visible = settings.value("window/help_pane", True, type=bool)
        self.actions.toggle_help_pane.setChecked(help_visible)
        self.help_pane.setVisible(help_visible)  # the stand-in, so the first paint is laid out

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/center", self.center.saveState())
        settings.setValue("window/help_pane", self.actions.toggle_help_pane.isChecked())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.features_ready:
            self.help_pane.shutdown()  # its reader thread holds a connection to this database
            self.timeline_pane.shutdown()
            self.timeline_controller.notifier.stop()
        super().closeEvent(event)
