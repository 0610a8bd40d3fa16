"""posse-cli log / timeline / reconnect / upcoming: exit codes and the documented JSON shapes."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from posse_desktop.cli import main
from posse_desktop.db import close_db, open_db
from posse_desktop.domain import PartialDate
from tests.unit.timeline_support import add_person


@pytest.fixture
def people(db_path: Path) -> dict[str, int]:
    open_db(db_path)
    today = date.today()  # the CLI runs on the real clock; only relative dates are asserted
    ids = {
        "dana": add_person(
            "Dana Kim",
            cadence_days=7,
            birthday=PartialDate(None, today.month, today.day),
            created=datetime.now() - timedelta(days=30),
        ),
        "ben": add_person("Ben Okafor"),
    }
    close_db()
    return ids


def run_json(capsys, *argv: str):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_log_then_timeline(db_path, people, capsys) -> None:
    db = ["--db", str(db_path)]
    logged = run_json(
        capsys,
        *db,
        "log",
        "--contact",
        str(people["dana"]),
        "--contact",
        str(people["ben"]),
        "--kind",
        "coffee",
        "--summary",
        "k8s upgrade",
        "--at",
        "2024-03-09T23:30",
        "--follow-up",
        "2024-03-15",
        "--json",
    )
    assert logged["occurred_at"] == "2024-03-09T23:30:00"
    assert logged["contacts"] == [
        {"id": people["dana"], "name": "Dana Kim"},
        {"id": people["ben"], "name": "Ben Okafor"},
    ]
    entries = run_json(capsys, *db, "timeline", "--contact", str(people["ben"]), "--json")
    assert [e["id"] for e in entries] == [logged["id"]]
    assert set(entries[0]) == {
        "id",
        "occurred_at",
        "kind",
        "summary",
        "details",
        "follow_up_on",
        "follow_up_done",
        "contacts",
    }
    assert main([*db, "timeline"]) == 0
    assert "coffee / meal with Dana Kim, Ben Okafor: k8s upgrade" in capsys.readouterr().out


def test_reconnect_and_upcoming(db_path, people, capsys) -> None:
    db = ["--db", str(db_path)]
    reconnect = run_json(capsys, *db, "reconnect", "--json")
    assert [r["contact"] for r in reconnect] == [{"id": people["dana"], "name": "Dana Kim"}]
    assert reconnect[0]["cadence_days"] == 7 and reconnect[0]["last_contacted_at"] is None
    upcoming = run_json(capsys, *db, "upcoming", "--days", "3", "--json")
    assert set(upcoming) == {"today", "days", "dates", "follow_ups", "reconnects"}
    assert upcoming["dates"][0]["contact"]["id"] == people["dana"]
    assert upcoming["dates"][0]["days_until"] == 0
    assert [r["contact"]["id"] for r in upcoming["reconnects"]] == [people["dana"]]


def test_log_refuses_bad_input(db_path, people, capsys) -> None:
    db = ["--db", str(db_path)]
    assert main([*db, "log", "--contact", "999", "--kind", "call", "--summary", "x"]) == 1
    assert "no contact with id 999" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*db, "log", "--contact", "1", "--kind", "poke", "--summary", "x"])
    with pytest.raises(SystemExit):
        main([*db, "log", "--contact", "1", "--kind", "call", "--summary", "x", "--at", "soon"])
