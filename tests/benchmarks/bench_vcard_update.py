"""Benchmark (issue 3): importing a newer export of the same phone, which updates every contact.

A 10k-card file is imported into a fresh database, then the same cards with every note changed
are imported: 10k updates, each merged with what Posse knows, snapshotted for undo and stored.
Then that import is undone (every contact put back). The baseline is the first import of the
same file in the same run, so the figure reads "an update import costs N first imports".

Before bulk updates the update import took 149 s for 10k cards, 61x a first import (one ORM
save per contact, and a list neighbour query that sorted the whole list).

Run: .venv/bin/python tests/benchmarks/bench_vcard_update.py [--cards 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_vcard_io import generate  # noqa: E402

from posse_desktop.db import close_db, open_db  # noqa: E402
from posse_desktop.services.importer import ImportService  # noqa: E402
from posse_desktop.services.normalize import phone_forms, sort_key  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="posse-bench-"))
    first = work / "phone.vcf"
    data = generate(args.cards)
    first.write_bytes(data)
    newer = work / "phone-newer.vcf"
    newer.write_bytes(data.replace(b"liked sushi", b"liked ramen"))
    firsts, updates, undos = [], [], []
    for n in range(args.rounds):
        open_db(work / f"update-{n}.db")
        for path, times in ((first, firsts), (newer, updates)):
            phone_forms.cache_clear()  # each import as the first of a session
            sort_key.cache_clear()
            gc.collect()
            start = time.perf_counter()
            report = ImportService().import_files([path], safety_copy=False)
            times.append(time.perf_counter() - start)
        assert len(report.updated) == args.cards, (len(report.updated), len(report.added))
        start = time.perf_counter()
        ImportService().undo_import(report.batch_id)  # every contact back as it was
        undos.append(time.perf_counter() - start)
        close_db()
    figures = {
        "cards": args.cards,
        "first_import_s": round(min(firsts), 3),
        "update_import_s": round(min(updates), 3),
        "ratio": round(min(updates) / min(firsts), 2),
        "undo_update_s": round(min(undos), 3),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"{args.cards} cards, best of {args.rounds}: first import {figures['first_import_s']:.3f} s, "
        f"newer export (every contact updated) {figures['update_import_s']:.3f} s "
        f"= {figures['ratio']:.2f}x the first import; its undo {figures['undo_update_s']:.3f} s"
    )


if __name__ == "__main__":
    main()
