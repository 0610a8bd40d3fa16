"""What the reader says about a file, card or line: English text that keeps its template.

A Message is the English text (the CLI prints it, logs and tests read it) and remembers its
template and arguments, so the GUI can show it in the user's language (ui/problem_texts.py has
the same templates for the translation tools). Templates use Qt's %1, %2 placeholders.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


class Message(str):
    """English text with its `template` and `args` (strings) for translation."""

    template: str
    args: tuple[str, ...]

    def __new__(cls, template: str, *args: object) -> Message:
        values = tuple(str(a) for a in args)
        # One pass, like QString.arg: an argument that itself holds "%2" stays as it is.
        text = _PLACEHOLDER.sub(lambda m: values[int(m.group(1)) - 1], template)
        message = super().__new__(cls, text)
        message.template, message.args = template, values
        return message


# Lines
LINE_TOO_LONG = "line longer than %1 characters"
COMMENT_LINE = "comment line"
NOT_A_PROPERTY = "line is not a property (no name or no ':')"
CONTINUES_UNFOLDED = "%1 value continues on an unfolded line"
LINES_OUTSIDE_CARDS = "%1 line(s) outside any BEGIN:VCARD/END:VCARD ignored"

# Files
CANNOT_READ_FILE = "cannot read file: %1"
FILE_TOO_LARGE = "file is %1 MB; vCard files over %2 MB are not read"
READER_FAILED = "reader failed: %1: %2"
NO_BEGIN = "no BEGIN:VCARD found"
FILE_BYTES_REPLACED = "file has bytes that are not valid %1; replaced"

# Cards
CARD_UNREADABLE = "card could not be read (%1: %2)"
CARD_TOO_LARGE = "card is larger than %1 MB"
NO_END = "card has no END:VCARD; read up to line %1"
NESTED = "card begins inside another card (nested, or that one has no END:VCARD); read on its own"
NO_VERSION = "card has no VERSION; read as vCard 2.1/3.0"

# Values
VALUE_UNREADABLE = "%1 could not be read (%2)"
BIRTHDAY_NOT_A_DATE = "birthday %1 is not a date Posse understands"
ANNIVERSARY_NOT_A_DATE = "anniversary %1 is not a date Posse understands"
EXPERTISE_LEVEL_UNKNOWN = "expertise level %1 unknown; read as average"
ROLE_UNKNOWN = "unknown role %1"

# Text encodings
CHARSET_UNKNOWN = "unknown charset %1; text read as UTF-8 or Windows-1252"
CHARSET_UNKNOWN_READ_AS = "unknown charset %1; read as %2"
TEXT_INVALID_READ_AS = "text is not valid %1; read as %2"
TEXT_INVALID_REPLACED = "text is not valid %1; broken bytes replaced"
TEXT_NOT_UTF8_READ_AS = "text is not UTF-8 and names no charset; read as %1"

# Photos
PHOTO_URI_NOT_BASE64 = "photo data URI is not base64"
PHOTO_IS_LINK = "photo is a link; Posse never fetches photos"
PHOTO_TOO_LARGE = "photo larger than %1 MB"
PHOTO_NOT_BASE64 = "photo is not valid base64 (%1)"
PHOTO_NOT_AN_IMAGE = "photo is not JPEG, PNG or GIF"
PHOTO_NO_SIZE = "photo has no size in its header"
PHOTO_TOO_MANY_PIXELS = "photo is %1x%2 pixels, more than %3 MP"
PNG_TRUNCATED = "PNG photo is truncated"
GIF_TRUNCATED = "GIF photo is truncated"
JPEG_CORRUPT = "JPEG photo is corrupt"
JPEG_TOO_MANY_SEGMENTS = "JPEG photo has too many segments"
JPEG_TRUNCATED = "JPEG photo is truncated"

# The import
NO_SAFETY_COPY = "no safety copy taken: %1"

# Why an imported card is offered for review (services/dedupe.py, services/importer.py)
APPEARS_TWICE = "appears twice in this import"
SHARES_EMAIL = "shares email with %1 contact(s)"
SHARES_EMAIL_OTHER_NAME = "shares email with %1 contact(s) of another name"
SHARES_PHONE = "shares phone with %1 contact(s)"
SHARES_PHONE_OTHER_NAME = "shares phone with %1 contact(s) of another name"
SAME_NAME_OTHER_KEYS = "same name, different email or phone"
SIMILAR_NAME = "similar name"


def templates() -> dict[str, str]:
    """Every template above by its name (the GUI's catalog must cover them all)."""
    return {
        name: value
        for name, value in globals().items()
        if name.isupper() and isinstance(value, str) and not name.startswith("_")
    }
