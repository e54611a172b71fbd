"""How far two labelers agree on the sets labeled twice (every tests/data/docket_labels_<set>_second.jsonl), and
how the parser scores against each and against what both agree on.

Usage: .venv/bin/python scripts/agreement.py
unseen4 (tests/data/docket_labels_unseen4.jsonl) was labeled twice, by different people, each blind to the other and
to the parser (the second labeling: tests/data/docket_labels_unseen4_second.jsonl); every other set with a
tests/data/docket_labels_<set>_second.jsonl likewise. Scored like `make accuracy`:
hearing events match on action and date (F1 taking the first labeling as the reference), orders on (type,
disposition). Only figures are printed, never texts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from parsers.build_info import stale_compiled  # noqa: E402
from parsers.docket_text import parse_entry  # noqa: E402
from scripts.accuracy import CORPUS, _date, _resolve, case_half, load_corpus, load_extra, load_labels  # noqa: E402

DATA = ROOT / "tests" / "data"
Facts = tuple[tuple[str | None, str | None], list[tuple[str, str | None]]]
Row = tuple[dict[str, Any], dict[str, Any], dict[str, Any]]  # (first label, second label, corpus row)


def _from_label(label: dict[str, Any]) -> Facts:
    return ((label.get("order_type"), label.get("disposition")),
            [(h["action"], h.get("date")) for h in label.get("hearings") or []])


def _from_parser(row: dict[str, Any]) -> Facts:
    got = parse_entry(row["description"], _date(row.get("date_filed")), row.get("court_id"))
    return ((got.order_type, got.disposition),
            [(h.action, h.date.isoformat() if h.date else None) for h in got.hearings])


def compare(pairs: list[tuple[Facts, Facts]]) -> tuple[float, float, int]:
    """(reference, other) facts -> (hearing-event F1, order agreement, entries)."""
    tp = fp = fn = ok = 0
    for (ref_order, ref_events), (order, events) in pairs:
        ok += ref_order == order
        left = list(events)
        for ev in ref_events:
            if ev in left:
                left.remove(ev)
                tp += 1
            else:
                fn += 1
        fp += len(left)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return f1, ok / max(1, len(pairs)), len(pairs)


# the sets whose texts are in ../shared/corpus (joined at run time; skipped without it): their first labelings
CORPUS_SETS = {"dev": "docket_labels.jsonl", "fresh": "docket_labels_fresh.jsonl", "fresh2": "docket_labels_fresh2.jsonl",
               "fresh3": "docket_labels_fresh3.jsonl"}


def first_labels(name: str) -> Path:
    """The first labeling of a set ("dev": docket_labels.jsonl, the dev and holdout files together)."""
    return DATA / CORPUS_SETS.get(name, f"docket_labels_{name}.jsonl")


def main() -> int:
    if stale_compiled():
        print(f"compiled parser modules older than their source: {', '.join(stale_compiled())}; run `make install`",
              file=sys.stderr)
        return 2
    extra = load_extra()
    status = 0
    # every set labeled twice: docket_labels_<name>_second.jsonl beside its first labeling, in set order
    names = sorted((p.name.removeprefix("docket_labels_").removesuffix("_second.jsonl")
                    for p in DATA.glob("docket_labels_unseen*_second.jsonl")),
                   key=lambda n: int(n.removeprefix("unseen") or 0))
    pooled: list[Row] = []
    for name in names:
        code, rows = _report(name, extra)
        status |= code
        pooled += rows
    if len(names) > 1:
        print(f"{len(names)} sets labeled twice, pooled: {len(pooled)} entries")
        _print_part(f"pooled ({len(names)} sets)", pooled)
    in_corpus = [name for name in CORPUS_SETS if (DATA / f"docket_labels_{name}_second.jsonl").is_file()]
    if in_corpus and not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: {', '.join(in_corpus)} not compared", file=sys.stderr)
    elif in_corpus:
        corpus = load_corpus()
        tuning: list[Row] = []
        for name in in_corpus:
            code, rows = _report(name, corpus)
            status |= code
            tuning += rows
        print(f"with the corpus sets ({', '.join(in_corpus)}), pooled: {len(pooled) + len(tuning)} entries")
        _print_part(f"pooled ({len(names) + len(in_corpus)} sets)", pooled + tuning)
    return status


def _report(name: str, rows_by_key: Any) -> tuple[int, list[Row]]:
    first, bad1 = _resolve(load_labels(first_labels(name)), rows_by_key, name)
    second, bad2 = _resolve(load_labels(DATA / f"docket_labels_{name}_second.jsonl"), rows_by_key, f"{name} second")
    if bad1 or bad2 or not first:
        print(f"{name}: unresolved labels: {bad1} first, {bad2} second", file=sys.stderr)
        return 2, []
    key = lambda label: (label["file"], label["entry_number"], label["text_sha1"])  # noqa: E731
    by_key = {key(label): label for label, _ in second}
    rows = [(a, by_key[key(a)], row) for a, row in first if key(a) in by_key]
    print(f"{name}: {len(first)} entries labeled by the first labelers, {len(rows)} also by the second")
    parts = [("all", rows)]
    if name == "unseen4":
        parts += [("half a", [r for r in rows if case_half(r[0]) == "a"]),
                  ("half b", [r for r in rows if case_half(r[0]) == "b"])]
    elif name == "dev":  # (docket_labels.jsonl: the dev and holdout files)
        parts = [("dev and holdout", rows), ("holdout", [r for r in rows if r[0].get("split") == "holdout"])]
    for part_name, part in parts:
        _print_part(f"{name} {part_name}", part)
    return 0, rows


def _print_part(title: str, part: list[Row]) -> None:
    """The two labelings against each other, the parser against each and against what both agree on."""
    facts = [(_from_label(x), _from_label(y), _from_parser(row)) for x, y, row in part]  # (each parsed once)
    a = [(one, two) for one, two, _ in facts]
    p1 = [(one, got) for one, _, got in facts]
    p2 = [(two, got) for _, two, got in facts]
    # where both labelers agree: the parser against their shared answer
    agreed_order = [(one, got) for one, two, got in facts if one[0] == two[0]]
    agreed_events = [(one, got) for one, two, got in facts if sorted(one[1], key=str) == sorted(two[1], key=str)]
    print(f"== {title} ({len(part)} entries)")
    for what, (f1, acc, _n) in (("labeler 2 vs labeler 1", compare(a)), ("parser vs labeler 1", compare(p1)),
                               ("parser vs labeler 2", compare(p2))):
        print(f"  {what:<24} hearing F1 {f1:.3f}   order agreement {acc:.3f}")
    f1, _, n_ev = compare(agreed_events)
    _, acc, n_or = compare(agreed_order)
    print(f"  parser where both agree  hearing F1 {f1:.3f} ({n_ev} entries)   order accuracy {acc:.3f} "
          f"({n_or} entries)")


if __name__ == "__main__":
    raise SystemExit(main())
