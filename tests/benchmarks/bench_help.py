"""Ask-for-help benchmark (issue 5) on a demo database of 100k contacts and 1M interactions.

Measures, p50/p95 in ms, from the question's text to the ranked list with reasons (goal: the
broadest realistic topic at p95 <= 30 ms, on a warm service, as the help pane uses it):
- ask: HelpService.ask() for each topic, broadest first;
- answer: HelpService.answer(), which adds introduction paths when no one close matched;
and, for information, the first question of a fresh service (loads the in-memory snapshot) and
coverage.

The database is copied to a temp file first (the benchmark adds any missing index, the
interaction text index, and refreshes the cached last-contacted and strength columns there), so
the demo file is never changed.

Usage: python tests/benchmarks/bench_help.py [--db /tmp/demo100k.db] [--runs 200] [--json]
Without an existing --db, one is generated with the demo service (takes a few minutes).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from posse_desktop.db import close_db, interaction_index, open_db
from posse_desktop.db.connection import database
from posse_desktop.db.models import ALL_TABLES
from posse_desktop.services.coverage import CoverageService
from posse_desktop.services.help import HelpService
from posse_desktop.services.strength import rebuild_all_caches

GOAL_MS = 30.0
# Broadest first: several skills held by thousands each, plus words found in notes and the timeline.
TOPICS = [
    "migrating our billing to kubernetes, need someone who knows PCI compliance",
    "fundraising and negotiation for our seed round",
    "postgres performance on AWS",
    "tax law",
    "k8s",
    "someone who knows GDPR and contract law",
]


def summary(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {
        "p50": round(statistics.median(times), 2),
        "p95": round(times[min(len(times) - 1, round(0.95 * (len(times) - 1)))], 2),
        "max": round(times[-1], 2),
        "n": len(times),
    }


def measure(fn: Callable[[], object], runs: int) -> dict[str, float]:
    """Wall-clock ms, and this thread's CPU ms (apart from the machine's other load)."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        fn()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    result = summary(times)
    result["cpu_p50"] = round(statistics.median(cpu), 2)
    result["cpu_p95"] = summary(cpu)["p95"]
    return result


def prepare(source: Path, work: Path) -> Path:
    if not source.exists():
        from posse_desktop.services.demo import DemoService

        open_db(source)
        DemoService().generate(100_000, n_interactions=1_000_000)
        close_db()
    target = work / "bench.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    open_db(target)
    database.create_tables(ALL_TABLES, safe=True)
    interaction_index.create(database)
    if database.execute_sql("SELECT count(strength_score) FROM contact").fetchone()[0] == 0:
        rebuild_all_caches()
    database.execute_sql("ANALYZE")
    close_db()
    return target


def run(db_path: Path, runs: int) -> dict[str, dict[str, float]]:
    open_db(db_path)
    results: dict[str, dict[str, float]] = {}

    def first_question() -> None:
        HelpService().ask(TOPICS[0])

    results["first question, fresh service (loads snapshot)"] = measure(first_question, 5)
    service = HelpService()
    service.ask(TOPICS[0])  # warm: snapshot and skill catalog loaded
    for topic in TOPICS:
        results[f"ask: {topic}"] = measure(lambda t=topic: service.ask(t), runs)
    results[f"answer (with paths): {TOPICS[0]}"] = measure(
        lambda: service.answer(TOPICS[0]), max(10, runs // 10)
    )
    results["coverage"] = measure(lambda: CoverageService().coverage(), 5)
    counts = database.execute_sql(
        "SELECT (SELECT count(*) FROM contact), (SELECT count(*) FROM interaction), "
        "(SELECT count(*) FROM expertise)"
    ).fetchone()
    matches = service.ask(TOPICS[0])
    results["_info"] = {
        "contacts": counts[0],
        "interactions": counts[1],
        "expertise_rows": counts[2],
        "broadest_topic_candidates_top": len(matches),
    }
    close_db()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/demo100k.db"))
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        target = prepare(args.db, Path(tmp))
        results = run(target, args.runs)
    broadest = results[f"ask: {TOPICS[0]}"]
    ok = broadest["p95"] <= GOAL_MS
    if args.json:
        print(json.dumps({"results": results, "goal_ms": GOAL_MS, "ok": ok}, indent=2))
    else:
        for name, row in results.items():
            if name.startswith("_"):
                print(f"{name}: {row}")
                continue
            print(
                f"{name[:78]:<78} p50 {row['p50']:7.2f}  p95 {row['p95']:7.2f}  "
                f"max {row['max']:7.2f}  cpu p50 {row['cpu_p50']:6.2f} p95 {row['cpu_p95']:6.2f}"
            )
        print(f"goal: broadest topic p95 <= {GOAL_MS} ms: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
