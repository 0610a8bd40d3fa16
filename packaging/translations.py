"""Update the translation sources and compile them: `python packaging/translations.py`.

1. pyside6-lupdate scans posse_desktop/ui and app.py for self.tr()/translate() strings and updates
   posse_desktop/resources/translations/posse_<lang>.ts (existing translations are kept; strings
   no longer in the code are dropped).
2. A translator fills in the new ("unfinished") messages, e.g. with pyside6-linguist.
3. pyside6-lrelease compiles each .ts into the .qm the app loads (both are committed, so a build
   needs no Qt tools).

`--check` only reports unfinished messages and exits 1 if there are any (for CI).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "posse_desktop"
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("de",)


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (a venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: pip install PySide6-Essentials (it ships the Qt tools)")
    return found


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (PACKAGE / "ui").rglob("*.py"))
    return [*files, "posse_desktop/app.py"]


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"posse_{lang}.ts"


def unfinished(ts: Path) -> list[str]:
    """ "context: source" of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def update(lang: str) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts_file(lang)),
        ],
        cwd=ROOT,
        check=True,
    )


def release(lang: str) -> None:
    qm = ts_file(lang).with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts_file(lang)), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished messages")
    args = parser.parse_args()
    status = 0
    for lang in LANGUAGES:
        if not args.check:
            update(lang)
            release(lang)
        missing = unfinished(ts_file(lang))
        for line in missing:
            print(f"{lang}: unfinished: {line}")
        status = status or bool(missing)
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
