"""Hand labels (tests/data/docket_labels.jsonl) joined with the real corpus: the parser's DEV-split accuracy.

The holdout split and the fresh measurement set (tests/data/docket_labels_fresh.jsonl) are measured by
`make accuracy` (scripts/accuracy.py); their accuracy is not asserted here, only that every fresh label resolves.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytestmark = pytest.mark.corpus

LABELS = Path(__file__).resolve().parent / "data" / "docket_labels.jsonl"
FRESH_LABELS = Path(__file__).resolve().parent / "data" / "docket_labels_fresh.jsonl"
FRESH2_LABELS = Path(__file__).resolve().parent / "data" / "docket_labels_fresh2.jsonl"
FRESH3_LABELS = Path(__file__).resolve().parent / "data" / "docket_labels_fresh3.jsonl"
ACCURACY = Path(__file__).resolve().parents[1] / "scripts" / "accuracy.py"

HEARING_F1_MIN = 0.97
ORDER_ACCURACY_MIN = 0.95
LABEL_KEYS = {"corpus", "file", "entry_number", "text_sha1", "date_filed", "split", "order_type", "disposition",
              "hearings"}


def _accuracy_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docket_accuracy", ACCURACY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("docket_accuracy", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def acc() -> ModuleType:
    return _accuracy_module()


@pytest.fixture
def labels() -> list[dict[str, Any]]:
    if not LABELS.is_file() or not LABELS.read_text(encoding="utf-8").strip():
        pytest.skip("tests/data/docket_labels.jsonl is absent or empty")
    return _read_jsonl(LABELS)


def test_every_label_resolves_to_exactly_one_corpus_row(
    corpus: Path, labels: list[dict[str, Any]], acc: ModuleType
) -> None:
    rows = acc.load_corpus(corpus)
    assert _resolution_problems(labels, rows, acc, lambda label: acc.split_of(str(label["file"]))) == []


def _resolution_problems(labels: list[dict[str, Any]], rows: dict[Any, list[Any]], acc: ModuleType,
                         expected_split: Callable[[dict[str, Any]], str]) -> list[str]:
    """Labels that miss a key, do not resolve to exactly one corpus row, or carry the wrong split."""
    problems = []
    for label in labels:
        missing = LABEL_KEYS - label.keys()
        if missing:
            problems.append(f"{label.get('file')} #{label.get('entry_number')}: missing {sorted(missing)}")
            continue
        found = rows.get(acc.label_key(label), [])
        if len(found) != 1:
            problems.append(f"{acc.label_key(label)}: {len(found)} corpus rows")
        split = expected_split(label)
        if label["split"] != split:
            problems.append(f"{label['file']} #{label['entry_number']}: split {label['split']} != {split}")
    return problems


def test_dev_split_accuracy(corpus: Path, labels: list[dict[str, Any]], acc: ModuleType) -> None:
    rows = acc.load_corpus(corpus)
    pairs = [
        (label, rows[acc.label_key(label)][0])
        for label in labels
        if acc.split_of(str(label["file"])) == "dev" and len(rows.get(acc.label_key(label), [])) == 1
    ]
    if not pairs:
        pytest.skip("no dev-split labels yet")
    score = acc.score(pairs)
    report = "\n".join(score.misses[:15])
    assert score.f1 >= HEARING_F1_MIN, f"hearing F1 {score.f1:.3f} (P={score.precision:.3f} R={score.recall:.3f})\n{report}"
    assert score.order_accuracy >= ORDER_ACCURACY_MIN, f"order accuracy {score.order_accuracy:.3f}\n{report}"


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                pytest.fail(f"{path.name} line {n}: {exc}")
    return rows


@pytest.mark.parametrize(("path", "split"), [(FRESH_LABELS, "fresh"), (FRESH2_LABELS, "fresh2"), (FRESH3_LABELS, "fresh3")])
def test_every_fresh_label_resolves_to_exactly_one_corpus_row(
    corpus: Path, acc: ModuleType, path: Path, split: str
) -> None:
    if not path.is_file() or not path.read_text(encoding="utf-8").strip():
        pytest.skip(f"tests/data/{path.name} is absent or empty")
    fresh = _read_jsonl(path)
    rows = acc.load_corpus(corpus)
    assert _resolution_problems(fresh, rows, acc, lambda label: split) == []
    earlier = {acc.label_key(x) for x in _read_jsonl(LABELS)} | (
        {acc.label_key(x) for x in _read_jsonl(FRESH_LABELS)} if split in ("fresh2", "fresh3") else set()) | (
        {acc.label_key(x) for x in _read_jsonl(FRESH2_LABELS)} if split == "fresh3" else set())
    assert [acc.label_key(x) for x in fresh if acc.label_key(x) in earlier] == []  # no entry labeled twice
