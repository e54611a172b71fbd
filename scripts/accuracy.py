"""Accuracy of the docket-text parser against the hand labels (tests/data/docket_labels.jsonl), and its speed.

Usage: .venv/bin/python scripts/accuracy.py [--split dev|holdout|fresh|fresh2|unseen|unseen2..5|all] [--misses N]
       [--fresh-misses N] [--fresh2-misses N] [--unseen-misses N] [--unseen2-misses N] ... [--no-speed]
Prints, per split: hearing-event precision/recall/F1 (an event matches on action and date; time and
previous_date agreement are reported separately), order (type, disposition) accuracy, a confusion summary and
the misses. Then parse speed over all corpus descriptions.

"dev" and "holdout" (docket_labels.jsonl, split by file) are tuning data. "fresh"
(tests/data/docket_labels_fresh.jsonl, when present) is a measurement set drawn from rows nobody tuned on: its
misses are not printed unless --fresh-misses asks, so that reading them does not turn it into tuning data.
"fresh2" (tests/data/docket_labels_fresh2.jsonl): the rest of the corpus, labeled later, measured the same way;
"fresh3" (tests/data/docket_labels_fresh3.jsonl): the corpus entries neither had labeled (filings and clerk's entries).
"unseen" (tests/data/docket_labels_unseen.jsonl joined with tests/data/extra_entries.jsonl: real entries from
docket sheets outside ../shared/corpus, labeled by people who never saw the parser's output) is measured even
without ../shared; it is reported whole and in two halves by docket file: half a may be read (--unseen-misses) and
tuned on, half b's misses are never printed. "unseen2" (tests/data/docket_labels_unseen2.jsonl, texts in the same
extra_entries.jsonl), "unseen3" to "unseen19" are later such sets from other sources, each labeled after the rules
were tuned on the sets before it. unseen4 (SCALES' random sample of all 94 district courts) is reported in
two halves by case: half a was tuned on first; half b was measured last (once, unseen), and --unseen4-misses now
prints both halves' misses.
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

from parsers.build_info import describe, stale_compiled  # noqa: E402
from parsers.docket_text import EntryFacts, parse_entry, parse_short_description  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "tests" / "data" / "docket_labels.jsonl"
FRESH_LABELS = ROOT / "tests" / "data" / "docket_labels_fresh.jsonl"
FRESH2_LABELS = ROOT / "tests" / "data" / "docket_labels_fresh2.jsonl"
# fresh3: the 323 corpus entries no earlier set had labeled (all filings and clerk's entries: a false-alarm measure)
FRESH3_LABELS = ROOT / "tests" / "data" / "docket_labels_fresh3.jsonl"
CORPUS_FILES = ("docket_entries.jsonl", "cacd/docket_entries.jsonl")
# the unseen set: real entries from outside ../shared/corpus, texts kept in the repo (tests/data/README.md)
EXTRA_ENTRIES = ROOT / "tests" / "data" / "extra_entries.jsonl"
UNSEEN_LABELS = ROOT / "tests" / "data" / "docket_labels_unseen.jsonl"
# later unseen sets from other docket sheets, each labeled after the rules were tuned on the sets before it
LATER_NAMES = tuple(sorted(
    (p.stem.removeprefix("docket_labels_") for p in (ROOT / "tests" / "data").glob("docket_labels_unseen*.jsonl")
     if p.stem.removeprefix("docket_labels_unseen").isdigit()),  # (not unseen itself, not the second labelings)
    key=lambda name: int(name.removeprefix("unseen"))))
LATER_UNSEEN = {name: ROOT / "tests" / "data" / f"docket_labels_{name}.jsonl" for name in LATER_NAMES}


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


def load_extra(path: Path = EXTRA_ENTRIES) -> dict[Key, list[dict[str, Any]]]:
    """tests/data/extra_entries.jsonl, keyed like the corpus rows (corpus name "extra_entries.jsonl")."""
    rows: dict[Key, list[dict[str, Any]]] = {}
    for row in load_labels(path):
        key = ("extra_entries.jsonl", str(row["file"]), row.get("entry_number"), sha12(row["description"]))
        rows.setdefault(key, []).append(row)
    return rows


def unseen_half(label: dict[str, Any]) -> str:
    """The unseen set in two halves by docket file: "a" may become tuning data, "b" is measured last."""
    return "a" if int(hashlib.sha1(str(label["file"]).encode()).hexdigest()[:8], 16) % 2 == 0 else "b"


def case_half(label: dict[str, Any]) -> str:
    """unseen4 (one file of entries from many cases) in two halves by case: "a" may become tuning data, "b" is
    measured last."""
    key = f"{label['file']}#{label['entry_number']}"
    return "a" if int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 2 == 0 else "b"


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


def _resolve(labels: list[dict[str, Any]], rows: dict[Key, list[dict[str, Any]]], name: str,
             ) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], int]:
    pairs, bad = [], 0
    for label in labels:
        found = rows.get(label_key(label), [])
        if len(found) != 1:
            bad += 1
            print(f"{name} label does not resolve to exactly one row ({len(found)}): {label_key(label)}",
                  file=sys.stderr)
            continue
        pairs.append((label, found[0]))
    return pairs, bad


SHORT_LABELS = ROOT / "tests" / "data" / "short_labels.jsonl"
SHORT_SECOND = ROOT / "tests" / "data" / "short_labels_second.jsonl"


def report_short(misses: int) -> None:
    """The RSS short descriptions (CM/ECF event names of the corpus feeds, tests/data/short_labels.jsonl, labeled twice):
    order (type, disposition) accuracy over the distinct names and over the feed items that carry them."""
    first, second = load_labels(SHORT_LABELS), load_labels(SHORT_SECOND)
    if not first:
        return
    second_of = {x["short"]: x for x in second}
    facts = lambda x: (x.get("order_type"), x.get("disposition"))  # noqa: E731
    ok = ok_items = agree = agree_ok = 0
    wrong: list[str] = []
    for label in first:
        got = parse_short_description(label["short"])
        hit = facts(label) == (got.order_type, got.disposition)
        ok += hit
        ok_items += hit * label["items"]
        other = second_of.get(label["short"])
        if other is not None and facts(other) == facts(label):
            agree += 1
            agree_ok += hit
        if not hit:
            wrong.append(f"- {label['short']!r} ({label['items']} items): want {facts(label)} got "
                         f"{(got.order_type, got.disposition)}")
    items = sum(x["items"] for x in first)
    print(f"== RSS short descriptions: {len(first)} distinct event names, {items} feed items")
    print(f"order (type, disposition) accuracy: {ok / len(first):.3f} of the names ({ok}/{len(first)}), "
          f"{ok_items / items:.3f} of the items; the two labelings agree on {agree}/{len(first)} names, the parser "
          f"matches {agree_ok}/{agree} of those")
    for line in wrong[:misses]:
        print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--split", choices=("dev", "holdout", "fresh", "fresh2", "fresh3", "unseen", *LATER_NAMES, "short",
                                        "all"),
                    default=None)
    ap.add_argument("--misses", type=int, default=20)
    ap.add_argument("--fresh-misses", type=int, default=0, help="misses to print for the fresh split (default none)")
    ap.add_argument("--fresh2-misses", type=int, default=0, help="misses to print for fresh2 (default none)")
    ap.add_argument("--unseen-misses", type=int, default=0,
                    help="misses to print for the unseen set's half a (default none; half b's never)")
    for name in LATER_NAMES:
        ap.add_argument(f"--{name}-misses", type=int, default=0, help=f"misses to print for {name} (default none)")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)
    if stale_compiled():
        print(f"compiled parser modules older than their source: {', '.join(stale_compiled())}; run `make install`",
              file=sys.stderr)
        return 2
    corpus = load_corpus() if CORPUS.is_dir() else {}
    if not corpus:
        print(f"corpus not found at {CORPUS}: only the unseen set (texts in tests/data) is measured", file=sys.stderr)
    pairs: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {"dev": [], "holdout": []}
    if corpus:
        labeled, bad = _resolve(load_labels(), corpus, "docket_labels.jsonl")
        for label, row in labeled:
            pairs["holdout" if split_of(str(label["file"])) == "holdout" else "dev"].append((label, row))
        print(f"labels: {len(labeled) + bad} ({len(pairs['dev'])} dev, {len(pairs['holdout'])} holdout, "
              f"{bad} unresolved)")
        want = args.split in (None, "all", "fresh")
        pairs["fresh"], fresh_bad = _resolve(load_labels(FRESH_LABELS) if want else [], corpus, "fresh")
        if pairs["fresh"] or fresh_bad:
            print(f"fresh labels: {len(pairs['fresh']) + fresh_bad} ({fresh_bad} unresolved)")
        tuning = ["dev", "holdout"]
        if args.split == "all":
            report("all (dev + holdout)", score(pairs["dev"] + pairs["holdout"]), args.misses)
        else:
            for name in tuning if args.split is None else [s for s in tuning if s == args.split]:
                report(name, score(pairs[name]), args.misses)
        if pairs["fresh"] and args.split in (None, "all", "fresh"):
            report("fresh", score(pairs["fresh"]), args.fresh_misses)
        for name, path, misses in (("fresh2", FRESH2_LABELS, args.fresh2_misses), ("fresh3", FRESH3_LABELS, args.misses)):
            if args.split not in (None, "all", name):
                continue
            later_corpus, later_bad = _resolve(load_labels(path), corpus, name)
            if later_corpus or later_bad:
                print(f"{name} labels: {len(later_corpus) + later_bad} ({later_bad} unresolved)")
                report(name, score(later_corpus), misses)
    if args.split in (None, "all", "unseen"):
        unseen, unseen_bad = _resolve(load_labels(UNSEEN_LABELS), load_extra(), "unseen")
        if unseen or unseen_bad:
            print(f"unseen labels: {len(unseen) + unseen_bad} ({unseen_bad} unresolved), "
                  f"{len({label['file'] for label, _ in unseen})} docket files")
            half_a = [p for p in unseen if unseen_half(p[0]) == "a"]
            half_b = [p for p in unseen if unseen_half(p[0]) == "b"]
            report("unseen (all)", score(unseen), 0)
            report("unseen half a", score(half_a), args.unseen_misses)
            report("unseen half b", score(half_b), 0)
    for name, path in LATER_UNSEEN.items():
        if args.split not in (None, "all", name):
            continue
        later, later_bad = _resolve(load_labels(path), load_extra(), name)
        if later or later_bad:
            print(f"{name} labels: {len(later) + later_bad} ({later_bad} unresolved), "
                  f"{len({label['file'] for label, _ in later})} docket files")
            if name == "unseen4":
                report(name, score(later), 0)
                report(f"{name} half a", score([p for p in later if case_half(p[0]) == "a"]),
                       getattr(args, f"{name}_misses"))
                report(f"{name} half b", score([p for p in later if case_half(p[0]) == "b"]),
                       getattr(args, f"{name}_misses"))
            else:
                report(name, score(later), getattr(args, f"{name}_misses"))
    if args.split in (None, "all", "short"):
        report_short(args.misses)
    if not args.no_speed:
        allrows = [r for rs in corpus.values() for r in rs] or [r for rs in load_extra().values() for r in rs]
        overall, best = speed(allrows)
        mean_len = sum(len(r["description"]) for r in allrows) / max(1, len(allrows))
        print(f"parse speed: {overall:,.0f} entries/s overall, {best:,.0f} entries/s best pass, single core, over "
              f"{len(allrows)} {'corpus' if corpus else 'unseen-set'} descriptions (mean {mean_len:.0f} chars); "
              f"parser {describe()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
