"""Benchmark: parse a generated 10k-card file with Posse's reader and with bare vobject.

Run: .venv/bin/python tests/benchmarks/bench_vcard_read.py [--cards N] [--rounds R]
Prints both times (best of R rounds, same data, same run) and the ratio reader / vobject.
Goal (issue 3): the ratio is at most 0.25.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc

import vobject

from posse_desktop.vcard import read_vcards


def generate(count: int) -> bytes:
    """Phone-like vCard 3.0 cards: groups with X-ABLabel, structured N/ADR/ORG, escaped notes."""
    cards = []
    for i in range(count):
        cards.append(
            "BEGIN:VCARD\r\n"
            "VERSION:3.0\r\n"
            f"PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
            f"N:Müller-{i};Ana;Maria;Dr.;\r\n"
            f"FN:Dr. Ana Maria Müller-{i}\r\n"
            f"ORG:Acme {i % 97} GmbH;Platform\r\n"
            "TITLE:Head of Platform\r\n"
            f"item1.EMAIL;type=INTERNET;type=pref:ana.{i}@acme.example\r\n"
            "item1.X-ABLabel:_$!<Work>!$_\r\n"
            f"EMAIL;type=INTERNET;type=HOME:ana{i}@home.example\r\n"
            f"TEL;type=CELL;type=VOICE;type=pref:+49 170 {i:07d}\r\n"
            f"TEL;type=WORK;type=VOICE:+49 30 {i:07d}\r\n"
            f"ADR;type=WORK:;;Hauptstraße {i % 200};Berlin;;10115;Germany\r\n"
            f"NOTE:Met at conf\\, liked sushi. Knows kubernetes\\, postgres\\nAsk about {i}\r\n"
            f"BDAY:19{i % 90 + 10:02d}-0{i % 9 + 1}-1{i % 9}\r\n"
            "CATEGORIES:work,conference\r\n"
            f"UID:{i:08d}-0000-4000-8000-000000000000\r\n"
            "X-SOCIALPROFILE;type=linkedin:https://linkedin.example/in/ana\r\n"
            "END:VCARD\r\n"
        )
    return "".join(cards).encode("utf-8")


def best_of(rounds: int, func) -> float:
    times = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    data = generate(args.cards)
    text = data.decode("utf-8")

    result = read_vcards(data, "bench.vcf")
    assert len(result.cards) == args.cards and not result.problems, result.problems[:3]
    assert sum(1 for _ in vobject.readComponents(text)) == args.cards

    ours = best_of(args.rounds, lambda: read_vcards(data, "bench.vcf"))
    theirs = best_of(args.rounds, lambda: sum(1 for _ in vobject.readComponents(text)))
    print(f"{args.cards} cards, {len(data) / 1e6:.1f} MB")
    print(f"posse read_vcards:       {ours:.3f} s")
    print(f"vobject.readComponents:  {theirs:.3f} s")
    print(f"ratio: {ours / theirs:.3f}x (goal <= 0.25x)")
    tracemalloc.start()
    read_vcards(data, "bench.vcf")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"reader peak memory: {peak / 1e6:.0f} MB ({peak / len(data):.0f}x the file)")


if __name__ == "__main__":
    main()
