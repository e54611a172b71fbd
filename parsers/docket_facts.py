"""The facts a docket entry states (DESIGN.md, `monitor parse`): order types, dispositions, hearing actions.

INTERFACE FROZEN: parsers.docket_text re-exports these; the case state, differ and CLI rely on them.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

log = logging.getLogger(__name__)


OrderType = Literal[
    "temporary_restraining_order",
    "preliminary_injunction",
    "permanent_injunction",
    "class_certification",
    "judgment",
    "dismissal",
    "stay",
    "order_to_show_cause",
    "other_order",
    "scheduling_order",
]
Disposition = Literal["granted", "denied", "granted_in_part", "extended", "dissolved"]
HearingActionKind = Literal["set", "moved", "vacated", "held"]

# Precedence of order types when several fit: the earlier wins (DESIGN.md).
ORDER_TYPES: tuple[str, ...] = get_args(OrderType)
DISPOSITIONS: tuple[str, ...] = get_args(Disposition)


@dataclass(frozen=True)
class HearingAction:
    """One court proceeding that the entry sets, moves, vacates or reports held."""

    action: HearingActionKind
    date: dt.date | None = None  # for "moved": the new date
    time: dt.time | None = None
    previous_date: dt.date | None = None  # "moved" only, when stated
    about: str | None = None  # e.g. "motion for preliminary injunction", "status conference"

    # (compiled, this sets the fields several times faster than the generated frozen __init__, interpreted; the
    # parser builds thousands of these)
    def __init__(self, action: HearingActionKind, date: dt.date | None = None, time: dt.time | None = None,
                 previous_date: dt.date | None = None, about: str | None = None) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "action", action)
        setattr_(self, "date", date)
        setattr_(self, "time", time)
        setattr_(self, "previous_date", previous_date)
        setattr_(self, "about", about)

    def as_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "date": self.date.isoformat() if self.date else None,
            "time": self.time.strftime("%H:%M") if self.time else None,
            "previous_date": self.previous_date.isoformat() if self.previous_date else None,
            "about": self.about,
        }


@dataclass(frozen=True)
class EntryFacts:
    """What one docket entry says. `order_type` is None when the entry records no ruling."""

    order_type: OrderType | None = None
    disposition: Disposition | None = None
    hearings: tuple[HearingAction, ...] = ()
    # docket numbers the text cites in brackets, e.g. "[185]" or "(Dkt. No. 185)", in order of appearance
    refs: tuple[int, ...] = ()
    # True when parsed from an RSS short description only (disposition usually unknown)
    from_short_description: bool = False
    notes: tuple[str, ...] = field(default=())

    def __init__(self, order_type: OrderType | None = None, disposition: Disposition | None = None,
                 hearings: tuple[HearingAction, ...] = (), refs: tuple[int, ...] = (),
                 from_short_description: bool = False, notes: tuple[str, ...] = ()) -> None:
        setattr_ = object.__setattr__  # (as HearingAction's)
        setattr_(self, "order_type", order_type)
        setattr_(self, "disposition", disposition)
        setattr_(self, "hearings", hearings)
        setattr_(self, "refs", refs)
        setattr_(self, "from_short_description", from_short_description)
        setattr_(self, "notes", notes)

    def as_json(self, entry_id: str | None = None) -> dict[str, Any]:
        return {
            "id": entry_id,
            "order_type": self.order_type,
            "disposition": self.disposition,
            "hearings": [h.as_json() for h in self.hearings],
        }


