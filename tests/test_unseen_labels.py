"""The unseen measurement set: real docket entries from outside ../shared/corpus with their hand labels.

tests/data/extra_entries.jsonl carries the texts (see tests/data/README.md for their origin), so these checks
run everywhere. The set's accuracy is printed by `make accuracy`, never asserted: a measurement set that a test
pins would be tuned against.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent / "data"
ENTRY_KEYS = {"file", "commit", "court_id", "entry_number", "date_filed", "description"}
LABEL_KEYS = {"corpus", "file", "entry_number", "text_sha1", "date_filed", "split", "order_type", "disposition",
              "hearings"}
ORDER_TYPES = {None, "temporary_restraining_order", "preliminary_injunction", "permanent_injunction",
               "class_certification", "judgment", "dismissal", "stay", "order_to_show_cause", "other_order",
               "scheduling_order"}
DISPOSITIONS = {None, "granted", "denied", "granted_in_part", "extended", "dissolved"}
ACTIONS = {"set", "moved", "vacated", "held"}
# the later sets: every docket_labels_unseen<N>.jsonl here (not the second labelings), in order of N
LATER = tuple(sorted((p.name for p in DATA.glob("docket_labels_unseen*.jsonl")
                      if p.stem.removeprefix("docket_labels_unseen").isdigit()),
                     key=lambda name: int(name.removeprefix("docket_labels_unseen").removesuffix(".jsonl"))))


def _jsonl(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_unseen_label_resolves_to_exactly_one_entry() -> None:
    entries: dict[tuple[str, str | None, str], int] = {}
    for row in _jsonl("extra_entries.jsonl"):
        assert row.keys() >= ENTRY_KEYS, row
        assert row["description"].strip()
        key = (row["file"], row["entry_number"], hashlib.sha1(row["description"].encode()).hexdigest()[:12])
        entries[key] = entries.get(key, 0) + 1
    labels = _jsonl("docket_labels_unseen.jsonl")
    for later in LATER:
        if (DATA / later).is_file():
            labels += _jsonl(later)
    problems = []
    for label in labels:
        key = (label["file"], label["entry_number"], label["text_sha1"])
        if not label.keys() >= LABEL_KEYS or entries.get(key) != 1 or label["corpus"] != "extra_entries.jsonl":
            problems.append(key)
    assert problems == []
    assert len({(x["file"], x["entry_number"], x["text_sha1"]) for x in labels}) == len(labels) >= 300


def test_unseen_labels_use_the_contract_vocabulary() -> None:
    names = ["docket_labels_unseen.jsonl", *LATER]
    for label in [x for name in names if (DATA / name).is_file() for x in _jsonl(name)]:
        assert label["order_type"] in ORDER_TYPES, label
        assert label["disposition"] in DISPOSITIONS, label
        for h in label["hearings"]:
            assert h["action"] in ACTIONS, label
            assert h["date"] is None or len(h["date"]) == 10, label
            assert h.get("time") is None or len(h["time"]) == 5, label


def test_no_unseen_entry_repeats_a_corpus_text(corpus: Path) -> None:
    seen = set()
    for name in ("docket_entries.jsonl", "cacd/docket_entries.jsonl"):
        for line in (corpus / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(" ".join((json.loads(line).get("description") or "").split()))
    assert [r["file"] for r in _jsonl("extra_entries.jsonl") if " ".join(r["description"].split()) in seen] == []


SECOND_LABELINGS = sorted(p.stem.removeprefix("docket_labels_").removesuffix("_second")
                          for p in DATA.glob("docket_labels_*_second.jsonl"))


def test_the_second_labelings_are_found() -> None:
    assert {"unseen4", "unseen6", "unseen8", "unseen15", "unseen16", "unseen25"} <= set(SECOND_LABELINGS)


@pytest.mark.parametrize("name", SECOND_LABELINGS)
def test_a_second_labeling_covers_the_same_entries(name: str) -> None:
    """Every set with a docket_labels_<set>_second.jsonl was labeled twice, blind (scripts/agreement.py): the second
    labeling has one label per entry of the first, in the contract's vocabulary."""
    first_file = "docket_labels.jsonl" if name == "dev" else f"docket_labels_{name}.jsonl"  # (dev: with holdout)
    first = {(x["file"], x["entry_number"], x["text_sha1"]) for x in _jsonl(first_file)}
    second = _jsonl(f"docket_labels_{name}_second.jsonl")
    assert [(x["file"], x["entry_number"], x["text_sha1"]) for x in second if
            (x["file"], x["entry_number"], x["text_sha1"]) not in first] == []
    assert len({(x["file"], x["entry_number"], x["text_sha1"]) for x in second}) == len(second) == len(first)
    for label in second:
        assert label.keys() >= LABEL_KEYS, label
        assert label["order_type"] in ORDER_TYPES and label["disposition"] in DISPOSITIONS, label
        assert all(h["action"] in ACTIONS for h in label["hearings"]), label


def test_the_short_description_labels_name_each_event_once_in_the_contracts_words() -> None:
    """tests/data/short_labels.jsonl and its second labeling: the RSS feeds' event names, each once, both labelings in the
    contract's vocabulary (scripts/accuracy.py scores the parser on them)."""
    first, second = _jsonl("short_labels.jsonl"), _jsonl("short_labels_second.jsonl")
    assert [x["short"] for x in first] == [x["short"] for x in second]
    assert len({x["short"] for x in first}) == len(first) > 200
    for label in first + second:
        assert label["order_type"] in ORDER_TYPES and label["disposition"] in DISPOSITIONS, label
        assert label["items"] >= 1
