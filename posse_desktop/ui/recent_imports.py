"""File > Recent Imports: every import Posse remembers, newest first; choosing one undoes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from posse_desktop.services import import_batches
from posse_desktop.services.import_batches import BatchInfo


def describe(batch: BatchInfo) -> str:
    """ "phone.vcf · 12 Mar 14:05 · 120 added, 3 updated" (plus "undone")."""
    names = ", ".join(batch.sources[:2]) + (" …" if len(batch.sources) > 2 else "") or "import"
    when = f"{batch.created_at:%d %b %H:%M}"
    counts = f"{batch.added:,} added, {batch.updated:,} updated"
    done = " · undone" if batch.undone_at is not None else ""
    return f"{names} · {when} · {counts}{done}"


class RecentImportsMenu(QMenu):
    """Rebuilt each time it opens, so it always shows what the database says."""

    def __init__(
        self, undo_batch: Callable[[BatchInfo], None], parent: QWidget | None = None
    ) -> None:
        super().__init__("Recent &Imports", parent)
        self.setObjectName("recentImports")
        self.setToolTipsVisible(True)
        self._undo_batch = undo_batch
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        self.clear()
        batches = import_batches.batches()
        if not batches:
            self.addAction("No imports yet").setEnabled(False)
            return
        header = self.addAction("Choose an import to undo it:")
        header.setEnabled(False)
        for batch in batches:
            action = self.addAction(describe(batch).replace("&", "&&"))
            action.setObjectName(f"undo_import_{batch.id}")
            action.setEnabled(batch.undone_at is None)
            action.triggered.connect(lambda _=False, b=batch: self._undo_batch(b))
