"""Export contacts as a .vcf file: all, a selection, or a search.

The file is written to a temporary file beside the target and renamed over it only when
complete (fileio.atomic_open), mode 0600: a failed or cancelled export never leaves half a file.
Read-only on the database; runs in any thread.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from posse_desktop.db.connection import database
from posse_desktop.domain import Contact, TypedValue
from posse_desktop.fileio import atomic_open
from posse_desktop.services.contact_loader import CHUNK, IDS, load_contacts
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.gc_pause import gc_paused
from posse_desktop.services.search import SearchService
from posse_desktop.vcard.model import Relation
from posse_desktop.vcard.writer import write_vcard

Progress = Callable[[int, int], None]  # (contacts written, contacts to write)


class ExportCancelled(Exception):
    pass


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int


class ExportService:
    def export(
        self,
        path: str | os.PathLike[str],
        *,
        ids: Sequence[int] | None = None,
        query: str | None = None,
        version: str = "3.0",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write the chosen live contacts to `path` (vCard 3.0 unless `version` says "4.0").

        `ids` exports those contacts in that order; `query` the contacts a search finds; neither
        exports everyone. Raises ExportCancelled (and leaves `path` as it was) when cancelled.
        """
        chosen = self.choose(ids=ids, query=query)
        path = Path(path)
        with atomic_open(path, mode=0o600) as handle, gc_paused():
            for _, text in self._texts(chosen, version, progress, cancelled):
                handle.write(text.encode("utf-8"))
        return ExportResult(path, len(chosen))

    def export_text(self, ids: Sequence[int], version: str = "3.0") -> str:
        """The vCard text of these contacts (drag and drop, clipboard)."""
        return "".join(text for _, text in self._texts(list(ids), version, None, None))

    @staticmethod
    def choose(*, ids: Sequence[int] | None = None, query: str | None = None) -> list[int]:
        if ids is not None:
            return list(dict.fromkeys(ids))
        if query:
            return SearchService().search_ids(query)
        return ContactsService().all_ids()

    def _texts(
        self,
        ids: list[int],
        version: str,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ):
        total = len(ids)
        for start in range(0, total, CHUNK):
            if cancelled is not None and cancelled():
                raise ExportCancelled
            chunk = ids[start : start + CHUNK]
            contacts = load_contacts(chunk)
            related = _relationships(chunk)
            parts = [write_vcard(c, version, related.get(c.id, ())) for c in contacts]
            yield start + len(chunk), "".join(parts)
            if progress is not None:
                progress(start + len(chunk), total)


def _relationships(ids: list[int]) -> dict[int, list[TypedValue]]:
    """Posse's relationships of these contacts: the other person's name, labelled with the kind."""
    rows = database.execute_sql(
        "SELECT from_contact_id, to_contact_id, kind FROM relationship "
        f"WHERE from_contact_id IN {IDS} ORDER BY from_contact_id, to_contact_id, kind",
        (json.dumps(ids),),
    ).fetchall()
    if not rows:
        return {}
    others = {to for _, to, _ in rows}
    people = {c.id: (c.display_name, c.uid or "") for c in load_contacts(list(others))}
    out: dict[int, list[TypedValue]] = defaultdict(list)
    for source, target, kind in rows:
        name, uid = people.get(target, ("", ""))
        if name:
            out[source].append(Relation(name, kind, uid=uid))
    return out


def contact_file_name(contact: Contact) -> str:
    """A safe file name for dragging one contact out ("Dana Kim.vcf")."""
    name = "".join(ch for ch in contact.display_name if ch.isalnum() or ch in " -_.").strip()
    return f"{name or 'contact'}.vcf"
