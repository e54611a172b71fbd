"""What a digest holds, as the monitor hands it to the renderer. INTERFACE FROZEN.

The monitor decides content and order (sections already sorted by importance, subject already chosen);
`notifiers.render` turns a `Digest` into an email, `notifiers.transports` send it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class DigestItem:
    kind: str  # event kind: new_entry, order_entered, relief_changed, hearing_*, news, source_failing, status
    summary: str  # one line, plain text (untrusted parts included: escape when rendering HTML)
    detail: str | None = None  # longer plain text, e.g. the docket text
    url: str | None = None  # link to the entry/document/article (only http(s) URLs are rendered as links)
    entry_number: int | None = None
    date: str | None = None  # display date, e.g. "2019-01-03"


@dataclass(frozen=True)
class DigestSection:
    title: str  # e.g. "Relief and hearings", "Orders", "New entries", "News", "Where the case stands"
    items: tuple[DigestItem, ...]


@dataclass(frozen=True)
class CaseDigest:
    case_id: str
    case_name: str
    docket_number: str
    court: str
    sections: tuple[DigestSection, ...]
    docket_url: str | None = None


@dataclass(frozen=True)
class Digest:
    to: str  # one recipient address
    sender: str  # From header, e.g. "Docket Monitor <docket-monitor@localhost>"
    subject: str  # untrusted parts included: the renderer strips CR/LF and caps the length
    message_id: str  # "<...@...>", stable: a resend after a crash reuses it
    date: dt.datetime  # timezone-aware
    cases: tuple[CaseDigest, ...]
    intro: str | None = None  # e.g. "Now following Chhoeun v. Marin." for the first digest of a case
    footer: str | None = None  # e.g. how to change the subscription
