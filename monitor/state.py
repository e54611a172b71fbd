"""Case state derived from a case's docket entries: relief lines, hearings, orders (DESIGN.md "Case state").

PURE: no I/O, no clock, no database. `build_state(entries)` sorts the entries itself (by date filed, entry
number, key), so the state is the same whatever order the store hands them in; duplicates of a key collapse to
one entry, preferring full text over an RSS stub.

Decisions where DESIGN.md is silent (see also the tests):
- Only full-text facts (`facts.from_short_description` False) record orders, change reliefs or touch hearings;
  a stub contributes nothing until its full text arrives under the same key.
- Relief lines. A TRO/PI/permanent injunction granted (or granted in part) continues the line it is "on the
  subject" of, else starts a new line. "On the subject": the order cites (`facts.refs`) an entry of the line
  (the order that started or changed it, the motions those orders cite, an OSC entered about it); failing that,
  a PI/permanent injunction continues the only line in force with a lower posture. A TRO never continues a PI
  line ("PI -> TRO" does not exist): a TRO citing a line already at TRO changes nothing, a TRO citing an ended
  line reopens it, any other TRO starts a new line.
- A PI (or permanent injunction) DENIED while a TRO line is in force on that subject ends the line (TRO -> null):
  the TRO lasted until the PI ruling. A denial of relief never in force changes nothing. "dissolved" ends the
  matching line in force (by refs, else the only line at that posture). "extended" is recorded in the line's
  history with an unchanged posture (no relief change). Expiry by the passing of a TRO's stated end is left out:
  the state has no clock.
- Hearings: an action finds its hearing by the stated date, else by `about` words (same words first, then a
  shared significant word), else by the entry citing the setting entry; failing that, a move moves the next
  upcoming scheduled hearing, while "held"/"vacated" only take a hearing whose subject is unknown, else create
  one (a "held" with no date is dated as filed). A move keeps the hearing's time unless the entry states one.
  A hearing id is the key of the entry that first set it, plus ":<i>" when it is the entry's i-th hearing
  action (i > 0).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from parsers.docket_text import EntryFacts, HearingAction

log = logging.getLogger(__name__)

Posture = Literal["temporary_restraining_order", "preliminary_injunction", "permanent_injunction"]
HearingStatus = Literal["scheduled", "held", "vacated"]
HearingChangeKind = Literal["set", "moved", "vacated", "held"]

RELIEF_TYPES: tuple[str, ...] = (
    "temporary_restraining_order",
    "preliminary_injunction",
    "permanent_injunction",
)
_RELIEF_LEVEL = {name: i for i, name in enumerate(RELIEF_TYPES)}
_GRANTING = ("granted", "granted_in_part")


@dataclass(frozen=True)
class StateEntry:
    """What the store hands over, one per merged docket entry."""

    key: str  # stable entry key, e.g. "n190", "doc:031...", "seq:1234"
    entry_number: int | None
    date_filed: dt.date | None
    text: str  # full docket text, or the RSS short description when only a stub is known
    facts: EntryFacts
    url: str | None = None


@dataclass(frozen=True)
class ReliefChange:
    """One order that touched a relief line. `from_posture == to_posture` for an extension."""

    from_posture: str | None
    to_posture: str | None
    entry_key: str
    entry_number: int | None
    date: dt.date | None
    disposition: str | None


@dataclass(frozen=True)
class ReliefLine:
    id: str  # key of the entry that started the line
    subject: str
    posture: str | None  # temporary_restraining_order | preliminary_injunction | permanent_injunction | None
    started_by: int | None  # entry number of the order that started the line
    history: tuple[ReliefChange, ...] = ()
    related: frozenset[int] = field(default=frozenset())  # entry numbers that identify the line's subject


@dataclass(frozen=True)
class HearingMove:
    from_date: dt.date | None
    to_date: dt.date | None
    entry_key: str
    entry_number: int | None = None


@dataclass(frozen=True)
class HearingChange:
    """One transition of a hearing, caused by the `index`-th hearing action of entry `entry_key`."""

    action: HearingChangeKind
    entry_key: str
    entry_number: int | None
    index: int
    date: dt.date | None  # the hearing's date after the change (for "moved": the new date)
    time: dt.time | None
    from_date: dt.date | None = None  # "moved" only


@dataclass(frozen=True)
class Hearing:
    id: str
    about: str | None
    date: dt.date | None
    time: dt.time | None
    status: HearingStatus
    history: tuple[HearingMove, ...] = ()
    changes: tuple[HearingChange, ...] = ()
    related: frozenset[int] = field(default=frozenset())  # setting entry's number and the refs it cites


@dataclass(frozen=True)
class OrderRecord:
    entry_key: str
    entry_number: int | None
    order_type: str
    disposition: str | None
    date: dt.date | None


@dataclass(frozen=True)
class CaseState:
    reliefs: tuple[ReliefLine, ...] = ()
    hearings: tuple[Hearing, ...] = ()
    orders: tuple[OrderRecord, ...] = ()


# ---------------------------------------------------------------------------------------------------- helpers


def entry_sort_key(entry: StateEntry) -> tuple[dt.date, int, str]:
    """Chronological order of entries; unknown dates and numbers sort last."""
    return (
        entry.date_filed or dt.date.max,
        entry.entry_number if entry.entry_number is not None else 1 << 62,
        entry.key,
    )


def _preference(entry: StateEntry) -> tuple[bool, int, int, str, str]:
    """Among duplicates of a key: full text first, then the longest text, then a fixed tie-break."""
    return (
        not entry.facts.from_short_description,
        len(entry.text),
        entry.entry_number if entry.entry_number is not None else -1,
        entry.date_filed.isoformat() if entry.date_filed else "",
        entry.text,
    )


def dedupe(entries: Iterable[StateEntry]) -> list[StateEntry]:
    """One entry per key (full text preferred), in chronological order."""
    best: dict[str, StateEntry] = {}
    for entry in entries:
        old = best.get(entry.key)
        if old is None or _preference(entry) > _preference(old):
            best[entry.key] = entry
    return sorted(best.values(), key=entry_sort_key)


_WS = re.compile(r"\s+")
_SUBJECT = re.compile(
    r"\b(?:granting|denying|extending|dissolving|re|regarding|on)\b[\s:]+(?:in\s+part\s+)?([^\[\(;.]{3,120})",
    re.IGNORECASE,
)


def relief_subject(text: str) -> str:
    """Short words naming what a relief order is about: the motion's words, else the start of the text."""
    head = _WS.sub(" ", text[:400]).strip()
    match = _SUBJECT.search(head)
    words = match.group(1) if match else head.split("[")[0]
    words = words.strip(" ,:-")
    if len(words) > 100:
        words = words[:100].rsplit(" ", 1)[0] + "..."
    return words.lower() if words.isupper() and len(words) > 12 else words


_ABOUT_NOISE = re.compile(r"\b(?:hearing|hearings|on|re|regarding|the|a|an|of|for|to)\b")


def _norm_about(about: str | None) -> str:
    if not about:
        return ""
    return _WS.sub(" ", _ABOUT_NOISE.sub(" ", about.lower().replace("'", ""))).strip()


# words that say what kind of paper, or who filed it, rather than which proceeding it is
_GENERIC = frozenset(
    [
        "motion",
        "motions",
        "order",
        "show",
        "cause",
        "application",
        "ex",
        "parte",
        "and",
        "in",
        "by",
        "set",
        "court",
        "joint",
        "petitioner",
        "petitioners",
        "plaintiff",
        "plaintiffs",
        "defendant",
        "defendants",
        "respondent",
        "respondents",
    ]
)


def _about_score(a: str | None, b: str | None) -> int:
    """How surely two `about`s name the same proceeding: 2 same words (or one within the other), 1 a shared
    significant word ("order to show cause re preliminary injunction" / "motion for preliminary injunction"),
    0 otherwise or when either is unknown."""
    na, nb = _norm_about(a), _norm_about(b)
    if not na or not nb:
        return 0
    if na == nb or na in nb or nb in na:
        return 2
    return 1 if (set(na.split()) - _GENERIC) & (set(nb.split()) - _GENERIC) else 0


def _about_matches(a: str | None, b: str | None) -> bool:
    return _about_score(a, b) > 0


def _best_about(candidates: list[_Hearing], about: str | None) -> list[_Hearing]:
    """The candidates whose `about` best matches, in their order; [] when none matches."""
    scores = [_about_score(h.about, about) for h in candidates]
    best = max(scores, default=0)
    return [h for h, score in zip(candidates, scores, strict=True) if best and score == best]


def _about_compatible(a: str | None, b: str | None) -> bool:
    return not _norm_about(a) or not _norm_about(b) or _about_matches(a, b)


# ---------------------------------------------------------------------------------------------------- reliefs


@dataclass
class _Line:
    id: str
    subject: str
    posture: str | None
    started_by: int | None
    history: list[ReliefChange]
    related: set[int]

    def freeze(self) -> ReliefLine:
        return ReliefLine(
            id=self.id,
            subject=self.subject,
            posture=self.posture,
            started_by=self.started_by,
            history=tuple(self.history),
            related=frozenset(self.related),
        )


def _entry_numbers(entry: StateEntry) -> set[int]:
    nums = set(entry.facts.refs)
    if entry.entry_number is not None:
        nums.add(entry.entry_number)
    return nums


def _cited(entry: StateEntry, lines: list[_Line]) -> list[_Line]:
    refs = set(entry.facts.refs)
    return [line for line in lines if refs & line.related]


def _change(line: _Line, entry: StateEntry, to: str | None, disposition: str | None) -> None:
    line.history.append(
        ReliefChange(
            from_posture=line.posture,
            to_posture=to,
            entry_key=entry.key,
            entry_number=entry.entry_number,
            date=entry.date_filed,
            disposition=disposition,
        )
    )
    line.posture = to
    line.related |= _entry_numbers(entry)


def _new_line(lines: list[_Line], entry: StateEntry, posture: str, disposition: str | None) -> None:
    line = _Line(
        id=entry.key,
        subject=relief_subject(entry.text),
        posture=None,
        started_by=entry.entry_number,
        history=[],
        related=set(),
    )
    _change(line, entry, posture, disposition)
    lines.append(line)


def _apply_relief(lines: list[_Line], entry: StateEntry) -> None:
    facts = entry.facts
    kind, disposition = facts.order_type, facts.disposition
    if kind == "order_to_show_cause":
        # an OSC citing a line (e.g. "OSC re preliminary injunction [190]") becomes part of its subject
        for line in _cited(entry, lines):
            if entry.entry_number is not None:
                line.related.add(entry.entry_number)
        return
    if kind not in _RELIEF_LEVEL:
        return
    assert kind is not None
    level = _RELIEF_LEVEL[kind]
    in_force = [line for line in lines if line.posture is not None]
    cited = _cited(entry, lines)
    cited_in_force = [line for line in cited if line.posture is not None]

    if disposition in _GRANTING:
        if kind == "temporary_restraining_order":
            if any(line.posture == kind for line in cited_in_force):
                target = next(line for line in cited_in_force if line.posture == kind)
                _change(target, entry, kind, disposition)  # re-issued / modified TRO: same posture
                return
            ended = [line for line in cited if line.posture is None]
            if ended:
                _change(ended[0], entry, kind, disposition)
                return
            _new_line(lines, entry, kind, disposition)
            return
        below = [line for line in cited_in_force if _RELIEF_LEVEL[line.posture or ""] < level]
        same = [line for line in cited_in_force if line.posture == kind]
        if below:
            _change(below[0], entry, kind, disposition)
        elif same:
            _change(same[0], entry, kind, disposition)  # modified PI: same posture
        elif cited and all(line.posture is None for line in cited):
            _change(cited[0], entry, kind, disposition)
        else:
            lower = [line for line in in_force if _RELIEF_LEVEL[line.posture or ""] < level]
            if len(lower) == 1 and not cited_in_force:
                _change(lower[0], entry, kind, disposition)
            else:
                _new_line(lines, entry, kind, disposition)
        return

    if disposition == "extended":
        targets = [line for line in cited_in_force if line.posture == kind]
        if not targets:
            same = [line for line in in_force if line.posture == kind]
            targets = same if len(same) == 1 else []
        if targets:
            _change(targets[0], entry, kind, disposition)
        return

    if disposition == "dissolved":
        targets = [line for line in cited_in_force if line.posture == kind]
        if not targets:
            same = [line for line in in_force if line.posture == kind]
            targets = same if len(same) == 1 else []
        if targets:
            _change(targets[0], entry, None, disposition)
        return

    if disposition == "denied" and kind != "temporary_restraining_order":
        # the PI ruling ends a TRO that was to last until it; a PI (or permanent) line in force is untouched
        targets = [line for line in cited_in_force if _RELIEF_LEVEL[line.posture or ""] < level]
        if not targets and not cited_in_force:
            lower = [line for line in in_force if line.posture == "temporary_restraining_order"]
            targets = lower if len(lower) == 1 else []
        if targets:
            _change(targets[0], entry, None, disposition)


# ---------------------------------------------------------------------------------------------------- hearings


@dataclass
class _Hearing:
    id: str
    about: str | None
    date: dt.date | None
    time: dt.time | None
    status: HearingStatus
    history: list[HearingMove]
    changes: list[HearingChange]
    related: set[int]

    def freeze(self) -> Hearing:
        return Hearing(
            id=self.id,
            about=self.about,
            date=self.date,
            time=self.time,
            status=self.status,
            history=tuple(self.history),
            changes=tuple(self.changes),
            related=frozenset(self.related),
        )


def _hearing_id(entry: StateEntry, index: int) -> str:
    return entry.key if index == 0 else f"{entry.key}:{index}"


def _pick(candidates: list[_Hearing], action: HearingAction) -> _Hearing | None:
    if not candidates:
        return None
    return (_best_about(candidates, action.about) or candidates)[0]


def _find(
    hearings: list[_Hearing], entry: StateEntry, action: HearingAction, on: dt.date | None
) -> _Hearing | None:
    """The scheduled hearing an action (moved, vacated, held) refers to, or None."""
    scheduled = [h for h in hearings if h.status == "scheduled"]
    if on is not None:
        found = _pick([h for h in scheduled if h.date == on], action)
        if found is not None:
            return found
        # stated date matches nothing: only a clear match by words will do
        return next(iter(_best_about(scheduled, action.about)), None)
    filed = entry.date_filed
    by_about = _best_about(scheduled, action.about)
    refs = set(entry.facts.refs)
    by_refs = [h for h in scheduled if refs & h.related]
    if action.action == "moved":
        # failing a match, a move moves the next upcoming hearing (DESIGN: nothing is created twice)
        pool = by_about or by_refs or scheduled
    else:
        # failing a match, only a hearing that could be the same one (its or the action's subject unknown)
        pool = by_about or by_refs or [h for h in scheduled if _about_compatible(h.about, action.about)]
    if not pool:
        return None
    if filed is None:
        return pool[0] if (by_about or by_refs) else None
    dated = sorted(
        (h for h in pool if h.date is not None), key=lambda h: (h.date or dt.date.max, h.time or dt.time.min)
    )
    if action.action == "held":
        past = [h for h in dated if h.date is not None and h.date <= filed]
        if past:
            return past[-1]
    upcoming = [h for h in dated if h.date is not None and h.date >= filed]
    if upcoming:
        return upcoming[0]
    if by_about or by_refs:
        return pool[0]
    return None


def _already(hearings: list[_Hearing], status: str, on: dt.date | None, action: HearingAction) -> bool:
    """An action repeated by a later entry (a vacated hearing vacated again): no new change."""
    return any(
        h.status == status and on is not None and h.date == on and _about_compatible(h.about, action.about)
        for h in hearings
    )


def _record(
    h: _Hearing, entry: StateEntry, index: int, action: HearingChangeKind, from_date: dt.date | None
) -> None:
    h.changes.append(
        HearingChange(
            action=action,
            entry_key=entry.key,
            entry_number=entry.entry_number,
            index=index,
            date=h.date,
            time=h.time,
            from_date=from_date,
        )
    )


def _create(
    hearings: list[_Hearing], entry: StateEntry, index: int, action: HearingAction, date: dt.date | None
) -> _Hearing:
    h = _Hearing(
        id=_hearing_id(entry, index),
        about=action.about,
        date=date,
        time=action.time,
        status="scheduled",
        history=[],
        changes=[],
        related=_entry_numbers(entry),
    )
    hearings.append(h)
    return h


def _apply_hearing(hearings: list[_Hearing], entry: StateEntry, index: int, action: HearingAction) -> None:
    if action.action == "set":
        for h in hearings:
            if h.status == "scheduled" and h.date == action.date and _about_compatible(h.about, action.about):
                if h.time is None and action.time is not None:
                    h.time = action.time
                if h.about is None and action.about is not None:
                    h.about = action.about
                return  # set again: the same hearing
        h = _create(hearings, entry, index, action, action.date)
        _record(h, entry, index, "set", None)
        return

    if action.action == "moved":
        found = _find(hearings, entry, action, action.previous_date)
        if found is None:
            if any(
                h.status == "scheduled" and h.date == action.date and _about_compatible(h.about, action.about)
                for h in hearings
            ):
                return  # the move was already applied (a second notice of the same move)
            found = _create(hearings, entry, index, action, action.previous_date)
        elif found.date == action.date and action.date is not None:
            return  # already there: a second notice of the same move
        old = found.date
        found.date = action.date
        if action.time is not None:
            found.time = action.time
        if found.about is None and action.about is not None:
            found.about = action.about
        found.history.append(HearingMove(old, action.date, entry.key, entry.entry_number))
        _record(found, entry, index, "moved", old)
        return

    status: HearingStatus = "vacated" if action.action == "vacated" else "held"
    found = _find(hearings, entry, action, action.date)
    if found is None:
        date = action.date if action.date is not None or status == "vacated" else entry.date_filed
        if _already(hearings, status, date, action):
            return
        found = _create(hearings, entry, index, action, date)
    found.status = status
    if found.about is None and action.about is not None:
        found.about = action.about
    if found.time is None and action.time is not None:
        found.time = action.time
    _record(found, entry, index, "vacated" if status == "vacated" else "held", None)


# ---------------------------------------------------------------------------------------------------- state


def build_state(entries: Iterable[StateEntry]) -> CaseState:
    """The case's state from all its known entries, in any order (duplicates by key ignored)."""
    lines: list[_Line] = []
    hearings: list[_Hearing] = []
    orders: list[OrderRecord] = []
    for entry in dedupe(entries):
        facts = entry.facts
        if facts.from_short_description:
            continue
        if facts.order_type is not None:
            orders.append(
                OrderRecord(
                    entry.key, entry.entry_number, facts.order_type, facts.disposition, entry.date_filed
                )
            )
            _apply_relief(lines, entry)
        for index, action in enumerate(facts.hearings):
            _apply_hearing(hearings, entry, index, action)
    return CaseState(
        reliefs=tuple(line.freeze() for line in lines),
        hearings=tuple(h.freeze() for h in hearings),
        orders=tuple(orders),
    )


def reliefs_in_force(state: CaseState) -> tuple[ReliefLine, ...]:
    return tuple(line for line in state.reliefs if line.posture is not None)


def next_hearing(state: CaseState, today: dt.date) -> Hearing | None:
    """The earliest scheduled hearing dated today or later."""
    upcoming = [
        h for h in state.hearings if h.status == "scheduled" and h.date is not None and h.date >= today
    ]
    if not upcoming:
        return None
    return min(upcoming, key=lambda h: (h.date or dt.date.max, h.time or dt.time.min, h.id))
