"""Hearings as an iCalendar file (`monitor hearings --ics FILE`), with the `icalendar` library.

One VEVENT per hearing. The UID is stable per hearing id, so a moved hearing keeps its UID and SEQUENCE (the
number of moves) tells a calendar app to update it; a vacated hearing is STATUS:CANCELLED. Timed hearings start
at their local time in `tz` (with a VTIMEZONE) and last one hour; a hearing with no time is an all-day event.
Hearings with no date cannot be placed on a calendar and are left out.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar
from icalendar import Event as VEvent

from monitor.differ import fmt_date, fmt_time, hearing_name
from monitor.errors import MonitorError
from monitor.state import Hearing

log = logging.getLogger(__name__)

PRODID = "-//docket-monitor//hearings//EN"
DURATION = dt.timedelta(hours=1)
# DTSTAMP must not change from one export to the next for the same data: a fixed stamp keeps files byte-stable.
_STAMP = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


class CalendarError(MonitorError):
    """The calendar cannot be written (e.g. an unknown time zone name)."""


def hearing_uid(case_id: str, hearing: Hearing) -> str:
    return f"{case_id}-{hearing.id}@docket-monitor"


def _description(docket_number: str, court: str, hearing: Hearing) -> str:
    lines = [f"Docket {docket_number} ({court})", f"Status: {hearing.status}"]
    if hearing.about:
        lines.append(f"About: {hearing.about}")
    for move in hearing.history:
        origin = fmt_date(move.from_date) if move.from_date else "an unstated date"
        dkt = f" (Dkt. {move.entry_number})" if move.entry_number is not None else ""
        lines.append(f"Moved from {origin} to {fmt_date(move.to_date)}{dkt}")
    return "\n".join(lines)


def hearings_to_ics(
    case_id: str,
    case_name: str,
    docket_number: str,
    hearings: Sequence[Hearing],
    *,
    tz: str,
    court: str,
) -> bytes:
    """An iCalendar (RFC 5545) file of the case's hearings."""
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise CalendarError(f"unknown time zone {tz!r} for the hearings calendar of case {case_id}") from exc
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{case_name} ({docket_number}): hearings")
    for hearing in hearings:
        if hearing.date is None:
            log.debug("hearing %s of case %s has no date: not in the calendar", hearing.id, case_id)
            continue
        event = VEvent()
        event.add("uid", hearing_uid(case_id, hearing))
        event.add("dtstamp", _STAMP)
        event.add("sequence", len(hearing.history))
        event.add("summary", f"{case_name}: {hearing_name(hearing.about)}")
        event.add("status", "CANCELLED" if hearing.status == "vacated" else "CONFIRMED")
        if hearing.time is not None:
            start = dt.datetime.combine(hearing.date, hearing.time, tzinfo=zone)
            event.add("dtstart", start)
            event.add("dtend", start + DURATION)
            when = f"{fmt_date(hearing.date)} at {fmt_time(hearing.time)}"
        else:
            event.add("dtstart", hearing.date)
            event.add("dtend", hearing.date + dt.timedelta(days=1))
            when = fmt_date(hearing.date)
        event.add("location", court)
        event.add("description", f"{when}\n" + _description(docket_number, court, hearing))
        cal.add_component(event)
    cal.add_missing_timezones()
    ical: bytes = cal.to_ical()
    return ical
