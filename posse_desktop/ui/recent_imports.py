"""File > Recent Imports: every import Posse remembers, newest first; choosing one undoes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMenu, QWidget

from posse_desktop.services import import_batches
from posse_desktop.services.import_batches import BatchInfo


def describe(batch: BatchInfo) -> str:
    """ "phone.vcf · 12 Mar 14:05 · 120 added, 3 updated" (plus "undone")."""
    translate = QCoreApplication.translate
    names = ", ".join(batch.sources[:2]) + (" …" if len(batch.sources) > 2 else "")
    names = names or translate("RecentImportsMenu", "import")
    at = batch.created_at
    when = QLocale().toString(
        QDateTime(at.date(), at.time().replace(microsecond=0)), "dd MMM HH:mm"
    )
    counts = (
        translate("RecentImportsMenu", "%1 added, %2 updated")
        .replace("%2", QLocale().toString(batch.updated))
        .replace("%1", QLocale().toString(batch.added))
    )
    done = translate("RecentImportsMenu", " · undone") if batch.undone_at is not None else ""
    return f"{names} · {when} · {counts}{done}"


class RecentImportsMenu(QMenu):
    """Rebuilt each time it opens, so it always shows what the database says."""

    def __init__(
        self, undo_batch: Callable[[BatchInfo], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("RecentImportsMenu", "Recent &Imports"), parent)
        self.setObjectName("recentImports")
        self.setToolTipsVisible(True)
        self._undo_batch = undo_batch
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        self.clear()
        batches = import_batches.batches()
        if not batches:
            self.addAction(self.tr("No imports yet")).setEnabled(False)
            return
        header = self.addAction(self.tr("Choose an import to undo it:"))
        header.setEnabled(False)
        for batch in batches:
            action = self.addAction(describe(batch).replace("&", "&&"))
            action.setObjectName(f"undo_import_{batch.id}")
            action.setEnabled(batch.undone_at is None)
            action.triggered.connect(lambda _=False, b=batch: self._undo_batch(b))
