"""Records the parsers return. INTERFACE FROZEN: the monitor's sources and store rely on these fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FeedItem:
    """One <item> of a PACER CM/ECF RSS feed (the `monitor parse-feed` contract)."""

    docket_number: str | None  # as written in the title, e.g. "8:17-cv-01898-CJC-GJS"
    case_name: str | None
    pacer_case_id: str | None
    entry_number: int | None
    short_description: str | None
    pacer_doc_id: str | None
    pacer_seq_no: int | None
    published: dt.datetime | None  # timezone-aware, UTC
    url: str | None  # link to the document when given, else the item's link
    guid: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "docket_number": self.docket_number,
            "case_name": self.case_name,
            "pacer_case_id": self.pacer_case_id,
            "entry_number": self.entry_number,
            "short_description": self.short_description,
            "pacer_doc_id": self.pacer_doc_id,
            "pacer_seq_no": self.pacer_seq_no,
            "published": self.published.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
            if self.published
            else None,
            "url": self.url,
            "guid": self.guid,
        }


@dataclass(frozen=True)
class CLDocketEntry:
    """One CourtListener v4 docket-entry."""

    cl_id: int
    entry_number: int | None
    date_filed: dt.date | None
    description: str  # the long docket text ("" when CourtListener has only a stub)
    short_description: str | None  # from the first recap_document, when present
    pacer_doc_id: str | None
    pacer_seq_no: int | None
    date_modified: dt.datetime | None
    url: str | None  # absolute URL of the first document on CourtListener, else None


@dataclass(frozen=True)
class CLPage:
    entries: tuple[CLDocketEntry, ...]
    next_url: str | None


@dataclass(frozen=True)
class CLDocket:
    cl_id: int
    docket_number: str
    case_name: str
    pacer_case_id: str | None
    court: str


@dataclass(frozen=True)
class NewsItem:
    title: str
    url: str
    source: str  # the outlet or feed title
    published: dt.datetime | None  # UTC
    summary: str  # plain text, tags stripped
    guid: str | None
