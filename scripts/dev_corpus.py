"""Print corpus entries for reading while writing parser rules, NEVER rows of the "fresh" measurement pool.

Shown: every labeled row (tests/data/docket_labels.jsonl, any split) and unlabeled rows outside the fresh pool.
The fresh pool (unlabeled rows with sha1("file#entry_number#text_sha1")[:8] % 3 == 0) is the held-back
measurement set (tests/data/docket_labels_fresh.jsonl): reading it while tuning would spoil the measurement.

Usage: .venv/bin/python scripts/dev_corpus.py [REGEX] [--parse] [--limit N] [--labeled]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "tests" / "data" / "docket_labels.jsonl"
CORPUS_FILES = ("docket_entries.jsonl", "cacd/docket_entries.jsonl")

Key = tuple[str, str, str | None, str]


def sha12(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def labeled_keys(path: Path = LABELS) -> set[Key]:
    keys: set[Key] = set()
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lb = json.loads(line)
                keys.add((lb["corpus"], str(lb["file"]), lb.get("entry_number"), lb["text_sha1"]))
    return keys


def in_fresh_pool(name: str, row: dict[str, Any], labeled: set[Key]) -> bool:
    """The brief's definition: not labeled in docket_labels.jsonl and the key hash is 0 mod 3."""
    desc = row.get("description") or ""
    if not desc:
        return False
    t = sha12(desc)
    if (name, str(row["file"]), row.get("entry_number"), t) in labeled:
        return False
    h = hashlib.sha1(f"{row['file']}#{row['entry_number']}#{t}".encode()).hexdigest()
    return int(h[:8], 16) % 3 == 0


def iter_rows(corpus: Path = CORPUS, labeled_only: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """Corpus rows safe to read (never a fresh-pool row)."""
    labeled = labeled_keys()
    for name in CORPUS_FILES:
        with (corpus / name).open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                if not (row.get("description") or "") or in_fresh_pool(name, row, labeled):
                    continue
                key = (name, str(row["file"]), row.get("entry_number"), sha12(row["description"]))
                if labeled_only and key not in labeled:
                    continue
                yield name, row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern", nargs="?", default="")
    ap.add_argument("--parse", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--labeled", action="store_true", help="only rows labeled in docket_labels.jsonl")
    args = ap.parse_args(argv)
    rx = re.compile(args.pattern, re.I)
    n = 0
    for name, row in iter_rows(labeled_only=args.labeled):
        text = row["description"]
        if not rx.search(text):
            continue
        print(f"--- {name} {row['file']} #{row.get('entry_number')} {row.get('date_filed')}")
        print(text)
        if args.parse:
            sys.path.insert(0, str(ROOT))
            from parsers.docket_text import parse_entry

            df = dt.date.fromisoformat(row["date_filed"][:10]) if row.get("date_filed") else None
            print(">>", json.dumps(parse_entry(text, df).as_json()))
        n += 1
        if args.limit and n >= args.limit:
            break
    print(f"# {n} entries (fresh pool excluded)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
