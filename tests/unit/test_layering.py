"""db, domain, services and vcard never import Qt or the ui package (DESIGN.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "posse_desktop"
QT_FREE = ["db", "domain", "services", "vcard"]
FORBIDDEN = ("PySide6", "shiboken6", "posse_desktop.ui", "posse_desktop.app")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_source_never_imports_qt_or_ui(layer):
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in _imports(path)
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_importing_the_qt_free_layers_loads_no_qt():
    """Catches indirect imports too: a Qt-free module importing a module that imports Qt."""
    modules = [
        f"posse_desktop.{layer}.{p.stem}" if p.stem != "__init__" else f"posse_desktop.{layer}"
        for layer in QT_FREE
        for p in sorted((PACKAGE / layer).glob("*.py"))
    ] + ["posse_desktop.cli"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import posse_desktop.cli as c; [importlib.import_module(m) for m in c.COMMAND_MODULES]\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'posse_desktop.ui')))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_can_fail(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n")
    assert any(n.startswith(FORBIDDEN) for n in _imports(bad))
