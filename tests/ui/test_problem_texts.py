"""Problems from the reader in the user's language: every template of vcard/messages.py is known
to the translation tools, and the import report shows it translated, with its values."""

from __future__ import annotations

from dataclasses import replace

from posse_desktop.ui.problem_texts import action_text, actions, problem_text, templates
from posse_desktop.vcard import messages, model
from posse_desktop.vcard.messages import Message
from posse_desktop.vcard.reader import read_vcards


def test_every_reader_template_is_listed_for_translation_word_for_word() -> None:
    listed = templates()
    assert set(listed) == set(messages.templates().values())
    # Without a translator installed, translate() gives back its literal: it must be the template.
    assert all(literal == template for template, literal in listed.items())
    actions_listed = actions()
    assert {v for k, v in vars(model).items() if k.isupper() and isinstance(v, str)} <= set(
        actions_listed
    )
    assert all(literal == action for action, literal in actions_listed.items())


def test_a_message_is_its_english_text_and_keeps_its_template() -> None:
    message = Message(messages.PHOTO_TOO_MANY_PIXELS, 20000, 20000, 40)
    assert message == "photo is 20000x20000 pixels, more than 40 MP"
    assert message.template == messages.PHOTO_TOO_MANY_PIXELS
    assert message.args == ("20000", "20000", "40")
    assert Message(messages.ROLE_UNKNOWN, "'%2'") == "unknown role '%2'"  # one pass, like arg()


def test_problems_read_in_german(german) -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nBDAY:circa 1800\r\n"
        b"PHOTO;VALUE=uri:https://example.invalid/a.jpg\r\nEND:VCARD\r\n"
    )
    problems = read_vcards(data, "phone.vcf").problems
    assert {str(p.message) for p in problems} == {
        "birthday 'circa 1800' is not a date Posse understands",
        "photo is a link; Posse never fetches photos",
    }
    assert {problem_text(p.message) for p in problems} == {
        "Geburtstag 'circa 1800' ist kein Datum, das Posse versteht",
        "Foto ist ein Link; Posse lädt nie Fotos herunter",
    }
    assert action_text(model.KEPT_RAW) == "unverändert behalten"
    assert problem_text("plain text, no template") == "plain text, no template"


def test_the_import_report_lists_problems_in_german(qtbot, german) -> None:
    from posse_desktop.services.importer import ImportReport
    from posse_desktop.ui.dialogs.import_report import ImportReportDialog

    problems = read_vcards(b"BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n", "phone.vcf").problems
    dialog = ImportReportDialog(ImportReport(problems=problems), "phone.vcf", {}, 1)
    qtbot.addWidget(dialog)
    row = dialog.problems.topLevelItem(0)
    assert row.text(2) == "Karte hat keine VERSION; als vCard 2.1/3.0 gelesen"
    assert row.text(3) == "repariert"


def test_the_import_report_says_why_a_card_needs_review_in_german(
    qtbot, german, db, tmp_path
) -> None:
    from posse_desktop.services.importer import ImportService
    from posse_desktop.ui.dialogs.import_report import ImportReportDialog

    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\nEND:VCARD\r\n"
        for name, email in (("Dana Kim", "d@x.example"), ("Ola Berg", "d@x.example"))
    )
    (tmp_path / "phone.vcf").write_text(cards + cards.replace("Dana Kim", "Dana Kym"))
    report = ImportService().import_files([tmp_path / "phone.vcf"], safety_copy=False)
    assert {str(r.reason) for r in report.needs_review} >= {
        "shares email with 1 contact(s) of another name"
    }
    dialog = ImportReportDialog(report, "phone.vcf", {}, 1)
    qtbot.addWidget(dialog)
    shown = {
        dialog.reviews.topLevelItem(i).text(2) for i in range(dialog.reviews.topLevelItemCount())
    }
    assert "gleiche E-Mail-Adresse wie 1 Kontakt(e) mit anderem Namen" in shown
    assert not any("shares" in text or "similar" in text for text in shown), shown


def test_help_ties_and_coverage_read_in_german(german) -> None:
    # "2 weeks ago", "owes you one" and "not spoken to in 5 years" stayed English in German.
    from datetime import datetime, timedelta

    from posse_desktop.domain.help import HelpMatch
    from posse_desktop.ui.models.help_match_model import ties_line

    now = datetime(2026, 11, 26, 12, 0)
    recent = HelpMatch(1, "Omar", 1.0, strength=90, last_contacted_at=now - timedelta(days=15))
    assert ties_line(replace(recent, favor_balance=1), now) == (
        "stark · vor 2 Wochen · schuldet Ihnen einen Gefallen"
    )
    assert ties_line(replace(recent, favor_balance=-3), now).endswith("Sie schulden 3 Gefallen")
    gone = replace(recent, strength=5, stale=True, last_contacted_at=now - timedelta(days=5 * 365))
    assert ties_line(gone, now) == "kalt · seit 5 Jahren nicht gesprochen"


def test_coverage_gaps_read_in_german(german) -> None:
    # The gap lines ("no radar in Finance") were the coverage service's English.
    from posse_desktop.domain import Role
    from posse_desktop.domain.help import CoverageGap
    from posse_desktop.ui.role_names import gap_text

    radar = CoverageGap(Role.RADAR, "Finance", "no radar in Finance", (), "department")
    mentor = CoverageGap(Role.MENTOR, "other companies", "no mentor outside Acme", (), "outside")
    faded = CoverageGap(Role.ADVISOR, "", "advisor faded", (), "faded")
    assert gap_text(radar, "Acme") == "kein Frühwarner in Finance"
    assert gap_text(mentor, "Acme") == "kein Mentor außerhalb von Acme"
    assert gap_text(faded, "Acme") == "Berater verblasst"


def test_the_coverage_view_and_dialog_show_gaps_in_german(qtbot, german) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QLabel

    from posse_desktop.domain import Role
    from posse_desktop.domain.help import Coverage, CoverageGap
    from posse_desktop.ui.dialogs.coverage_dialog import CoverageDialog
    from posse_desktop.ui.panes.help_coverage_view import HelpCoverageView

    gap = CoverageGap(Role.MENTOR, "other companies", "no mentor outside Acme", (), "outside")
    coverage = Coverage((), (gap,), "Acme")
    view = HelpCoverageView()
    qtbot.addWidget(view)
    view.set_coverage(coverage, datetime(2026, 11, 26))
    lines = [label.text() for label in view.findChildren(QLabel, "coverageGap")]
    assert lines == ["⚠ kein Mentor außerhalb von Acme"]
    dialog = CoverageDialog(coverage, datetime(2026, 11, 26))
    qtbot.addWidget(dialog)
    assert dialog.gaps_tree.topLevelItem(0).text(0) == "kein Mentor außerhalb von Acme"


def test_a_help_answers_row_text_and_tooltip_read_in_german(german) -> None:
    # The row's text (screen readers, keyboard search) and tooltip were the service's English.
    from datetime import datetime, timedelta

    from PySide6.QtCore import Qt

    from posse_desktop.domain import ExpertiseLevel
    from posse_desktop.domain.help import HelpMatch, SkillMatch
    from posse_desktop.ui.models.help_match_model import HelpMatchModel

    now = datetime(2026, 11, 26, 12, 0)
    omar = HelpMatch(
        1,
        "Omar",
        1.0,
        skills=(SkillMatch("PCI DSS", ExpertiseLevel.EXPERT),),
        strength=90,
        last_contacted_at=now - timedelta(days=3),
    )
    model = HelpMatchModel()
    model.set_matches([omar], now)
    row = model.index(0, 0)
    assert row.data() == "1. Omar — Experte: PCI DSS · stark · vor 3 Tagen"
    assert "Experte: PCI DSS" in row.data(Qt.ItemDataRole.ToolTipRole)


def test_the_strength_tooltip_gives_its_reasons_in_german(qtbot, german) -> None:
    # The reasons were the strength service's English sentences.
    from posse_desktop.services.strength import StrengthReport
    from posse_desktop.ui.panes.contact_standing import ContactStanding, strength_reasons

    report = StrengthReport(
        value=90,
        computed=55,
        override=90,
        interactions_last_year=4,
        days_since_last=21,
        deep_kinds=(("coffee", 2),),
    )
    reasons = strength_reasons(report)
    assert reasons[:3] == [
        "von Ihnen auf 90 gesetzt (aus Kontakten: 55)",
        "letzter Kontakt vor 3 Wochen",
        "4 Kontakte im letzten Jahr",
    ]
    assert reasons[3].startswith("intensiv: 2 × ") and "coffee" not in reasons[3]
    standing = ContactStanding(report, "", "")
    qtbot.addWidget(standing)
    assert "letzter Kontakt vor 3 Wochen" in standing.toolTip()
