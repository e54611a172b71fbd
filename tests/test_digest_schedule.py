"""When digests go out: immediately after a poll, or daily/weekly at the subscriber's local time; each event once."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest

from monitor.config import Subscriber, load_config
from monitor.digest import last_slot, queue_due_digests, send_queued
from monitor.events import Event
from monitor.store import EntryInput, Store
from notifiers.transports import FileTransport
from tests.stand_ins import config_text

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
CASE = "chhoeun-v-marin"


def at(local: str) -> dt.datetime:
    return dt.datetime.fromisoformat(local).replace(tzinfo=LA).astimezone(dt.UTC)


@pytest.mark.parametrize(
    ("frequency", "now", "expected"),
    [
        ("daily", "2019-01-10 06:59", "2019-01-09 07:00"),
        ("daily", "2019-01-10 07:00", "2019-01-10 07:00"),
        ("daily", "2019-01-10 23:00", "2019-01-10 07:00"),
        ("weekly", "2019-01-10 08:00", "2019-01-07 07:00"),  # a Thursday -> Monday's slot
        ("weekly", "2019-01-07 06:00", "2018-12-31 07:00"),
        ("daily", "2019-03-10 08:00", "2019-03-10 07:00"),  # DST change day: still 7:00 local
    ],
)
def test_last_slot(frequency: str, now: str, expected: str) -> None:
    sub = Subscriber(email="a@example.org", frequency=frequency, send_at=dt.time(7, 0), weekday=0)
    assert last_slot(sub, at(now), LA) == dt.datetime.fromisoformat(expected).replace(tzinfo=LA)


SUBS = """
[[subscribers]]
email = "daily@example.org"
frequency = "daily"
send_at = "07:00"

[[subscribers]]
email = "now@example.org"
frequency = "immediate"
"""


def add_entry(store: Store, n: int, when: dt.datetime) -> None:
    with store.write():
        store.upsert_entry(CASE, EntryInput("pacer_rss", n, when.date(), short_description=f"Entry {n}"), when)
        store.mark_baseline(CASE, "pacer_rss", when)
        store.add_events([Event(key=f"{CASE}:new_entry:n{n}", case=CASE, kind="new_entry", summary=f"Dkt. {n}",
                                entry_number=n, data={"text": f"Entry {n}"})], when)


def test_daily_digest_waits_for_send_at_and_carries_each_event_once(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(config_text(tmp_path, smtp_port=None, subscribers=SUBS))
    config = load_config(path)
    store = Store(config.database)
    outbox = FileTransport(tmp_path / "outbox")
    sent: list[tuple[str, str]] = []

    def run(now: dt.datetime, after_poll: bool = True) -> None:
        for p in queue_due_digests(config, store, now, after_poll=after_poll):
            sent.append((p.subscriber.email, p.digest.subject))
        send_queued(store, outbox, now)

    try:
        add_entry(store, 1, at("2019-01-09 10:00"))
        run(at("2019-01-09 10:05"))  # both get their welcome
        assert sorted(e for e, _ in sent) == ["daily@example.org", "now@example.org"]
        sent.clear()
        add_entry(store, 2, at("2019-01-09 15:00"))
        run(at("2019-01-09 15:05"))
        assert sent == [("now@example.org", "[Chhoeun v. Marin] Dkt. 2: Entry 2")]
        sent.clear()
        add_entry(store, 3, at("2019-01-10 06:00"))
        run(at("2019-01-10 06:05"))
        assert [e for e, _ in sent] == ["now@example.org"]  # not yet 7:00 for the daily one
        sent.clear()
        run(at("2019-01-10 07:01"), after_poll=False)  # the daemon's digest pass
        assert sent == [("daily@example.org", "[Chhoeun v. Marin] 2 new docket entries")]
        sent.clear()
        run(at("2019-01-10 09:00"), after_poll=False)
        run(at("2019-01-11 07:30"), after_poll=False)  # nothing new: no empty digest
        assert sent == []
        add_entry(store, 4, at("2019-01-11 08:00"))
        run(at("2019-01-11 08:05"))
        assert [e for e, _ in sent] == ["now@example.org"]  # the daily slot of 01-11 was already done
        sent.clear()
        run(at("2019-01-12 07:00"), after_poll=False)
        assert sent == [("daily@example.org", "[Chhoeun v. Marin] Dkt. 4: Entry 4")]
        assert len(list((tmp_path / "outbox").glob("*.eml"))) == 7
    finally:
        store.close()
