"""Benchmark (issue 3): a 10k-card import through the window, as a person does it.

Measures, for `MainWindow.open_files([file])` on a fresh temp database:
- time to report: from the call until the report dialog is open (read, dedupe, store, index in
  the worker; then broadcast, undo step and report on the GUI thread);
- responsiveness: a 10 ms QTimer records the gaps between its ticks while the import runs; the
  largest gap minus 10 ms is the longest the event loop stalled (repaint, Cancel, typing). It
  includes the first import's loading of the importer modules on the GUI thread;
- undo: Edit > Undo of that import (on the worker too), its time and longest stall.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_import_gui.py [--cards 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="posse-bench-"))
    os.environ["POSSE_DATA_DIR"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from posse_desktop.db import close_db, open_db
    from posse_desktop.services.registry import Services
    from posse_desktop.ui.main_window import MainWindow
    from tests.benchmarks.bench_vcard_io import generate

    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("PosseBench")
    open_db(home / "posse.db")
    source = home / "phone.vcf"
    source.write_bytes(generate(args.cards))
    window = MainWindow(Services())
    window.show()
    # Let the start-up work (first paint, panes' deferred loads) finish: it is not the import's.
    settle = QEventLoop()
    QTimer.singleShot(1500, settle.quit)
    settle.exec()

    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(lambda: (gaps.append(clock.nsecsElapsed() / 1e6), clock.restart()))
    outcome: dict[str, float] = {}

    def on_finished(report) -> None:
        outcome["seconds"] = time.perf_counter() - started
        outcome["added"] = len(report.added)
        QTimer.singleShot(100, app.quit)  # the next ticks record the stall of the report itself

    window.import_export.import_finished.connect(on_finished)
    started = time.perf_counter()
    clock.start()
    ticker.start()
    window.open_files([str(source)])
    app.exec()
    import_gaps = gaps[:]
    gaps.clear()
    undo_started = time.perf_counter()
    window.undo_stack.undo()  # waits in a local event loop for the worker; the ticker runs on
    undo_seconds = time.perf_counter() - undo_started
    ticker.stop()
    undo_stall = max(gaps, default=TICK_MS) - TICK_MS
    window.close()
    close_db()

    stalls = sorted(g - TICK_MS for g in import_gaps)
    result = {
        "cards": args.cards,
        "added": outcome["added"],
        "file_mb": round(source.stat().st_size / 1e6, 1),
        "time_to_report_s": round(outcome["seconds"], 2),
        "max_stall_ms": round(stalls[-1], 1) if stalls else None,
        "p99_stall_ms": round(stalls[int(len(stalls) * 0.99)], 1) if stalls else None,
        "median_stall_ms": round(stalls[len(stalls) // 2], 1) if stalls else None,
        "ticks": len(import_gaps),
        "undo_s": round(undo_seconds, 2),
        "undo_max_stall_ms": round(undo_stall, 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>18}: {value}")


if __name__ == "__main__":
    main()
