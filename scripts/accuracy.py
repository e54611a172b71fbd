"""Accuracy of the docket-text parser against the hand labels (tests/data/docket_labels.jsonl), and its speed.

Usage: .venv/bin/python scripts/accuracy.py [--split dev|holdout|fresh|all] [--misses N] [--fresh-misses N]
Prints, per split: hearing-event precision/recall/F1 (an event matches on action and date; time and
previous_date agreement are reported separately), order (type, disposition) accuracy, a confusion summary and
the misses. Then parse speed over all corpus descriptions.

"dev" and "holdout" (docket_labels.jsonl, split by file) are tuning data. "fresh"
(tests/data/docket_labels_fresh.jsonl, when present) is a measurement set drawn from rows nobody tuned on: its
misses are not printed unless --fresh-misses asks, so that reading them does not turn it into tuning data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from parsers.docket_text import EntryFacts, parse_entry  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "tests" / "data" / "docket_labels.jsonl"
FRESH_LABELS = ROOT / "tests" / "data" / "docket_labels_fresh.jsonl"
CORPUS_FILES = ("docket_entries.jsonl", "cacd/docket_entries.jsonl")


def sha12(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def split_of(file: str) -> str:
    return "holdout" if int(hashlib.sha1(file.encode()).hexdigest()[:8], 16) % 4 == 0 else "dev"


Key = tuple[str, str, str | None, str]


def load_corpus(corpus: Path = CORPUS) -> dict[Key, list[dict[str, Any]]]:
    rows: dict[Key, list[dict[str, Any]]] = {}
    for name in CORPUS_FILES:
        path = corpus / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                desc = row.get("description") or ""
                if not desc:
                    continue
                key = (name, str(row["file"]), row.get("entry_number"), sha12(desc))
                rows.setdefault(key, []).append(row)
    return rows


def load_labels(path: Path = LABELS) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    return out


def label_key(label: dict[str, Any]) -> Key:
    return (label["corpus"], str(label["file"]), label.get("entry_number"), label["text_sha1"])


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    time_agree: int = 0
    time_total: int = 0
    prev_agree: int = 0
    prev_total: int = 0
    order_ok: int = 0
    order_total: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def order_accuracy(self) -> float:
        return self.order_ok / self.order_total if self.order_total else 1.0


def score(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> Score:
    """(label, corpus row) pairs -> the scores."""
    sc = Score()
    for label, row in pairs:
        text = row["description"]
        got: EntryFacts = parse_entry(text, _date(row.get("date_filed")), row.get("court_id"))
        want_order = (label.get("order_type"), label.get("disposition"))
        got_order = (got.order_type, got.disposition)
        sc.order_total += 1
        problems: list[str] = []
        if want_order == got_order:
            sc.order_ok += 1
        else:
            sc.confusion[(f"{want_order[0]}/{want_order[1]}", f"{got_order[0]}/{got_order[1]}")] += 1
            problems.append(f"order want {want_order} got {got_order}")
        want = [(h["action"], h.get("date"), h) for h in label.get("hearings") or []]
        have = [(h.action, h.date.isoformat() if h.date else None, h.as_json()) for h in got.hearings]
        unmatched = list(have)
        for action, date, wh in want:
            hit = next((x for x in unmatched if x[0] == action and x[1] == date), None)
            if hit is None:
                sc.fn += 1
                problems.append(f"missed {action} {date} ({wh.get('about')})")
                continue
            unmatched.remove(hit)
            sc.tp += 1
            sc.time_total += 1
            sc.time_agree += int((wh.get("time") or None) == hit[2]["time"])
            if action == "moved":
                sc.prev_total += 1
                sc.prev_agree += int((wh.get("previous_date") or None) == hit[2]["previous_date"])
        for action, date, gh in unmatched:
            sc.fp += 1
            problems.append(f"extra {action} {date} ({gh.get('about')})")
        if problems:
            excerpt = " ".join(text.split())[:300]
            sc.misses.append(
                f"- {label['file']} #{label.get('entry_number')} ({row.get('date_filed')}): {excerpt}\n    "
                + "; ".join(problems)
            )
    return sc


def report(name: str, sc: Score, misses: int) -> None:
    print(f"== {name}: {sc.order_total} labeled entries")
    print(f"hearing events: P={sc.precision:.3f} R={sc.recall:.3f} F1={sc.f1:.3f} "
          f"(tp={sc.tp} fp={sc.fp} fn={sc.fn})")
    print(f"  of matched events: time agrees {sc.time_agree}/{sc.time_total}, "
          f"previous_date agrees {sc.prev_agree}/{sc.prev_total} (moved)")
    print(f"order (type, disposition) accuracy: {sc.order_accuracy:.3f} ({sc.order_ok}/{sc.order_total})")
    if sc.confusion:
        print("  confusion (want -> got: count):")
        for (w, g), n in sc.confusion.most_common(15):
            print(f"    {w} -> {g}: {n}")
    if misses and sc.misses:
        print(f"  misses ({min(misses, len(sc.misses))} of {len(sc.misses)}):")
        for line in sc.misses[:misses]:
            print(line)


def speed(rows: list[dict[str, Any]], seconds: float = 2.0) -> tuple[float, float]:
    """Entries/s over all `rows`, repeated for about `seconds`: (overall, best single pass). The best pass is the
    steadier figure on a shared machine."""
    items = [(r["description"], _date(r.get("date_filed")), r.get("court_id")) for r in rows]
    if not items:
        return 0.0, 0.0
    n = 0
    best = 0.0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        t0 = time.perf_counter()
        for text, df, court in items:
            parse_entry(text, df, court)
        best = max(best, len(items) / (time.perf_counter() - t0))
        n += len(items)
    return n / (time.perf_counter() - start), best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--split", choices=("dev", "holdout", "fresh", "all"), default=None)
    ap.add_argument("--misses", type=int, default=20)
    ap.add_argument("--fresh-misses", type=int, default=0, help="misses to print for the fresh split (default none)")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 1
    corpus = load_corpus()
    labels = load_labels()
    pairs: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {"dev": [], "holdout": []}
    bad = 0
    for label in labels:
        rows = corpus.get(label_key(label), [])
        if len(rows) != 1:
            bad += 1
            print(f"label does not resolve to exactly one row ({len(rows)}): {label_key(label)}", file=sys.stderr)
            continue
        pairs["holdout" if split_of(str(label["file"])) == "holdout" else "dev"].append((label, rows[0]))
    print(f"labels: {len(labels)} ({len(pairs['dev'])} dev, {len(pairs['holdout'])} holdout, {bad} unresolved)")
    fresh_labels = load_labels(FRESH_LABELS) if args.split in (None, "all", "fresh") else []
    pairs["fresh"] = []
    fresh_bad = 0
    for label in fresh_labels:
        rows = corpus.get(label_key(label), [])
        if len(rows) != 1:
            fresh_bad += 1
            continue
        pairs["fresh"].append((label, rows[0]))
    if fresh_labels:
        print(f"fresh labels: {len(fresh_labels)} ({len(pairs['fresh'])} resolved, {fresh_bad} unresolved)")
    tuning = ["dev", "holdout"]
    if args.split == "all":
        report("all (dev + holdout)", score(pairs["dev"] + pairs["holdout"]), args.misses)
    else:
        for name in tuning if args.split is None else [s for s in tuning if s == args.split]:
            report(name, score(pairs[name]), args.misses)
    if pairs["fresh"] and args.split in (None, "all", "fresh"):
        report("fresh", score(pairs["fresh"]), args.fresh_misses)
    if not args.no_speed:
        allrows = [r for rs in corpus.values() for r in rs]
        overall, best = speed(allrows)
        mean_len = sum(len(r["description"]) for r in allrows) / max(1, len(allrows))
        print(f"parse speed: {overall:,.0f} entries/s overall, {best:,.0f} entries/s best pass, single core, over "
              f"{len(allrows)} corpus descriptions (mean {mean_len:.0f} chars)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
