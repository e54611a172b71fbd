"""The store: merging one entry seen by several sources, events once by key, locking, concurrent writers."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from monitor.errors import LockHeld
from monitor.events import Event
from monitor.store import EntryInput, Store, doc_id_key

NOW = dt.datetime(2019, 1, 4, 8, 0, tzinfo=dt.UTC)
CASE = "chhoeun-v-marin"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "monitor.db")
    yield s
    s.close()


def upsert(store: Store, e: EntryInput) -> tuple[str, str | None]:
    with store.write():
        return store.upsert_entry(CASE, e, NOW)


def test_reopen_is_idempotent_and_wal(tmp_path: Path) -> None:
    Store(tmp_path / "m.db").close()
    s = Store(tmp_path / "m.db")
    try:
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert "entries" in s.db.table_names() and "deliveries" in s.db.table_names()
    finally:
        s.close()


def test_rss_stub_then_full_text_is_one_entry(store: Store) -> None:
    key, change = upsert(store, EntryInput("pacer_rss", 190, dt.date(2019, 1, 3), short_description="Order on TRO",
                                          pacer_doc_id="031127000190", pacer_seq_no=600))
    assert (key, change) == ("n190", "new")
    key2, change2 = upsert(store, EntryInput("courtlistener", 190, dt.date(2019, 1, 3), text="ORDER GRANTING TRO [185]",
                                            short_description="Order on TRO", cl_id=5))
    assert (key2, change2) == ("n190", "updated")
    [e] = store.entries(CASE)
    assert e.text == "ORDER GRANTING TRO [185]" and e.short_description == "Order on TRO"
    assert e.sources == "courtlistener,pacer_rss"
    # the same again changes nothing
    assert upsert(store, EntryInput("courtlistener", 190, dt.date(2019, 1, 3), text="ORDER GRANTING TRO [185]",
                                    short_description="Order on TRO", cl_id=5)) == ("n190", None)


def test_full_text_first_then_stub_never_overwrites(store: Store) -> None:
    upsert(store, EntryInput("courtlistener", 190, text="ORDER GRANTING TRO [185]"))
    upsert(store, EntryInput("pacer_rss", 190, short_description="Order on Motion for TRO"))
    [e] = store.entries(CASE)
    assert e.text == "ORDER GRANTING TRO [185]"


def test_unnumbered_item_merges_by_doc_id_or_sequence(store: Store) -> None:
    k1, _ = upsert(store, EntryInput("pacer_rss", None, short_description="Notice", pacer_doc_id="031127000200"))
    assert k1 == "doc031027000200"
    # 4th digit differs between links to the same document
    k2, change = upsert(store, EntryInput("courtlistener", 200, text="NOTICE of lodging", pacer_doc_id="031027000200"))
    assert k2 == k1 and change == "updated"
    k3, _ = upsert(store, EntryInput("pacer_rss", None, short_description="Minutes", pacer_seq_no=777))
    k4, _ = upsert(store, EntryInput("courtlistener", 201, text="MINUTES", pacer_seq_no=777))
    assert k3 == k4 == "seq777"
    assert [e.entry_number for e in store.entries(CASE)] == [200, 201]


def test_several_rss_items_of_one_filing_are_one_entry(store: Store) -> None:
    upsert(store, EntryInput("pacer_rss", 190, short_description="Order on Motion for TRO"))
    upsert(store, EntryInput("pacer_rss", 190, short_description="Order to Show Cause"))
    [e] = store.entries(CASE)
    assert e.short_description == "Order on Motion for TRO AND Order to Show Cause"


def test_doc_id_key() -> None:
    assert doc_id_key("031127000190") == "031027000190"
    assert doc_id_key(None) is None


def test_events_are_added_once_by_key(store: Store) -> None:
    ev = Event(key="c:new_entry:n1", case=CASE, kind="new_entry", summary="Dkt. 1", entry_number=1, data={"a": 1})
    with store.write():
        assert len(store.add_events([ev, ev], NOW)) == 1
    with store.write():
        assert store.add_events([ev], NOW) == []
    [stored] = store.events()
    assert stored.event == ev and stored.detected_at == "2019-01-04T08:00:00Z"


def test_write_rolls_back_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write():
        store.upsert_entry(CASE, EntryInput("pacer_rss", 5, short_description="x"), NOW)
        raise RuntimeError("crash mid-ingest")
    assert store.entries(CASE) == []


def test_lock_is_exclusive_until_released(tmp_path: Path) -> None:
    a, b = Store(tmp_path / "m.db"), Store(tmp_path / "m.db")
    try:
        a.acquire_lock("monitor run")
        with pytest.raises(LockHeld, match="monitor run pid"):
            b.acquire_lock("monitor check")
        a.release_lock()
        b.acquire_lock("monitor check")
    finally:
        a.close()
        b.close()


WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from monitor.store import Store, EntryInput
    from monitor.events import Event
    s = Store(__import__("pathlib").Path(sys.argv[1]))
    now = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
    tag = sys.argv[2]
    for i in range(150):
        with s.write():
            s.upsert_entry("c", EntryInput("pacer_rss", None, short_description=f"{tag}{i}", pacer_seq_no=ord(tag) * 1000 + i), now)
            s.add_events([Event(key=f"{tag}:{i}", case="c", kind="new_entry", summary="x")], now)
    s.close()
""")


def test_two_writer_processes_never_hit_database_is_locked(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    Store(db).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), tag], stderr=subprocess.PIPE)
             for tag in ("a", "b")]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    s = Store(db)
    try:
        assert len(s.events()) == 300
        assert s.entry_count("c") == 300
    finally:
        s.close()
