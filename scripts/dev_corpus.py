"""Print DEV-split corpus entries (never holdout) for reading while writing parser rules.

Usage: .venv/bin/python scripts/dev_corpus.py [REGEX] [--parse] [--limit N]
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
CORPUS_FILES = ("docket_entries.jsonl", "cacd/docket_entries.jsonl")


def split_of(file: str) -> str:
    return "holdout" if int(hashlib.sha1(file.encode()).hexdigest()[:8], 16) % 4 == 0 else "dev"


def iter_rows(corpus: Path = CORPUS) -> Iterator[tuple[str, dict[str, Any]]]:
    for name in CORPUS_FILES:
        with (corpus / name).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield name, json.loads(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern", nargs="?", default="")
    ap.add_argument("--parse", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    rx = re.compile(args.pattern, re.I)
    n = 0
    for name, row in iter_rows():
        text = row.get("description") or ""
        if not text or split_of(str(row["file"])) != "dev" or not rx.search(text):
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
    print(f"# {n} dev entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
