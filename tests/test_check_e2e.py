"""End to end: stand-in court feed, CourtListener, news feed (respx) and a real SMTP server -> digests.

Every round goes through the real pipeline (fetch -> parse -> store -> events -> outbox -> SMTP) with a real
SQLite file; only the clock and the sleep are handed in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import httpx
import pytest
import respx

from monitor.check import CheckReport, run_check
from monitor.cli import main, make_policy, make_transport
from monitor.config import Config, load_config
from monitor.sources import Env
from monitor.store import Store
from notifiers.transports import Transport
from tests.stand_ins import (
    CL_BASE,
    NEWS_URL,
    RSS_URL,
    ClEntry,
    RssItem,
    SmtpServer,
    cl_dockets,
    cl_page,
    config_text,
    news_feed,
    rss_feed,
    unrelated_item,
)

ENTRIES_URL = CL_BASE + "docket-entries/"
DOCKETS_URL = CL_BASE + "dockets/"

HISTORY = [
    ClEntry(1, "2017-10-26", "PETITION for Writ of Habeas Corpus and Class Action Complaint for Declaratory and "
            "Injunctive Relief filed by Petitioners Keo Chhoeun, Sokha Nhem. (Attorney ...) (Entered: 10/27/2017)",
            "2017-10-27T10:00:00Z", "Petition"),
    ClEntry(185, "2019-01-02", "EX PARTE APPLICATION for Temporary Restraining Order filed by Petitioners. "
            "(Attachments: # 1 Memorandum, # 2 Proposed Order) (Entered: 01/02/2019)", "2019-01-02T19:00:00Z",
            "Ex Parte Application for TRO", "031127000185"),
    ClEntry(190, "2019-01-03", "ORDER GRANTING PETITIONERS' EX PARTE APPLICATION FOR TEMPORARY RESTRAINING ORDER "
            "[185] by Judge Cormac J. Carney. Respondents shall provide 14 days' written notice before re-detaining "
            "any class member. Order to Show Cause re Preliminary Injunction: Motion Hearing set for 1/28/2019 "
            "01:30 PM before Judge Cormac J. Carney. (twdb) (Entered: 01/03/2019)", "2019-01-03T23:00:00Z",
            "Order on Ex Parte Application for TRO", "031127000190"),
]
ENTRY_195 = ClEntry(195, "2019-01-10", "ORDER GRANTING STIPULATION TO CONTINUE HEARING ON ORDER TO SHOW CAUSE RE "
                    "PRELIMINARY INJUNCTION [194] by Judge Cormac J. Carney. The hearing set for January 28, 2019 is "
                    "CONTINUED to February 4, 2019 at 10:00 a.m. (twdb) (Entered: 01/10/2019)",
                    "2019-01-10T22:00:00Z", "Order on Stipulation", "031127000195")
RSS_190 = RssItem(190, "Order on Ex Parte Application for TRO", 600, "Thu, 03 Jan 2019 23:10:04 GMT", "031127000190")
RSS_195 = RssItem(195, "Order on Stipulation", 610, "Thu, 10 Jan 2019 22:05:00 GMT", "031127000195")
RSS_NO_NUMBER = RssItem(None, "Notice of Lodging", 611, "Thu, 10 Jan 2019 22:06:00 GMT")
ARTICLE = ("Judge halts deportations of Cambodian refugees in Chhoeun case", "https://outlet.test/a/1", "The Outlet",
           "Fri, 04 Jan 2019 10:00:00 GMT")
ARTICLE_2 = ("Hearing on Cambodian detainees moved", "https://outlet.test/a/2?utm_source=x", "The Outlet",
             "Fri, 11 Jan 2019 10:00:00 GMT")


class World:
    """What the stand-in servers serve this round."""

    def __init__(self) -> None:
        self.rss: bytes | httpx.Response = rss_feed([])
        self.cl_entries: list[ClEntry] = []
        self.news: bytes | httpx.Response = news_feed([])

    def rss_response(self, request: httpx.Request) -> httpx.Response:
        if isinstance(self.rss, httpx.Response):
            return self.rss
        return httpx.Response(200, content=self.rss, headers={"Content-Type": "application/rss+xml"})

    def cl_response(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Token test-token"
        assert request.url.params["omit"] == "recap_documents__plain_text"
        mark = request.url.params.get("date_modified__gte")
        entries = [e for e in self.cl_entries if mark is None or e.modified.replace("Z", "") >= mark.replace("Z", "")]
        return httpx.Response(200, json=cl_page(entries))

    def news_response(self, request: httpx.Request) -> httpx.Response:
        if isinstance(self.news, httpx.Response):
            return self.news
        return httpx.Response(200, content=self.news)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


class Harness:
    def __init__(self, tmp_path: Path, smtp: SmtpServer | None) -> None:
        self.path = tmp_path / "config.toml"
        self.path.write_text(config_text(tmp_path, smtp_port=smtp.port if smtp else None))
        self.config: Config = load_config(self.path)
        self.world = World()
        self.clock = dt.datetime(2019, 1, 4, 8, 0, tzinfo=dt.UTC)
        self.slept: list[float] = []

    def now(self) -> dt.datetime:
        return self.clock

    def check(self, *, force: bool = True, dry_run: bool = False,
              wrap: Callable[[Transport], Transport] | None = None) -> CheckReport:
        self.clock += dt.timedelta(minutes=30)
        store = Store(self.config.database)
        try:
            with respx.mock(assert_all_called=False) as router:
                router.get(RSS_URL).mock(side_effect=self.world.rss_response)
                router.get(DOCKETS_URL).mock(return_value=httpx.Response(200, json=cl_dockets()))
                router.get(ENTRIES_URL).mock(side_effect=self.world.cl_response)
                router.get(NEWS_URL).mock(side_effect=self.world.news_response)
                policy = make_policy(self.config)
                with httpx.Client() as client:
                    env = Env(client=client, store=store, config=self.config, policy=policy, now=self.now,
                              sleep=self.slept.append, environ={"TEST_CL_TOKEN": "test-token"})
                    transport = make_transport(self.config, {})
                    if wrap is not None:
                        transport = wrap(transport)
                    return run_check(env, transport, force=force, dry_run=dry_run)
        finally:
            store.close()

    def events(self) -> list[dict[str, object]]:
        store = Store(self.config.database)
        try:
            return [e.event.as_json(event_id=e.id, detected_at=e.detected_at) for e in store.events()]
        finally:
            store.close()


def statuses(report: CheckReport) -> dict[str, str]:
    return {o.name.split(":")[0]: o.status for o in report.outcomes}


def subjects(smtp: SmtpServer, to: str) -> list[str]:
    return [str(m["Subject"]) for m in smtp.received if m["To"] == to]


def first_round(h: Harness) -> CheckReport:
    h.world.rss = rss_feed([RSS_190, unrelated_item(601)])
    h.world.cl_entries = list(HISTORY)
    h.world.news = news_feed([ARTICLE])
    return h.check()


def test_first_check_sends_one_now_following_digest_per_subscriber(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    report = first_round(h)
    assert statuses(report) == {"pacer_rss": "ok", "courtlistener": "ok", "news": "ok"}
    assert not report.failed
    assert sorted(m["To"] for m in smtp.received) == ["advocate@example.org", "lawyer@example.org"]
    msg = smtp.received[0]
    assert msg["Subject"].startswith("[Chhoeun v. Marin] Now following")
    text = msg.get_body(("plain",)).get_content()
    assert "where the case stands" in text.lower()
    assert "In force: Temporary restraining order (Dkt. 190" in text
    assert "Next: Motion hearing on Jan. 28, 2019 at 1:30 PM" in text
    assert "Dkt. 1: PETITION for Writ of Habeas Corpus" in text  # among the last entries
    html = msg.get_body(("html",)).get_content()
    assert "Chhoeun v. Marin" in html
    # history is in the event log, as baseline, but was not mailed entry by entry
    kinds = [e["kind"] for e in h.events()]
    assert kinds.count("new_entry") == 3
    assert "news" in kinds


def test_second_identical_check_sends_nothing_and_adds_no_event(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    first_round(h)
    events_before = h.events()
    received = len(smtp.received)
    report = h.check()
    assert not report.failed
    assert len(smtp.received) == received
    assert h.events() == events_before
    assert report.digests_queued == 0


def test_new_entry_from_rss_then_full_text_from_courtlistener(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    first_round(h)
    n0 = len(smtp.received)
    # round 2: the court feed has a stub for 195 and an unnumbered item; CourtListener has nothing new yet
    h.world.rss = rss_feed([RSS_195, RSS_NO_NUMBER])
    h.world.news = news_feed([ARTICLE, ARTICLE_2])
    report = h.check()
    assert not report.failed
    new = smtp.received[n0:]
    assert sorted(m["To"] for m in new) == ["advocate@example.org", "lawyer@example.org"]
    body = new[0].get_body(("plain",)).get_content()
    assert "Dkt. 195" in body and "Order on Stipulation" in body
    assert "Notice of Lodging" in body
    assert "Hearing on Cambodian detainees moved" in body
    # round 3: CourtListener brings 195's full text: no second new_entry for it
    h.world.cl_entries = [*HISTORY, ENTRY_195]
    h.check()
    new_entry_195 = [e for e in h.events() if e["kind"] == "new_entry" and e["entry_number"] == 195]
    assert len(new_entry_195) == 1
    store = Store(h.config.database)
    try:
        e195 = [e for e in store.entries("chhoeun-v-marin") if e.entry_number == 195][0]
    finally:
        store.close()
    assert e195.text.startswith("ORDER GRANTING STIPULATION")
    assert e195.sources == "courtlistener,pacer_rss"
    assert e195.short_description == "Order on Stipulation"


def test_smtp_down_then_up_delivers_exactly_once(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    first_round(h)
    n0 = len(smtp.received)
    smtp.stop()
    h.world.rss = rss_feed([RSS_195])
    report = h.check()
    assert not report.failed  # sources fine; delivery trouble does not lose anything
    assert report.digests_queued == 2 and report.send.sent == 0 and report.send.queued == 2
    assert "connection refused" in report.send.errors[0].lower() or "127.0.0.1" in report.send.errors[0]
    smtp.start()
    report = h.check()
    assert report.send.sent == 2 and report.digests_queued == 0
    report = h.check()
    assert report.send.sent == 0
    new = smtp.received[n0:]
    assert sorted(m["To"] for m in new) == ["advocate@example.org", "lawyer@example.org"]
    assert len({m["Message-ID"] for m in new}) == 2


def test_recipient_refused_does_not_block_the_other(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    smtp.handler.refuse["lawyer@example.org"] = "550 5.1.1 mailbox unavailable"
    report = first_round(h)
    assert report.send.sent == 1 and report.send.failed == 1
    assert [m["To"] for m in smtp.received] == ["advocate@example.org"]
    assert any("550" in e for e in report.send.errors)


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(200, content=b"<rss><channel><item><title>x</title></channel>"), "rss_outside.pl"),
        (httpx.Response(200, content=b"<!DOCTYPE html><html><body><form>PACER Login</form></body></html>",
                        headers={"Content-Type": "text/html"}), "HTML page"),
        (httpx.Response(200, content=b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss>&a;</rss>'),
         "ENTITY"),
        (httpx.Response(404), "HTTP 404"),
        (httpx.Response(429, headers={"Retry-After": "3600"}), "retry after 3600"),
        (httpx.Response(200, content=b"x" * 200, headers={"Content-Length": "20000000"}), "larger than"),
    ],
    ids=["malformed", "login-page", "entity", "404", "429", "oversized"],
)
def test_a_broken_court_feed_fails_only_its_source(tmp_path: Path, smtp: SmtpServer, response: httpx.Response,
                                                   expected: str) -> None:
    h = Harness(tmp_path, smtp)
    h.world.rss = response
    h.world.cl_entries = list(HISTORY)
    h.world.news = news_feed([ARTICLE])
    report = h.check()
    st = statuses(report)
    assert st == {"pacer_rss": "failed", "courtlistener": "ok", "news": "ok"}
    assert report.failed
    failed = [o for o in report.outcomes if o.status == "failed"][0]
    assert expected.lower() in failed.message.lower()
    assert "\n" not in failed.message
    # the other sources' news still reached the subscribers
    assert len(smtp.received) == 2


def test_timeout_fails_only_its_source(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    h.world.cl_entries = list(HISTORY)

    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    h.world.news_response = timeout  # type: ignore[method-assign]
    report = h.check()
    assert statuses(report) == {"pacer_rss": "ok", "courtlistener": "ok", "news": "failed"}
    msg = [o.message for o in report.outcomes if o.status == "failed"][0]
    assert "timed out" in msg and "https://news.test/rss/search" in msg


def test_three_failures_emit_source_failing_once_then_recovered(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    first_round(h)
    h.world.rss = httpx.Response(503)
    for _ in range(4):
        h.check()
    kinds = [e["kind"] for e in h.events()]
    assert kinds.count("source_failing") == 1
    failing = [e for e in h.events() if e["kind"] == "source_failing"][0]
    assert failing["data"]["source"] == "pacer_rss:cacd"  # type: ignore[index]
    assert failing["data"]["consecutive_failures"] == 3  # type: ignore[index]
    h.world.rss = rss_feed([])
    h.check()
    kinds = [e["kind"] for e in h.events()]
    assert kinds.count("source_recovered") == 1
    assert any("failing" in s for s in subjects(smtp, "lawyer@example.org"))


def test_no_token_reports_unconfigured_and_others_go_on(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    h.world.rss = rss_feed([RSS_190])
    store = Store(h.config.database)
    try:
        with respx.mock(assert_all_called=False) as router:
            route = router.get(ENTRIES_URL).mock(return_value=httpx.Response(500))
            router.get(RSS_URL).mock(side_effect=h.world.rss_response)
            router.get(NEWS_URL).mock(side_effect=h.world.news_response)
            with httpx.Client() as client:
                env = Env(client=client, store=store, config=h.config, policy=make_policy(h.config), now=h.now,
                          sleep=h.slept.append, environ={})
                report = run_check(env, None, force=True)
    finally:
        store.close()
    st = statuses(report)
    assert st == {"pacer_rss": "ok", "courtlistener": "unconfigured", "news": "ok"}
    assert not report.failed and not route.called
    assert "TEST_CL_TOKEN" in [o for o in report.outcomes if o.status == "unconfigured"][0].message


def test_courtlistener_budget_defers_without_failing(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    first_round(h)  # 2 calls: docket lookup + entries
    store = Store(h.config.database)
    try:
        for _ in range(5):
            store.record_api_call("courtlistener", (h.clock + dt.timedelta(minutes=30)).timestamp() - 1)
    finally:
        store.close()
    report = h.check()
    out = {o.name.split(":")[0]: o for o in report.outcomes}
    assert out["courtlistener"].status == "deferred"
    assert "budget" in out["courtlistener"].message
    assert not report.failed


def test_dry_run_sends_nothing_and_loses_nothing(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    first_round(h)
    n0 = len(smtp.received)
    h.world.rss = rss_feed([RSS_195])
    report = h.check(dry_run=True)
    assert len(smtp.received) == n0
    assert len(report.dry_run_subjects) == 2
    report = h.check()
    assert len(smtp.received) == n0 + 2  # what the dry run saw is mailed by the next real run


class CrashAfterSend:
    """A transport that delivers, then the process 'dies' before the send is recorded."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner

    def send(self, message: EmailMessage) -> None:
        self.inner.send(message)
        raise ProcessDied


class ProcessDied(BaseException):
    pass


def test_crash_between_send_and_record_resends_once_with_same_message_id(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    first_round(h)
    n0 = len(smtp.received)
    h.world.rss = rss_feed([RSS_195])
    with pytest.raises(ProcessDied):
        h.check(wrap=CrashAfterSend)
    sent_before_crash = smtp.received[n0:]
    assert len(sent_before_crash) == 1  # the first digest went out, then the process died
    h.check()
    h.check()
    after = smtp.received[n0:]
    ids = [m["Message-ID"] for m in after]
    assert len(after) == 3  # the crashed one resent once, the other sent once
    assert ids.count(sent_before_crash[0]["Message-ID"]) == 2
    assert after[0].as_bytes() == after[1].as_bytes()  # byte for byte the same message


def test_cli_check_prints_summary_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text(config_text(tmp_path, smtp_port=None, courtlistener=False))
    with respx.mock(assert_all_called=False) as router:
        router.get(RSS_URL).mock(return_value=httpx.Response(200, content=rss_feed([RSS_190])))
        router.get(NEWS_URL).mock(return_value=httpx.Response(500))
        code = main(["check", "--config", str(path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "pacer_rss:cacd: ok" in out
    assert f"news:{NEWS_URL}: failed" in out
    assert list((tmp_path / "outbox").glob("*.eml"))  # file transport: the now-following digest
    # events --json: one object a line, the contract's keys
    code = main(["events", "--config", str(path), "--json"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert code == 0 and lines
    assert set(json.loads(lines[0])) == {"id", "case", "kind", "detected_at", "entry_number", "summary", "data"}


def test_cli_config_error_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[[cases]]\nid = "x"\ncourt = "cacd"\ndocket_number = "8:17-cv-01898"\n[email]\nport = "25"\n')
    assert main(["check", "--config", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "email.port" in err


def test_cli_lock_held_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text(config_text(tmp_path, smtp_port=None))
    holder = Store(load_config(path).database)
    holder.acquire_lock("monitor run")
    try:
        with respx.mock(assert_all_called=False) as router:
            route = router.get(RSS_URL).mock(return_value=httpx.Response(200, content=rss_feed([])))
            assert main(["check", "--config", str(path)]) == 3
            assert not route.called
    finally:
        holder.close()
    assert "lock" in capsys.readouterr().err


def test_dry_run_on_a_fresh_database_shows_the_welcome_digests(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    h.world.rss = rss_feed([RSS_190])
    report = h.check(dry_run=True)
    assert sorted(s.split(":")[0] for s in report.dry_run_subjects) == ["advocate@example.org", "lawyer@example.org"]
    assert smtp.received == []
    h.check()
    assert len(smtp.received) == 2


def test_courtlistener_429_fails_then_defers_until_retry_after(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    first_round(h)
    h.world.cl_response = lambda request: httpx.Response(429, headers={"Retry-After": "7200"})  # type: ignore
    report = h.check()
    out = {o.name.split(":")[0]: o for o in report.outcomes}
    assert out["courtlistener"].status == "failed" and "retry after 7200" in out["courtlistener"].message
    report = h.check()  # 30 minutes later: still inside the server's Retry-After
    out = {o.name.split(":")[0]: o for o in report.outcomes}
    assert out["courtlistener"].status == "deferred" and not report.failed
    h.world.cl_response = World().cl_response  # type: ignore[method-assign]
    h.clock += dt.timedelta(hours=2)
    report = h.check()
    assert {o.name.split(":")[0]: o.status for o in report.outcomes}["courtlistener"] == "ok"


def test_acceptance_rounds_every_digest_exactly_once(tmp_path: Path, smtp: SmtpServer) -> None:
    """Several rounds: new entries, repeats, a broken feed, an SMTP outage; each expected digest arrives once."""
    h = Harness(tmp_path, smtp)
    expected_per_subscriber = 0
    first_round(h)
    expected_per_subscriber += 1  # now following
    h.check()  # repeat
    h.world.rss = rss_feed([RSS_195])
    h.check()
    expected_per_subscriber += 1  # Dkt. 195
    h.world.rss = httpx.Response(200, content=b"<html><body>Service unavailable</body></html>")
    h.world.news = news_feed([ARTICLE, ARTICLE_2])
    report = h.check()
    assert report.failed
    expected_per_subscriber += 1  # the news still goes out
    smtp.stop()
    h.world.rss = rss_feed([RSS_195, RSS_NO_NUMBER])
    h.world.cl_entries = [*HISTORY, ENTRY_195]
    h.check()  # queued
    h.check()  # still down: nothing new queued, nothing lost
    smtp.start()
    expected_per_subscriber += 1  # Notice of Lodging (+ 195's full text) in one digest
    h.check()
    h.check()
    for who in ("lawyer@example.org", "advocate@example.org"):
        got = [m for m in smtp.received if m["To"] == who]
        assert len(got) == expected_per_subscriber, [m["Subject"] for m in got]
        assert len({m["Message-ID"] for m in got}) == expected_per_subscriber


def test_news_feed_conditional_get_uses_stored_validators(tmp_path: Path, smtp: SmtpServer) -> None:
    h = Harness(tmp_path, smtp)
    seen: list[str | None] = []

    def news(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(200, content=news_feed([ARTICLE]), headers={"ETag": '"v1"'})

    h.world.news_response = news  # type: ignore[method-assign]
    h.check()
    report = h.check()
    assert seen == [None, '"v1"']
    assert {o.name.split(":")[0]: o.status for o in report.outcomes}["news"] == "not_modified"
