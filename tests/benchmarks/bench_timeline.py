"""Timeline benchmark (issue 4) on a demo database of 100k contacts and 1M interactions.

Measures, p50/p95 in ms (goal p95 < 50 ms for the first three):
- open: the whole-network timeline's first page (200 entries) on a fresh connection;
- scroll: successive keyset pages (200 entries each) down from the top, and at random depths;
- reconnect: the Reconnect list (50 entries);
plus, for information, the filtered pages (contact, kinds, tag, role, text), upcoming and counts.

The database is copied to a temp file first (opening it adds the cached cadence / due-date columns
of db/cadence_cache.py if the file predates them; the benchmark adds any missing index and refreshes
the cached last-contacted and strength columns there), so the demo file is never changed.
It also times the ledger of a screenful of contacts (LedgerService.for_contacts, 50 ids).

Usage: python tests/benchmarks/bench_timeline.py [--db /tmp/demo100k.db] [--runs 30] [--json]
Without an existing --db, one is generated with the demo service (takes a few minutes).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from posse_desktop.db import close_db, database, open_db
from posse_desktop.db.models import ALL_TABLES
from posse_desktop.domain import InteractionKind, Role
from posse_desktop.services.cadence import CadenceService
from posse_desktop.services.ledger import LedgerService
from posse_desktop.services.strength import rebuild_all_caches
from posse_desktop.services.timeline import TimelineService
from posse_desktop.services.upcoming import UpcomingService

GOAL_MS = 50.0
PAGE = 200


def measure(fn: Callable[[], object], runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"p50": statistics.median(times), "p95": p95, "max": times[-1], "n": len(times)}


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
    # A demo file made before the timeline's indexes were declared lacks them (schema v1 either way).
    database.create_tables(ALL_TABLES, safe=True)
    start = time.perf_counter()
    rebuild_all_caches()
    print(f"refreshed cached last-contacted/strength in {time.perf_counter() - start:.1f} s")
    database.execute_sql("ANALYZE")
    close_db()
    return target


def scroll_pages(service: TimelineService, pages: int) -> list[float]:
    """Times of `pages` successive pages from the top, like a user dragging the scroll bar down."""
    times, before = [], None
    for _ in range(pages):
        start = time.perf_counter()
        page = service.page(before=before, limit=PAGE)
        times.append((time.perf_counter() - start) * 1000)
        if not page:
            break
        before = page[-1].cursor
    return times


def summary(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {
        "p50": statistics.median(times),
        "p95": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
        "max": times[-1],
        "n": len(times),
    }


def run(db_path: Path, runs: int) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}

    def first_page_on_fresh_connection() -> None:
        close_db()
        open_db(db_path)
        TimelineService().page(limit=PAGE)

    results["open: first page, fresh connection"] = measure(first_page_on_fresh_connection, runs)
    service = TimelineService()
    results["open: first page, warm"] = measure(lambda: service.page(limit=PAGE), runs)
    results["scroll: 100 successive pages"] = summary(scroll_pages(service, 100))

    lo, hi = database.execute_sql(
        "SELECT MIN(occurred_at), MAX(occurred_at) FROM interaction"
    ).fetchone()
    first, last = datetime.fromisoformat(lo), datetime.fromisoformat(hi)
    rng = random.Random(4)

    def random_depth() -> None:
        at = first + (last - first) * rng.random()
        service.page(before=(at, 1 << 62), limit=PAGE)

    results["scroll: page at a random depth"] = measure(random_depth, runs)
    cadence = CadenceService()
    results["reconnect: list of 50"] = measure(lambda: cadence.reconnect_list(50), runs)
    # What the timeline pane shows on open: the strip (upcoming without its reconnects) too.
    results["pane: reconnect 50 + upcoming strip"] = measure(
        lambda: (cadence.reconnect_list(50), UpcomingService().upcoming(14, reconnect_limit=0)),
        runs,
    )

    # For information: filters and the rest of the pane.
    busiest = database.execute_sql(
        "SELECT contact_id FROM interaction_contact GROUP BY contact_id "
        "ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    tags = database.execute_sql(
        "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id "
        "GROUP BY t.id ORDER BY COUNT(*) DESC"
    ).fetchall()
    common_tag, rare_tag = tags[0][0], tags[-1][0]
    word = database.execute_sql("SELECT summary FROM interaction LIMIT 1").fetchone()[0].split()[0]
    pick = rng.choice
    ledger = LedgerService()
    cases: dict[str, Callable[[], object]] = {
        "filter: busiest contact": lambda: service.page(contact_id=busiest, limit=PAGE),
        "filter: random contact": lambda: service.page(
            contact_id=rng.randint(1, 100_000), limit=PAGE
        ),
        "filter: kind favor-given": lambda: service.page(
            kinds=[InteractionKind.FAVOR_GIVEN], limit=PAGE
        ),
        "filter: 3 kinds": lambda: service.page(
            kinds=[InteractionKind.COFFEE, InteractionKind.CALL, InteractionKind.INTRO_MADE],
            limit=PAGE,
        ),
        f"filter: common tag {common_tag!r}": lambda: service.page(tag=common_tag, limit=PAGE),
        f"filter: rare tag {rare_tag!r}": lambda: service.page(tag=rare_tag, limit=PAGE),
        "filter: a random role": lambda: service.page(role=pick(list(Role)), limit=PAGE),
        f"filter: common text {word!r}": lambda: service.page(text=word, limit=PAGE),
        "filter: text with no match": lambda: service.page(text="zqxj-no-such-text", limit=PAGE),
        "upcoming: 14 days": lambda: UpcomingService().upcoming(14),
        "ledger: 50 contacts": lambda: ledger.for_contacts(rng.sample(range(1, 100_001), 50)),
        "count: whole network": lambda: service.count(),
        "has_more: after first page": lambda: service.page(limit=1),
    }
    for name, fn in cases.items():
        results[name] = measure(fn, max(5, runs // 3))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/demo100k.db"))
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = prepare(args.db, Path(tmp))
        open_db(path)
        counts = database.execute_sql(
            "SELECT (SELECT COUNT(*) FROM contact), (SELECT COUNT(*) FROM interaction)"
        ).fetchone()
        results = run(path, args.runs)
        close_db()
    if args.json:
        print(json.dumps({"contacts": counts[0], "interactions": counts[1], "results": results}))
        return 0
    print(f"{counts[0]} contacts, {counts[1]} interactions; times in ms")
    print(f"{'case':<44} {'p50':>7} {'p95':>7} {'max':>7}  n")
    failed = False
    for name, r in results.items():
        goal = name.split(":")[0] in ("open", "scroll", "reconnect")
        mark = ""
        if goal:
            mark = "ok" if r["p95"] < GOAL_MS else "OVER GOAL"
            failed |= r["p95"] >= GOAL_MS
        print(f"{name:<44} {r['p50']:7.1f} {r['p95']:7.1f} {r['max']:7.1f}  {r['n']} {mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
