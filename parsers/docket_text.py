"""Understanding docket text: order type, disposition and hearing actions (DESIGN.md, `monitor parse`).

Pure: text (and the entry's date_filed, to complete years) in, an `EntryFacts` out.

INTERFACE FROZEN: other modules (case state, differ, CLI) rely on the dataclasses and the two functions
`parse_entry` and `parse_short_description`; the implementation behind them is free to change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

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
ORDER_TYPES: tuple[str, ...] = (
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
)
DISPOSITIONS: tuple[str, ...] = ("granted", "denied", "granted_in_part", "extended", "dissolved")


@dataclass(frozen=True)
class HearingAction:
    """One court proceeding that the entry sets, moves, vacates or reports held."""

    action: HearingActionKind
    date: dt.date | None = None  # for "moved": the new date
    time: dt.time | None = None
    previous_date: dt.date | None = None  # "moved" only, when stated
    about: str | None = None  # e.g. "motion for preliminary injunction", "status conference"

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

    def as_json(self, entry_id: str | None = None) -> dict[str, Any]:
        return {
            "id": entry_id,
            "order_type": self.order_type,
            "disposition": self.disposition,
            "hearings": [h.as_json() for h in self.hearings],
        }


def parse_entry(text: str, date_filed: dt.date | None = None, court: str | None = None) -> EntryFacts:
    """Full docket text -> facts. Never raises on any str input; bounded time (no regex backtracking)."""
    return EntryFacts()  # placeholder until the docket-text parser lands


def parse_short_description(short: str) -> EntryFacts:
    """An RSS short description ("Order on Motion for TRO") -> what can be said (type, rarely disposition)."""
    return EntryFacts(from_short_description=True)
