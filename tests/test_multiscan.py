"""The one-pass key scans (Aho-Corasick, ahocorasick_rs) find what the one-key-at-a-time scans find: the parser's
results do not depend on whether ahocorasick_rs is installed, only its speed does."""

from __future__ import annotations

import pytest
import test_docket_text as spec
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import docket_hearings, docket_scan
from parsers.docket_scan import _clean

pytest.importorskip("ahocorasick_rs")

SPEC_TEXTS = sorted({case[0] for name in dir(spec) if name.endswith("_CASES") for case in getattr(spec, name)
                     if isinstance(case, tuple) and isinstance(case[0], str)})
# the keys, their neighbours ("re", "-", a space or not), non-ASCII (the scans report character positions)
PIECES = [*docket_scan._ANCHOR_KEYS, *docket_hearings._MAY_KEYS, "re", "re-", "-", " ", ".", "é", "\u2019",
          "\U0001f600", "x", "s", "ed ", "for ", "on ", "1/2/2019 ", "notice", "office"]
pieces_text = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def test_the_automata_are_built() -> None:
    assert docket_scan._ANCHOR_AC is not None
    assert docket_hearings._MAY_AC is not None


def _same(text: str) -> None:
    assert sorted(docket_scan._anchor_starts_ac(text)) == sorted(docket_scan._anchor_starts_find(text)), text
    assert docket_hearings._may_have_hearing_ac(text) == docket_hearings._may_have_hearing_find(text), text


@pytest.mark.parametrize("text", SPEC_TEXTS)
def test_same_candidates_on_the_spec_entries(text: str) -> None:
    _same(_clean(text)[1])


@settings(max_examples=400, deadline=None)
@given(pieces_text)
def test_same_candidates_on_any_mix_of_the_keys(text: str) -> None:
    _same(text)
    _same(text.lower())
