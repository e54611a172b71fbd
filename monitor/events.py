"""Events: what changed in a case, as the store logs them and `monitor events --json` prints them.

INTERFACE FROZEN. Pure: no I/O. The store adds `id` and `detected_at` when it records an event; `key` is the
stable de-duplication key (re-running a check over the same data never adds an event twice).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

EVENT_KINDS: tuple[str, ...] = (
    "new_entry",
    "order_entered",
    "relief_changed",
    "hearing_set",
    "hearing_moved",
    "hearing_vacated",
    "hearing_held",
    "news",
    "source_failing",
    "source_recovered",
    "now_following",
)

# Importance for digests: lower comes first.
KIND_RANK: Mapping[str, int] = {
    "relief_changed": 0,
    "hearing_moved": 1,
    "hearing_vacated": 1,
    "hearing_set": 2,
    "hearing_held": 2,
    "order_entered": 3,
    "now_following": 4,
    "new_entry": 5,
    "news": 6,
    "source_failing": 7,
    "source_recovered": 7,
}


@dataclass(frozen=True)
class Event:
    key: str  # stable: e.g. "chhoeun-v-marin:new_entry:n190"
    case: str | None  # case id from config; None for source events
    kind: str
    summary: str  # one line of plain text
    entry_number: int | None = None
    data: Mapping[str, Any] = field(default_factory=dict)

    def as_json(self, *, event_id: int, detected_at: str) -> dict[str, Any]:
        return {
            "id": event_id,
            "case": self.case,
            "kind": self.kind,
            "detected_at": detected_at,
            "entry_number": self.entry_number,
            "summary": self.summary,
            "data": dict(self.data),
        }
