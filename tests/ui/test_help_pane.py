"""The ask-for-help pane, driven like a person would: type, read, save, mark, undo.

A real window on a real temp db, with a fixed clock so "3 days ago" stays 3 days ago. Answers come
from the pane's background reader, so tests wait for them as a person would.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from posse_desktop.domain import Changes, InteractionKind, Role
from posse_desktop.domain.help import CandidateStatus
from posse_desktop.services.ledger import LedgerService
from posse_desktop.services.registry import Services
from posse_desktop.ui.main_window import MainWindow
from posse_desktop.ui.models.help_match_model import (
    ContactIdRole,
    HelpMatchModel,
    SkillsLineRole,
    TiesLineRole,
)
from posse_desktop.ui.panes.help_requests_view import CandidateRole
from tests.unit.help_network import AVERAGE, BEGINNER, EXPERT, NOW, Network, clock

ANSWER_TIMEOUT_MS = 10_000


@pytest.fixture
def net(db) -> Network:
    net = Network()
    net.person("Omar Haddad", ("PCI DSS", EXPERT), org="Acme", roles=(Role.ADVISOR,))
    net.person("Lena Rossi", ("PCI", BEGINNER), org="Globex")
    net.person("Old Expert", ("PCI DSS", EXPERT))
    net.person("Ben Okafor", ("tax law", AVERAGE), org="Acme")
    net.talk("Omar Haddad", days_ago=3, times=6)
    net.talk("Lena Rossi", days_ago=3, times=6)
    net.talk("Old Expert", days_ago=5 * 365)
    return net


@pytest.fixture
def window(qtbot, net):
    QCoreApplication.setOrganizationName("PosseTests")
    QCoreApplication.setApplicationName("PosseTests")
    win = MainWindow(Services(clock))
    qtbot.addWidget(win)
    win.actions.toggle_help_pane.setChecked(True)  # another test may have hidden it (QSettings)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def ask(qtbot, window: MainWindow, text: str):
    pane = window.help_pane
    pane.ask_input.clear()
    with qtbot.waitSignal(pane.answered, timeout=ANSWER_TIMEOUT_MS) as blocker:
        qtbot.keyClicks(pane.ask_input, text)
    return blocker.args[0]


def rows(model: HelpMatchModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_question_shows_people_ranked_with_reasons(qtbot, window, net) -> None:
    answer = ask(qtbot, window, "need someone who knows PCI compliance")
    view = window.help_pane.answer_view
    names = [m.name for m in answer.matches]
    assert names == ["Omar Haddad", "Lena Rossi", "Old Expert"]  # expert, beginner, stale
    shown = rows(view.model)
    assert shown[0].startswith("1. Omar Haddad — expert: PCI DSS")
    assert "3 days ago" in shown[0] and "advisor" in shown[0]
    first = view.model.index(0, 0)
    assert first.data(SkillsLineRole) == "PCI DSS ●●●"
    assert first.data(TiesLineRole).startswith("strong · 3 days ago")
    assert view.model.index(2, 0).data(TiesLineRole).startswith("cold · not spoken to in 5 years")
    assert "Ben Okafor" not in " ".join(shown)
    assert view.status.text() == "3 people who can help, best first"
    assert view.save_button.isEnabled()


def test_enter_on_a_match_selects_that_contact(qtbot, window, net) -> None:
    ask(qtbot, window, "pci")
    view = window.help_pane.answer_view
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(1, 0))
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert window.contacts_pane.current_contact_id() == net.ids["Lena Rossi"]
    assert window.detail.contact is not None and window.detail.contact.display_name == "Lena Rossi"


def test_a_newer_question_supersedes_the_one_still_thinking(qtbot, window, net) -> None:
    pane = window.help_pane
    with qtbot.waitSignal(pane.answered, timeout=ANSWER_TIMEOUT_MS) as blocker:
        qtbot.keyClicks(pane.ask_input, "pci")
        pane.ask_now()  # Enter: asks at once
        assert pane.answer_view.status.text() == "thinking…"
        pane.ask_input.setText("tax law")
    assert blocker.args[0].question == "tax law"
    qtbot.wait(300)  # the superseded "pci" answer, if it arrives, must not replace this one
    assert [m.name for m in pane.answer_view.model.matches()] == ["Ben Okafor"]


def test_paths_show_who_can_introduce_you_when_no_one_close_knows(qtbot, window, net) -> None:
    net.person("Ines Vidal", ("fundraising", EXPERT))  # never spoken to
    net.person("Dana Kim")
    net.talk("Dana Kim", days_ago=2, times=8)
    net.relate("Dana Kim", "Ines Vidal", "colleague")
    window.broadcast(Changes(contact_set=True))  # as the editor's writes would
    ask(qtbot, window, "fundraising")
    view = window.help_pane.answer_view
    assert view.paths.isVisibleTo(window)
    first = view.paths.item(0).text()
    assert first.startswith("via Dana Kim (strong, colleague of Ines Vidal) → Ines Vidal")
    assert view.status.text().startswith("Only people you have not spoken to in years")
    view.paths.itemActivated.emit(view.paths.item(0))
    assert window.contacts_pane.current_contact_id() == net.ids["Ines Vidal"]


def test_save_as_tough_project_then_mark_asked_and_undo(qtbot, window, net) -> None:
    services, omar = window.services, net.ids["Omar Haddad"]
    ask(qtbot, window, "PCI audit for billing")
    qtbot.mouseClick(window.help_pane.answer_view.save_button, Qt.MouseButton.LeftButton)

    (request,) = services.help_requests.list_requests()
    assert request.topic == "PCI audit for billing"
    assert [c.name for c in request.candidates] == ["Omar Haddad", "Lena Rossi", "Old Expert"]
    view = window.help_pane.requests_view
    assert window.help_pane.tabs.currentWidget() is view
    assert window.help_pane.tabs.tabText(1) == "Tough projects (1)"

    assert view.select_candidate(request.id, omar)
    assert view.asked_button.isEnabled()
    qtbot.mouseClick(view.asked_button, Qt.MouseButton.LeftButton)

    candidate = services.help_requests.get(request.id).candidates[0]
    assert candidate.status is CandidateStatus.ASKED
    entries = services.timeline.page(contact_id=omar, limit=5)
    assert entries[0].kind == InteractionKind.ASKED_FOR_HELP
    assert entries[0].summary == "Asked for help: PCI audit for billing"
    assert view.tree.currentItem().text(1).startswith("asked")

    window.undo_stack.undo()
    assert services.help_requests.get(request.id).candidates[0].status is CandidateStatus.SUGGESTED
    assert (
        services.timeline.page(contact_id=omar, limit=5)[0].kind != InteractionKind.ASKED_FOR_HELP
    )
    window.undo_stack.undo()  # the save itself
    assert services.help_requests.list_requests() == []
    window.undo_stack.redo()
    assert [r.id for r in services.help_requests.list_requests()] == [request.id]


def test_helped_logs_a_favor_received_with_a_thank_you_follow_up(
    qtbot, window, net, on_modal
) -> None:
    services, lena = window.services, net.ids["Lena Rossi"]
    ask(qtbot, window, "pci")
    window.help_controller.save_request("PCI scope review", [lena])
    (request,) = services.help_requests.list_requests()
    view = window.help_pane.requests_view
    assert view.select_candidate(request.id, lena)

    def fill(dialog) -> None:
        assert dialog.objectName() == "helpedDialog"
        dialog.outcome.setText("reviewed our PCI scope in an hour")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(fill)
    qtbot.mouseClick(view.helped_button, Qt.MouseButton.LeftButton)

    candidate = services.help_requests.get(request.id).candidates[0]
    assert candidate.status is CandidateStatus.HELPED
    assert candidate.outcome == "reviewed our PCI scope in an hour"
    got_help = services.timeline.page(contact_id=lena, limit=1)[0]
    assert got_help.kind == InteractionKind.GOT_HELP
    assert got_help.follow_up_on == NOW.date() + timedelta(days=1)
    assert LedgerService().for_contact(lena).balance == -1  # you owe them one
    window.undo_stack.undo()
    assert LedgerService().for_contact(lena).balance == 0


def test_close_moves_a_project_to_past(qtbot, window, net) -> None:
    request_id = window.help_controller.save_request("PCI", [net.ids["Omar Haddad"]])
    view = window.help_pane.requests_view
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    assert not window.services.help_requests.get(request_id).is_open
    assert view.tree.topLevelItem(0).text(0) == "Past (1)"
    assert window.help_pane.tabs.tabText(1) == "Tough projects"
    window.undo_stack.undo()
    assert view.tree.topLevelItem(0).text(0) == "Open (1)"


def test_coverage_shows_the_roles_and_the_gaps(qtbot, window, net) -> None:
    coverage_view = window.help_pane.coverage_view
    qtbot.waitUntil(lambda: coverage_view.coverage is not None, timeout=ANSWER_TIMEOUT_MS)
    assert coverage_view.summary.text() == "1 of 7 roles"
    assert "no radar" in coverage_view.gap_messages()
    assert "no door opener" in coverage_view.gap_messages()
    gap_lines = window.help_pane.coverage_view.findChildren(QLabel, "coverageGap")
    assert gap_lines[0].text().startswith("⚠ no lead source")
    dialog = window.help_controller.show_coverage()
    assert dialog is not None and dialog.isVisible()
    roles = [dialog.roles_tree.topLevelItem(i).text(0) for i in range(7)]
    assert roles[0] == "advisor (1)" and roles[-1] == "door opener (0)"
    assert dialog.roles_tree.topLevelItem(0).child(0).text(0) == "Omar Haddad (Acme)"
    dialog.close()


def test_empty_question_shows_expertise_and_a_suggestion_to_accept(qtbot, window, net) -> None:
    omar = net.ids["Omar Haddad"]
    net.talk("Omar Haddad", days_ago=1, summary="Call about tax law for the Berlin entity")
    assert window.contacts_pane.select_contact(omar)
    contact_view = window.help_pane.contact_view
    qtbot.waitUntil(lambda: bool(contact_view.suggestions), timeout=ANSWER_TIMEOUT_MS)
    assert [s.skill for s in contact_view.suggestions] == ["tax law"]
    accept = contact_view.findChild(QPushButton, "acceptSuggestion")
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    skills = [e.skill for e in window.services.contacts.get(omar).expertise]
    assert skills == ["PCI DSS", "tax law"]
    window.undo_stack.undo()
    assert [e.skill for e in window.services.contacts.get(omar).expertise] == ["PCI DSS"]


def test_ask_action_shows_the_pane_and_focuses_the_question(qtbot, window) -> None:
    window.actions.toggle_help_pane.setChecked(False)
    assert not window.help_pane.isVisible()
    window.help_controller.ask_action.trigger()
    assert window.help_pane.isVisible()
    qtbot.waitUntil(lambda: window.help_pane.ask_input.hasFocus())
    assert window.help_controller.ask_action.shortcut().toString() == "Ctrl+Shift+A"


def test_match_model_passes_the_model_tester(qtbot, window, net, qtmodeltester) -> None:
    answer = ask(qtbot, window, "pci")
    model = HelpMatchModel()
    qtmodeltester.check(model)
    model.set_matches(answer.matches, NOW)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ContactIdRole) == net.ids["Omar Haddad"]
    assert model.index(5, 0).data() is None


def test_names_with_markup_stay_plain_text(qtbot, window, net) -> None:
    net.person("<b>Eve</b>", ("PCI DSS", EXPERT))
    net.talk("<b>Eve</b>", days_ago=1, times=9)
    window.broadcast(Changes(contact_set=True))
    answer = ask(qtbot, window, "pci")
    row = [m.name for m in answer.matches].index("<b>Eve</b>")
    tooltip = window.help_pane.answer_view.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Eve&lt;/b&gt;" in tooltip and "<b>Eve" not in tooltip
    eve = net.ids["<b>Eve</b>"]
    request_id = window.help_controller.save_request("pci", [eve])
    view = window.help_pane.requests_view
    assert view.select_candidate(request_id, eve)
    assert view.tree.currentItem().data(0, CandidateRole).name == "<b>Eve</b>"
    assert view.tree.currentItem().text(0) == "<b>Eve</b>"
