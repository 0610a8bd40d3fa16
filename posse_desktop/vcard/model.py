"""What the reader hands back: parsed cards and the problems met on the way. Qt-free, db-free."""

from __future__ import annotations

from dataclasses import dataclass, field

from posse_desktop.domain import ContactData, TypedValue


@dataclass(frozen=True)
class Relation(TypedValue):
    """A relationship to write: the other person's name as value, the kind as label, and their
    UID, so a card that already names them by `urn:uuid:` gets no second line for them."""

    uid: str = ""


# Actions a Problem can report, so the importer and the report can group them.
SKIPPED_CARD = "skipped card"
SKIPPED_LINE = "skipped line"
REPAIRED = "repaired"
KEPT_RAW = "kept raw"
DROPPED_VALUE = "dropped value"
DROPPED_PHOTO = "dropped photo"
REFUSED_FILE = "refused file"
WARNING = "warning"  # the import went on as asked, with something to know (no safety copy)


@dataclass(frozen=True)
class Problem:
    """Something in the input that was not as it should be, and what the reader did about it.

    `card_index` is None for file-level problems (unreadable file, stray lines between cards).
    `line` is the 1-based physical line in the file (0 when it has no line, e.g. a refused file).
    """

    source: str
    card_index: int | None
    card_name: str
    line: int
    message: str
    action: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        card = f" card {self.card_index + 1}" if self.card_index is not None else ""
        name = f" ({self.card_name})" if self.card_name else ""
        return f"{where}{card}{name}: {self.message} [{self.action}]"


@dataclass
class CardRecord:
    """One card read from the input.

    `index` counts cards in file order from 0, `line` is the line of its BEGIN:VCARD, `raw` the
    card's text as decoded (also kept in `data.vcard_source` for lossless export).
    `related` holds named relations that are not contacts yet (X-ABRELATEDNAMES, RELATED text):
    value is the name or URI, label the relation ("spouse", "assistant").
    """

    index: int
    line: int
    data: ContactData
    raw: str
    version: str = ""
    related: list[TypedValue] = field(default_factory=list)


@dataclass
class ReadResult:
    cards: list[CardRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False  # the caller asked to stop: `cards` holds only those read before
