"""The parser's speed shortcuts give what the plain patterns give: the anchor patterns split by first letter, the
str.find reading of "Signed by ... on <date>", and patterns written so that the regex engine can skip to the places
of their first letters (a leading \\b or look-behind would make it try every position)."""

from __future__ import annotations

import re

import pytest
import test_docket_text as spec
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import docket_hearings, docket_lists, docket_orders, docket_scan
from parsers.docket_scan import _clean

SPEC_TEXTS = sorted({case[0] for name in dir(spec) if name.endswith("_CASES") for case in getattr(spec, name)
                     if isinstance(case, tuple) and isinstance(case[0], str)})


def _by_letter(text: str, i: int) -> tuple[int, int, str | None] | None:
    rx = docket_scan._ANCHOR_BY_LETTER.get(text[i])
    m = rx.match(text, i) if rx is not None else None
    return None if m is None else (m.start(), m.end(), m.lastgroup)


def _whole(text: str, i: int) -> tuple[int, int, str | None] | None:
    m = docket_scan._ANCHOR_RX.match(text, i)
    return None if m is None else (m.start(), m.end(), m.lastgroup)


@pytest.mark.parametrize("text", SPEC_TEXTS)
def test_the_letter_patterns_match_as_the_whole_alternation(text: str) -> None:
    low = _clean(text)[1]
    for i in range(len(low)):
        assert _by_letter(low, i) == _whole(low, i), (low[i : i + 40], text)


@pytest.mark.parametrize(("branch", "letters"), [
    ("held", "h"),
    (r"(?:conducted|completed|begun|commenced)(?=\s{1,3}(?:on|before|in)\b)", "bc"),
    (r"(?:shall|will|must)\s{1,3}(?:personally\s{1,3})?(?:attend|participate\s{1,3}in)", "msw"),
    (r"(?:a(?:b|c)|(?:d|e)x)y", "ade"),
])
def test_first_letters(branch: str, letters: str) -> None:
    assert docket_scan._first_letters(branch) == letters


def test_a_branch_that_starts_otherwise_is_refused() -> None:
    with pytest.raises(ValueError, match="must start with a letter"):
        docket_scan._first_letters(r"\bheld")


SIGNED_PIECES = ["Signed by ", "signed by ", "Judge ", "John ", "C. ", "Jr. ", "Sr. ", "Smith", " on ", "1/2/2019",
                 "12/31/19", ".", ";", " ", "x" * 30, "on behalf of X ", "(", ")", "\n"]


def _signed(text: str) -> list[tuple[int, int]]:
    out = []
    for i in range(len(text)):
        m = docket_scan._SIGNED_RX.match(text, i)
        out.append((docket_scan._signed_end(text, i), -1 if m is None else m.end()))
    return out


@pytest.mark.parametrize("text", [
    "ORDER granting 12 Motion. Signed by Judge Cormac J. Carney on 1/28/2019. (Entered: 01/28/2019)",
    "ORDER. Signed by Judge X on behalf of Judge Y on 2/4/2019.",
    "ORDER. Signed by Magistrate Judge Karen E. Scott on 3/5/2019",
    "ORDER. Signed by Judge Morrison C. England, Jr. on 4/15/2016.",
    "ORDER. Signed by Judge X; copies mailed on 1/2/2019.",
    "ORDER. signed by " + "y" * 85 + " on 1/2/2019.",
    "ORDER. signed by " + "y" * 76 + " on 1/2/2019.",
])
def test_signed_by_read_with_find_ends_where_the_pattern_does(text: str) -> None:
    for fast, slow in _signed(text):
        assert fast == slow, text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SIGNED_PIECES), max_size=25).map("".join))
def test_signed_by_on_any_mix(text: str) -> None:
    for fast, slow in _signed(text):
        assert fast == slow, text


# patterns searched through whole entries: each must let the regex engine skip ahead (a literal prefix or a set of
# first characters); one with a leading \b, look-behind, "^" branch or group-led branch scans every position
WHOLE_ENTRY_PATTERNS = [
    *(rx for _, rx in docket_scan._SUBJECTS),
    docket_scan._MINUTE_ORDER, docket_scan._GRANT_WORD_RX, docket_scan._SO_ORDERED_RX, docket_scan._SO_ORDERED_LETTER,
    docket_scan._RULED_CLAUSE, docket_scan._WITH_ORDER_RX, docket_scan._ON_DATE_RX,
    docket_orders._RULED_PAPER, docket_orders._DISMISS_DONE, docket_orders._DISMISS_ENTERED,
    docket_lists._RESET_LIST_HEAD, docket_lists._DATES_HEAD, docket_lists._OLD_SETTING_END,
    docket_hearings._NOTICE_RESET, docket_hearings._INTRO_ON,
]


@pytest.mark.parametrize("rx", WHOLE_ENTRY_PATTERNS, ids=lambda rx: rx.pattern[:40])
def test_whole_entry_patterns_can_skip_ahead(rx: re.Pattern[str]) -> None:
    compiler = pytest.importorskip("re._compiler")  # (CPython's private modules: the test is skipped without them)
    parser = pytest.importorskip("re._parser")
    parsed = parser.parse(rx.pattern, rx.flags)
    prefix = compiler._get_literal_prefix(parsed, rx.flags)[0]
    assert prefix or compiler._get_charset_prefix(parsed, rx.flags), rx.pattern[:80]
