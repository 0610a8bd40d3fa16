"""One import as one step on the undo stack ("Undo import of phone.vcf").

Undo asks the import service to take the batch back. Redo imports the same files again (the
service keeps no copy of what an undo removed). The controller runs both off the GUI thread and
waits for them, so the stack stays in order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoCommand

from posse_desktop.domain import Changes

if TYPE_CHECKING:  # the importer pulls in rapidfuzz: not before the first import
    from posse_desktop.services.importer import ImportReport

Broadcast = Callable[[Changes], None]
Reimport = Callable[[list[str]], "ImportReport | None"]  # None: cancelled or failed
UndoImport = Callable[[int], "Changes | None"]  # None: already undone, or failed
Notify = Callable[[str], None]
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def import_names(names: Sequence[str]) -> str:
    """ "phone.vcf" / "a.vcf, b.vcf and 3 more" (file names, shown as they are)."""
    shown = ", ".join(names[:2])
    if len(names) > 2:
        more = translate("ImportCommand", "%1 and %2 more")
        shown = more.replace("%2", QLocale().toString(len(names) - 2)).replace("%1", shown)
    return shown


def import_title(paths: Sequence[str]) -> str:
    """ "import of phone.vcf" / "import of a.vcf, b.vcf and 3 more" (the stack adds "Undo ")."""
    shown = import_names([os.path.basename(p) for p in paths])
    if not shown:
        return translate("ImportCommand", "import")
    return translate("ImportCommand", "import of %1").replace("%1", shown)


class ImportCommand(QUndoCommand):
    def __init__(
        self,
        report: ImportReport,
        paths: list[str],
        *,
        undo_import: UndoImport,
        reimport: Reimport,
        broadcast: Broadcast,
        notify: Notify,
    ) -> None:
        super().__init__(import_title(paths))
        assert report.batch_id is not None, "an import that changed nothing is not undoable"
        self._undo_import, self._paths = undo_import, paths
        self.batch_id: int = report.batch_id
        self._broadcast, self._reimport, self._notify = broadcast, reimport, notify
        self._done = True  # the import already ran when the command is pushed

    def redo(self) -> None:
        if self._done:
            return
        report = self._reimport(self._paths)
        if report is None or report.batch_id is None:
            # Cancelled, or the files are gone or now match what is there: nothing to step over.
            self.setObsolete(True)
            self._notify(
                translate("ImportCommand", "Redo of the %1 changed nothing.").replace(
                    "%1", self.text()
                )
            )
            return
        self.batch_id, self._done = report.batch_id, True
        self._broadcast(report.changes)
        text = translate("ImportCommand", "Redid the %1: %2 added, %3 updated.")
        self._notify(
            text.replace("%2", QLocale().toString(len(report.added)))
            .replace("%3", QLocale().toString(len(report.updated)))
            .replace("%1", self.text())
        )

    def undo(self) -> None:
        changes = self._undo_import(self.batch_id)
        if changes is None:
            # Already undone from File > Recent Imports, or failed: this step cannot be replayed.
            self.setObsolete(True)
            text = translate(
                "ImportCommand", "The %1 could not be undone here (see File > Recent Imports)."
            )
            self._notify(text.replace("%1", self.text()))
            return
        self._done = False
        self._broadcast(changes)
        self._notify(translate("ImportCommand", "Undid the %1.").replace("%1", self.text()))


def batch_title(sources: Sequence[str]) -> str:
    """An earlier import's title, as services.import_batches.BatchInfo.title words it, translated."""
    names = ", ".join(sources[:2]) + (" ..." if len(sources) > 2 else "")
    if not names:
        return translate("ImportCommand", "import")
    return translate("ImportCommand", "import of %1").replace("%1", names)
