"""The command line: `monitor check|run|status|events|hearings|timeline|parse|parse-feed`.

The one place that configures logging and turns errors into one line on stderr and an exit code:
0 fine, 1 some source failed (or a runtime error), 2 usage or config error, 3 the database's lock is held.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from monitor.config import CaseConfig, Config, load_config
from monitor.errors import ConfigError, MonitorError, UsageError
from monitor.fetch import make_client
from monitor.sources import make_policy
from monitor.store import Store
from notifiers.errors import DeliveryError
from notifiers.transports import FileTransport, SmtpTransport, Transport
from parsers.errors import ParseError

log = logging.getLogger("monitor")


# ---- wiring -----------------------------------------------------------------------------------------------


def make_transport(config: Config, environ: dict[str, str] | os._Environ[str]) -> Transport:
    e = config.email
    if e.transport == "file":
        return FileTransport(e.outbox)
    password = environ.get(e.password_env) if e.username else None
    if e.username and not password:
        raise ConfigError(f"{config.path}: email.password_env: environment variable {e.password_env} is not set"
                          f" (needed for SMTP user {e.username!r})")
    return SmtpTransport(e.host, e.port, security=e.security, username=e.username or None,  # type: ignore[arg-type]
                         password=password, timeout=e.timeout_seconds)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def open_store(config: Config) -> Store:
    return Store(config.database)


def select_cases(config: Config, case_id: str | None) -> list[CaseConfig]:
    if case_id is None:
        return list(config.cases)
    return [config.case(case_id)]


# ---- commands ---------------------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from monitor.check import run_check
    from monitor.sources import Env

    config = load_config(args.config)
    transport = None if args.dry_run else make_transport(config, os.environ)
    store = open_store(config)
    try:
        store.acquire_lock("monitor check")
        policy = make_policy(config)
        with make_client(policy) as client:
            env = Env(client=client, store=store, config=config, policy=policy, now=now_utc,
                      environ=dict(os.environ))
            report = run_check(env, transport, force=args.force, dry_run=args.dry_run)
    finally:
        store.close()
    for o in report.outcomes:
        print(o.line(), file=out)
    if args.dry_run:
        print(f"dry run: {len(report.dry_run_subjects)} digest(s) would be sent, nothing sent", file=out)
        for subject in report.dry_run_subjects:
            print(f"  {subject}", file=out)
    else:
        s = report.send
        line = f"digests: {report.digests_queued} new, {s.sent} sent"
        if s.queued:
            line += f", {s.queued} still queued (will retry next run)"
        if s.failed:
            line += f", {s.failed} refused"
        print(line, file=out)
        for err in s.errors:
            print(f"  delivery: {err}", file=out)
    return 1 if report.failed else 0


def cmd_run(args: argparse.Namespace, out: TextIO) -> int:
    from monitor.daemon import run_daemon

    config = load_config(args.config)
    transport = make_transport(config, os.environ)
    return run_daemon(config, transport, out=out)


def _fmt_time(t: dt.datetime | None, tz: dt.tzinfo) -> str:
    return t.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z") if t else "never"


def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    from monitor.check import plan_tasks
    from monitor.differ import fmt_date, fmt_time, hearing_name
    from monitor.ingest import case_state
    from monitor.state import next_hearing, reliefs_in_force

    config = load_config(args.config)
    tz = config.tz
    store = open_store(config)
    try:
        print("Sources:", file=out)
        known = {s.name: s for s in store.sources()}
        for task in plan_tasks(config):
            st = known.get(task.name)
            if st is None:
                print(f"  {task.name}: never polled", file=out)
                continue
            line = (f"  {task.name}: last success {_fmt_time(st.last_success, tz)};"
                    f" consecutive failures {st.consecutive_failures}")
            if st.last_error:
                line += f"; last error {_fmt_time(st.last_error_at, tz)}: {st.last_error}"
            if st.not_before:
                line += f"; waiting until {_fmt_time(st.not_before, tz)}"
            print(line, file=out)
        today = now_utc().astimezone(tz).date()
        print("Cases:", file=out)
        for case in select_cases(config, getattr(args, "case", None)):
            state, _ = case_state(store, case)
            print(f"  {case.name} ({case.court} {case.docket_number}): {store.entry_count(case.id)} entries", file=out)
            reliefs = reliefs_in_force(state)
            if not reliefs:
                print("    reliefs in force: none", file=out)
            for line_ in reliefs:
                print(f"    in force: {line_.posture} (line started by Dkt. {line_.started_by}; {line_.subject})",
                      file=out)
            h = next_hearing(state, today)
            if h is None:
                print("    next hearing: none scheduled", file=out)
            else:
                when = fmt_date(h.date) + (f" at {fmt_time(h.time)}" if h.time else "")
                print(f"    next hearing: {hearing_name(h.about)} on {when}", file=out)
        queued = [d for d in store.deliveries(200) if d.status == "queued"]
        if queued:
            print(f"Outbox: {len(queued)} digest(s) queued; last error: {queued[0].last_error}", file=out)
    finally:
        store.close()
    return 0


def cmd_events(args: argparse.Namespace, out: TextIO) -> int:
    config = load_config(args.config)
    if args.case:
        config.case(args.case)
    since = None
    if args.since:
        try:
            since = dt.date.fromisoformat(args.since).isoformat()
        except ValueError:
            raise UsageError(f"--since: expected a date YYYY-MM-DD (got {args.since!r})") from None
    store = open_store(config)
    try:
        for se in store.events(args.case, since):
            if args.json:
                print(json.dumps(se.event.as_json(event_id=se.id, detected_at=se.detected_at), ensure_ascii=False),
                      file=out)
            else:
                print(f"{se.detected_at}  {se.event.case or '-':<20} {se.event.kind:<16} {se.event.summary}",
                      file=out)
    finally:
        store.close()
    return 0


def cmd_hearings(args: argparse.Namespace, out: TextIO) -> int:
    from monitor.differ import fmt_date, fmt_time, hearing_name
    from monitor.ics import hearings_to_ics
    from monitor.ingest import case_state

    config = load_config(args.config)
    cases = select_cases(config, args.case)
    today = now_utc().astimezone(config.tz).date()
    if args.from_date:
        try:
            today = dt.date.fromisoformat(args.from_date)
        except ValueError:
            raise UsageError(f"--from: expected a date YYYY-MM-DD (got {args.from_date!r})") from None
    store = open_store(config)
    calendars: list[bytes] = []
    try:
        for case in cases:
            state, _ = case_state(store, case)
            upcoming = sorted((h for h in state.hearings if h.date is not None and h.date >= today),
                              key=lambda h: (h.date or today, h.time or dt.time.min, h.id))
            for h in upcoming:
                when = fmt_date(h.date) + (f" {fmt_time(h.time)}" if h.time else "")
                moved = f" (moved {len(h.history)}x)" if h.history else ""
                print(f"{when:<28} {h.status:<10} {case.name}: {hearing_name(h.about)}{moved}", file=out)
            if args.ics:
                calendars.append(hearings_to_ics(case.id, case.name, case.docket_number, upcoming,
                                                 tz=config.timezone, court=case.court))
    finally:
        store.close()
    if args.ics:
        data = calendars[0] if len(calendars) == 1 else _merge_calendars(calendars)
        path = Path(args.ics)
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise UsageError(f"--ics {path}: cannot write: {exc.strerror}") from None
        print(f"wrote {path}", file=sys.stderr)
    return 0


def _merge_calendars(calendars: Sequence[bytes]) -> bytes:
    import icalendar

    merged = icalendar.Calendar.from_ical(calendars[0])
    seen = {str(c.get("TZID")) for c in merged.walk("VTIMEZONE")}
    for raw in calendars[1:]:
        cal = icalendar.Calendar.from_ical(raw)
        for comp in cal.subcomponents:
            if comp.name == "VTIMEZONE":
                if str(comp.get("TZID")) in seen:
                    continue
                seen.add(str(comp.get("TZID")))
            merged.add_component(comp)
    return bytes(merged.to_ical())


def cmd_timeline(args: argparse.Namespace, out: TextIO) -> int:
    from monitor.ingest import entry_facts

    config = load_config(args.config)
    case = config.case(args.case)
    store = open_store(config)
    try:
        for e in store.entries(case.id):
            facts = entry_facts(e, case.court)
            head = f"{e.date_filed or '????-??-??'}  Dkt. {e.entry_number if e.entry_number is not None else '-'}"
            text = " ".join((e.text or e.short_description).split())
            print(f"{head}  {text[:300]}", file=out)
            understood: list[str] = []
            if facts.order_type:
                understood.append(f"order: {facts.order_type}" + (f", {facts.disposition}" if facts.disposition
                                                                   else ""))
            for h in facts.hearings:
                j = h.as_json()
                understood.append(f"hearing {j['action']}: {j['about'] or '?'} {j['date'] or ''} {j['time'] or ''}"
                                  + (f" (from {j['previous_date']})" if j["previous_date"] else ""))
            if facts.from_short_description:
                understood.append("(short description only; full text not yet known)")
            for u in understood:
                print(f"    -> {' '.join(u.split())}", file=out)
    finally:
        store.close()
    return 0


def cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    from parsers.docket_text import parse_entry

    for lineno, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        if args.jsonl:
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    raise ValueError("expected an object with a string 'text'")
                date_filed = dt.date.fromisoformat(obj["date_filed"]) if obj.get("date_filed") else None
            except (ValueError, TypeError) as exc:
                raise UsageError(f"stdin line {lineno}: {exc}") from None
            facts = parse_entry(obj["text"], date_filed, obj.get("court"))
            print(json.dumps(facts.as_json(obj.get("id")), ensure_ascii=False), file=out)
        else:
            facts = parse_entry(line.strip())
            print(json.dumps(facts.as_json(None) | {"id": lineno}, ensure_ascii=False), file=out)
    return 0


def cmd_parse_feed(args: argparse.Namespace, out: TextIO) -> int:
    from parsers.pacer_rss import parse_feed

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        items = parse_feed(data)
    except ParseError as exc:
        raise MonitorError(f"{path}: {exc}") from None
    for item in items:
        print(json.dumps(item.as_json(), ensure_ascii=False), file=out)
    return 0


# ---- argument parsing -------------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, exit 2
        self.exit(2, f"monitor: error: {message} (see 'monitor --help')\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--config", default="config.toml", help="config file (default: ./config.toml)")
    common.add_argument("-v", "--verbose", action="count", default=0, help="more logging on stderr (-vv: debug)")
    p = _Parser(prog="monitor", description="Watches federal court dockets and emails digests to lawyers.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("check", parents=[common], help="one pass: poll due sources, send due digests")
    c.add_argument("--force", action="store_true", help="poll every enabled source, due or not")
    c.add_argument("--dry-run", action="store_true", help="poll and record, but queue and send nothing")
    c.set_defaults(func=cmd_check)
    sub.add_parser("run", parents=[common], help="the daemon").set_defaults(func=cmd_run)
    s = sub.add_parser("status", parents=[common], help="sources and cases at a glance")
    s.set_defaults(func=cmd_status)
    e = sub.add_parser("events", parents=[common], help="the event log")
    e.add_argument("--case")
    e.add_argument("--since", help="YYYY-MM-DD")
    e.add_argument("--json", action="store_true", help="one JSON object a line")
    e.set_defaults(func=cmd_events)
    h = sub.add_parser("hearings", parents=[common], help="hearings dated today or later")
    h.add_argument("--case")
    h.add_argument("--ics", metavar="FILE", help="also write them as an iCalendar file")
    h.add_argument("--from", dest="from_date", metavar="DATE", help="list hearings from DATE on (default: today)")
    h.set_defaults(func=cmd_hearings)
    t = sub.add_parser("timeline", parents=[common], help="a case's entries with what was understood of each")
    t.add_argument("case")
    t.set_defaults(func=cmd_timeline)
    pa = sub.add_parser("parse", parents=[common], help="docket text from stdin -> facts")
    pa.add_argument("--jsonl", action="store_true", help='input lines {"id","text","date_filed","court"}')
    pa.set_defaults(func=cmd_parse)
    pf = sub.add_parser("parse-feed", parents=[common], help="parse a saved PACER RSS feed")
    pf.add_argument("file")
    pf.set_defaults(func=cmd_parse_feed)
    return p


def setup_logging(verbosity: int) -> None:
    level = logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if verbosity < 2:
        logging.getLogger("httpx").setLevel(logging.WARNING)
        logging.getLogger("apscheduler").setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    out = out or sys.stdout
    try:
        code: int = args.func(args, out)
        return code
    except MonitorError as exc:
        print(f"monitor: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except DeliveryError as exc:
        print(f"monitor: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("monitor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
