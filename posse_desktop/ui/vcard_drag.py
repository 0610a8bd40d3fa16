"""Dragging contacts out of the list: the vCard text, and a .vcf file named after the contact.

File managers and mail clients take the file (a URL), editors and some address books take the
text. The file is written at drag start into a private temp folder that lives as long as the app,
because the drop target may read it after the drag has ended.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTemporaryDir, QUrl

from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.exporter import ExportService, contact_file_name

VCARD_MIME_TYPES = ("text/vcard", "text/x-vcard")  # the second for older apps (RFC 2425 era)


class VcardDragSource(QObject):
    def __init__(
        self, contacts: ContactsService, exporter: ExportService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._contacts, self._exporter = contacts, exporter
        self._folder = QTemporaryDir()  # removed with this object (the app's end)
        self._drags = 0

    def mime_data(self, contact_ids: list[int]) -> QMimeData | None:
        """vCard 3.0 (what every target reads) of these contacts, as text and as a file."""
        if not contact_ids or not self._folder.isValid():
            return None
        text = self._exporter.export_text(contact_ids)
        if not text:
            return None
        payload = text.encode("utf-8")
        mime = QMimeData()
        for mime_type in VCARD_MIME_TYPES:
            mime.setData(mime_type, payload)
        mime.setUrls([QUrl.fromLocalFile(str(self._write(contact_ids, payload)))])
        return mime

    def _write(self, contact_ids: list[int], payload: bytes) -> Path:
        if len(contact_ids) == 1:
            name = contact_file_name(self._contacts.get(contact_ids[0]))
        else:
            name = QCoreApplication.translate("VcardDragSource", "%1 contacts.vcf").replace(
                "%1", str(len(contact_ids))
            )
        # One subfolder per drag: two people with the same name never overwrite each other's file.
        self._drags += 1
        folder = Path(self._folder.path()) / str(self._drags)
        folder.mkdir()
        path = folder / name
        path.write_bytes(payload)
        return path
