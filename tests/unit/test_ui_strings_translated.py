"""Every user-visible string in the UI goes through tr() / QCoreApplication.translate().

A plain literal (or an f-string with words in it) handed straight to a widget is English on a German
screen: lupdate never sees it, so no translator can fill it. This walks posse_desktop/ui and app.py
and fails on such literals passed to the calls that put text on screen.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "posse_desktop"

# Calls whose arguments end up on screen (methods and constructors, by their last name).
SINKS = {
    # widgets' own text
    "setText",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "setIconText",
    "setTitle",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setInformativeText",
    "showMessage",
    # containers of texts
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "addItem",
    "addItems",
    "insertItem",
    "addAction",
    "addMenu",
    "addButton",
    "addRow",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    # constructors
    "QAction",
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QMenu",
    "QMessageBox",
    "QTreeWidgetItem",
    "QListWidgetItem",
    "QStandardItem",
    "QUndoCommand",
    # static dialogs and message boxes
    "information",
    "warning",
    "critical",
    "question",
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
    "getInt",
    "getText",
    # Posse's label helpers (ui/widgets.py) and message boxes
    "plain_label",
    "heading_label",
    "section_caption",
    "plain_message",
    "show_failure",
    "show_status",
    "_tell",
    "_warn",
}

# Literals that are data, not words to translate: (file, text) with the reason.
ALLOWED = {
    # vCard TYPE values, stored in the card as they are: the address label combo offers data.
    ("ui/dialogs/row_lists.py", "home"),
    ("ui/dialogs/row_lists.py", "work"),
    ("ui/dialogs/row_lists.py", "other"),
}
LOGGERS = {"log", "logger", "logging"}  # log.warning("...") is for the log file, in English

LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word: two letters in a row (not "·", "%1", "…")


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _untranslated(node: ast.AST) -> list[ast.AST]:
    """Literals with words inside `node` that no tr()/translate() call wraps."""
    if isinstance(node, ast.Call) and _call_name(node) in ("tr", "translate"):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if LETTERS.search(node.value) else []
    if isinstance(node, ast.JoinedStr):
        words = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return [node] if LETTERS.search(words) else []
    if isinstance(node, ast.List | ast.Tuple):
        return [found for item in node.elts for found in _untranslated(item)]
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _untranslated(node.left) + _untranslated(node.right)
    return []


def _text(node: ast.AST) -> str:
    return node.value if isinstance(node, ast.Constant) else ast.unparse(node)


def untranslated_ui_strings(files: list[Path]) -> list[str]:
    problems = []
    for path in files:
        relative = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or _call_name(call) not in SINKS:
                continue
            receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
            if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
                continue
            arguments = [*call.args, *(k.value for k in call.keywords)]
            for argument in arguments:
                for literal in _untranslated(argument):
                    if (relative, _text(literal)) in ALLOWED:
                        continue
                    problems.append(
                        f"{relative}:{literal.lineno}: {_call_name(call)}({_text(literal)!r})"
                    )
    return problems


def ui_files() -> list[Path]:
    return [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]


def test_every_visible_literal_in_the_ui_is_translatable():
    problems = untranslated_ui_strings(ui_files())
    assert problems == [], "wrap in self.tr() or QCoreApplication.translate():\n" + "\n".join(
        problems
    )


def test_the_check_finds_plain_and_formatted_literals(tmp_path):
    sample = PACKAGE / "ui" / "_sample_for_the_check.py"
    code = (
        "def build(self, name, n):\n"
        "    self.tabs.addTab(w, 'History')\n"
        "    self.field.setPlaceholderText(f'Filter {n} words…')\n"
        "    QPushButton('Save' if n else 'Close')\n"
        "    self.label.setText(self.tr('Fine'))\n"
        "    self.label.setText(f'{name} · {n}')\n"
        "    self.setObjectName('notShown')\n"
    )
    try:
        sample.write_text(code, encoding="utf-8")
        found = untranslated_ui_strings([sample])
    finally:
        sample.unlink()
    assert [line.split(": ", 1)[1] for line in found] == [
        "addTab('History')",
        "setPlaceholderText(\"f'Filter {n} words…'\")",
        "QPushButton('Save')",
        "QPushButton('Close')",
    ]
