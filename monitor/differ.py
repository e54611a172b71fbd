"""Events from case state: every transition in the state's history is one event (DESIGN.md "Event kinds").

PURE. An event's key is derived only from the entry that caused the transition, so entries arriving out of
order, a stub whose full text comes later, the same entry twice, and re-runs all give the same keys:

    {case}:order_entered:{entry_key}
    {case}:relief_changed:{entry_key}          (":{line_id}" added when one entry changes several lines)
    {case}:hearing_{set|moved|vacated|held}:{entry_key}:{i}     (i: the entry's i-th hearing action)

`diff(before, after)` is the events of `after` whose keys `before` does not have. The store keeps the keys of
events it has recorded, so an event is never stored twice even if a key drops out of the state and comes back.
(new_entry, news and source events are made elsewhere.)
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from monitor.events import KIND_RANK, Event
from monitor.state import CaseState, Hearing, HearingChange, ReliefChange, ReliefLine, StateEntry

log = logging.getLogger(__name__)

ORDER_LABELS: Mapping[str, str] = {
    "temporary_restraining_order": "Temporary restraining order",
    "preliminary_injunction": "Preliminary injunction",
    "permanent_injunction": "Permanent injunction",
    "class_certification": "Class certification",
    "judgment": "Judgment",
    "dismissal": "Dismissal",
    "stay": "Stay",
    "order_to_show_cause": "Order to show cause",
    "other_order": "Order",
    "scheduling_order": "Scheduling order",
}
SHORT_POSTURE: Mapping[str, str] = {
    "temporary_restraining_order": "TRO",
    "preliminary_injunction": "preliminary injunction",
    "permanent_injunction": "permanent injunction",
}
DISPOSITION_WORDS: Mapping[str, str] = {
    "granted": "granted",
    "denied": "denied",
    "granted_in_part": "granted in part",
    "extended": "extended",
    "dissolved": "dissolved",
}
_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_PROCEEDINGS = (
    "hearing",
    "conference",
    "trial",
    "sentencing",
    "arraignment",
    "argument",
    "plea",
    "calendar",
    "proceeding",
)


# ---------------------------------------------------------------------------------------------------- wording


def fmt_date(day: dt.date | None) -> str:
    """AP style: "Jan. 28, 2019", "March 4, 2019"; "an unknown date" for None."""
    if day is None:
        return "an unknown date"
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def fmt_time(t: dt.time | None) -> str:
    """ "1:30 PM", "10:00 AM"."""
    if t is None:
        return ""
    hour = t.hour % 12 or 12
    return f"{hour}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def _when(day: dt.date | None, t: dt.time | None) -> str:
    return fmt_date(day) + (f" at {fmt_time(t)}" if t else "")


def hearing_name(about: str | None) -> str:
    """ "Hearing on motion for preliminary injunction", "Status conference", "Hearing"."""
    if not about:
        return "Hearing"
    about = about.strip()
    if any(word in about.lower() for word in _PROCEEDINGS):
        return about[0].upper() + about[1:]
    return f"Hearing on {about}"


def _dkt(number: int | None) -> str:
    return f" (Dkt. {number})" if number is not None else ""


def _order_phrase(order_type: str | None, disposition: str | None) -> str:
    label = ORDER_LABELS.get(order_type or "", "Order")
    if disposition is None:
        return "Order entered" if label == "Order" else f"Order entered: {label.lower()}"
    return f"{label} {DISPOSITION_WORDS.get(disposition, disposition)}"


def _relief_phrase(change: ReliefChange, order_type: str | None) -> str:
    before, after = change.from_posture, change.to_posture
    if after is not None:
        head = f"{ORDER_LABELS[after]} {DISPOSITION_WORDS.get(change.disposition or '', 'granted')}"
        if before is None:
            return f"{head}: now in force"
        return f"{head}: {SHORT_POSTURE[before]} becomes {SHORT_POSTURE[after]}"
    assert before is not None
    if change.disposition == "dissolved":
        return f"{ORDER_LABELS[before]} dissolved: no longer in force"
    head = _order_phrase(order_type, change.disposition)
    return f"{head}: {SHORT_POSTURE[before]} no longer in force"


# ---------------------------------------------------------------------------------------------------- events


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _hhmm(t: dt.time | None) -> str | None:
    return t.strftime("%H:%M") if t else None


def _entry_number(entries: Mapping[str, StateEntry], key: str, fallback: int | None) -> int | None:
    entry = entries.get(key)
    if entry is not None and entry.entry_number is not None:
        return entry.entry_number
    return fallback


def _relief_events(
    case_id: str, line: ReliefLine, entries: Mapping[str, StateEntry]
) -> Iterable[tuple[str, Event]]:
    for change in line.history:
        if change.from_posture == change.to_posture:
            continue  # an extension: order_entered says it
        number = _entry_number(entries, change.entry_key, change.entry_number)
        entry = entries.get(change.entry_key)
        order_type = entry.facts.order_type if entry else None
        yield (
            change.entry_key,
            Event(
                key=f"{case_id}:relief_changed:{change.entry_key}",
                case=case_id,
                kind="relief_changed",
                summary=_relief_phrase(change, order_type) + _dkt(number),
                entry_number=number,
                data={
                    "from": change.from_posture,
                    "to": change.to_posture,
                    "entry_number": number,
                    "line_started_by": line.started_by,
                },
            ),
        )


def _hearing_event(case_id: str, hearing: Hearing, change: HearingChange, number: int | None) -> Event:
    key = f"{case_id}:hearing_{change.action}:{change.entry_key}:{change.index}"
    name = hearing_name(hearing.about)
    if change.action == "set":
        return Event(
            key=key,
            case=case_id,
            kind="hearing_set",
            summary=f"{name} set for {_when(change.date, change.time)}",
            entry_number=number,
            data={"date": _iso(change.date), "time": _hhmm(change.time), "about": hearing.about},
        )
    if change.action == "moved":
        origin = f" from {fmt_date(change.from_date)}" if change.from_date else ""
        return Event(
            key=key,
            case=case_id,
            kind="hearing_moved",
            summary=f"{name} moved{origin} to {_when(change.date, change.time)}",
            entry_number=number,
            data={
                "from": _iso(change.from_date),
                "to": _iso(change.date),
                "time": _hhmm(change.time),
                "about": hearing.about,
            },
        )
    word = "vacated" if change.action == "vacated" else "held"
    on = f" ({fmt_date(change.date)})" if change.date else ""
    return Event(
        key=key,
        case=case_id,
        kind=f"hearing_{word}",
        summary=f"Hearing {word}: {hearing_name(hearing.about).removeprefix('Hearing on ')}{on}",
        entry_number=number,
        data={"date": _iso(change.date), "about": hearing.about},
    )


def _entry_order(entries: Mapping[str, StateEntry], key: str, number: int | None) -> tuple[dt.date, int, str]:
    entry = entries.get(key)
    day = entry.date_filed if entry and entry.date_filed else dt.date.max
    return (day, number if number is not None else 1 << 62, key)


def history_events(case_id: str, state: CaseState, entries: Mapping[str, StateEntry]) -> list[Event]:
    """Every transition in the state, as events: oldest entry first, then by kind."""
    ranked: list[tuple[tuple[dt.date, int, str], int, int, Event]] = []

    def add(entry_key: str, event: Event) -> None:
        order = _entry_order(entries, entry_key, event.entry_number)
        ranked.append((order, KIND_RANK.get(event.kind, 99), len(ranked), event))

    for order in state.orders:
        number = _entry_number(entries, order.entry_key, order.entry_number)
        add(
            order.entry_key,
            Event(
                key=f"{case_id}:order_entered:{order.entry_key}",
                case=case_id,
                kind="order_entered",
                summary=_order_phrase(order.order_type, order.disposition) + _dkt(number),
                entry_number=number,
                data={"order_type": order.order_type, "disposition": order.disposition},
            ),
        )
    seen: set[str] = set()
    for line in state.reliefs:
        for entry_key, event in _relief_events(case_id, line, entries):
            if event.key in seen:  # one entry changing two lines
                event = replace(event, key=f"{event.key}:{line.id}")
            seen.add(event.key)
            add(entry_key, event)
    for hearing in state.hearings:
        for change in hearing.changes:
            number = _entry_number(entries, change.entry_key, change.entry_number)
            add(change.entry_key, _hearing_event(case_id, hearing, change, number))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked]


def diff(case_id: str, before: CaseState, after: CaseState, entries: Mapping[str, StateEntry]) -> list[Event]:
    """Events of `after` whose keys `before` lacks: most important kind first, then by entry."""
    old = {event.key for event in history_events(case_id, before, entries)}
    fresh = [
        (KIND_RANK.get(event.kind, 99), position, event)
        for position, event in enumerate(history_events(case_id, after, entries))
        if event.key not in old
    ]
    fresh.sort(key=lambda item: item[:2])
    return [item[2] for item in fresh]


# ---------------------------------------------------------------------------------------------------- subject


def _lower_first(text: str) -> str:
    return text if text[:3] == "TRO" else text[:1].lower() + text[1:]


def _short(event: Event) -> str:
    data = event.data
    if event.kind == "relief_changed":
        after, before = data.get("to"), data.get("from")
        if after:
            return _lower_first(f"{ORDER_LABELS.get(after, after)} granted")
        return f"{SHORT_POSTURE.get(before or '', 'relief')} no longer in force"
    if event.kind == "order_entered":
        return _lower_first(_order_phrase(data.get("order_type"), data.get("disposition")))
    if event.kind == "hearing_moved":
        return f"hearing moved to {fmt_date(_parse(data.get('to')))}"
    if event.kind == "hearing_set":
        return f"hearing set for {fmt_date(_parse(data.get('date')))}"
    if event.kind == "hearing_vacated":
        day = _parse(data.get("date"))
        return f"hearing of {fmt_date(day)} vacated" if day else "hearing vacated"
    if event.kind == "hearing_held":
        return "hearing held"
    if event.kind == "new_entry":
        return "new docket entry"
    summary = event.summary
    return summary if len(summary) <= 60 else summary[:57].rsplit(" ", 1)[0] + "..."


def _parse(value: object) -> dt.date | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def subject_phrase(events: Sequence[Event]) -> str:
    """The biggest change(s) for an email subject: the top two distinct phrases by KIND_RANK."""
    ranked = sorted(events, key=lambda e: KIND_RANK.get(e.kind, 99))
    phrases: list[str] = []
    for event in ranked:
        phrase = _short(event)
        if phrase.lower() not in (p.lower() for p in phrases):
            phrases.append(phrase)
        if len(phrases) == 2:
            break
    if not phrases:
        return ""
    text = "; ".join(phrases)
    return text[0].upper() + text[1:]
