"""The one-pass key scans (Aho-Corasick, ahocorasick_rs) find what the one-key-at-a-time scans find: the parser's
results do not depend on whether ahocorasick_rs is installed, only its speed does."""

from __future__ import annotations

import pytest
import test_docket_text as spec
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import dates, docket_hearings, docket_orders, docket_refs, docket_scan
from parsers.docket_scan import _clean

pytest.importorskip("ahocorasick_rs")

SPEC_TEXTS = sorted({case[0] for name in dir(spec) if name.endswith("_CASES") for case in getattr(spec, name)
                     if isinstance(case, tuple) and isinstance(case[0], str)})
# the keys, their neighbours ("re", "-", a space or not), non-ASCII (the scans report character positions)
PIECES = [*docket_scan._ANCHOR_KEYS, *docket_hearings._MAY_KEYS, *dates._ABBRS, *docket_scan._KIND_KEYS, "uary", "ember", "ch", "ust", "ne", "ly",
          "5 ", "17 ", "re", "re-", "-", " ", ".", "é", "\u2019",
          "\U0001f600", "x", "s", "ed ", "for ", "on ", "1/2/2019 ", "notice", "office"]
pieces_text = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def test_the_automata_are_built() -> None:
    assert docket_scan._ANCHOR_AC is not None
    assert docket_hearings._MAY_AC is not None
    assert dates._ABBR_AC is not None
    assert docket_scan._KIND_AC is not None


FINDERS = [f for mod in (docket_scan, docket_hearings, docket_orders, docket_refs) for f in vars(mod).values()
           if isinstance(f, docket_scan._Finder)]


def _one_key_at_a_time(f: docket_scan._Finder) -> docket_scan._Finder:
    g = docket_scan._Finder(f.keys, f.rx.pattern, lits=tuple(f.lits))
    g.ac = None
    return g


SLOW = [_one_key_at_a_time(f) for f in FINDERS]


def test_the_many_key_finders_scan_in_one_pass() -> None:
    assert any(f.ac is not None for f in FINDERS)


def _same(text: str) -> None:
    assert sorted(docket_scan._anchor_starts_ac(text)) == sorted(docket_scan._anchor_starts_find(text)), text
    assert docket_hearings._may_have_hearing_ac(text) == docket_hearings._may_have_hearing_find(text), text
    head = text[:200]
    assert docket_scan._kind_words_ac(head) == docket_scan._kind_words_find(head), text
    by_ac: list[int] = []
    by_find: list[int] = []
    dates._months_ac(text, by_ac)
    dates._months_find(text, by_find)
    assert sorted(by_ac) == sorted(by_find), text
    n = len(text)
    for f, g in zip(FINDERS, SLOW, strict=True):
        for pos, end in ((0, n), (n // 3, n), (0, n // 2)):
            assert f._starts(text, pos, end) == g._starts(text, pos, end), (f.keys, text)


@pytest.mark.parametrize("text", SPEC_TEXTS)
def test_same_candidates_on_the_spec_entries(text: str) -> None:
    _same(_clean(text)[1])


@settings(max_examples=400, deadline=None)
@given(pieces_text)
def test_same_candidates_on_any_mix_of_the_keys(text: str) -> None:
    _same(text)
    _same(text.lower())
