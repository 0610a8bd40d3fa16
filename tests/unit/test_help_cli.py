"""posse-cli ask / coverage, text and JSON (shapes as docs/cli-help.md documents them)."""

from __future__ import annotations

import json

import pytest

from posse_desktop import cli
from posse_desktop.db import close_db
from posse_desktop.domain import Role
from tests.unit.help_network import EXPERT, Network


@pytest.fixture
def network_db(db, db_path):
    net = Network()
    net.person("Omar Haddad", ("PCI DSS", EXPERT), org="Payco", roles=(Role.ADVISOR,))
    net.person("Dana Kim", org="Acme")
    net.relate("Dana Kim", "Omar Haddad")
    net.talk("Dana Kim", days_ago=2, times=8)  # relative to the fixed test clock; the CLI uses now
    close_db()
    return db_path


def test_ask_json(network_db, capsys) -> None:
    assert cli.main(["--db", str(network_db), "ask", "who knows PCI?", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["question"] == "who knows PCI?" and out["terms"] == ["=pci dss"]
    (match,) = out["matches"]
    assert match["id"] > 0 and match["name"] == "Omar Haddad"
    assert match["skills"] == [{"skill": "PCI DSS", "level": "expert", "coverage": 1.0}]
    assert match["roles"] == ["advisor"] and isinstance(match["score"], float)
    assert set(match) >= {"strength", "last_contacted_at", "favor_balance", "stale", "reason"}
    assert isinstance(out["paths"], list) and isinstance(out["only_stale"], bool)
    for path in out["paths"]:
        assert all({"id", "name", "note"} <= set(step) for step in path["steps"])


def test_ask_text_and_limit(network_db, capsys) -> None:
    assert cli.main(["--db", str(network_db), "ask", "PCI", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "searched for: pci dss" in out and "1. Omar Haddad" in out and "expert: PCI DSS" in out
    assert cli.main(["--db", str(network_db), "ask", "the and"]) == 1


def test_coverage_json_and_text(network_db, capsys) -> None:
    assert cli.main(["--db", str(network_db), "coverage", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    roles = {r["role"]: r for r in out["roles"]}
    assert list(roles) == [r.value for r in Role]
    assert (
        roles["advisor"]["count"] == 1 and roles["advisor"]["holders"][0]["name"] == "Omar Haddad"
    )
    assert {"id", "name"} <= set(roles["advisor"]["holders"][0])
    assert any(g["message"] == "no radar" for g in out["gaps"])
    assert cli.main(["--db", str(network_db), "coverage"]) == 0
    assert "posse coverage: 1 of 7 roles" in capsys.readouterr().out
