"""One import as one step on the undo stack ("Undo import of phone.vcf").

Undo asks the import service to take the batch back. Redo imports the same files again (the
service keeps no copy of what an undo removed). The controller runs both off the GUI thread and
waits for them, so the stack stays in order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from posse_desktop.domain import Changes

if TYPE_CHECKING:  # the importer pulls in rapidfuzz: not before the first import
    from posse_desktop.services.importer import ImportReport

Broadcast = Callable[[Changes], None]
Reimport = Callable[[list[str]], "ImportReport | None"]  # None: cancelled or failed
UndoImport = Callable[[int], "Changes | None"]  # None: already undone, or failed
Notify = Callable[[str], None]


def import_title(paths: Sequence[str]) -> str:
    """ "import of phone.vcf" / "import of a.vcf, b.vcf ..." (the stack adds "Undo ")."""
    names = [os.path.basename(p) for p in paths]
    shown = ", ".join(names[:2]) + (f" and {len(names) - 2} more" if len(names) > 2 else "")
    return f"import of {shown}" if shown else "import"


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
            self._notify(f"Redo of the {self.text()} changed nothing.")
            return
        self.batch_id, self._done = report.batch_id, True
        self._broadcast(report.changes)
        self._notify(
            f"Redid the {self.text()}: {len(report.added)} added, {len(report.updated)} updated."
        )

    def undo(self) -> None:
        changes = self._undo_import(self.batch_id)
        if changes is None:
            # Already undone from File > Recent Imports, or failed: this step cannot be replayed.
            self.setObsolete(True)
            self._notify(f"The {self.text()} could not be undone here (see File > Recent Imports).")
            return
        self._done = False
        self._broadcast(changes)
        self._notify(f"Undid the {self.text()}.")
