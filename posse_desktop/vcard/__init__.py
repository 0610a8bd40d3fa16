"""vCard in and out, Qt-free and db-free: reader (bytes -> cards + problems) and writer."""

from posse_desktop.vcard.model import CardRecord, Problem, ReadResult
from posse_desktop.vcard.reader import read_vcard_file, read_vcards

__all__ = ["CardRecord", "Problem", "ReadResult", "read_vcard_file", "read_vcards"]
