"""One pass: poll the sources that are due, ingest, record events, queue and send due digests.

Used by `monitor check` (once) and by the daemon (per source on its own interval). Each source is polled and
ingested on its own: one failing source never stops the others, and what one source brought is committed with
its events before the next is polled.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Literal

from monitor.config import CaseConfig, Config
from monitor.digest import SendReport, queue_due_digests, send_queued
from monitor.errors import MonitorError, RateLimited, SourceNotConfigured
from monitor.events import Event
from monitor.ingest import ingest_entries, ingest_news
from monitor.sources import (
    BudgetDeferred,
    Env,
    Polled,
    poll_courtlistener,
    poll_news_feed,
    poll_pacer_rss,
)
from monitor.store import Store, iso
from notifiers.transports import Transport

log = logging.getLogger(__name__)

FAILING_AFTER = 3  # consecutive failed polls before a source_failing event
Status = Literal["ok", "not_modified", "failed", "deferred", "unconfigured", "skipped"]


@dataclass(frozen=True)
class SourceTask:
    name: str  # "pacer_rss:cacd", "courtlistener:chhoeun-v-marin", "news:<url>"
    kind: str  # "pacer_rss" | "courtlistener" | "news"
    every_minutes: float
    cases: tuple[CaseConfig, ...]
    target: str  # court id, case id or feed URL


@dataclass(frozen=True)
class SourceOutcome:
    name: str
    status: Status
    message: str = ""
    new_entries: int = 0
    updated_entries: int = 0
    events: int = 0

    def line(self) -> str:
        if self.status in ("ok", "not_modified"):
            parts = [self.message] if self.message else []
            if self.new_entries or self.updated_entries:
                parts.append(f"{self.new_entries} new, {self.updated_entries} updated entries")
            parts.append(f"{self.events} new events")
            return f"{self.name}: ok ({'; '.join(parts)})"
        return f"{self.name}: {self.status}: {self.message}"


@dataclass
class CheckReport:
    outcomes: list[SourceOutcome] = field(default_factory=list)
    digests_queued: int = 0
    send: SendReport = field(default_factory=SendReport)
    dry_run_subjects: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(o.status == "failed" for o in self.outcomes)


def plan_tasks(config: Config) -> list[SourceTask]:
    tasks: list[SourceTask] = []
    if config.pacer_rss.enabled:
        courts: dict[str, list[CaseConfig]] = {}
        for case in config.cases:
            courts.setdefault(case.court, []).append(case)
        for court, cases in courts.items():
            tasks.append(SourceTask(f"pacer_rss:{court}", "pacer_rss", config.pacer_rss.every_minutes,
                                    tuple(cases), court))
    if config.courtlistener.enabled:
        for case in config.cases:
            tasks.append(SourceTask(f"courtlistener:{case.id}", "courtlistener",
                                    config.courtlistener.every_minutes, (case,), case.id))
    if config.news.enabled:
        for url in config.news.feeds:
            tasks.append(SourceTask(f"news:{url}", "news", config.news.every_minutes, config.cases, url))
    return tasks


def is_due(task: SourceTask, store: Store, now: dt.datetime) -> bool:
    st = store.source(task.name)
    if st.last_attempt is None:
        return True
    return now >= st.last_attempt + dt.timedelta(minutes=task.every_minutes) - dt.timedelta(seconds=1)


def _poll(env: Env, task: SourceTask) -> Polled:
    if task.kind == "pacer_rss":
        return poll_pacer_rss(env, task.target, task.cases)
    if task.kind == "courtlistener":
        return poll_courtlistener(env, task.cases[0], task.name)
    return poll_news_feed(env, task.target, task.cases)


def _failing_event(task: SourceTask, error: str, failures: int, since: dt.datetime | None) -> Event:
    return Event(key=f"source_failing:{task.name}:{iso(since) if since else ''}", case=None, kind="source_failing",
                 summary=f"Source {task.name} failing ({failures} polls in a row): {error}",
                 data={"source": task.name, "error": error, "consecutive_failures": failures})


def _recovered_event(task: SourceTask, since: dt.datetime | None, now: dt.datetime) -> Event:
    return Event(key=f"source_recovered:{task.name}:{iso(since) if since else ''}", case=None,
                 kind="source_recovered", summary=f"Source {task.name} works again",
                 data={"source": task.name, "failing_since": iso(since) if since else None, "recovered_at": iso(now)})


def run_task(env: Env, task: SourceTask) -> SourceOutcome:
    """Poll one source and ingest what it brought. Never raises MonitorError: the outcome says what happened."""
    store, now = env.store, env.now()
    store.record_attempt(task.name, now)
    try:
        polled = _poll(env, task)
    except SourceNotConfigured as exc:
        return SourceOutcome(task.name, "unconfigured", str(exc))
    except BudgetDeferred as exc:
        return SourceOutcome(task.name, "deferred", str(exc))
    except MonitorError as exc:
        not_before = None
        if isinstance(exc, RateLimited):
            wait = exc.retry_after if exc.retry_after is not None else 60.0
            not_before = now + dt.timedelta(seconds=wait)
        message = str(exc)
        st = store.record_failure(task.name, now, message, not_before)
        if st.consecutive_failures >= FAILING_AFTER and not st.failing_reported:
            with store.write():
                store.add_events([_failing_event(task, message, st.consecutive_failures, st.failing_since)], now)
                store.mark_failing_reported(task.name)
        # the summary line says it; the log keeps it for daemons and -v
        log.info("%s failed: %s", task.name, message)
        return SourceOutcome(task.name, "failed", message)
    new = updated = events = 0
    with store.write():
        for case in task.cases:
            if task.kind == "news":
                res = ingest_news(store, case, polled.news.get(case.id, ()), "news", now)
            else:
                # CourtListener's first history may span several polls (pages, budget): all of it is baseline
                backfilling = task.kind == "courtlistener" and not store.has_baseline(case.id, "courtlistener_done")
                res = ingest_entries(store, case, polled.entries.get(case.id, ()), task.kind, now,
                                     backfilling=backfilling)
                if task.kind == "courtlistener" and polled.state is not None and not polled.state.get("next_url"):
                    store.mark_baseline(case.id, "courtlistener_done", now)
            new += res.new_entries
            updated += res.updated_entries
            events += res.events
        before = store.record_success(task.name, now, polled.state)
        if before.failing_reported:
            store.add_events([_recovered_event(task, before.failing_since, now)], now)
    return SourceOutcome(task.name, "not_modified" if polled.not_modified else "ok", polled.note, new, updated, events)


def run_check(env: Env, transport: Transport | None, *, force: bool = False, dry_run: bool = False) -> CheckReport:
    """Poll due sources (all with force), then queue and send due digests (none with dry_run)."""
    report = CheckReport()
    store = env.store
    for task in plan_tasks(env.config):
        if not force and not is_due(task, store, env.now()):
            st = store.source(task.name)
            nxt = st.last_attempt + dt.timedelta(minutes=task.every_minutes) if st.last_attempt else env.now()
            report.outcomes.append(SourceOutcome(task.name, "skipped", f"not due until {iso(nxt)}"))
            continue
        report.outcomes.append(run_task(env, task))
    deliver(env, transport, report, after_poll=True, dry_run=dry_run)
    return report


def deliver(env: Env, transport: Transport | None, report: CheckReport, *, after_poll: bool,
            dry_run: bool = False) -> None:
    now = env.now()
    planned = queue_due_digests(env.config, env.store, now, after_poll=after_poll, dry_run=dry_run)
    if dry_run:
        report.dry_run_subjects.extend(f"{p.subscriber.email}: {p.digest.subject}" for p in planned)
        return
    report.digests_queued += len(planned)
    if transport is not None:
        sent = send_queued(env.store, transport, now)
        report.send.sent += sent.sent
        report.send.queued += sent.queued
        report.send.failed += sent.failed
        report.send.errors.extend(sent.errors)
