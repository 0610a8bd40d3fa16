"""Benchmark (issue 3): vCard import and export of 10k contacts, end to end, against bare vobject.

- import: ImportService.import_files on a fresh temp database (read, dedupe, store, index, one
  transaction) vs `vobject.readComponents` consuming every card of the same file;
- export: ExportService.export of every contact to a file (load from the database, merge with the
  original card text, write, atomic rename) vs vobject `serialize()` of the same cards.

The cards are an iPhone's export of distinct people with everyday names (person()), a few of
whom are close enough to be offered for review; --similar-names uses the worst case instead
(nearly every card a near miss of others), as runs before 2026-11-26 did.

Each figure is the best of --rounds, both sides measured on the same data in the same run. Each
import round is a first import: the process-wide phone and name caches are cleared before it.
Goal: ratio <= 0.25x for each. --phases adds one more import timed stage by stage.

Run: .venv/bin/python tests/benchmarks/bench_vcard_io.py [--cards 10000] [--rounds 3]
     [--json] [--phases] [--similar-names]
"""

from __future__ import annotations

import argparse
import gc
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import vobject

from posse_desktop.db import close_db, open_db
from posse_desktop.services import demo_data
from posse_desktop.services.contact_loader import iter_contacts
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.exporter import ExportService
from posse_desktop.services.importer import ImportService
from posse_desktop.services.normalize import phone_forms, sort_key
from posse_desktop.vcard.writer import write_vcard

GOAL = 0.25
GIVEN_SIMILAR = [
    "Ana",
    "Ben",
    "Chloé",
    "Dana",
    "Emeka",
    "Fatima",
    "Giulia",
    "Hiro",
    "Ivan",
    "Jonas",
    "Kwame",
    "Lena",
    "Mei",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Søren",
    "Tomás",
]
FAMILY_SIMILAR = [
    "Kim",
    "Okafor",
    "Silva",
    "Haddad",
    "Rossi",
    "Müller",
    "Tanaka",
    "Ivanova",
    "Dubois",
    "Nowak",
    "García",
    "Mensah",
    "Larsen",
    "Cohen",
    "Novák",
    "Yilmaz",
    "Singh",
    "Park",
    "O'Brien",
    "Costa",
]


def _latin(entry: str) -> str:
    """A demo_data name entry (`native:latin`, family `male|female`) in its Latin form."""
    return entry.partition(":")[2].split("|")[0] or entry.split("|")[0]


# Everyday names from the demo network's word lists: 209 given x 134 family names, so 10k cards
# are 10k distinct people, a few of whom have names close enough to be offered for review
# (Ana / Anna), as in a real address book.
GIVEN = sorted({_latin(e) for c in demo_data.CULTURES for k in ("f", "m") for e in c[k]})
FAMILY = sorted({_latin(e) for c in demo_data.CULTURES for e in c["family"]})


def person(i: int, similar: bool = False) -> tuple[str, str]:
    """Distinct people. `similar`: the names of earlier runs instead, 20 x 20 pairs with a
    two-letter suffix per round of 400 (Ana Kim-AA, Ana Kim-BA, ...), which makes nearly every
    card a near miss of 25 others: a worst case for duplicate detection."""
    if similar:
        given, family = GIVEN_SIMILAR[i % 20], FAMILY_SIMILAR[(i // 20) % 20]
        return given, f"{family}-{chr(65 + (i // 400) % 26)}{chr(65 + (i // 10400) % 26)}"
    return GIVEN[i % len(GIVEN)], FAMILY[(i // len(GIVEN)) % len(FAMILY)]


def generate(count: int, similar: bool = False) -> bytes:
    """Phone-like vCard 3.0 cards: groups with X-ABLabel, structured N/ADR/ORG, escaped notes.
    `similar`: person()'s worst case for duplicate detection."""
    cards = []
    for i in range(count):
        given, family = person(i, similar)
        cards.append(
            "BEGIN:VCARD\r\n"
            "VERSION:3.0\r\n"
            "PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
            f"N:{family};{given};;;\r\n"
            f"FN:{given} {family}\r\n"
            f"ORG:Acme {i % 97} GmbH;Platform\r\n"
            "TITLE:Head of Platform\r\n"
            f"item1.EMAIL;type=INTERNET;type=pref:p{i}@acme.example\r\n"
            "item1.X-ABLabel:_$!<Work>!$_\r\n"
            f"EMAIL;type=INTERNET;type=HOME:p{i}@home.example\r\n"
            f"TEL;type=CELL;type=VOICE;type=pref:+49 170 {i:07d}\r\n"
            f"TEL;type=WORK;type=VOICE:+49 30 {i:07d}\r\n"
            f"ADR;type=WORK:;;Hauptstraße {i % 200};Berlin;;10115;Germany\r\n"
            f"NOTE:Met at conf\\, liked sushi. Knows kubernetes\\, postgres\\nAsk about {i}\r\n"
            f"BDAY:19{i % 90 + 10:02d}-0{i % 9 + 1}-1{i % 9}\r\n"
            "CATEGORIES:work,conference\r\n"
            f"UID:{i:08d}-0000-4000-8000-000000000000\r\n"
            "X-SOCIALPROFILE;type=linkedin:https://linkedin.example/in/ana\r\n"
            "X-ABUID:5AD3B1A2-0000\\:ABPerson\r\n"
            "END:VCARD\r\n"
        )
    return "".join(cards).encode("utf-8")


def best_of(
    rounds: int, func: Callable[[], object], setup: Callable[[], object] | None = None
) -> float:
    times = []
    for _ in range(rounds):
        if setup is not None:
            setup()
        gc.collect()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


STAGES = (
    "read and parse",
    "match",
    "learn the new contacts' keys",
    "build the new contacts' rows",
    "hand batches to the writer thread",
    "finish: the last batch, wait for the writer",
    "commit",
)


def stage_times() -> dict[str, float]:
    """Wrap the importing thread's stages in timers (for --phases); returns the dict they add to.
    The writer thread's statements run meanwhile, so they are not a stage of their own."""
    import peewee

    from posse_desktop.services import contact_stream, importer, statement_writer

    times: dict[str, float] = {}

    def wrap(owner: object, name: str, stage: str) -> None:
        inner = getattr(owner, name)

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                times[stage] = times.get(stage, 0.0) + time.perf_counter() - start

        setattr(owner, name, timed)

    read, match, learn, rows, hand, finish, commit = STAGES
    wrap(importer, "read_vcard_file", read)
    wrap(importer.DedupeIndex, "match", match)
    wrap(importer.DedupeIndex, "add", learn)
    wrap(contact_stream, "build_rows", rows)
    wrap(statement_writer.StatementWriter, "submit", hand)
    wrap(importer.ContactStream, "finish", finish)
    wrap(peewee.SqliteDatabase, "commit", commit)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--phases", action="store_true", help="then one more import, timed stage by stage"
    )
    parser.add_argument(
        "--similar-names",
        action="store_true",
        help="the worst case for duplicate detection: nearly every name a near miss of others",
    )
    args = parser.parse_args()
    data = generate(args.cards, args.similar_names)
    text = data.decode("utf-8")
    work = Path(tempfile.mkdtemp(prefix="posse-bench-"))
    source = work / "phone.vcf"
    source.write_bytes(data)

    # --- import ---------------------------------------------------------------------------
    counter = iter(range(1_000_000))
    state: dict[str, object] = {}

    def fresh_db() -> None:
        close_db()
        open_db(work / f"import-{next(counter)}.db")
        # Each round a first import: no phone numbers or names known from the round before.
        phone_forms.cache_clear()
        sort_key.cache_clear()

    def run_import() -> None:
        state["report"] = ImportService().import_files([source])

    ours_import = best_of(args.rounds, run_import, fresh_db)
    report = state["report"]
    assert len(report.added) == args.cards, (len(report.added), len(report.needs_review))
    components: list = []

    def vobject_read() -> None:
        components[:] = list(vobject.readComponents(text))

    vobject_import = best_of(args.rounds, vobject_read)
    assert len(components) == args.cards

    # --- export (from the last import's database) ------------------------------------------
    out = work / "export.vcf"
    ours_export = best_of(args.rounds, lambda: ExportService().export(out))
    ids = ContactsService().all_ids()
    contacts = list(iter_contacts(ids))
    writer_only = best_of(args.rounds, lambda: "".join(write_vcard(c) for c in contacts))
    vobject_export = best_of(args.rounds, lambda: "".join(c.serialize() for c in components))
    close_db()
    assert out.read_bytes().count(b"BEGIN:VCARD") == args.cards

    figures = {
        "cards": args.cards,
        "names": "similar" if args.similar_names else "everyday",
        "needs_review": len(report.needs_review),
        "megabytes": round(len(data) / 1e6, 2),
        "import_s": round(ours_import, 3),
        "vobject_read_s": round(vobject_import, 3),
        "import_ratio": round(ours_import / vobject_import, 3),
        "export_s": round(ours_export, 3),
        "writer_only_s": round(writer_only, 3),
        "vobject_serialize_s": round(vobject_export, 3),
        "export_ratio": round(ours_export / vobject_export, 3),
        "goal": GOAL,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"{args.cards} cards ({figures['names']} names, {figures['needs_review']} offered for"
        f" review), {figures['megabytes']} MB, best of {args.rounds}"
    )
    print(
        f"import  (read+dedupe+store+index): {ours_import:7.3f} s   "
        f"vobject.readComponents: {vobject_import:7.3f} s   "
        f"ratio {figures['import_ratio']:.3f}x (goal <= {GOAL}x)"
    )
    print(
        f"export  (load+write+atomic file):  {ours_export:7.3f} s   "
        f"vobject serialize():    {vobject_export:7.3f} s   "
        f"ratio {figures['export_ratio']:.3f}x (goal <= {GOAL}x)"
    )
    print(f"        writer alone:              {writer_only:7.3f} s")
    if args.phases:
        times = stage_times()
        fresh_db()
        gc.collect()
        start = time.perf_counter()
        run_import()
        total = time.perf_counter() - start
        close_db()
        print(f"import stages (one more round, with timers): {total:.3f} s in all")
        for stage in STAGES:
            print(f"  {stage:<36} {times.get(stage, 0.0):7.3f} s")


if __name__ == "__main__":
    main()
