"""Instructions per parsed entry, counted by valgrind's callgrind: a speed figure the host's throttling does not move.

Wall-clock figures (`make bench`) swing by up to 40% on a shared host, which hides a change of a few percent. This
counts the instructions of two passes of parse_entry over the corpus texts, minus a run that only loads them, so a
change to the parser can be compared with the one before it:

    .venv/bin/python scripts/instructions.py            # this tree
    .venv/bin/python scripts/instructions.py OTHER_TREE # another checkout (its own .venv, compiled or not)

Prints one line; exits 1 with a one-line reason when valgrind or the corpus is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "docket_entries.jsonl"
PASSES = 2

# the workload: load the texts, parse them `n` times (n = 0 measures the loading alone)
_WORK = r"""
import sys, json, datetime as dt
sys.path.insert(0, sys.argv[1])
from parsers import docket_text as T
texts = [json.loads(line)["description"] for line in open(sys.argv[2])]
texts = [t for t in texts if t]
day = dt.date(2019, 1, 3)
for _ in range(int(sys.argv[3])):
    for t in texts:
        T.parse_entry(t, day, "cacd")
print(len(texts))
"""


def _count(python: str, tree: Path, passes: int) -> tuple[int, int]:
    """(instructions, number of texts) of one run under callgrind."""
    env = dict(os.environ, PYTHONHASHSEED="0")  # (set and dict order fixed: the same count every run)
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, "-c", _WORK, str(tree), str(CORPUS),
         str(passes)],
        capture_output=True, text=True, env=env, check=False)
    found = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    if run.returncode != 0 or found is None:
        raise SystemExit(f"instructions: callgrind failed for {tree}: {run.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1)), int(run.stdout.strip() or 0)


def main(argv: list[str]) -> int:
    tree = Path(argv[1]).resolve() if len(argv) > 1 else ROOT
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 1
    if not CORPUS.exists():
        print(f"instructions: corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    python = str(tree / ".venv" / "bin" / "python")
    if not Path(python).exists():
        python = sys.executable
    base, _ = _count(python, tree, 0)
    total, n = _count(python, tree, PASSES)
    per_pass = (total - base) / PASSES
    print(f"parse_entry: {per_pass / 1e6:,.1f} M instructions per pass over {n} texts "
          f"({per_pass / n:,.0f} per entry; callgrind, {tree})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
