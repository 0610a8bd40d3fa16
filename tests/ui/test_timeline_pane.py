"""The timeline pane through real widgets on a real temp db: log, edit, delete, undo, filters, reconnect.

Dates are relative to the real clock the window uses (the unit tests pin the clock instead).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from posse_desktop.domain import (
    ContactData,
    Interaction,
    InteractionKind,
    PartialDate,
    Role,
    TypedValue,
)
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.registry import Services
from posse_desktop.services.timeline import TimelineFilter, TimelineService
from posse_desktop.ui.models.timeline_model import TimelineModel
from posse_desktop.ui.panes.contact_standing import StrengthMeter
from posse_desktop.ui.panes.timeline_pane import TimelinePane

NOW = datetime.now().replace(second=0, microsecond=0)


@pytest.fixture
def people(db) -> dict[str, int]:
    """Dana, a mentor (every 60 days) last seen 100 days ago; Ben, an advisor seen last week."""
    contacts = ContactsService(clock=lambda: NOW - timedelta(days=400))
    soon = NOW.date() + timedelta(days=3)
    dana, _ = contacts.create(
        ContactData(
            formatted_name="Dana Kim",
            org="Acme",
            roles={Role.MENTOR},
            tags=["platform"],
            emails=[TypedValue("work", "dana@acme.example")],
        )
    )
    ben, _ = contacts.create(
        ContactData(
            formatted_name="Ben Okafor",
            org="Globex",
            roles={Role.ADVISOR},
            birthday=PartialDate(None, soon.month, soon.day),
        )
    )
    timeline = TimelineService()
    for days, kind, summary, who in (
        (100, InteractionKind.COFFEE, "k8s upgrade plan", [dana]),
        (7, InteractionKind.CALL, "budget call", [ben]),
        (3, InteractionKind.FAVOR_RECEIVED, "intro to <b>Omar</b>", [dana, ben]),
    ):
        timeline.log(Interaction(NOW - timedelta(days=days), kind, summary, who))
    return {"dana": dana, "ben": ben}


def _summaries(window) -> list[str]:
    model = window.timeline_pane.model
    return [model.entry(r).summary for r in range(model.rowCount())]


def _last_contacted(window) -> str:
    return window.detail.findChild(QLabel, "lastContactedLabel").text()


def _log_with_keyboard(qtbot, window, on_modal, summary: str) -> None:
    def type_and_save(dialog) -> None:
        assert dialog.summary.hasFocus() or dialog.focusWidget() is dialog.summary
        qtbot.keyClicks(dialog.summary, summary)
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    on_modal(type_and_save)
    window.activateWindow()
    qtbot.keyClick(window.contacts_pane.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_log_with_the_keyboard_resets_last_contacted_and_the_reconnect_list(
    qtbot, people, window, on_modal
):
    window.contacts_pane.select_contact(people["dana"])
    pane = window.timeline_pane
    assert _last_contacted(window) == "last contacted 3 days ago"  # the favor
    assert people["dana"] not in pane.reconnect.contact_ids()  # a mentor: every 60 days
    window.timeline_controller.set_cadence(people["dana"], 2)
    assert people["dana"] in pane.reconnect.contact_ids()

    _log_with_keyboard(qtbot, window, on_modal, "Coffee about the k8s upgrade")

    qtbot.waitUntil(lambda: _summaries(window)[:1] == ["Coffee about the k8s upgrade"])
    assert _last_contacted(window) == "last contacted today"
    assert people["dana"] not in pane.reconnect.contact_ids()
    assert pane.model.entry(0).contact_ids == [people["dana"]]
    window.undo_stack.undo()
    assert "Coffee about the k8s upgrade" not in _summaries(window)
    assert _last_contacted(window) == "last contacted 3 days ago"
    assert people["dana"] in pane.reconnect.contact_ids()


def test_edit_and_delete_with_undo_and_redo(qtbot, people, window, on_modal):
    window.contacts_pane.select_contact(people["dana"])
    pane = window.timeline_pane
    assert _summaries(window) == ["intro to <b>Omar</b>", "k8s upgrade plan"]
    pane.view.setCurrentIndex(pane.model.index(1))

    def retitle(dialog) -> None:
        dialog.summary.selectAll()
        qtbot.keyClicks(dialog.summary, "k8s upgrade, take two")
        dialog.activateWindow()
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    on_modal(retitle)
    window.timeline_controller.edit_action.trigger()
    assert _summaries(window) == ["intro to <b>Omar</b>", "k8s upgrade, take two"]
    window.undo_stack.undo()
    assert _summaries(window)[1] == "k8s upgrade plan"
    window.undo_stack.redo()
    assert _summaries(window)[1] == "k8s upgrade, take two"

    deleted_id = pane.model.entry(0).id
    pane.view.setCurrentIndex(pane.model.index(0))
    window.timeline_controller.delete_action.trigger()
    assert _summaries(window) == ["k8s upgrade, take two"]
    window.undo_stack.undo()
    assert _summaries(window)[0] == "intro to <b>Omar</b>"
    assert pane.model.entry(0).id == deleted_id  # re-created under its old id
    assert {c.id for c in pane.model.entry(0).contacts} == {people["dana"], people["ben"]}
    window.undo_stack.redo()
    assert _summaries(window) == ["k8s upgrade, take two"]


def test_undoing_a_delete_brings_back_a_done_follow_up_as_done(qtbot, people, window):
    timeline = TimelineService()
    due = NOW.date() + timedelta(days=2)
    iid, _ = timeline.log(
        Interaction(
            NOW - timedelta(hours=1), InteractionKind.CALL, "pricing", [people["ben"]], "", due
        )
    )
    timeline.set_follow_up_done(iid)
    window.contacts_pane.select_contact(people["ben"])
    pane = window.timeline_pane
    pane.refresh_history()
    row = next(r for r in range(pane.model.rowCount()) if pane.model.entry(r).id == iid)
    pane.view.setCurrentIndex(pane.model.index(row))
    window.timeline_controller.delete_action.trigger()
    window.undo_stack.undo()
    assert timeline.entry(iid).follow_up_done  # not a reminder again
    assert timeline.entry(iid).follow_up_on == due


def test_filters_and_everyone(qtbot, people, window):
    pane = window.timeline_pane
    window.contacts_pane.select_contact(people["ben"])
    assert _summaries(window) == ["intro to <b>Omar</b>", "budget call"]
    pane.everyone_button.click()
    assert len(_summaries(window)) == 3
    pane.kind_filter.setCurrentIndex(pane.kind_filter.findData(InteractionKind.CALL.value))
    assert _summaries(window) == ["budget call"]
    pane.kind_filter.setCurrentIndex(0)
    pane.role_filter.setCurrentIndex(pane.role_filter.findData(Role.MENTOR.value))
    assert _summaries(window) == ["intro to <b>Omar</b>", "k8s upgrade plan"]
    pane.role_filter.setCurrentIndex(0)
    pane.tag_filter.setCurrentIndex(pane.tag_filter.findData("platform"))
    assert _summaries(window) == ["intro to <b>Omar</b>", "k8s upgrade plan"]
    pane.tag_filter.setCurrentIndex(0)
    qtbot.keyClicks(pane.text_filter, "budget")
    qtbot.waitUntil(lambda: _summaries(window) == ["budget call"])
    pane.text_filter.setText("no such words")
    qtbot.waitUntil(lambda: pane.stack.currentWidget() is pane.empty_state)
    assert pane.empty_state.text() == "Nothing matches these filters."


def test_timeline_model_passes_qtmodeltester_while_paging(qtmodeltester, people):
    timeline = TimelineService()
    for day in range(25):
        timeline.log(
            Interaction(
                NOW - timedelta(days=200 + day),
                InteractionKind.EMAIL,
                f"mail {day}",
                [people["ben"]],
            )
        )
    model = TimelineModel(timeline)
    model.page_size = 4
    model.set_filter(TimelineFilter())
    assert model.rowCount() == 4 and model.canFetchMore()
    seen = model.rowCount()
    while model.canFetchMore():
        model.fetchMore()
        assert model.rowCount() > seen
        seen = model.rowCount()
    assert seen == 28 and not model.canFetchMore()
    qtmodeltester.check(model)  # Qt's own tester on the complete model

    # A half-loaded model: the tester calls fetchMore itself and checks the insert it causes.
    # (Both testers re-enter fetchMore from their rowsInserted slot, so paging is driven above
    # without one attached.)
    partial = TimelineModel(timeline)
    partial.page_size = 4
    partial.set_filter(TimelineFilter(contact_id=people["ben"]))
    qtmodeltester.check(partial, force_py=True)
    assert 4 < partial.rowCount() < 27 and partial.canFetchMore()
    summaries = [model.entry(r).summary for r in range(seen)]
    assert summaries[3:] == [f"mail {d}" for d in range(25)]  # newest first, none twice
    assert [model.starts_day(r) for r in range(3, 6)] == [True, True, True]


def test_reconnect_rows_snooze_and_change_cadence_in_place(qtbot, people, window):
    pane = window.timeline_pane
    controller = window.timeline_controller
    controller.set_cadence(people["ben"], 3)
    row = next(r for r in pane.reconnect.rows if r.entry.contact_id == people["ben"])
    assert row.cadence_button.text() == "every 3 days"
    pane.reconnect.snooze_requested.emit(people["ben"], NOW.date() + timedelta(days=7))
    assert people["ben"] not in pane.reconnect.contact_ids()
    window.undo_stack.undo()
    assert people["ben"] in pane.reconnect.contact_ids()
    row = next(r for r in pane.reconnect.rows if r.entry.contact_id == people["ben"])
    row.cadence_button.menu().aboutToShow.emit()  # as opening it does: its actions are made then
    row.cadence_button.menu().actions()[-1].trigger()  # never remind me
    assert people["ben"] not in pane.reconnect.contact_ids()
    window.undo_stack.undo()
    assert people["ben"] in pane.reconnect.contact_ids()
    assert "to reconnect with" in pane.upcoming.text.text()
    assert "Ben Okafor's birthday" in pane.upcoming.text.text()


def test_strength_meter_override_and_favor_balance(qtbot, people, window):
    window.contacts_pane.select_contact(people["dana"])
    favors = window.detail.findChild(QLabel, "favorsLabel")
    assert favors.text() == "give first"  # Dana has only ever helped you
    computed = window.detail.findChild(StrengthMeter).value
    assert "last contact 3 days ago" in window.detail.findChild(StrengthMeter).toolTip()
    window.timeline_controller.set_strength(people["dana"], 95)
    assert window.detail.findChild(StrengthMeter).value == 95
    window.undo_stack.undo()
    assert window.detail.findChild(StrengthMeter).value == computed


def test_people_autocomplete_by_org_and_enter(qtbot, people, window, on_modal):
    window.contacts_pane.select_contact(people["dana"])
    result = {}

    def add_ben_by_org(dialog) -> None:
        qtbot.keyClicks(dialog.people.field, "Globex")
        assert dialog.people.completer.completionCount() == 1
        qtbot.keyClick(dialog.people.field, Qt.Key.Key_Return)
        result["people"] = [p.name for p in dialog.people.people]
        dialog.summary.setFocus()
        qtbot.keyClicks(dialog.summary, "lunch, the three of us")
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    on_modal(add_ben_by_org)
    window.timeline_controller.log_interaction()
    assert result["people"] == ["Dana Kim", "Ben Okafor"]
    entry = window.timeline_pane.model.entry(0)
    assert entry.summary == "lunch, the three of us"
    assert {c.id for c in entry.contacts} == {people["dana"], people["ben"]}


def test_daily_notification_once_a_day(qtbot, people, window):
    notifier = window.timeline_controller.notifier
    title, body = notifier.check()
    assert "Ben Okafor's birthday" in body
    assert notifier.check() is None  # once a day


def test_closing_the_window_stops_the_daily_notification(qtbot, people, window):
    """A closed window's notifier must not wake later and query a database that has gone (it
    did in the test run: 15 s after a window of an earlier test, in the middle of another)."""
    notifier = window.timeline_controller.notifier
    assert notifier.timer.isActive() and notifier.first_check.isActive()
    window.close()
    assert not notifier.timer.isActive() and not notifier.first_check.isActive()


def test_the_first_read_of_the_reminders_runs_on_a_worker_thread(qtbot, people):
    """Just after start-up SQLite's cache is cold: the strip and the Reconnect tab must not hold
    the GUI thread for it. Their first read arrives later; the GUI thread only shows it."""
    services = Services()
    services.cadence.set_cadence(people["dana"], 2)  # due: last contacted 3 days ago
    pane = TimelinePane(services)
    qtbot.addWidget(pane)
    pane.load_deferred()
    assert not pane.reminders_ready
    assert pane.reconnect.contact_ids() == []  # nothing read on this thread
    qtbot.waitUntil(lambda: pane.reminders_ready)
    assert people["dana"] in pane.reconnect.contact_ids()
    assert pane.upcoming.text.text()
    pane.shutdown()
