"""Ingest what a source brought: merge entries in the store, derive case state before/after, record events.

All of one source's results for one case go in one write transaction with the events they cause, so a crash
mid-check loses nothing: what was committed is done, what was not is fetched again next time.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.config import CaseConfig
from monitor.differ import diff
from monitor.events import Event
from monitor.state import CaseState, StateEntry, build_state
from monitor.store import EntryInput, Store, StoredEntry
from parsers import news as news_parser
from parsers.docket_text import EntryFacts, parse_entry, parse_short_description
from parsers.records import NewsItem

log = logging.getLogger(__name__)

SUMMARY_TEXT_CHARS = 240


@dataclass(frozen=True)
class IngestResult:
    new_entries: int = 0
    updated_entries: int = 0
    events: int = 0
    baseline: bool = False


@functools.lru_cache(maxsize=65536)
def _facts(text: str, short: str, date_filed: dt.date | None, court: str) -> EntryFacts:
    if text.strip():
        return parse_entry(text, date_filed, court)
    return parse_short_description(short)


def entry_facts(e: StoredEntry, court: str) -> EntryFacts:
    """Facts of a stored entry (memoized: state is rebuilt from the same entries on every poll)."""
    return _facts(e.text, e.short_description, e.date_filed, court)


def state_entries(entries: Sequence[StoredEntry], court: str) -> list[StateEntry]:
    return [StateEntry(key=e.key, entry_number=e.entry_number, date_filed=e.date_filed,
                       text=e.text if e.text.strip() else e.short_description, facts=entry_facts(e, court), url=e.url)
            for e in entries]


def case_state(store: Store, case: CaseConfig) -> tuple[CaseState, dict[str, StateEntry]]:
    ses = state_entries(store.entries(case.id), case.court)
    return build_state(ses), {s.key: s for s in ses}


def shorten(text: str, limit: int = SUMMARY_TEXT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def entry_label(number: int | None) -> str:
    return f"Dkt. {number}" if number is not None else "Docket entry (no number)"


def new_entry_event(case: CaseConfig, e: StoredEntry) -> Event:
    text = e.text if e.text.strip() else e.short_description
    return Event(
        key=f"{case.id}:new_entry:{e.key}",
        case=case.id,
        kind="new_entry",
        summary=f"{entry_label(e.entry_number)}: {shorten(text, 160) or '(no description yet)'}",
        entry_number=e.entry_number,
        data={"entry_number": e.entry_number, "date_filed": e.date_filed.isoformat() if e.date_filed else None,
              "text": text, "url": e.url},
    )


def ingest_entries(store: Store, case: CaseConfig, inputs: Sequence[EntryInput], source_kind: str,
                   now: dt.datetime, *, backfilling: bool = False) -> IngestResult:
    """Merge entries and record the events they cause. Call inside `store.write()`.

    The first poll of a case by a source (and a backfill that spans several polls) records history as
    baseline events: logged, never mailed one by one (subscribers get one "now following" digest instead).
    """
    before_entries = store.entries(case.id) if inputs else []  # read only when something may change
    new_keys: list[str] = []
    updated = 0
    for inp in inputs:
        key, change = store.upsert_entry(case.id, inp, now)
        if change == "new":
            new_keys.append(key)
        elif change == "updated":
            updated += 1
    events: list[Event] = []
    if new_keys or updated:  # state is derived only when something changed
        after_entries = store.entries(case.id)
        by_key = {e.key: e for e in after_entries}
        events.extend(new_entry_event(case, by_key[k]) for k in dict.fromkeys(new_keys))
        before_state = build_state(state_entries(before_entries, case.court))
        after_ses = state_entries(after_entries, case.court)
        after_state = build_state(after_ses)
        events.extend(diff(case.id, before_state, after_state, {s.key: s for s in after_ses}))
    baseline = backfilling or not store.has_baseline(case.id, source_kind)
    if baseline and (new_keys or updated):
        events.append(Event(key=f"{case.id}:now_following:{source_kind}", case=case.id, kind="now_following",
                            summary=f"Now following {case.name} through {source_kind}: history recorded "
                                    f"({store.entry_count(case.id)} entries so far)",
                            data={"source": source_kind}))
    ids = store.add_events(events, now, baseline=baseline)
    if baseline:
        store.mark_baseline(case.id, source_kind, now)
    return IngestResult(new_entries=len(set(new_keys)), updated_entries=updated, events=len(ids), baseline=baseline)


def news_event(case: CaseConfig, item: NewsItem, key: str) -> Event:
    return Event(
        key=f"{case.id}:news:{key}",
        case=case.id,
        kind="news",
        summary=shorten(f"{item.title} ({item.source})", 200),
        data={"title": item.title, "url": item.url, "source": item.source,
              "published": item.published.isoformat() if item.published else None},
    )


def ingest_news(store: Store, case: CaseConfig, items: Sequence[NewsItem], source_kind: str,
                now: dt.datetime) -> IngestResult:
    """Record stories not seen before (the same story from several feeds once). Call inside `store.write()`."""
    events: list[Event] = []
    for item in items:
        keys = news_parser.story_keys(item)
        if not keys or store.known_story(case.id, keys):
            continue
        store.add_story(case.id, keys, item.title, item.url, item.source, item.published, now)
        events.append(news_event(case, item, keys[0]))
    baseline = not store.has_baseline(case.id, source_kind)
    ids = store.add_events(events, now, baseline=baseline)
    if baseline:
        store.mark_baseline(case.id, source_kind, now)
    return IngestResult(events=len(ids), baseline=baseline)
