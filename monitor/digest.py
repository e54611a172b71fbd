"""The outbox: events x subscribers -> digests due -> queued (recorded) -> sent.

A digest is rendered and recorded in the database, with the events it carries, in one transaction BEFORE it is
sent. Sending then marks it sent. A transient failure (refused connection, 4xx) leaves it queued for the next
run; a crash between "sent" and "recorded" resends it once, byte for byte, with the same Message-ID.
"""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage

from monitor.config import CaseConfig, Config, Subscriber
from monitor.differ import fmt_date, fmt_time, hearing_name, subject_phrase
from monitor.events import KIND_RANK, Event
from monitor.ingest import case_state, entry_label, shorten
from monitor.state import reliefs_in_force
from monitor.store import Store, StoredEntry, StoredEvent
from notifiers.errors import PermanentDeliveryError, TransientDeliveryError
from notifiers.model import CaseDigest, Digest, DigestItem, DigestSection
from notifiers.render import MESSAGE_POLICY, render_digest
from notifiers.transports import DeliveryConfigError, Transport

log = logging.getLogger(__name__)

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Relief and hearings", ("relief_changed", "hearing_moved", "hearing_vacated", "hearing_set", "hearing_held")),
    ("Orders", ("order_entered",)),
    ("New docket entries", ("new_entry",)),
    ("News", ("news",)),
    ("Monitoring", ("source_failing", "source_recovered")),
)
RELIEF_NAMES = {
    "temporary_restraining_order": "Temporary restraining order",
    "preliminary_injunction": "Preliminary injunction",
    "permanent_injunction": "Permanent injunction",
}
MAX_ITEMS_PER_SECTION = 200


@dataclass(frozen=True)
class PlannedDigest:
    subscriber: Subscriber
    digest: Digest
    event_ids: tuple[int, ...]
    welcomed_cases: tuple[str, ...]
    message: bytes = field(repr=False, default=b"")


@dataclass
class SendReport:
    sent: int = 0
    queued: int = 0  # still queued after a transient failure
    failed: int = 0  # permanent failures
    errors: list[str] = field(default_factory=list)


# ---- when digests are due -------------------------------------------------------------------------------


def last_slot(sub: Subscriber, now: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """The latest scheduled send time at or before `now` for a daily/weekly subscriber."""
    local = now.astimezone(tz)
    slot = dt.datetime.combine(local.date(), sub.send_at, tzinfo=tz)
    if slot > local:
        slot -= dt.timedelta(days=1)
    if sub.frequency == "weekly":
        while slot.weekday() != sub.weekday:
            slot -= dt.timedelta(days=1)
    return slot


def is_due(sub: Subscriber, store: Store, now: dt.datetime, tz: dt.tzinfo, *, after_poll: bool) -> bool:
    if sub.frequency == "immediate":
        return after_poll
    last = store.last_digest_at(sub.email)
    slot = last_slot(sub, now, tz)
    return last is None or last < slot


# ---- building -------------------------------------------------------------------------------------------


def event_item(ev: Event, entries: Mapping[int, StoredEntry] | None = None) -> DigestItem:
    """One line of a digest. Entry-related items link to the entry and show its text as known now (a stub's
    full text may have arrived since the event was recorded)."""
    data = ev.data
    url = data.get("url") if isinstance(data.get("url"), str) else None
    stored = entries.get(ev.entry_number) if entries is not None and ev.entry_number is not None else None
    summary, detail = ev.summary, None
    date = str(data.get("date_filed") or data.get("published") or data.get("date") or "")[:10] or None
    if stored is not None:
        url = url or stored.url
        date = date if ev.kind != "order_entered" else (stored.date_filed.isoformat() if stored.date_filed else None)
    if ev.kind == "new_entry":
        text = str(data.get("text") or "")
        if stored is not None and len(stored.text.strip()) > len(text.strip()):
            text = stored.text
            summary = f"{entry_label(ev.entry_number)}: {shorten(text, 160)}"
        detail = text if len(text) > 160 else None
    return DigestItem(kind=ev.kind, summary=summary, detail=detail, url=url, entry_number=ev.entry_number,
                      date=date)


def status_items(store: Store, case: CaseConfig, today: dt.date) -> tuple[DigestItem, ...]:
    """Where the case stands: reliefs in force, hearings ahead, the last entries, recent news."""
    state, entries = case_state(store, case)
    items: list[DigestItem] = []
    for line in reliefs_in_force(state):
        name = RELIEF_NAMES.get(line.posture or "", line.posture or "Relief")
        items.append(DigestItem(kind="status", summary=f"In force: {name} ({entry_label(line.started_by)}"
                                f"{', ' + line.subject if line.subject else ''})"))
    if not reliefs_in_force(state):
        items.append(DigestItem(kind="status", summary="No injunctive relief in force on the docket."))
    upcoming = sorted((h for h in state.hearings if h.date and h.date >= today and h.status == "scheduled"),
                      key=lambda h: (h.date or today, h.time or dt.time.min))
    for h in upcoming[:3]:
        when = fmt_date(h.date) + (f" at {fmt_time(h.time)}" if h.time else "")
        items.append(DigestItem(kind="status", summary=f"Next: {hearing_name(h.about)} on {when}",
                                date=h.date.isoformat() if h.date else None))
    if not upcoming:
        items.append(DigestItem(kind="status", summary="No hearing scheduled ahead."))
    stored = store.entries(case.id)
    for e in sorted(stored, key=lambda s: (s.date_filed or dt.date.min, s.entry_number or 0))[-5:][::-1]:
        text = e.text if e.text.strip() else e.short_description
        items.append(DigestItem(kind="new_entry", summary=f"{entry_label(e.entry_number)}: {shorten(text, 160)}",
                                url=e.url, entry_number=e.entry_number,
                                date=e.date_filed.isoformat() if e.date_filed else None))
    for title, url, source, published in store.recent_news(case.id, 3):
        items.append(DigestItem(kind="news", summary=f"{title} ({source})", url=url, date=(published or "")[:10]))
    return tuple(items)


def sections_for(events: Sequence[Event],
                 entries: Mapping[int, StoredEntry] | None = None) -> tuple[DigestSection, ...]:
    out: list[DigestSection] = []
    for title, kinds in SECTIONS:
        evs = sorted((e for e in events if e.kind in kinds),
                     key=lambda e: (KIND_RANK.get(e.kind, 9), e.entry_number if e.entry_number is not None else 1 << 30))
        if evs:
            out.append(DigestSection(title, tuple(event_item(e, entries) for e in evs[:MAX_ITEMS_PER_SECTION])))
    return tuple(out)


def _entries_phrase(events: Sequence[Event]) -> str:
    entries = [e for e in events if e.kind == "new_entry"]
    news = [e for e in events if e.kind == "news"]
    if len(entries) == 1:
        text = str(entries[0].data.get("text") or "")
        phrase = f"{entry_label(entries[0].entry_number)}: {shorten(text, 70)}"
    elif entries:
        phrase = f"{len(entries)} new docket entries"
    elif len(news) == 1:
        phrase = f"News: {shorten(str(news[0].data.get('title') or news[0].summary), 80)}"
    elif news:
        phrase = f"{len(news)} news articles"
    else:
        phrase = ""
    return phrase


def make_subject(case_names: Sequence[str], events: Sequence[Event], welcomed: bool) -> str:
    """"[Case] biggest change; next biggest": relief and hearings first, then orders, then entries and news."""
    prefix = f"[{case_names[0]}" + (f" +{len(case_names) - 1}" if len(case_names) > 1 else "") + "]"
    major = [e for e in events if KIND_RANK.get(e.kind, 99) < KIND_RANK["now_following"]]
    if major:
        phrase = subject_phrase(major)
    else:
        phrase = _entries_phrase(events)
        if not phrase and events:
            phrase = shorten(events[0].summary, 100)
    if welcomed:
        phrase = "Now following" + (f"; {phrase}" if phrase else "")
    return f"{prefix} {phrase or 'Docket update'}"


def message_id(email_addr: str) -> str:
    tag = hashlib.sha256(email_addr.encode()).hexdigest()[:8]
    return f"<{uuid.uuid4().hex}.{tag}@docket-monitor>"


def plan_digest(config: Config, store: Store, sub: Subscriber, now: dt.datetime) -> PlannedDigest | None:
    """What `sub` should get now, or None. Reads only (subscriptions must exist)."""
    tz = config.tz
    today = now.astimezone(tz).date()
    cases = [c for c in config.cases if sub.follows(c.id)]
    case_digests: list[CaseDigest] = []
    all_events: list[StoredEvent] = []
    welcomed: list[str] = []
    min_since: int | None = None
    for case in cases:
        sub_row = store.subscription(sub.email, case.id)
        if sub_row is None:
            continue
        since, was_welcomed = sub_row
        min_since = since if min_since is None else min(min_since, since)
        pending = [e for e in store.pending_events(sub.email, [case.id], since) if sub.wants(e.event.kind)]
        welcome = not was_welcomed and store.entry_count(case.id) > 0
        by_number = {e.entry_number: e for e in store.entries(case.id) if e.entry_number is not None} \
            if pending else {}
        sections = list(sections_for([e.event for e in pending], by_number))
        if welcome:
            sections.insert(0, DigestSection("Where the case stands", status_items(store, case, today)))
            welcomed.append(case.id)
        if sections:
            case_digests.append(CaseDigest(case_id=case.id, case_name=case.name, docket_number=case.docket_number,
                                           court=case.court, sections=tuple(sections)))
            all_events.extend(pending)
    if min_since is not None:
        source_events = [e for e in store.pending_events(sub.email, [None], min_since) if sub.wants(e.event.kind)]
        if source_events:
            sec = sections_for([e.event for e in source_events])
            if case_digests:
                first = case_digests[0]
                case_digests[0] = CaseDigest(first.case_id, first.case_name, first.docket_number, first.court,
                                             first.sections + sec, first.docket_url)
            else:
                c = cases[0]
                case_digests.append(CaseDigest(c.id, c.name, c.docket_number, c.court, sec))
            all_events.extend(source_events)
    if not case_digests:
        return None
    events = [e.event for e in sorted(all_events, key=lambda e: e.id)]
    subject = make_subject([c.case_name for c in case_digests], events, bool(welcomed))
    intro = None
    if welcomed:
        names = ", ".join(c.name for c in cases if c.id in welcomed)
        intro = (f"Now following {names}. Its history is recorded; from now on you get what is new. "
                 "Below: where the case stands.")
    digest = Digest(to=sub.email, sender=config.email.sender, subject=subject, message_id=message_id(sub.email),
                    date=now, cases=tuple(case_digests), intro=intro,
                    footer=f"You receive this {sub.frequency} digest because {sub.email} is subscribed in "
                           f"{config.path.name}. Docket text is reproduced from public court records.")
    message = render_digest(digest).as_bytes()
    return PlannedDigest(subscriber=sub, digest=digest, event_ids=tuple(e.id for e in all_events),
                         welcomed_cases=tuple(welcomed), message=message)


def ensure_subscriptions(config: Config, store: Store, now: dt.datetime) -> None:
    with store.write():
        for sub in config.subscribers:
            for case in config.cases:
                if sub.follows(case.id):
                    store.ensure_subscription(sub.email, case.id, now)


class _Rollback(Exception):
    pass


def queue_due_digests(config: Config, store: Store, now: dt.datetime, *, after_poll: bool,
                      dry_run: bool = False) -> list[PlannedDigest]:
    """Build and record the digests that are due. With dry_run, build only: nothing is recorded."""
    if dry_run:
        planned: list[PlannedDigest] = []
        try:
            with store.write():  # plan as a real run would, then roll everything back
                planned = _queue(config, store, now, after_poll=after_poll)
                raise _Rollback
        except _Rollback:
            pass
        return planned
    return _queue(config, store, now, after_poll=after_poll)


def _queue(config: Config, store: Store, now: dt.datetime, *, after_poll: bool) -> list[PlannedDigest]:
    ensure_subscriptions(config, store, now)
    planned: list[PlannedDigest] = []
    for sub in config.subscribers:
        if not is_due(sub, store, now, config.tz, after_poll=after_poll):
            continue
        plan = plan_digest(config, store, sub, now)
        with store.write():
            if sub.frequency != "immediate":
                store.set_last_digest_at(sub.email, now)  # this slot is done, even with nothing to send
            if plan is None:
                continue
            planned.append(plan)
            store.queue_delivery(sub.email, plan.digest.message_id, plan.digest.subject, plan.message,
                                 plan.event_ids, now)
            for case_id in plan.welcomed_cases:
                store.mark_welcomed(sub.email, case_id)
            store.set_last_digest_at(sub.email, now)
    return planned


def send_queued(store: Store, transport: Transport, now: dt.datetime) -> SendReport:
    """Send every queued digest; each result is recorded right after its own send."""
    report = SendReport()
    for d in store.queued_deliveries():
        msg = email.message_from_bytes(d.message, policy=MESSAGE_POLICY)
        assert isinstance(msg, EmailMessage)
        try:
            transport.send(msg)
        except TransientDeliveryError as exc:
            store.mark_delivery(d.id, "queued", now, str(exc))
            report.queued += 1
            report.errors.append(f"{d.email}: {exc}")
            log.warning("digest to %s stays queued: %s", d.email, exc)
        except DeliveryConfigError as exc:  # our settings are wrong, not the digest: keep it queued
            store.mark_delivery(d.id, "queued", now, str(exc))
            report.queued += 1
            report.errors.append(f"{d.email}: {exc}")
            log.error("digest to %s stays queued (fix the [email] settings): %s", d.email, exc)
        except PermanentDeliveryError as exc:
            store.mark_delivery(d.id, "failed", now, str(exc))
            report.failed += 1
            report.errors.append(f"{d.email}: {exc}")
            log.error("digest to %s refused: %s", d.email, exc)
        else:
            store.mark_delivery(d.id, "sent", now)
            report.sent += 1
            log.info("digest sent to %s: %s", d.email, d.subject)
    return report
