"""A replay of Chhoeun v. Marin's 2019 TRO -> PI history through the real check pipeline, round by round.

Stand-in servers (respx) serve what the court feed, CourtListener and a news feed would have shown on each day;
a real SMTP server receives the digests. Checked through `monitor events --json`, the digests' subjects, and the
.ics that `monitor hearings --ics` writes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import icalendar
import pytest
import respx

from monitor.check import CheckReport, run_check
from monitor.cli import main, make_policy, make_transport
from monitor.config import load_config
from monitor.sources import Env
from monitor.store import Store
from tests.stand_ins import (
    CL_BASE,
    NEWS_URL,
    RSS_URL,
    ClEntry,
    RssItem,
    SmtpServer,
    cl_page,
    config_text,
    news_feed,
    rss_feed,
)

CASE = "chhoeun-v-marin"

TEXT = {
    1: "PETITION for Writ of Habeas Corpus and Class Action Complaint filed by Petitioners Keo Chhoeun, Sokha Nhem. "
       "(Entered: 10/27/2017)",
    93: "ORDER GRANTING IN PART PETITIONERS' MOTION FOR PRELIMINARY INJUNCTION [77] by Judge Cormac J. Carney. "
        "Respondents are enjoined from removing the named Petitioners pending adjudication of their motions to "
        "reopen. (twdb) (Entered: 02/06/2018)",
    185: "EX PARTE APPLICATION for Temporary Restraining Order filed by Petitioners. (Attachments: # 1 Memorandum, "
         "# 2 Proposed Order) (Entered: 01/02/2019)",
    190: "ORDER GRANTING PETITIONERS' EX PARTE APPLICATION FOR TEMPORARY RESTRAINING ORDER [185] by Judge Cormac J. "
         "Carney. Respondents shall provide 14 days' written notice before re-detaining any class member. Order to "
         "Show Cause re Preliminary Injunction: Motion Hearing set for 1/28/2019 01:30 PM before Judge Cormac J. "
         "Carney. (twdb) (Entered: 01/03/2019)",
    195: "ORDER GRANTING STIPULATION TO CONTINUE HEARING ON ORDER TO SHOW CAUSE RE PRELIMINARY INJUNCTION [194] by "
         "Judge Cormac J. Carney. The hearing set for January 28, 2019 is CONTINUED to February 4, 2019 at 10:00 "
         "a.m. (twdb) (Entered: 01/10/2019)",
    205: "MINUTES OF Hearing on Order to Show Cause re Preliminary Injunction held before Judge Cormac J. Carney. The "
         "Court hears oral argument and takes the matter under submission. Court Reporter: Debbie Hino-Spaan. (rla) "
         "(Entered: 02/04/2019)",
    210: "ORDER GRANTING PRELIMINARY INJUNCTION [190] by Judge Cormac J. Carney. Respondents are enjoined from "
         "re-detaining class members without 14 days' written notice. Status Conference set for 3/11/2019 09:00 AM. "
         "(twdb) (Entered: 02/08/2019)",
    215: "MINUTE ORDER IN CHAMBERS by Judge Cormac J. Carney: The Status Conference set for March 11, 2019 is "
         "VACATED. (rla) (Entered: 03/01/2019)",
}
FILED = {1: "2017-10-26", 93: "2018-02-05", 185: "2019-01-02", 190: "2019-01-03", 195: "2019-01-10",
         205: "2019-02-04", 210: "2019-02-07", 215: "2019-03-01"}
SHORT = {185: "Ex Parte Application for TRO", 190: "Order on Ex Parte Application for TRO",
         195: "Order on Stipulation", 205: "Minutes of Motion Hearing", 210: "Order on Motion for Preliminary "
         "Injunction", 215: "Minutes of In Chambers Order"}


def cl(n: int, modified: str) -> ClEntry:
    return ClEntry(n, FILED[n], TEXT[n], modified, SHORT.get(n, ""), f"0311270{n:05d}")


def rss(n: int, seq: int) -> RssItem:
    day = dt.date.fromisoformat(FILED[n])
    return RssItem(n, SHORT[n], seq, day.strftime("%a, %d %b %Y 23:00:00 GMT"), f"0311270{n:05d}")


ARTICLE = ("Federal judge blocks ICE from re-detaining Cambodian refugees", "https://outlet.test/ice-cambodian",
           "The Outlet", "Fri, 04 Jan 2019 10:00:00 GMT")
OFF_TOPIC = ("Marin County fair opens", "https://outlet.test/fair", "Marin IJ", "Fri, 04 Jan 2019 11:00:00 GMT")
SAME_STORY = ("Federal judge blocks ICE from re-detaining Cambodian refugees - The Outlet",
              "https://www.outlet.test/ice-cambodian/?utm_source=rss", "The Outlet", "Fri, 04 Jan 2019 12:00:00 GMT")


class Replay:
    def __init__(self, tmp_path: Path, smtp: SmtpServer) -> None:
        subs = """
[[subscribers]]
email = "lawyer@example.org"
cases = ["chhoeun-v-marin"]

[[subscribers]]
email = "partner@example.org"
cases = ["*"]
events = ["relief_changed"]
"""
        self.path = tmp_path / "config.toml"
        self.path.write_text(config_text(tmp_path, smtp_port=smtp.port, subscribers=subs))
        self.config = load_config(self.path)
        self.smtp = smtp
        self.rss: list[RssItem] = []
        self.cl: list[ClEntry] = []
        self.news: list[tuple[str, str, str, str]] = []
        self.clock = dt.datetime(2019, 1, 1, 12, tzinfo=dt.UTC)

    def cl_response(self, request: httpx.Request) -> httpx.Response:
        mark = request.url.params.get("date_modified__gte")
        entries = sorted((e for e in self.cl if mark is None or e.modified >= mark), key=lambda e: e.modified)
        return httpx.Response(200, json=cl_page(entries))

    def round(self, day: str) -> tuple[CheckReport, list[Any]]:
        self.clock = dt.datetime.fromisoformat(day + "T23:30:00+00:00")
        before = len(self.smtp.received)
        store = Store(self.config.database)
        try:
            with respx.mock(assert_all_called=False) as router, httpx.Client() as client:
                router.get(RSS_URL).mock(side_effect=lambda r: httpx.Response(200, content=rss_feed(self.rss)))
                router.get(CL_BASE + "docket-entries/").mock(side_effect=self.cl_response)
                router.get(CL_BASE + "dockets/").mock(return_value=httpx.Response(200, json={
                    "count": 1, "next": None, "previous": None, "results": [
                        {"id": 7000, "docket_number": "8:17-cv-01898", "case_name": "Chhoeun v. Marin",
                         "pacer_case_id": "691476", "court_id": "cacd"}]}))
                router.get(NEWS_URL).mock(side_effect=lambda r: httpx.Response(200, content=news_feed(self.news)))
                env = Env(client=client, store=store, config=self.config, policy=make_policy(self.config),
                          now=lambda: self.clock, sleep=lambda s: None, environ={"TEST_CL_TOKEN": "t"})
                report = run_check(env, make_transport(self.config, {}), force=True)
        finally:
            store.close()
        assert not report.failed, [o.line() for o in report.outcomes]
        return report, self.smtp.received[before:]

    def events(self, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
        capsys.readouterr()
        assert main(["events", "--config", str(self.path), "--json"]) == 0
        return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


def to(mails: list[Any], addr: str) -> list[str]:
    return [str(m["Subject"]) for m in mails if m["To"] == addr]


def test_replay_tro_to_preliminary_injunction(tmp_path: Path, smtp: SmtpServer,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    r = Replay(tmp_path, smtp)

    # 2019-01-01: start following; the history (incl. the 2018 PI for the named petitioners) is the baseline
    r.cl = [cl(1, "2017-10-27T10:00:00Z"), cl(93, "2018-02-06T10:00:00Z")]
    _, mails = r.round("2019-01-01")
    assert to(mails, "lawyer@example.org") == ["[Chhoeun v. Marin] Now following; Preliminary injunction granted"] \
        or to(mails, "lawyer@example.org")[0].startswith("[Chhoeun v. Marin] Now following")
    assert len(to(mails, "partner@example.org")) == 1  # the welcome, whatever the event filter
    body = mails[0].get_body(("plain",)).get_content()
    assert "In force: Preliminary injunction (Dkt. 93" in body

    # 01-02: the ex parte application (stub in the feed, full text on CourtListener the same day)
    r.rss = [rss(185, 700)]
    r.cl.append(cl(185, "2019-01-02T23:10:00Z"))
    _, mails = r.round("2019-01-02")
    # the court feed is polled first: the entry is announced with its short description
    assert to(mails, "lawyer@example.org") == ["[Chhoeun v. Marin] Dkt. 185: Ex Parte Application for TRO"]
    assert to(mails, "partner@example.org") == []  # only wants relief changes

    # 01-03: the TRO order appears in the court feed only (a stub: no disposition known yet)
    r.rss = [rss(190, 710)]
    _, mails = r.round("2019-01-03")
    assert to(mails, "lawyer@example.org") == ["[Chhoeun v. Marin] Dkt. 190: Order on Ex Parte Application for TRO"]

    # 01-04: CourtListener has the full text: the TRO and its hearing; news (one on topic, one not)
    r.cl.append(cl(190, "2019-01-04T01:00:00Z"))
    r.news = [ARTICLE, OFF_TOPIC]
    _, mails = r.round("2019-01-04")
    assert to(mails, "lawyer@example.org") == [
        "[Chhoeun v. Marin] Temporary restraining order granted; hearing set for Jan. 28, 2019"]
    assert to(mails, "partner@example.org") == ["[Chhoeun v. Marin] Temporary restraining order granted"]
    body = [m for m in mails if m["To"] == "lawyer@example.org"][0].get_body(("plain",)).get_content()
    assert body.index("RELIEF AND HEARINGS") < body.index("ORDERS") < body.index("NEWS")
    assert "Marin County fair" not in body

    # 01-05: the same story again from the feed under another URL: nothing new
    r.news = [ARTICLE, SAME_STORY, OFF_TOPIC]
    _, mails = r.round("2019-01-05")
    assert mails == []

    # 01-10: the stipulated continuance, from both sources
    r.rss = [rss(195, 720)]
    r.cl.append(cl(195, "2019-01-10T23:30:00Z"))
    _, mails = r.round("2019-01-10")
    assert to(mails, "lawyer@example.org") == ["[Chhoeun v. Marin] Hearing moved to Feb. 4, 2019; scheduling order "
                                               "granted"] or to(mails, "lawyer@example.org")[0].startswith(
        "[Chhoeun v. Marin] Hearing moved to Feb. 4, 2019")
    assert to(mails, "partner@example.org") == []

    # a re-run over the same data: nothing
    _, mails = r.round("2019-01-11")
    assert mails == []

    # 02-04: the hearing is held and the matter taken under submission
    r.rss = [rss(205, 730)]
    r.cl.append(cl(205, "2019-02-04T23:40:00Z"))
    _, mails = r.round("2019-02-04")
    assert to(mails, "lawyer@example.org")[0].startswith("[Chhoeun v. Marin] Hearing held")

    # 02-07: the preliminary injunction, citing the TRO; a status conference set
    r.cl.append(cl(210, "2019-02-07T23:40:00Z"))
    _, mails = r.round("2019-02-07")
    assert to(mails, "lawyer@example.org") == [
        "[Chhoeun v. Marin] Preliminary injunction granted; hearing set for March 11, 2019"]
    assert to(mails, "partner@example.org") == ["[Chhoeun v. Marin] Preliminary injunction granted"]

    # 03-01: the status conference is vacated
    r.cl.append(cl(215, "2019-03-01T23:40:00Z"))
    _, mails = r.round("2019-03-01")
    [subject] = to(mails, "lawyer@example.org")
    assert subject.startswith("[Chhoeun v. Marin] Hearing of March 11, 2019 vacated")

    events = r.events(capsys)
    keys = Counter(e["id"] for e in events)
    assert all(v == 1 for v in keys.values())
    new_entries = Counter(e["entry_number"] for e in events if e["kind"] == "new_entry")
    assert new_entries == {1: 1, 93: 1, 185: 1, 190: 1, 195: 1, 205: 1, 210: 1, 215: 1}
    relief = [(e["data"]["from"], e["data"]["to"], e["data"]["entry_number"], e["data"]["line_started_by"])
              for e in events if e["kind"] == "relief_changed"]
    assert relief == [
        (None, "preliminary_injunction", 93, 93),  # 2018, named petitioners (baseline)
        (None, "temporary_restraining_order", 190, 190),
        ("temporary_restraining_order", "preliminary_injunction", 210, 190),  # TRO -> PI on the same line
    ]
    hearings = [(e["kind"], e["data"].get("date") or e["data"].get("to"), e["data"].get("from"))
                for e in events if e["kind"].startswith("hearing_")]
    assert hearings == [
        ("hearing_set", "2019-01-28", None),
        ("hearing_moved", "2019-02-04", "2019-01-28"),
        ("hearing_held", "2019-02-04", None),
        ("hearing_set", "2019-03-11", None),
        ("hearing_vacated", "2019-03-11", None),
    ]
    assert [e["data"]["title"] for e in events if e["kind"] == "news"] == [ARTICLE[0]]

    # the calendar: the moved hearing kept its UID, the vacated one is cancelled
    ics = tmp_path / "hearings.ics"
    assert main(["hearings", "--config", str(r.path), "--from", "2019-01-01", "--ics", str(ics)]) == 0
    table = capsys.readouterr().out
    assert "Feb. 4, 2019" in table and "vacated" in table
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    vevents = {str(v["UID"]): v for v in cal.walk("VEVENT")}
    assert len(vevents) == 2
    statuses = sorted(str(v["STATUS"]) for v in vevents.values())
    assert statuses == ["CANCELLED", "CONFIRMED"]
    moved = [v for v in vevents.values() if str(v["STATUS"]) == "CONFIRMED"][0]
    start = moved.decoded("DTSTART")
    assert (start.date(), start.hour, start.minute) == (dt.date(2019, 2, 4), 10, 0)
    assert int(moved["SEQUENCE"]) == 1

    # status: the 2018 PI and the 2019 PI are in force
    assert main(["status", "--config", str(r.path)]) == 0
    status = capsys.readouterr().out
    assert status.count("in force: preliminary_injunction") == 2
