"""The SQLite store (sqlite-utils): entries, events, source state, the API budget, the outbox.

Only this module talks SQL. Every write goes through `Store.write()`, which starts with BEGIN IMMEDIATE (a busy
timeout lets a second writer wait instead of failing with "database is locked"); WAL lets readers go on.
Migrations (sqlite_utils.Migrations) run from the first table on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from monitor.errors import LockHeld, StoreError
from monitor.events import Event

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30.0
migrations = Migrations("docket-monitor")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL,
            key TEXT NOT NULL,
            entry_number INTEGER,
            date_filed TEXT,
            text TEXT NOT NULL DEFAULT '',
            short_description TEXT NOT NULL DEFAULT '',
            pacer_doc_id TEXT,
            pacer_seq_no INTEGER,
            url TEXT,
            cl_id INTEGER,
            sources TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (case_id, key)
        );
        CREATE INDEX entries_number ON entries (case_id, entry_number);
        CREATE INDEX entries_doc ON entries (case_id, pacer_doc_id);
        CREATE INDEX entries_seq ON entries (case_id, pacer_seq_no);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            case_id TEXT,
            kind TEXT NOT NULL,
            entry_number INTEGER,
            summary TEXT NOT NULL,
            data TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            baseline INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX events_case ON events (case_id, id);

        CREATE TABLE sources (
            name TEXT PRIMARY KEY,
            last_attempt TEXT,
            last_success TEXT,
            last_error TEXT,
            last_error_at TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            failing_since TEXT,
            failing_reported INTEGER NOT NULL DEFAULT 0,
            not_before TEXT,
            state TEXT NOT NULL DEFAULT '{}'
        );

        CREATE TABLE http_cache (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE api_calls (
            id INTEGER PRIMARY KEY,
            api TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE INDEX api_calls_at ON api_calls (api, at);

        CREATE TABLE news (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT NOT NULL,
            source TEXT NOT NULL,
            published TEXT,
            first_seen TEXT NOT NULL
        );
        CREATE TABLE news_keys (
            case_id TEXT NOT NULL,
            key TEXT NOT NULL,
            news_id INTEGER NOT NULL REFERENCES news(id),
            PRIMARY KEY (case_id, key)
        );

        CREATE TABLE baselines (
            case_id TEXT NOT NULL,
            source TEXT NOT NULL,
            done_at TEXT NOT NULL,
            PRIMARY KEY (case_id, source)
        );

        CREATE TABLE subscriptions (
            email TEXT NOT NULL,
            case_id TEXT NOT NULL,
            since_event_id INTEGER NOT NULL,
            welcomed INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            PRIMARY KEY (email, case_id)
        );
        CREATE TABLE subscribers (
            email TEXT PRIMARY KEY,
            last_digest_at TEXT,
            created_at TEXT NOT NULL
        );

        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            subject TEXT NOT NULL,
            message BLOB NOT NULL,
            status TEXT NOT NULL DEFAULT 'queued',
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX deliveries_status ON deliveries (status, id);
        CREATE TABLE delivery_events (
            email TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id),
            delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
            PRIMARY KEY (email, event_id)
        );
        """
    )


def iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_iso(s: str | None) -> dt.datetime | None:
    if not s:
        return None
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


@dataclass(frozen=True)
class EntryInput:
    """One docket entry as a source saw it; the store merges it with what it already has."""

    source: str  # "pacer_rss" | "courtlistener"
    entry_number: int | None = None
    date_filed: dt.date | None = None
    text: str = ""  # full docket text
    short_description: str = ""
    pacer_doc_id: str | None = None
    pacer_seq_no: int | None = None
    url: str | None = None
    cl_id: int | None = None


@dataclass(frozen=True)
class StoredEntry:
    key: str
    entry_number: int | None
    date_filed: dt.date | None
    text: str
    short_description: str
    pacer_doc_id: str | None
    url: str | None
    sources: str
    first_seen: str


@dataclass(frozen=True)
class SourceState:
    name: str
    last_attempt: dt.datetime | None
    last_success: dt.datetime | None
    last_error: str | None
    last_error_at: dt.datetime | None
    consecutive_failures: int
    failing_since: dt.datetime | None
    failing_reported: bool
    not_before: dt.datetime | None
    state: dict[str, Any]


@dataclass(frozen=True)
class StoredEvent:
    id: int
    event: Event
    detected_at: str
    baseline: bool


@dataclass(frozen=True)
class Delivery:
    id: int
    email: str
    message_id: str
    subject: str
    message: bytes
    status: str
    attempts: int
    last_error: str | None


def doc_id_key(doc_id: str | None) -> str | None:
    """PACER doc ids differ in their 4th digit between links to the same document (attachment vs main)."""
    if not doc_id:
        return None
    return doc_id[:3] + "0" + doc_id[4:] if len(doc_id) > 4 else doc_id


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            self.db = sqlite_utils.Database(conn)
            with self.write():
                migrations.apply(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open database: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{path}: cannot open database: {exc.strerror}") from None
        self._lock_fd: int | None = None

    # ---- connection, transactions, the process lock ---------------------------------------------------

    def close(self) -> None:
        self.release_lock()
        self.db.conn.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        """A write transaction that takes the write lock up front (BEGIN IMMEDIATE); nests as a savepoint."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def acquire_lock(self, holder: str) -> None:
        """Hold the database's process lock (one `check` or `run` at a time), or raise LockHeld."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                other = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
            finally:
                os.close(fd)
            raise LockHeld(f"{self.path}: another monitor holds the database's lock ({other or 'unknown'});"
                           " nothing polled or sent") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{holder} pid {os.getpid()}".encode(), 0)
        self._lock_fd = fd

    def release_lock(self) -> None:
        if self._lock_fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
                os.close(self._lock_fd)
            self._lock_fd = None

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row

    # ---- sources -------------------------------------------------------------------------------------

    def source(self, name: str) -> SourceState:
        row = self._one("SELECT name, last_attempt, last_success, last_error, last_error_at, consecutive_failures,"
                        " failing_since, failing_reported, not_before, state FROM sources WHERE name = ?", [name])
        if row is None:
            return SourceState(name, None, None, None, None, 0, None, False, None, {})
        return SourceState(row[0], parse_iso(row[1]), parse_iso(row[2]), row[3], parse_iso(row[4]), row[5],
                           parse_iso(row[6]), bool(row[7]), parse_iso(row[8]), json.loads(row[9] or "{}"))

    def sources(self) -> list[SourceState]:
        names = [r[0] for r in self.db.execute("SELECT name FROM sources ORDER BY name").fetchall()]
        return [self.source(n) for n in names]

    def _ensure_source(self, name: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO sources (name) VALUES (?)", [name])

    def record_attempt(self, name: str, now: dt.datetime) -> None:
        with self.write():
            self._ensure_source(name)
            self.db.execute("UPDATE sources SET last_attempt = ? WHERE name = ?", [iso(now), name])

    def record_success(self, name: str, now: dt.datetime, state: dict[str, Any] | None = None) -> SourceState:
        """Mark a successful poll; returns the state before (to tell a recovery)."""
        before = self.source(name)
        with self.write():
            self._ensure_source(name)
            self.db.execute(
                "UPDATE sources SET last_success = ?, consecutive_failures = 0, failing_since = NULL,"
                " failing_reported = 0, not_before = NULL" + (", state = ?" if state is not None else "")
                + " WHERE name = ?",
                [iso(now), json.dumps(state), name] if state is not None else [iso(now), name],
            )
        return before

    def record_failure(self, name: str, now: dt.datetime, error: str,
                       not_before: dt.datetime | None = None) -> SourceState:
        with self.write():
            self._ensure_source(name)
            self.db.execute(
                "UPDATE sources SET last_error = ?, last_error_at = ?, consecutive_failures = consecutive_failures + 1,"
                " failing_since = COALESCE(failing_since, ?), not_before = ? WHERE name = ?",
                [error, iso(now), iso(now), iso(not_before) if not_before else None, name],
            )
        return self.source(name)

    def set_not_before(self, name: str, not_before: dt.datetime | None) -> None:
        with self.write():
            self._ensure_source(name)
            self.db.execute("UPDATE sources SET not_before = ? WHERE name = ?",
                            [iso(not_before) if not_before else None, name])

    def set_source_state(self, name: str, state: dict[str, Any]) -> None:
        with self.write():
            self._ensure_source(name)
            self.db.execute("UPDATE sources SET state = ? WHERE name = ?", [json.dumps(state), name])

    def mark_failing_reported(self, name: str) -> None:
        with self.write():
            self.db.execute("UPDATE sources SET failing_reported = 1 WHERE name = ?", [name])

    # ---- HTTP validators -----------------------------------------------------------------------------

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self._one("SELECT etag, last_modified FROM http_cache WHERE url = ?", [url])
        return (row[0], row[1]) if row else (None, None)

    def set_validators(self, url: str, etag: str | None, last_modified: str | None, now: dt.datetime) -> None:
        with self.write():
            self.db.execute(
                "INSERT INTO http_cache (url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
                " updated_at = excluded.updated_at",
                [url, etag, last_modified, iso(now)],
            )

    # ---- API budget ----------------------------------------------------------------------------------

    def record_api_call(self, api: str, at: float) -> None:
        with self.write():
            self.db.execute("INSERT INTO api_calls (api, at) VALUES (?, ?)", [api, at])
            self.db.execute("DELETE FROM api_calls WHERE api = ? AND at < ?", [api, at - 2 * 86400])

    def api_calls_since(self, api: str, since: float) -> int:
        return int(self._one("SELECT count(*) FROM api_calls WHERE api = ? AND at >= ?", [api, since])[0])

    def oldest_api_call_since(self, api: str, since: float) -> float | None:
        row = self._one("SELECT min(at) FROM api_calls WHERE api = ? AND at >= ?", [api, since])
        return float(row[0]) if row and row[0] is not None else None

    # ---- entries -------------------------------------------------------------------------------------

    def _find_entry(self, case_id: str, e: EntryInput) -> tuple[Any, ...] | None:
        cols = "id, key, entry_number, text, short_description, pacer_doc_id, pacer_seq_no, url, sources, date_filed"
        if e.entry_number is not None:
            row = self._one(f"SELECT {cols} FROM entries WHERE case_id = ? AND entry_number = ?",
                            [case_id, e.entry_number])
            if row:
                return tuple(row)
        doc = doc_id_key(e.pacer_doc_id)
        if doc:
            row = self._one(f"SELECT {cols} FROM entries WHERE case_id = ? AND pacer_doc_id = ?"
                            " AND (entry_number IS NULL OR ? IS NULL)", [case_id, doc, e.entry_number])
            if row:
                return tuple(row)
        if e.pacer_seq_no is not None:
            row = self._one(f"SELECT {cols} FROM entries WHERE case_id = ? AND pacer_seq_no = ?"
                            " AND (entry_number IS NULL OR ? IS NULL)", [case_id, e.pacer_seq_no, e.entry_number])
            if row:
                return tuple(row)
        return None

    def upsert_entry(self, case_id: str, e: EntryInput, now: dt.datetime) -> tuple[str, str | None]:
        """Merge one entry; returns (key, "new" | "updated" | None). Call inside `write()`."""
        row = self._find_entry(case_id, e)
        doc = doc_id_key(e.pacer_doc_id)
        if row is None:
            if e.entry_number is not None:
                key = f"n{e.entry_number}"
            elif doc:
                key = f"doc{doc}"
            elif e.pacer_seq_no is not None:
                key = f"seq{e.pacer_seq_no}"
            else:
                key = "h" + hashlib.sha1((e.text or e.short_description).encode()).hexdigest()[:12]  # noqa: S324
            self.db.execute(
                "INSERT OR IGNORE INTO entries (case_id, key, entry_number, date_filed, text, short_description,"
                " pacer_doc_id, pacer_seq_no, url, cl_id, sources, first_seen, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [case_id, key, e.entry_number, e.date_filed.isoformat() if e.date_filed else None, e.text,
                 e.short_description, doc, e.pacer_seq_no, e.url, e.cl_id, e.source, iso(now), iso(now)],
            )
            return key, "new"
        (rid, key, number, text, short, old_doc, seq, url, sources, date_filed) = row
        changes: dict[str, Any] = {}
        # the full text from the richer source wins; an RSS stub never overwrites a full text
        if e.text and e.text.strip() != (text or "").strip() and (not text or e.source == "courtlistener"):
            changes["text"] = e.text
        if e.short_description and e.short_description not in (short or "").split(" AND "):
            changes["short_description"] = f"{short} AND {e.short_description}" if short else e.short_description
        if number is None and e.entry_number is not None:
            changes["entry_number"] = e.entry_number
        if not old_doc and doc:
            changes["pacer_doc_id"] = doc
        if seq is None and e.pacer_seq_no is not None:
            changes["pacer_seq_no"] = e.pacer_seq_no
        if (not url or (e.source == "pacer_rss" and e.url and "doc1" in e.url)) and e.url and e.url != url:
            changes["url"] = e.url
        if not date_filed and e.date_filed:
            changes["date_filed"] = e.date_filed.isoformat()
        if e.cl_id is not None:
            changes["cl_id"] = e.cl_id
        srcs = set(filter(None, (sources or "").split(",")))
        if e.source not in srcs:
            changes["sources"] = ",".join(sorted(srcs | {e.source}))
        if not changes:
            return key, None
        changes["updated_at"] = iso(now)
        sets = ", ".join(f"{k} = ?" for k in changes)
        self.db.execute(f"UPDATE entries SET {sets} WHERE id = ?", [*changes.values(), rid])  # noqa: S608
        meaningful = {"text", "short_description", "entry_number", "date_filed"} & set(changes)
        return key, "updated" if meaningful else None

    def entries(self, case_id: str) -> list[StoredEntry]:
        rows = self.db.execute(
            "SELECT key, entry_number, date_filed, text, short_description, pacer_doc_id, url, sources, first_seen"
            " FROM entries WHERE case_id = ? ORDER BY date_filed, entry_number, id", [case_id]).fetchall()
        return [StoredEntry(r[0], r[1], dt.date.fromisoformat(r[2]) if r[2] else None, r[3], r[4], r[5], r[6], r[7],
                            r[8]) for r in rows]

    def entry_count(self, case_id: str) -> int:
        return int(self._one("SELECT count(*) FROM entries WHERE case_id = ?", [case_id])[0])

    # ---- baselines: the first poll of a case by a source records history without mailing it --------

    def has_baseline(self, case_id: str, source: str) -> bool:
        return self._one("SELECT 1 FROM baselines WHERE case_id = ? AND source = ?", [case_id, source]) is not None

    def mark_baseline(self, case_id: str, source: str, now: dt.datetime) -> None:
        self.db.execute("INSERT OR IGNORE INTO baselines (case_id, source, done_at) VALUES (?, ?, ?)",
                        [case_id, source, iso(now)])

    # ---- news ------------------------------------------------------------------------------------------

    def known_story(self, case_id: str, keys: Iterable[str]) -> bool:
        keys = list(keys)
        if not keys:
            return False
        marks = ",".join("?" for _ in keys)
        return self._one(f"SELECT 1 FROM news_keys WHERE case_id = ? AND key IN ({marks})",  # noqa: S608
                         [case_id, *keys]) is not None

    def add_story(self, case_id: str, keys: Sequence[str], title: str, url: str, source: str,
                  published: dt.datetime | None, now: dt.datetime) -> None:
        cur = self.db.execute(
            "INSERT INTO news (case_id, title, url, source, published, first_seen) VALUES (?, ?, ?, ?, ?, ?)",
            [case_id, title, url, source, iso(published) if published else None, iso(now)])
        for k in keys:
            self.db.execute("INSERT OR IGNORE INTO news_keys (case_id, key, news_id) VALUES (?, ?, ?)",
                            [case_id, k, cur.lastrowid])

    def recent_news(self, case_id: str, limit: int = 5) -> list[tuple[str, str, str, str | None]]:
        rows = self.db.execute("SELECT title, url, source, published FROM news WHERE case_id = ?"
                               " ORDER BY COALESCE(published, first_seen) DESC LIMIT ?", [case_id, limit]).fetchall()
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    # ---- events ----------------------------------------------------------------------------------------

    def add_events(self, events: Iterable[Event], now: dt.datetime, *, baseline: bool = False) -> list[int]:
        """Insert events not seen before (by key). Returns the new ids. Call inside `write()`."""
        ids: list[int] = []
        for ev in events:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO events (key, case_id, kind, entry_number, summary, data, detected_at, baseline)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [ev.key, ev.case, ev.kind, ev.entry_number, ev.summary, json.dumps(dict(ev.data), sort_keys=True),
                 iso(now), int(baseline)])
            if cur.rowcount and cur.lastrowid is not None:
                ids.append(cur.lastrowid)
        return ids

    def event_keys(self, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" for _ in chunk)
            found.update(r[0] for r in self.db.execute(
                f"SELECT key FROM events WHERE key IN ({marks})", chunk).fetchall())  # noqa: S608
        return found

    def _event_rows(self, where: str, params: Sequence[Any]) -> list[StoredEvent]:
        rows = self.db.execute(
            "SELECT id, key, case_id, kind, entry_number, summary, data, detected_at, baseline FROM events"
            f" WHERE {where} ORDER BY id", params).fetchall()  # noqa: S608
        return [StoredEvent(r[0], Event(key=r[1], case=r[2], kind=r[3], summary=r[5], entry_number=r[4],
                                        data=json.loads(r[6])), r[7], bool(r[8])) for r in rows]

    def events(self, case_id: str | None = None, since: str | None = None) -> list[StoredEvent]:
        where, params = ["1 = 1"], []
        if case_id:
            where.append("case_id = ?")
            params.append(case_id)
        if since:
            where.append("detected_at >= ?")
            params.append(since)
        return self._event_rows(" AND ".join(where), params)

    def max_event_id(self) -> int:
        return int(self._one("SELECT COALESCE(max(id), 0) FROM events")[0])

    # ---- subscriptions and the outbox ------------------------------------------------------------------

    def ensure_subscription(self, email: str, case_id: str, now: dt.datetime) -> None:
        self.db.execute("INSERT OR IGNORE INTO subscribers (email, created_at) VALUES (?, ?)", [email, iso(now)])
        self.db.execute("INSERT OR IGNORE INTO subscriptions (email, case_id, since_event_id, created_at)"
                        " VALUES (?, ?, ?, ?)", [email, case_id, self.max_event_id(), iso(now)])

    def subscription(self, email: str, case_id: str) -> tuple[int, bool] | None:
        row = self._one("SELECT since_event_id, welcomed FROM subscriptions WHERE email = ? AND case_id = ?",
                        [email, case_id])
        return (int(row[0]), bool(row[1])) if row else None

    def mark_welcomed(self, email: str, case_id: str) -> None:
        self.db.execute("UPDATE subscriptions SET welcomed = 1 WHERE email = ? AND case_id = ?", [email, case_id])

    def last_digest_at(self, email: str) -> dt.datetime | None:
        row = self._one("SELECT last_digest_at FROM subscribers WHERE email = ?", [email])
        return parse_iso(row[0]) if row else None

    def set_last_digest_at(self, email: str, at: dt.datetime) -> None:
        self.db.execute("UPDATE subscribers SET last_digest_at = ? WHERE email = ?", [iso(at), email])

    def pending_events(self, email: str, case_ids: Sequence[str | None], since_event_id: int) -> list[StoredEvent]:
        """Events for these cases (None: source events) newer than `since_event_id`, not yet in a digest for email."""
        out: list[StoredEvent] = []
        for case_id in case_ids:
            cond = "case_id IS NULL" if case_id is None else "case_id = ?"
            params: list[Any] = [] if case_id is None else [case_id]
            out.extend(self._event_rows(
                f"{cond} AND id > ? AND baseline = 0 AND id NOT IN"
                " (SELECT event_id FROM delivery_events WHERE email = ?)", [*params, since_event_id, email]))
        return sorted(out, key=lambda e: e.id)

    def queue_delivery(self, email: str, message_id: str, subject: str, message: bytes, event_ids: Sequence[int],
                       now: dt.datetime) -> int:
        """Record a digest before it is sent. Call inside `write()` with the marks that go with it."""
        cur = self.db.execute(
            "INSERT INTO deliveries (email, message_id, subject, message, created_at) VALUES (?, ?, ?, ?, ?)",
            [email, message_id, subject, message, iso(now)])
        delivery_id = int(cur.lastrowid or 0)
        for eid in event_ids:
            self.db.execute("INSERT OR IGNORE INTO delivery_events (email, event_id, delivery_id) VALUES (?, ?, ?)",
                            [email, eid, delivery_id])
        return delivery_id

    def queued_deliveries(self) -> list[Delivery]:
        rows = self.db.execute("SELECT id, email, message_id, subject, message, status, attempts, last_error"
                               " FROM deliveries WHERE status = 'queued' ORDER BY id").fetchall()
        return [Delivery(r[0], r[1], r[2], r[3], bytes(r[4]), r[5], r[6], r[7]) for r in rows]

    def deliveries(self, limit: int = 50) -> list[Delivery]:
        rows = self.db.execute("SELECT id, email, message_id, subject, message, status, attempts, last_error"
                               " FROM deliveries ORDER BY id DESC LIMIT ?", [limit]).fetchall()
        return [Delivery(r[0], r[1], r[2], r[3], bytes(r[4]), r[5], r[6], r[7]) for r in rows]

    def mark_delivery(self, delivery_id: int, status: str, now: dt.datetime, error: str | None = None) -> None:
        with self.write():
            self.db.execute(
                "UPDATE deliveries SET status = ?, attempts = attempts + 1, last_error = ?,"
                " sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?",
                [status, error, status, iso(now), delivery_id])
