"""The reader's problem texts (vcard/messages.py) and actions in the user's language.

A message is translated by its template at run time; the templates are repeated below as
literals only because the translation tools read them from the code (tests/ui/test_problem_texts.py
checks that the lists stay the same).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from posse_desktop.ui.widgets import fill
from posse_desktop.vcard import messages as msg
from posse_desktop.vcard import model

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def templates() -> dict[str, str]:
    """Each template of vcard/messages.py with its translation (for the tools and the tests)."""
    return {
        msg.LINE_TOO_LONG: translate("VcardProblem", "line longer than %1 characters"),
        msg.COMMENT_LINE: translate("VcardProblem", "comment line"),
        msg.NOT_A_PROPERTY: translate("VcardProblem", "line is not a property (no name or no ':')"),
        msg.CONTINUES_UNFOLDED: translate("VcardProblem", "%1 value continues on an unfolded line"),
        msg.LINES_OUTSIDE_CARDS: translate(
            "VcardProblem", "%1 line(s) outside any BEGIN:VCARD/END:VCARD ignored"
        ),
        msg.CANNOT_READ_FILE: translate("VcardProblem", "cannot read file: %1"),
        msg.FILE_TOO_LARGE: translate(
            "VcardProblem", "file is %1 MB; vCard files over %2 MB are not read"
        ),
        msg.READER_FAILED: translate("VcardProblem", "reader failed: %1: %2"),
        msg.NO_BEGIN: translate("VcardProblem", "no BEGIN:VCARD found"),
        msg.FILE_BYTES_REPLACED: translate(
            "VcardProblem", "file has bytes that are not valid %1; replaced"
        ),
        msg.CARD_UNREADABLE: translate("VcardProblem", "card could not be read (%1: %2)"),
        msg.CARD_TOO_LARGE: translate("VcardProblem", "card is larger than %1 MB"),
        msg.NO_END: translate("VcardProblem", "card has no END:VCARD; read up to line %1"),
        msg.NESTED: translate(
            "VcardProblem",
            "card begins inside another card (nested, or that one has no END:VCARD); read on its own",
        ),
        msg.NO_VERSION: translate("VcardProblem", "card has no VERSION; read as vCard 2.1/3.0"),
        msg.VALUE_UNREADABLE: translate("VcardProblem", "%1 could not be read (%2)"),
        msg.BIRTHDAY_NOT_A_DATE: translate(
            "VcardProblem", "birthday %1 is not a date Posse understands"
        ),
        msg.ANNIVERSARY_NOT_A_DATE: translate(
            "VcardProblem", "anniversary %1 is not a date Posse understands"
        ),
        msg.EXPERTISE_LEVEL_UNKNOWN: translate(
            "VcardProblem", "expertise level %1 unknown; read as average"
        ),
        msg.ROLE_UNKNOWN: translate("VcardProblem", "unknown role %1"),
        msg.CHARSET_UNKNOWN: translate(
            "VcardProblem", "unknown charset %1; text read as UTF-8 or Windows-1252"
        ),
        msg.CHARSET_UNKNOWN_READ_AS: translate("VcardProblem", "unknown charset %1; read as %2"),
        msg.TEXT_INVALID_READ_AS: translate("VcardProblem", "text is not valid %1; read as %2"),
        msg.TEXT_INVALID_REPLACED: translate(
            "VcardProblem", "text is not valid %1; broken bytes replaced"
        ),
        msg.TEXT_NOT_UTF8_READ_AS: translate(
            "VcardProblem", "text is not UTF-8 and names no charset; read as %1"
        ),
        msg.PHOTO_URI_NOT_BASE64: translate("VcardProblem", "photo data URI is not base64"),
        msg.PHOTO_IS_LINK: translate("VcardProblem", "photo is a link; Posse never fetches photos"),
        msg.PHOTO_TOO_LARGE: translate("VcardProblem", "photo larger than %1 MB"),
        msg.PHOTO_NOT_BASE64: translate("VcardProblem", "photo is not valid base64 (%1)"),
        msg.PHOTO_NOT_AN_IMAGE: translate("VcardProblem", "photo is not JPEG, PNG or GIF"),
        msg.PHOTO_NO_SIZE: translate("VcardProblem", "photo has no size in its header"),
        msg.PHOTO_TOO_MANY_PIXELS: translate(
            "VcardProblem", "photo is %1x%2 pixels, more than %3 MP"
        ),
        msg.PNG_TRUNCATED: translate("VcardProblem", "PNG photo is truncated"),
        msg.GIF_TRUNCATED: translate("VcardProblem", "GIF photo is truncated"),
        msg.JPEG_CORRUPT: translate("VcardProblem", "JPEG photo is corrupt"),
        msg.JPEG_TOO_MANY_SEGMENTS: translate("VcardProblem", "JPEG photo has too many segments"),
        msg.JPEG_TRUNCATED: translate("VcardProblem", "JPEG photo is truncated"),
        msg.NO_SAFETY_COPY: translate("VcardProblem", "no safety copy taken: %1"),
        msg.APPEARS_TWICE: translate("VcardProblem", "appears twice in this import"),
        msg.SHARES_EMAIL: translate("VcardProblem", "shares email with %1 contact(s)"),
        msg.SHARES_EMAIL_OTHER_NAME: translate(
            "VcardProblem", "shares email with %1 contact(s) of another name"
        ),
        msg.SHARES_PHONE: translate("VcardProblem", "shares phone with %1 contact(s)"),
        msg.SHARES_PHONE_OTHER_NAME: translate(
            "VcardProblem", "shares phone with %1 contact(s) of another name"
        ),
        msg.SAME_NAME_OTHER_KEYS: translate("VcardProblem", "same name, different email or phone"),
        msg.SIMILAR_NAME: translate("VcardProblem", "similar name"),
    }


def actions() -> dict[str, str]:
    return {
        model.SKIPPED_CARD: translate("VcardProblem", "skipped card"),
        model.SKIPPED_LINE: translate("VcardProblem", "skipped line"),
        model.REPAIRED: translate("VcardProblem", "repaired"),
        model.KEPT_RAW: translate("VcardProblem", "kept raw"),
        model.DROPPED_VALUE: translate("VcardProblem", "dropped value"),
        model.DROPPED_PHOTO: translate("VcardProblem", "dropped photo"),
        model.REFUSED_FILE: translate("VcardProblem", "refused file"),
        model.WARNING: translate("VcardProblem", "warning"),
    }


def problem_text(message: str) -> str:
    """A problem's message in the user's language (as it is when it carries no template)."""
    template = getattr(message, "template", "")
    if not template:
        return message
    return fill(translate("VcardProblem", template), *message.args)  # type: ignore[attr-defined]


def action_text(action: str) -> str:
    return translate("VcardProblem", action)
