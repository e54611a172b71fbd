"""The sources: fetch (through the one fetch policy) and parse; what they return is ingested by `monitor.check`.

- PACER RSS: one request per court per poll serves every watched case in that court.
- CourtListener v4: token from the environment, docket id looked up once, entries polled by date_modified with
  cursor pagination, every call counted against the API budget in the database.
- News: configured RSS/Atom feeds, kept when relevant to a case.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from monitor.config import CaseConfig, Config
from monitor.errors import MonitorError, SourceError, SourceNotConfigured
from monitor.fetch import FetchPolicy, FetchResult, fetch, redact_url
from monitor.store import EntryInput, Store, iso
from parsers import courtlistener as cl_parser
from parsers import news as news_parser
from parsers import pacer_rss
from parsers.docket_numbers import match_key, normalize_docket_number, same_case
from parsers.errors import ParseError
from parsers.records import CLDocketEntry, FeedItem, NewsItem
from parsers.xmlsafety import looks_like_html

log = logging.getLogger(__name__)

CL_API = "courtlistener"
T = TypeVar("T")


class BudgetDeferred(MonitorError):
    """Polling now would exceed the API budget (or the server asked us to wait): try at the next poll."""


@dataclass(frozen=True)
class Env:
    """The I/O a poll needs, passed in so tests hand in fakes."""

    client: httpx.Client
    store: Store
    config: Config
    policy: FetchPolicy
    now: Callable[[], dt.datetime]
    sleep: Callable[[float], None] = time.sleep
    environ: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Polled:
    """What one poll of one source brought, per watched case."""

    entries: Mapping[str, Sequence[EntryInput]] = field(default_factory=dict)
    news: Mapping[str, Sequence[NewsItem]] = field(default_factory=dict)
    not_modified: bool = False
    note: str = ""
    state: dict[str, Any] | None = None  # new source state to save with the ingest (cursors)


def make_policy(config: Config) -> FetchPolicy:
    """The fetch policy that [sources.fetch] and the User-Agent configure."""
    f = config.fetch
    return FetchPolicy(connect_timeout=min(10.0, f.timeout_seconds), read_timeout=f.timeout_seconds,
                       retries=f.retries, max_bytes=f.max_bytes, max_retry_after=f.max_retry_after_seconds,
                       user_agent=config.user_agent)


def _fetch(env: Env, url: str, *, params: Mapping[str, str] | None = None,
           headers: Mapping[str, str] | None = None, conditional: bool = False) -> FetchResult:
    etag, last_modified = env.store.validators(url) if conditional else (None, None)
    return fetch(env.client, url, policy=env.policy, params=params, headers=headers, etag=etag,
                 last_modified=last_modified, sleep=env.sleep, clock=env.now)


def _save_validators(env: Env, url: str, res: FetchResult) -> None:
    if res.etag or res.last_modified:
        env.store.set_validators(url, res.etag, res.last_modified, env.now())


# ---- PACER RSS --------------------------------------------------------------------------------------------


def rss_url(config: Config, court: str) -> str:
    return config.pacer_rss.url.format(court=court)


def matches_case(item: FeedItem, case: CaseConfig) -> bool:
    if case.pacer_case_id and item.pacer_case_id and case.pacer_case_id == item.pacer_case_id:
        return True
    if not item.docket_number:
        return False
    return same_case(item.docket_number, case.docket_number)


def feed_item_to_entry(item: FeedItem, tz: dt.tzinfo) -> EntryInput:
    date = item.published.astimezone(tz).date() if item.published else None
    return EntryInput(source="pacer_rss", entry_number=item.entry_number, date_filed=date,
                      short_description=item.short_description or "", pacer_doc_id=item.pacer_doc_id,
                      pacer_seq_no=item.pacer_seq_no, url=item.url)


def fetch_feed(env: Env, url: str, parse: Callable[[bytes], list[T]], what: str) -> list[T] | None:
    """Fetch (conditionally) and parse a feed; None when not modified. Validators are saved only once the
    body parsed, so a broken response is fetched in full again next time."""
    res = _fetch(env, url, conditional=True)
    if res.not_modified:
        return None
    if looks_like_html(res.content):
        raise SourceError(f"{url}: got an HTML page (login or error page?), not {what}")
    try:
        items = parse(res.content)
    except ParseError as exc:
        raise SourceError(f"{url}: {exc}") from None
    _save_validators(env, url, res)
    return items


def poll_pacer_rss(env: Env, court: str, cases: Sequence[CaseConfig]) -> Polled:
    url = rss_url(env.config, court)
    items = fetch_feed(env, url, lambda b: pacer_rss.parse_feed(b, max_bytes=env.policy.max_bytes), "an RSS feed")
    if items is None:
        return Polled(not_modified=True, note="not modified")
    out: dict[str, list[EntryInput]] = {c.id: [] for c in cases}
    by_key: dict[str | None, list[CaseConfig]] = {}
    by_pacer_id: dict[str, list[CaseConfig]] = {}
    for case in cases:
        by_key.setdefault(match_key(case.docket_number), []).append(case)
        if case.pacer_case_id:
            by_pacer_id.setdefault(case.pacer_case_id, []).append(case)
    for item in items:  # one pass over the feed, whatever the number of watched cases
        candidates = by_key.get(match_key(item.docket_number), []) if item.docket_number else []
        candidates = candidates + by_pacer_id.get(item.pacer_case_id or "", [])
        for case in dict.fromkeys(candidates):
            if matches_case(item, case):
                out[case.id].append(feed_item_to_entry(item, env.config.tz))
    matched = sum(len(v) for v in out.values())
    return Polled(entries=out, note=f"{len(items)} items, {matched} for watched cases")


# ---- CourtListener ----------------------------------------------------------------------------------------


def cl_token(env: Env) -> str:
    name = env.config.courtlistener.token_env
    token = env.environ.get(name, "").strip()
    if not token:
        raise SourceNotConfigured(f"not configured: set the {name} environment variable to an API"
                                  " token (https://www.courtlistener.com/help/api/rest/)")
    return token


def budget_check(env: Env) -> None:
    """Raise BudgetDeferred when one more call would exceed the configured per-minute/hour/day budget."""
    b = env.config.courtlistener.budget
    now = env.now().timestamp()
    for window, limit, label in ((60, b.per_minute, "minute"), (3600, b.per_hour, "hour"),
                                 (86400, b.per_day, "day")):
        used = env.store.api_calls_since(CL_API, now - window)
        if used >= limit:
            oldest = env.store.oldest_api_call_since(CL_API, now - window) or now
            wait = max(1, int(oldest + window - now))
            raise BudgetDeferred(f"courtlistener: API budget used ({used}/{limit} per {label}); next call in {wait} s")


def _cl_get(env: Env, url: str, token: str, params: Mapping[str, str] | None = None) -> FetchResult:
    budget_check(env)
    env.store.record_api_call(CL_API, env.now().timestamp())
    return _fetch(env, url, params=params, headers={"Authorization": f"Token {token}", "Accept": "application/json"})


def cl_docket_number_query(docket_number: str) -> str:
    """CourtListener stores C.D. Cal. numbers like '8:17-cv-01898'; query with the canonical core."""
    return normalize_docket_number(docket_number) or docket_number


def find_cl_docket(env: Env, case: CaseConfig, token: str) -> int:
    base = env.config.courtlistener.url
    url = urllib.parse.urljoin(base, "dockets/")
    params = {"court": case.court, "docket_number": cl_docket_number_query(case.docket_number),
              "fields": "id,docket_number,case_name,pacer_case_id,court_id"}
    res = _cl_get(env, url, token, params)
    try:
        dockets = cl_parser.parse_dockets(res.content)
    except ParseError as exc:
        raise SourceError(f"{redact_url(url)}: {exc}") from None
    for d in dockets:
        if same_case(d.docket_number, case.docket_number):
            return d.cl_id
    raise SourceError(f"courtlistener: no docket {case.docket_number} in court {case.court} "
                      f"(set courtlistener_docket_id in [[cases]] id={case.id!r})")


def cl_entry_to_input(e: CLDocketEntry) -> EntryInput:
    return EntryInput(source="courtlistener", entry_number=e.entry_number, date_filed=e.date_filed,
                      text=e.description, short_description=e.short_description or "",
                      pacer_doc_id=e.pacer_doc_id, pacer_seq_no=e.pacer_seq_no, url=e.url, cl_id=e.cl_id)


def poll_courtlistener(env: Env, case: CaseConfig, source_name: str) -> Polled:
    """One poll of one case: resume a pagination in progress, else ask for entries modified since the mark."""
    token = cl_token(env)
    st = env.store.source(source_name)
    if st.not_before and st.not_before > env.now():
        raise BudgetDeferred(f"courtlistener: server asked to wait until {iso(st.not_before)}")
    state = dict(st.state)
    docket_id = case.courtlistener_docket_id or state.get("docket_id")
    if not docket_id:
        docket_id = find_cl_docket(env, case, token)
        state["docket_id"] = docket_id
        env.store.set_source_state(source_name, state)
    base = env.config.courtlistener.url
    next_url: str | None = state.get("next_url")
    mark: str | None = state.get("modified_mark")
    inputs: list[EntryInput] = []
    pages = 0
    while pages < env.config.courtlistener.max_pages:
        if next_url:
            url, params = next_url, None
        else:
            url = urllib.parse.urljoin(base, "docket-entries/")
            params = {"docket": str(docket_id), "order_by": "date_modified",
                      "omit": "recap_documents__plain_text"}
            if mark:
                params["date_modified__gte"] = mark  # gte: nothing modified within the same second is missed
        try:
            res = _cl_get(env, url, token, params)
        except BudgetDeferred:
            if pages:
                break  # keep what we have; the saved cursor resumes next time
            raise
        pages += 1
        try:
            page = cl_parser.parse_docket_entries(res.content, base)
        except ParseError as exc:
            raise SourceError(f"{redact_url(url)}: {exc}") from None
        for e in page.entries:
            inputs.append(cl_entry_to_input(e))
            if e.date_modified and (mark is None or iso(e.date_modified) > mark):
                mark = iso(e.date_modified)
        next_url = page.next_url
        if not next_url:
            break
    state.update(docket_id=docket_id, next_url=next_url, modified_mark=mark)
    note = f"{len(inputs)} entries in {pages} page{'s' if pages != 1 else ''}"
    if next_url:
        note += " (more next poll)"
    return Polled(entries={case.id: inputs}, note=note, state=state)


# ---- news -------------------------------------------------------------------------------------------------


def poll_news_feed(env: Env, url: str, cases: Sequence[CaseConfig]) -> Polled:
    items = fetch_feed(env, url, lambda b: news_parser.parse_news(b, url, max_bytes=env.policy.max_bytes),
                       "an RSS/Atom feed")
    if items is None:
        return Polled(not_modified=True, note="not modified")
    out: dict[str, list[NewsItem]] = {}
    for case in cases:
        kept = [i for i in items if news_parser.is_relevant(i, keywords=case.news_keywords, case_name=case.name)]
        if kept:
            out[case.id] = kept
    return Polled(news=out, note=f"{len(items)} items, {sum(len(v) for v in out.values())} relevant")
