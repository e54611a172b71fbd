"""Robustness of the docket-text parser: any str in, an EntryFacts out, in bounded time."""

from __future__ import annotations

import datetime as dt
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.dates import find_dates
from parsers.docket_text import EntryFacts, HearingAction, parse_entry, parse_short_description

# text made of the pieces docket entries are made of, so the rules actually fire
PIECES = [
    "ORDER ", "MINUTES OF ", "Minute Entry for proceedings held before Judge X: ", "NOTICE OF HEARING ",
    "MOTION for ", "Temporary Restraining Order ", "Preliminary Injunction ", "granting ", "denying in part ",
    "set for ", "reset for ", "CONTINUED from ", " to ", "is VACATED", " held on ", "off calendar ",
    "1/28/2019 ", "01/28/19 ", "13/45/2019 ", "2/30/2019 ", "January 3 ", "Sept. 3, 2019 ", "Monday, ",
    "at 10:00 a.m. ", "01:30 PM ", "noon ", "[185] ", "(Dkt. No. 186) ", "(Entered: 01/03/2019) ",
    "(Attachments: # 1 Exhibit (", "(twdb) ", ". ", "; ", ": ", "((((", "]]]]", "\x00", "\u0130", "\U0001f600",
]
entry_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=40).map("".join),
)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))


def _valid(facts: EntryFacts) -> None:
    assert isinstance(facts, EntryFacts)
    # parse_entry turns an internal error into a note rather than raising: none may happen
    assert not any(n.startswith("parser error") for n in facts.notes), facts.notes
    for h in facts.hearings:
        assert isinstance(h, HearingAction)
        assert h.action in ("set", "moved", "vacated", "held")
        assert h.date is None or isinstance(h.date, dt.date)
        assert h.previous_date is None or isinstance(h.previous_date, dt.date)
        assert h.time is None or isinstance(h.time, dt.time)
        assert h.previous_date is None or h.action == "moved"
        h.as_json()
    assert all(isinstance(r, int) and r >= 0 for r in facts.refs)
    facts.as_json("x")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entry_text, dates)
def test_parse_entry_never_raises(text: str, filed: dt.date | None) -> None:
    _valid(parse_entry(text, filed, "cacd"))


@settings(max_examples=300, deadline=None)
@given(entry_text)
def test_short_description_never_raises(text: str) -> None:
    facts = parse_short_description(text)
    _valid(facts)
    assert facts.from_short_description


@settings(max_examples=300, deadline=None)
@given(entry_text, dates)
def test_found_dates_are_real_dates(text: str, filed: dt.date | None) -> None:
    for f in find_dates(text, filed):
        assert 0 <= f.start <= f.end <= len(text)
        assert f.date is None or 1900 <= f.date.year <= 2200


def _timed(text: str) -> float:
    start = time.perf_counter()
    _valid(parse_entry(text, dt.date(2019, 1, 3), "cacd"))
    return time.perf_counter() - start


def test_one_megabyte_adversarial_inputs_finish_quickly() -> None:
    mb = 1_000_000
    samples = [
        "(" * mb,
        "[" * mb,
        "(Attachments: # 1 " + "(" * (mb // 2),
        "set for " * (mb // 8),
        "1/" * (mb // 2),
        "held " * (mb // 5),
        "a" * mb,
        " " * mb,
        "ORDER granting " + "Motion for Temporary Restraining Order " * (mb // 40),
        "".join(PIECES) * (mb // len("".join(PIECES))),
        "\x00\xff\ud7ff" * (mb // 3),
    ]
    for text in samples:
        assert _timed(text) < 5.0, text[:40]


def test_non_str_input_is_empty_facts() -> None:
    assert parse_entry(None, None) == EntryFacts()  # type: ignore[arg-type]
    assert parse_short_description(None).order_type is None  # type: ignore[arg-type]
