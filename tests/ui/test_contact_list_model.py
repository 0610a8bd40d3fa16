"""The lazy contact list model: Qt's model contract, and thousands of repaints without a crash."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListView, QTableView

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import ContactData
from posse_desktop.services import list_order
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.search import PAGE_SIZE, SearchService
from posse_desktop.ui.models.contact_delegate import ContactDelegate
from posse_desktop.ui.models.contact_list_model import ContactListModel, SummaryRole


def _bulk_contacts(n: int) -> None:
    """Insert n contacts fast (the model only needs list rows)."""
    now = "2026-01-01 00:00:00"
    rows = [
        {
            "formatted_name": f"Person {i:05d}",
            "sort_key": f"person {i:05d}",
            "org": f"Org {i % 50}",
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]
    with database.atomic():
        for start in range(0, n, 500):
            m.Contact.insert_many(rows[start : start + 500]).execute()
        list_order.renumber_all()


def _model() -> ContactListModel:
    model = ContactListModel(ContactsService(), SearchService())
    model.set_query("")
    return model


def test_model_contract(qtmodeltester, db):
    contacts = ContactsService()
    for name in ("Ana", "Ben", "<b>x</b>"):
        contacts.create(ContactData(formatted_name=name))
    model = _model()
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r).data() for r in range(3)] == ["<b>x</b>", "Ana", "Ben"]


def test_rows_are_fetched_a_page_at_a_time(qtmodeltester, db):
    _bulk_contacts(PAGE_SIZE * 2 + 10)
    model = _model()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 10 and not model.canFetchMore()
    assert model.index(PAGE_SIZE + 1).data() == f"Person {PAGE_SIZE + 1:05d}"
    qtmodeltester.check(model, force_py=True)


def test_load_through_fetches_up_to_a_far_contact(db):
    _bulk_contacts(PAGE_SIZE * 3)
    model = _model()
    far = ContactsService().all_ids()[-1]
    row = model.load_through(far)
    assert row == PAGE_SIZE * 3 - 1 and model.contact_id(row) == far


def test_vanished_row_degrades_instead_of_raising(db):
    contacts = ContactsService()
    cid, _ = contacts.create(ContactData(formatted_name="Gone Soon"))
    model = _model()
    contacts.purge([cid])
    assert model.index(0).data() == "…"
    assert model.index(0).data(SummaryRole) is None


@pytest.mark.parametrize("view_class", [QListView, QTableView])
def test_scrolling_thousands_of_repaints_does_not_crash(qtbot, db, view_class):
    """PySide6 6.12.0 on Python 3.11 aborts after ~3,000 repaints of a model returning None."""
    _bulk_contacts(5000)
    model = _model()
    view = view_class()
    if view_class is QListView:
        view.setItemDelegate(ContactDelegate(view))
        view.setUniformItemSizes(True)
    view.setModel(model)
    view.resize(400, 600)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    for step in range(3500):
        bar.setValue((step * 7) % (bar.maximum() + 1))
        view.viewport().repaint()
    assert model.rowCount() > PAGE_SIZE  # scrolling fetched more pages
