"""Hearings as iCalendar: parsed back with icalendar; stable UIDs across a move; CANCELLED when vacated."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from test_state import chhoeun_entries

from monitor.errors import MonitorError
from monitor.ics import hearings_to_ics
from monitor.state import Hearing, build_state

CASE = "chhoeun-v-marin"
LA = ZoneInfo("America/Los_Angeles")


def export(hearings: tuple[Hearing, ...]) -> Calendar:
    raw = hearings_to_ics(
        CASE, "Chhoeun v. Marin", "8:17-cv-01898", hearings, tz="America/Los_Angeles", court="C.D. Cal."
    )
    assert raw.startswith(b"BEGIN:VCALENDAR")
    return Calendar.from_ical(raw)


def vevents(cal: Calendar) -> dict[str, Any]:
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def test_uid_stable_across_a_move_and_sequence_counts_moves() -> None:
    entries = chhoeun_entries()
    set_only = build_state([e for e in entries if e.entry_number is not None and e.entry_number <= 190])
    moved = build_state([e for e in entries if e.entry_number is not None and e.entry_number <= 203])
    uid = f"{CASE}-n190@docket-monitor"

    before = vevents(export(set_only.hearings))[uid]
    after = vevents(export(moved.hearings))[uid]
    assert before["DTSTART"].dt == dt.datetime(2019, 1, 28, 13, 30, tzinfo=LA)
    assert after["DTSTART"].dt == dt.datetime(2019, 2, 4, 10, 0, tzinfo=LA)
    assert after["DTEND"].dt - after["DTSTART"].dt == dt.timedelta(hours=1)
    assert after["DTSTART"].params["TZID"] == "America/Los_Angeles"
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)
    assert str(after["STATUS"]) == "CONFIRMED"
    assert str(after["SUMMARY"]) == "Chhoeun v. Marin: Hearing on motion for preliminary injunction"
    description = str(after["DESCRIPTION"])
    assert "8:17-cv-01898" in description
    assert "Moved from Jan. 28, 2019 to Feb. 4, 2019 (Dkt. 203)" in description


def test_vacated_is_cancelled_and_vtimezone_present() -> None:
    cal = export(build_state(chhoeun_entries()).hearings)
    events = vevents(cal)
    assert set(events) == {f"{CASE}-n190@docket-monitor", f"{CASE}-n205@docket-monitor"}
    assert str(events[f"{CASE}-n205@docket-monitor"]["STATUS"]) == "CANCELLED"
    assert str(events[f"{CASE}-n190@docket-monitor"]["STATUS"]) == "CONFIRMED"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["America/Los_Angeles"]


def test_all_day_when_no_time_and_undated_left_out() -> None:
    hearings = (
        Hearing(id="n5", about="status conference", date=dt.date(2020, 3, 1), time=None, status="scheduled"),
        Hearing(id="n6", about="trial", date=None, time=None, status="scheduled"),
    )
    cal = export(hearings)
    (event,) = list(vevents(cal).values())
    assert event["DTSTART"].dt == dt.date(2020, 3, 1)
    assert event["DTEND"].dt == dt.date(2020, 3, 2)
    assert str(event["SUMMARY"]) == "Chhoeun v. Marin: Status conference"


def test_same_data_same_bytes_and_bad_timezone() -> None:
    hearings = build_state(chhoeun_entries()).hearings
    one = hearings_to_ics(
        CASE, "Chhoeun v. Marin", "8:17-cv-01898", hearings, tz="America/Los_Angeles", court="x"
    )
    two = hearings_to_ics(
        CASE, "Chhoeun v. Marin", "8:17-cv-01898", hearings, tz="America/Los_Angeles", court="x"
    )
    assert one == two
    with pytest.raises(MonitorError, match="Mars/Olympus"):
        hearings_to_ics(CASE, "C", "1", hearings, tz="Mars/Olympus", court="x")
