"""config.toml -> Config (frozen). The only place that reads the config file.

A wrong key or value is a ConfigError whose one-line message names the file and the key, e.g.
`config.toml: [[subscribers]][0].frequency: must be one of immediate, daily, weekly (got "hourly")`.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError
from monitor.events import EVENT_KINDS

FREQUENCIES = ("immediate", "daily", "weekly")
SECURITIES = ("none", "starttls", "tls")
TRANSPORTS = ("file", "smtp")
CASE_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
COURT_RE = re.compile(r"^[a-z0-9]{2,8}$")
EMAIL_RE = re.compile(r"^[^@\s<>,;\"']+@[^@\s<>,;\"']+$")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class CaseConfig:
    id: str
    name: str
    court: str
    docket_number: str
    judge: str | None = None
    courtlistener_docket_id: int | None = None
    pacer_case_id: str | None = None
    news_keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Budget:
    per_minute: int = 5
    per_hour: int = 50
    per_day: int = 125


@dataclass(frozen=True)
class PacerRssConfig:
    enabled: bool = True
    every_minutes: float = 15.0
    url: str = "https://ecf.{court}.uscourts.gov/cgi-bin/rss_outside.pl"


@dataclass(frozen=True)
class CourtListenerConfig:
    enabled: bool = True
    every_minutes: float = 60.0
    url: str = "https://www.courtlistener.com/api/rest/v4/"
    token_env: str = "COURTLISTENER_TOKEN"  # noqa: S105 (a variable name, not a secret)
    budget: Budget = field(default_factory=Budget)
    max_pages: int = 5


@dataclass(frozen=True)
class NewsConfig:
    enabled: bool = True
    every_minutes: float = 60.0
    feeds: tuple[str, ...] = ()


@dataclass(frozen=True)
class FetchConfig:
    timeout_seconds: float = 30.0
    retries: int = 3
    max_bytes: int = 10_000_000
    max_retry_after_seconds: float = 120.0


@dataclass(frozen=True)
class EmailConfig:
    transport: str = "file"
    sender: str = "Docket Monitor <docket-monitor@localhost>"
    outbox: Path = Path("outbox")
    host: str = "localhost"
    port: int = 587
    security: str = "starttls"
    username: str = ""
    password_env: str = "SMTP_PASSWORD"  # noqa: S105 (a variable name, not a secret)
    timeout_seconds: float = 30.0


@dataclass(frozen=True)
class Subscriber:
    email: str
    cases: tuple[str, ...] = ("*",)
    frequency: str = "immediate"
    send_at: dt.time = dt.time(7, 0)
    weekday: int = 0  # for weekly digests: 0 = Monday
    events: tuple[str, ...] = ()

    def follows(self, case_id: str) -> bool:
        return "*" in self.cases or case_id in self.cases

    def wants(self, kind: str) -> bool:
        return not self.events or kind in self.events


@dataclass(frozen=True)
class Config:
    path: Path
    database: Path
    timezone: str
    user_agent: str
    cases: tuple[CaseConfig, ...]
    pacer_rss: PacerRssConfig
    courtlistener: CourtListenerConfig
    news: NewsConfig
    email: EmailConfig
    subscribers: tuple[Subscriber, ...]
    fetch: FetchConfig = field(default_factory=FetchConfig)

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def case(self, case_id: str) -> CaseConfig:
        for c in self.cases:
            if c.id == case_id:
                return c
        raise ConfigError(f"{self.path}: no case with id {case_id!r} (known: {', '.join(c.id for c in self.cases)})")


class _Reader:
    """Reads one table, tracking which keys were used so unknown keys are reported by name."""

    def __init__(self, path: Path, where: str, table: Any) -> None:
        self.path = path
        self.where = where
        if not isinstance(table, Mapping):
            self.fail("", f"must be a table (got {type(table).__name__})")
        self.table: Mapping[str, Any] = table
        self.used: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def fail(self, name: str, message: str) -> None:
        where = self.key(name) if name else self.where
        raise ConfigError(f"{self.path}: {where}: {message}")

    def get(self, name: str, kind: type | tuple[type, ...], default: Any, *, required: bool = False) -> Any:
        self.used.add(name)
        if name not in self.table:
            if required:
                self.fail(name, "is required")
            return default
        value = self.table[name]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            self.fail(name, f"must be {_kind_names(kinds)} (got {value!r})")
        if float in kinds and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kinds):
            self.fail(name, f"must be {_kind_names(kinds)} (got {type(value).__name__} {value!r})")
        return value

    def string_list(self, name: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.get(name, list, None)
        if value is None:
            return default
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{name}[{i}]", f"must be a non-empty string (got {item!r})")
        return tuple(v.strip() for v in value)

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str:
        value: str = self.get(name, str, default)
        if value not in choices:
            self.fail(name, f"must be one of {', '.join(choices)} (got {value!r})")
        return value

    def positive(self, name: str, default: float) -> float:
        value: float = self.get(name, float, default)
        if not value > 0:
            self.fail(name, f"must be greater than 0 (got {value!r})")
        return value

    def done(self) -> None:
        unknown = sorted(set(self.table) - self.used)
        if unknown:
            self.fail(unknown[0], f"unknown key (known: {', '.join(sorted(self.used))})")


def _kind_names(kinds: tuple[type, ...]) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false", list: "a list",
             dict: "a table"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _url(r: _Reader, name: str, default: str) -> str:
    value: str = r.get(name, str, default)
    if not re.match(r"^https?://[^\s/]+", value):
        r.fail(name, f"must be an http(s) URL (got {value!r})")
    return value


def load_config(path: str | Path, *, environ: Mapping[str, str] | None = None) -> Config:
    """Read and validate config.toml. Relative paths are relative to the config file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found (copy config.toml from the repository)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from None
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    return parse_config(doc, path)


def parse_config(doc: Mapping[str, Any], path: Path) -> Config:
    base = path.resolve().parent
    top = _Reader(path, "", doc)

    m = _Reader(path, "monitor", top.get("monitor", dict, {}))
    database = base / m.get("database", str, "monitor.db")
    timezone = m.get("timezone", str, "America/Los_Angeles")
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        m.fail("timezone", f"unknown time zone {timezone!r} (e.g. America/Los_Angeles)")
    user_agent = m.get("user_agent", str, "docket-monitor/0.1")
    if not user_agent.strip() or any(c in user_agent for c in "\r\n"):
        m.fail("user_agent", "must be one non-empty line")
    m.done()

    cases = _cases(path, top.get("cases", list, []))
    sources = _Reader(path, "sources", top.get("sources", dict, {}))
    pacer = _pacer(path, sources.get("pacer_rss", dict, {}))
    cl = _courtlistener(path, sources.get("courtlistener", dict, {}))
    news = _news(path, sources.get("news", dict, {}))
    fetch = _fetch(path, sources.get("fetch", dict, {}))
    sources.done()
    email = _email(path, base, top.get("email", dict, {}))
    subscribers = _subscribers(path, top.get("subscribers", list, []), {c.id for c in cases})
    top.done()
    return Config(path=path, database=database, timezone=timezone, user_agent=user_agent, cases=cases,
                  pacer_rss=pacer, courtlistener=cl, news=news, email=email, subscribers=subscribers, fetch=fetch)


def _cases(path: Path, items: list[Any]) -> tuple[CaseConfig, ...]:
    if not items:
        raise ConfigError(f"{path}: cases: at least one [[cases]] table is required")
    out: list[CaseConfig] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        r = _Reader(path, f"[[cases]][{i}]", item)
        case_id = r.get("id", str, None, required=True)
        if not CASE_ID_RE.match(case_id):
            r.fail("id", f"must be lowercase letters, digits, '-', '_' or '.' (got {case_id!r})")
        if case_id in seen:
            r.fail("id", f"duplicate case id {case_id!r}")
        seen.add(case_id)
        court = r.get("court", str, None, required=True).lower()
        if not COURT_RE.match(court):
            r.fail("court", f"must be a CM/ECF court id like 'cacd' (got {court!r})")
        docket = r.get("docket_number", str, None, required=True).strip()
        if not re.search(r"\d", docket):
            r.fail("docket_number", f"does not look like a docket number (got {docket!r})")
        cl_id = r.get("courtlistener_docket_id", int, 0)
        if cl_id < 0:
            r.fail("courtlistener_docket_id", "must be a positive integer, or 0 to look it up")
        pacer_id = r.get("pacer_case_id", (str, int), None)
        out.append(CaseConfig(
            id=case_id,
            name=r.get("name", str, case_id),
            court=court,
            docket_number=docket,
            judge=r.get("judge", str, None),
            courtlistener_docket_id=cl_id or None,
            pacer_case_id=str(pacer_id) if pacer_id is not None else None,
            news_keywords=r.string_list("news_keywords", ()),
        ))
        r.done()
    return tuple(out)


def _pacer(path: Path, table: Any) -> PacerRssConfig:
    r = _Reader(path, "sources.pacer_rss", table)
    url = _url(r, "url", PacerRssConfig.url)
    cfg = PacerRssConfig(enabled=r.get("enabled", bool, True), every_minutes=r.positive("every_minutes", 15.0),
                         url=url)
    r.done()
    return cfg


def _courtlistener(path: Path, table: Any) -> CourtListenerConfig:
    r = _Reader(path, "sources.courtlistener", table)
    url = _url(r, "url", CourtListenerConfig.url)
    if not url.endswith("/"):
        url += "/"
    token_env = r.get("token_env", str, "COURTLISTENER_TOKEN")
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", token_env):
        r.fail("token_env", f"must name an environment variable (got {token_env!r}); never put the token here")
    b = _Reader(path, "sources.courtlistener.budget", r.get("budget", dict, {}))
    budget = Budget(
        per_minute=int(b.positive("per_minute", 5)),
        per_hour=int(b.positive("per_hour", 50)),
        per_day=int(b.positive("per_day", 125)),
    )
    b.done()
    cfg = CourtListenerConfig(enabled=r.get("enabled", bool, True), every_minutes=r.positive("every_minutes", 60.0),
                              url=url, token_env=token_env, budget=budget,
                              max_pages=int(r.positive("max_pages", 5)))
    r.done()
    return cfg


def _news(path: Path, table: Any) -> NewsConfig:
    r = _Reader(path, "sources.news", table)
    feeds = r.string_list("feeds", ())
    for i, f in enumerate(feeds):
        if not re.match(r"^https?://[^\s/]+", f):
            r.fail(f"feeds[{i}]", f"must be an http(s) URL (got {f!r})")
    cfg = NewsConfig(enabled=r.get("enabled", bool, True), every_minutes=r.positive("every_minutes", 60.0),
                     feeds=feeds)
    r.done()
    return cfg


def _fetch(path: Path, table: Any) -> FetchConfig:
    r = _Reader(path, "sources.fetch", table)
    retries = r.get("retries", int, 3)
    if retries < 0:
        r.fail("retries", "must be 0 or more")
    cfg = FetchConfig(timeout_seconds=r.positive("timeout_seconds", 30.0), retries=retries,
                      max_bytes=int(r.positive("max_bytes", 10_000_000)),
                      max_retry_after_seconds=r.positive("max_retry_after_seconds", 120.0))
    r.done()
    return cfg


def _email(path: Path, base: Path, table: Any) -> EmailConfig:
    r = _Reader(path, "email", table)
    sender = r.get("from", str, EmailConfig.sender)
    if "@" not in sender or any(c in sender for c in "\r\n"):
        r.fail("from", f"must be an email address, optionally with a name (got {sender!r})")
    port = r.get("port", int, 587)
    if not 0 < port < 65536:
        r.fail("port", f"must be a TCP port 1-65535 (got {port})")
    password_env = r.get("password_env", str, "SMTP_PASSWORD")
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", password_env):
        r.fail("password_env", f"must name an environment variable (got {password_env!r}); never put the password here")
    cfg = EmailConfig(
        transport=r.choice("transport", TRANSPORTS, "file"),
        sender=sender,
        outbox=base / r.get("outbox", str, "outbox"),
        host=r.get("host", str, "localhost"),
        port=port,
        security=r.choice("security", SECURITIES, "starttls"),
        username=r.get("username", str, ""),
        password_env=password_env,
        timeout_seconds=r.positive("timeout_seconds", 30.0),
    )
    r.done()
    return cfg


def _subscribers(path: Path, items: list[Any], case_ids: set[str]) -> tuple[Subscriber, ...]:
    out: list[Subscriber] = []
    for i, item in enumerate(items):
        r = _Reader(path, f"[[subscribers]][{i}]", item)
        email = r.get("email", str, None, required=True).strip()
        if not EMAIL_RE.match(email):
            r.fail("email", f"not an email address: {email!r}")
        cases = r.string_list("cases", ("*",))
        for j, c in enumerate(cases):
            if c != "*" and c not in case_ids:
                r.fail(f"cases[{j}]", f"no [[cases]] with id {c!r} (known: {', '.join(sorted(case_ids))}, or \"*\")")
        frequency = r.choice("frequency", FREQUENCIES, "immediate")
        send_at_raw = r.get("send_at", str, "07:00")
        mt = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", send_at_raw.strip())
        if not mt:
            r.fail("send_at", f"must be a local time HH:MM (got {send_at_raw!r})")
            raise AssertionError  # unreachable
        weekday_raw = r.get("weekday", str, "monday").lower()
        if weekday_raw not in WEEKDAYS:
            r.fail("weekday", f"must be a day name like 'monday' (got {weekday_raw!r})")
        events = r.string_list("events", ())
        for j, k in enumerate(events):
            if k not in EVENT_KINDS:
                r.fail(f"events[{j}]", f"unknown event kind {k!r} (known: {', '.join(EVENT_KINDS)})")
        out.append(Subscriber(email=email, cases=cases, frequency=frequency,
                              send_at=dt.time(int(mt.group(1)), int(mt.group(2))),
                              weekday=WEEKDAYS.index(weekday_raw), events=events))
        r.done()
    return tuple(out)
