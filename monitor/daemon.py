"""`monitor run`: the daemon. Each source on its own interval, digests on time, one pass at a time.

APScheduler 3.11 (jobs in memory; what was sent is tracked in our own database). One worker thread, so the
store's connection is used by one thread at a time. SIGTERM/SIGINT let the pass under way finish, then exit 0.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any, TextIO

import httpx
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from monitor.check import CheckReport, SourceTask, deliver, plan_tasks, run_task
from monitor.config import Config
from monitor.fetch import FetchPolicy, make_client
from monitor.sources import Env, make_policy
from monitor.store import Store
from notifiers.transports import Transport

log = logging.getLogger(__name__)

DIGEST_EVERY_SECONDS = 60
MISFIRE_GRACE_SECONDS = 300


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def run_daemon(config: Config, transport: Transport, *, out: TextIO, client: httpx.Client | None = None,
               stop: threading.Event | None = None, now: Callable[[], dt.datetime] = _now,
               install_signals: bool = True, digest_every_seconds: float = DIGEST_EVERY_SECONDS) -> int:
    stop = stop or threading.Event()
    store = Store(config.database)
    try:
        store.acquire_lock("monitor run")
        policy: FetchPolicy = make_policy(config)
        own_client = client is None
        http = client or make_client(policy)
        env = Env(client=http, store=store, config=config, policy=policy, now=now, environ=dict(os.environ))
        unconfigured_reported: set[str] = set()

        def poll(task: SourceTask) -> None:
            if stop.is_set():
                return
            try:
                outcome = run_task(env, task)
                if outcome.status == "unconfigured":
                    if task.name not in unconfigured_reported:
                        unconfigured_reported.add(task.name)
                        print(outcome.line(), file=out, flush=True)
                else:
                    print(outcome.line(), file=out, flush=True)
                report = CheckReport()
                deliver(env, transport, report, after_poll=True)
                if report.send.sent or report.send.errors:
                    print(f"digests: {report.send.sent} sent, {report.send.queued} queued", file=out, flush=True)
            except Exception:  # a bug must not kill the daemon; the next run retries
                log.exception("poll of %s crashed", task.name)

        def digests() -> None:
            if stop.is_set():
                return
            try:
                report = CheckReport()
                deliver(env, transport, report, after_poll=False)
                if report.send.sent:
                    print(f"digests: {report.send.sent} sent", file=out, flush=True)
            except Exception:
                log.exception("digest pass crashed")

        scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_SECONDS},
            timezone=config.tz,
        )
        start = now()
        for task in plan_tasks(config):
            scheduler.add_job(poll, IntervalTrigger(seconds=task.every_minutes * 60, timezone=config.tz),
                              args=[task], id=task.name, name=task.name, next_run_time=start)
        scheduler.add_job(digests, IntervalTrigger(seconds=digest_every_seconds, timezone=config.tz),
                          id="digests", name="digests")

        previous: dict[signal.Signals, Any] = {}
        if install_signals and threading.current_thread() is threading.main_thread():
            def handle(signum: int, frame: FrameType | None) -> None:
                log.info("signal %s: finishing the pass under way", signum)
                stop.set()

            for sig in (signal.SIGTERM, signal.SIGINT):
                previous[sig] = signal.signal(sig, handle)
        print(f"monitor run: {len(plan_tasks(config))} sources, database {config.database}", file=out, flush=True)
        scheduler.start()
        try:
            while not stop.wait(0.5):
                pass
        finally:
            scheduler.shutdown(wait=True)  # the pass under way finishes
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            if own_client:
                http.close()
        print("monitor run: stopped", file=out, flush=True)
        return 0
    finally:
        store.close()
