"""Local stand-ins for the outside world, used by the end-to-end tests.

Builders for a C.D. Cal. CM/ECF RSS feed, CourtListener v4 JSON pages and a news RSS feed (served through respx),
and a real SMTP server on 127.0.0.1 (aiosmtpd) that records what it receives and can be switched off.
"""

from __future__ import annotations

import email
import email.policy
import json
import socket
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from html import escape
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

RSS_URL = "https://ecf.cacd.uscourts.gov/cgi-bin/rss_outside.pl"
CL_BASE = "https://cl.test/api/rest/v4/"
NEWS_URL = "https://news.test/rss/search?q=Chhoeun"
CASE_TITLE = "8:17-cv-01898-CJC-GJS Keo Chhoeun et al v. David Marin et al"
PACER_CASE_ID = "691476"


@dataclass(frozen=True)
class RssItem:
    number: int | None
    short: str
    seq: int
    published: str  # RFC 822, GMT
    doc_id: str | None = None
    title: str = CASE_TITLE
    case_id: str = PACER_CASE_ID


def rss_feed(items: Sequence[RssItem]) -> bytes:
    parts = []
    for it in items:
        link = ""
        if it.number is not None and it.doc_id:
            href = f"https://ecf.cacd.uscourts.gov/doc1/{it.doc_id}?caseid={it.case_id}&de_seq_num={it.seq}"
            link = f" (<a href=\"{escape(href)}\" >{it.number}</a>)"
        desc = escape(f"[{it.short}]{link}")
        parts.append(textwrap.dedent(f"""\
            <item>
            <title>{escape(it.title)}</title>
            <link>https://ecf.cacd.uscourts.gov/cgi-bin/DktRpt.pl?{it.case_id}</link>
            <description>{desc}</description>
            <guid isPermaLink="true">https://ecf.cacd.uscourts.gov/cgi-bin/DktRpt.pl?{it.case_id}&amp;{it.seq}</guid>
            <pubDate>{it.published}</pubDate>
            </item>"""))
    body = "\n".join(parts)
    return (
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel>"
        "<title>cacd Filing Notifications</title><link>https://ecf.cacd.uscourts.gov</link>"
        f"<description>All docket entries</description>\n{body}\n</channel></rss>\n"
    ).encode("iso-8859-1")


def unrelated_item(seq: int) -> RssItem:
    return RssItem(12, "Notice of Appearance", seq, "Thu, 03 Jan 2019 20:00:00 GMT", "031127999999",
                   title="2:18-cv-00001-ABC Someone v. Someone Else", case_id="700001")


@dataclass(frozen=True)
class ClEntry:
    number: int | None
    date_filed: str
    description: str
    modified: str  # ISO 8601
    short: str = ""
    doc_id: str | None = None
    cl_id: int = 0

    def as_json(self) -> dict[str, Any]:
        docs = []
        if self.short or self.doc_id:
            docs.append({"id": 50000 + (self.number or 0), "description": self.short,
                         "pacer_doc_id": self.doc_id, "document_number": str(self.number or ""),
                         "document_type": 1,
                         "absolute_url": f"/docket/7000/{self.number}/chhoeun-v-marin/"})
        return {"id": self.cl_id or 900000 + (self.number or 0), "entry_number": self.number,
                "date_filed": self.date_filed, "date_modified": self.modified, "description": self.description,
                "recap_documents": docs}


def cl_page(entries: Sequence[ClEntry], next_url: str | None = None) -> dict[str, Any]:
    return {"count": len(entries), "next": next_url, "previous": None,
            "results": [e.as_json() for e in entries]}


def cl_dockets() -> dict[str, Any]:
    return {"count": 1, "next": None, "previous": None, "results": [
        {"id": 7000, "docket_number": "8:17-cv-01898", "case_name": "Chhoeun v. Marin",
         "pacer_case_id": PACER_CASE_ID, "court_id": "cacd"}]}


def news_feed(items: Sequence[tuple[str, str, str, str]]) -> bytes:
    """items: (title, url, outlet, pubDate)."""
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(u)}</link><pubDate>{d}</pubDate>"
        f"<description>{escape(t)}</description><source url=\"https://outlet.test\">{escape(o)}</source></item>"
        for t, u, o, d in items)
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>News search</title>"
            f"<link>https://news.test</link><description>x</description>{body}</channel></rss>").encode()


def dumps(obj: Any) -> bytes:
    return json.dumps(obj).encode()


# ---- SMTP ---------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class _Handler:
    received: list[EmailMessage] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # rcpt -> "550 ..." reply

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802
                          rcpt_options: Any) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        msg = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        self.received.append(msg)
        return "250 Message accepted"


class SmtpServer:
    """A real SMTP server on 127.0.0.1:port. stop() then start() again simulates an outage."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.handler = _Handler()
        self._controller: Controller | None = None

    @property
    def received(self) -> list[EmailMessage]:
        return self.handler.received

    def start(self) -> None:
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


def config_text(tmp: Path, *, smtp_port: int | None, every: float = 0.05, subscribers: str | None = None,
                courtlistener: bool = True, news: bool = True) -> str:
    email_cfg = (f'transport = "smtp"\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\n'
                 if smtp_port else 'transport = "file"\noutbox = "outbox"\n')
    subs = subscribers if subscribers is not None else textwrap.dedent("""\
        [[subscribers]]
        email = "lawyer@example.org"
        cases = ["chhoeun-v-marin"]
        frequency = "immediate"

        [[subscribers]]
        email = "advocate@example.org"
        cases = ["*"]
        frequency = "immediate"
        """)
    return textwrap.dedent(f"""\
        [monitor]
        database = "monitor.db"
        timezone = "America/Los_Angeles"
        user_agent = "docket-monitor-test/0.1"

        [[cases]]
        id = "chhoeun-v-marin"
        name = "Chhoeun v. Marin"
        court = "cacd"
        docket_number = "8:17-cv-01898"
        judge = "Cormac J. Carney"
        news_keywords = ["Chhoeun", "Cambodian"]

        [sources.pacer_rss]
        every_minutes = {every}
        url = "https://ecf.{{court}}.uscourts.gov/cgi-bin/rss_outside.pl"

        [sources.courtlistener]
        enabled = {str(courtlistener).lower()}
        every_minutes = {every}
        url = "{CL_BASE}"
        token_env = "TEST_CL_TOKEN"

        [sources.news]
        enabled = {str(news).lower()}
        every_minutes = {every}
        feeds = ["{NEWS_URL}"]

        [sources.fetch]
        timeout_seconds = 5
        retries = 1

        [email]
        from = "Docket Monitor <monitor@test.example>"
        """) + email_cfg + "\n" + subs
