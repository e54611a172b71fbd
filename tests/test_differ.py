"""Events from case state: exact kinds, data and keys on the Chhoeun v. Marin history; order independence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st
from test_state import chhoeun_entries, entry, stub_of

from monitor.differ import diff, fmt_date, fmt_time, history_events, subject_phrase
from monitor.events import EVENT_KINDS, KIND_RANK, Event
from monitor.state import CaseState, StateEntry, build_state
from parsers.docket_text import HearingAction

CASE = "chhoeun-v-marin"
PI_ABOUT = "motion for preliminary injunction"


def by_key(entries: Sequence[StateEntry]) -> dict[str, StateEntry]:
    out: dict[str, StateEntry] = {}
    for e in entries:
        if e.key not in out or out[e.key].facts.from_short_description:
            out[e.key] = e
    return out


def events_of(entries: Sequence[StateEntry]) -> list[Event]:
    return history_events(CASE, build_state(entries), by_key(entries))


def test_history_events_exact() -> None:
    events = events_of(chhoeun_entries())
    got = [(e.key, e.kind, e.entry_number, dict(e.data), e.summary) for e in events]
    assert got == [
        (
            f"{CASE}:relief_changed:n30",
            "relief_changed",
            30,
            {"from": None, "to": "preliminary_injunction", "entry_number": 30, "line_started_by": 30},
            "Preliminary injunction granted: now in force (Dkt. 30)",
        ),
        (
            f"{CASE}:order_entered:n30",
            "order_entered",
            30,
            {"order_type": "preliminary_injunction", "disposition": "granted"},
            "Preliminary injunction granted (Dkt. 30)",
        ),
        (
            f"{CASE}:relief_changed:n190",
            "relief_changed",
            190,
            {"from": None, "to": "temporary_restraining_order", "entry_number": 190, "line_started_by": 190},
            "Temporary restraining order granted: now in force (Dkt. 190)",
        ),
        (
            f"{CASE}:hearing_set:n190:0",
            "hearing_set",
            190,
            {"date": "2019-01-28", "time": "13:30", "about": PI_ABOUT},
            "Hearing on motion for preliminary injunction set for Jan. 28, 2019 at 1:30 PM",
        ),
        (
            f"{CASE}:order_entered:n190",
            "order_entered",
            190,
            {"order_type": "temporary_restraining_order", "disposition": "granted"},
            "Temporary restraining order granted (Dkt. 190)",
        ),
        (
            f"{CASE}:order_entered:n200",
            "order_entered",
            200,
            {"order_type": "temporary_restraining_order", "disposition": "extended"},
            "Temporary restraining order extended (Dkt. 200)",
        ),
        (
            f"{CASE}:hearing_moved:n203:0",
            "hearing_moved",
            203,
            {"from": "2019-01-28", "to": "2019-02-04", "time": "10:00", "about": PI_ABOUT},
            "Hearing on motion for preliminary injunction moved from Jan. 28, 2019 to Feb. 4, 2019 at 10:00 AM",
        ),
        (
            f"{CASE}:order_entered:n203",
            "order_entered",
            203,
            {"order_type": "scheduling_order", "disposition": None},
            "Order entered: scheduling order (Dkt. 203)",
        ),
        (
            f"{CASE}:hearing_set:n205:0",
            "hearing_set",
            205,
            {"date": "2019-03-11", "time": "09:00", "about": "status conference"},
            "Status conference set for March 11, 2019 at 9:00 AM",
        ),
        (
            f"{CASE}:hearing_held:n209:0",
            "hearing_held",
            209,
            {"date": "2019-02-04", "about": PI_ABOUT},
            "Hearing held: motion for preliminary injunction (Feb. 4, 2019)",
        ),
        (
            f"{CASE}:relief_changed:n210",
            "relief_changed",
            210,
            {
                "from": "temporary_restraining_order",
                "to": "preliminary_injunction",
                "entry_number": 210,
                "line_started_by": 190,
            },
            "Preliminary injunction granted: TRO becomes preliminary injunction (Dkt. 210)",
        ),
        (
            f"{CASE}:order_entered:n210",
            "order_entered",
            210,
            {"order_type": "preliminary_injunction", "disposition": "granted"},
            "Preliminary injunction granted (Dkt. 210)",
        ),
        (
            f"{CASE}:hearing_vacated:n212:0",
            "hearing_vacated",
            212,
            {"date": "2019-03-11", "about": "status conference"},
            "Hearing vacated: Status conference (March 11, 2019)",
        ),
        (
            f"{CASE}:order_entered:n212",
            "order_entered",
            212,
            {"order_type": "scheduling_order", "disposition": None},
            "Order entered: scheduling order (Dkt. 212)",
        ),
    ]
    assert all(e.case == CASE and e.kind in EVENT_KINDS for e in events)


def test_move_without_old_date_gives_the_same_event() -> None:
    with_old = {e.key: e for e in events_of(chhoeun_entries())}
    without = {e.key: e for e in events_of(chhoeun_entries(move_states_old_date=False))}
    assert without == with_old


def test_diff_only_new_and_ranked() -> None:
    entries = chhoeun_entries()
    upto = [e for e in entries if e.entry_number is not None and e.entry_number <= 200]
    before, after = build_state(upto), build_state(entries)
    events = diff(CASE, before, after, by_key(entries))
    assert [e.key.removeprefix(CASE + ":") for e in events] == [
        "relief_changed:n210",
        "hearing_moved:n203:0",
        "hearing_vacated:n212:0",
        "hearing_set:n205:0",
        "hearing_held:n209:0",
        "order_entered:n203",
        "order_entered:n210",
        "order_entered:n212",
    ]
    assert [KIND_RANK[e.kind] for e in events] == sorted(KIND_RANK[e.kind] for e in events)
    assert diff(CASE, after, after, by_key(entries)) == []
    assert subject_phrase(events) == "Preliminary injunction granted; hearing moved to Feb. 4, 2019"


def test_stub_then_full_text_adds_only_what_the_text_reveals() -> None:
    entries = chhoeun_entries()
    full_190 = next(e for e in entries if e.key == "n190")
    upto = [e for e in entries if e.entry_number is not None and e.entry_number < 190]
    with_stub = [*upto, stub_of(full_190)]
    first = build_state(with_stub)
    assert diff(CASE, build_state(upto), first, by_key(with_stub)) == []
    second = build_state([*upto, full_190])
    events = diff(CASE, first, second, by_key([*upto, full_190]))
    assert [e.key.removeprefix(CASE + ":") for e in events] == [
        "relief_changed:n190",
        "hearing_set:n190:0",
        "order_entered:n190",
    ]
    # the same entry again, and a re-run: nothing new
    assert diff(CASE, second, build_state([*upto, full_190, full_190]), by_key([*upto, full_190])) == []


def test_relief_ending_and_dissolved_summaries() -> None:
    entries = [e for e in chhoeun_entries() if e.key not in {"n210", "n212"}] + [
        entry(
            210,
            dt.date(2019, 2, 6),
            "ORDER DENYING PI [190]",
            order_type="preliminary_injunction",
            disposition="denied",
            refs=(190,),
        ),
        entry(
            230,
            dt.date(2019, 4, 1),
            "ORDER DISSOLVING PRELIMINARY INJUNCTION [30]",
            order_type="preliminary_injunction",
            disposition="dissolved",
            refs=(30,),
        ),
    ]
    events = [e for e in events_of(entries) if e.kind == "relief_changed"]
    assert [(e.key.removeprefix(CASE + ":"), dict(e.data), e.summary) for e in events[2:]] == [
        (
            "relief_changed:n210",
            {"from": "temporary_restraining_order", "to": None, "entry_number": 210, "line_started_by": 190},
            "Preliminary injunction denied: TRO no longer in force (Dkt. 210)",
        ),
        (
            "relief_changed:n230",
            {"from": "preliminary_injunction", "to": None, "entry_number": 230, "line_started_by": 30},
            "Preliminary injunction dissolved: no longer in force (Dkt. 230)",
        ),
    ]
    assert subject_phrase(events[2:]) == "TRO no longer in force; preliminary injunction no longer in force"


def test_entry_keys_with_colons_and_two_hearings_in_one_entry() -> None:
    e = entry(
        None,
        dt.date(2020, 1, 2),
        "NOTICE",
        key="doc:031123",
        hearings=(
            HearingAction("set", dt.date(2020, 2, 3), about="status conference"),
            HearingAction("set", dt.date(2020, 2, 10), dt.time(14, 0), about="motion to dismiss"),
        ),
    )
    events = events_of([e])
    assert [(x.key, x.entry_number, x.data["date"], x.data["time"]) for x in events] == [
        (f"{CASE}:hearing_set:doc:031123:0", None, "2020-02-03", None),
        (f"{CASE}:hearing_set:doc:031123:1", None, "2020-02-10", "14:00"),
    ]
    assert events[0].summary == "Status conference set for Feb. 3, 2020"
    assert subject_phrase(events) == "Hearing set for Feb. 3, 2020; hearing set for Feb. 10, 2020"


def test_wording_helpers() -> None:
    assert fmt_date(dt.date(2019, 9, 5)) == "Sept. 5, 2019"
    assert fmt_time(dt.time(0, 5)) == "12:05 AM"
    assert fmt_time(dt.time(12, 0)) == "12:00 PM"
    assert subject_phrase([]) == ""


# ------------------------------------------------------------------------------------------ order independence

BASE = chhoeun_entries()
BASELINE_STATE = build_state(BASE)
BASELINE_EVENTS = history_events(CASE, BASELINE_STATE, by_key(BASE))


@st.composite
def arrivals(draw: st.DrawFn) -> list[StateEntry]:
    """The scenario's entries in any order, some twice, some first as an RSS stub."""
    items = list(BASE)
    items += draw(st.lists(st.sampled_from(BASE), max_size=6))
    items += [stub_of(e) for e in draw(st.lists(st.sampled_from(BASE), max_size=6))]
    return draw(st.permutations(items))


@settings(max_examples=200, deadline=None)
@given(arrivals())
def test_any_arrival_order_gives_same_state_and_events(items: list[StateEntry]) -> None:
    state = build_state(items)
    assert state == BASELINE_STATE
    assert history_events(CASE, state, by_key(items)) == BASELINE_EVENTS


@settings(max_examples=100, deadline=None)
@given(arrivals(), st.integers(min_value=1, max_value=5))
def test_incremental_polls_emit_every_final_event_once(items: list[StateEntry], polls: int) -> None:
    """Entries arriving over several polls: each final event's key is emitted by exactly one poll."""
    step = max(1, len(items) // polls)
    seen: list[StateEntry] = []
    before = CaseState()
    emitted: list[str] = []
    for start in range(0, len(items), step):
        seen += items[start : start + step]
        after = build_state(seen)
        emitted += [e.key for e in diff(CASE, before, after, by_key(seen))]
        before = after
    final_keys = {e.key for e in BASELINE_EVENTS}
    assert final_keys <= set(emitted)
    # in chronological arrival (stubs first, then full texts), nothing stale and nothing twice
    chrono = sorted(items, key=lambda e: (e.facts.from_short_description is False, e.date_filed, e.key))
    seen, before, emitted = [], CaseState(), []
    for item in chrono:
        seen.append(item)
        after = build_state(seen)
        emitted += [e.key for e in diff(CASE, before, after, by_key(seen))]
        before = after
    assert sorted(emitted) == sorted(final_keys)


def test_entries_mapping_may_lack_keys() -> None:
    state = BASELINE_STATE
    events = history_events(CASE, state, {})
    assert {e.key for e in events} == {e.key for e in BASELINE_EVENTS}
    assert all(e.summary for e in events)
