"""Run every benchmark script in this folder, one after the other (`make bench`).

Each script prints its own figures, as ratios against a baseline measured in the same run where
the issue asks for one. Pass --db PATH to share one demo database among the scripts that take it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAKES_DB = {"bench_contacts.py", "bench_timeline.py", "bench_help.py"}


def main(argv: list[str]) -> int:
    db_args = argv[argv.index("--db") : argv.index("--db") + 2] if "--db" in argv else []
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        extra = db_args if script.name in TAKES_DB else []
        failed += subprocess.run([sys.executable, str(script), *extra]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
