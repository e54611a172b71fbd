"""notifiers.render: headers, injection, escaping, links, section order, text wrapping."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import json
from email.message import EmailMessage
from pathlib import Path

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

from notifiers import render
from notifiers.model import CaseDigest, Digest, DigestItem, DigestSection
from notifiers.render import clean_subject, render_digest, render_html, render_text, safe_url

DOCKET_TEXT = (
    "ORDER GRANTING PETITIONERS' EX PARTE APPLICATION FOR TEMPORARY RESTRAINING ORDER by Judge Cormac J. "
    "Carney. Respondents are ENJOINED from re-detaining any class member without 14 days' written notice "
    "<script>alert('x')</script> & the Court sets a hearing on the motion for preliminary injunction for "
    "1/28/2019 at 01:30 PM."
)


def make_digest(**overrides: object) -> Digest:
    sections = (
        DigestSection(
            "Relief and hearings",
            (
                DigestItem(
                    kind="relief_changed",
                    summary="Temporary restraining order granted (Dkt. 190)",
                    detail=DOCKET_TEXT,
                    url="https://ecf.cacd.uscourts.gov/doc1/031127361738",
                    entry_number=190,
                    date="2019-01-03",
                ),
                DigestItem(
                    kind="hearing_set", summary="Hearing set: preliminary injunction, 2019-01-28 13:30"
                ),
            ),
        ),
        DigestSection("Orders", ()),  # empty: omitted
        DigestSection(
            "New entries",
            (
                DigestItem(
                    kind="new_entry",
                    summary="Ex parte application for TRO filed <b>bold</b>",
                    url="javascript:alert(document.cookie)",
                    entry_number=181,
                    date="2018-12-28",
                ),
            ),
        ),
        DigestSection(
            "News",
            (
                DigestItem(
                    kind="news",
                    summary="Judge halts deportations of Cambodian refugees",
                    url="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                    date="2019-01-04",
                ),
            ),
        ),
    )
    case = CaseDigest(
        case_id="chhoeun-v-marin",
        case_name="Chhoeun v. Marin",
        docket_number="8:17-cv-01898-CJC-GJS",
        court="C.D. Cal.",
        sections=sections,
        docket_url="https://www.courtlistener.com/docket/6240397/chhoeun-v-marin/",
    )
    fields: dict[str, object] = {
        "to": "lawyer@example.org",
        "sender": "Docket Monitor <docket-monitor@localhost>",
        "subject": "Chhoeun v. Marin: TRO granted",
        "message_id": "<digest.chhoeun-v-marin.20190103@docket-monitor>",
        "date": dt.datetime(2019, 1, 3, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
        "cases": (case,),
        "intro": "Now following Chhoeun v. Marin.",
        "footer": "You get this because config.toml subscribes lawyer@example.org.",
    }
    fields.update(overrides)
    return Digest(**fields)  # type: ignore[arg-type]


def reparse(msg: EmailMessage) -> EmailMessage:
    parsed = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def body(msg: EmailMessage, subtype: str) -> str:
    part = msg.get_body((subtype,))
    assert part is not None, subtype
    assert isinstance(part, EmailMessage)
    content = part.get_content()
    assert isinstance(content, str)
    return content


def test_headers_and_parts() -> None:
    digest = make_digest()
    msg = reparse(render_digest(digest))
    assert msg["Subject"] == "Chhoeun v. Marin: TRO granted"
    assert msg["From"] == "Docket Monitor <docket-monitor@localhost>"
    assert msg["To"] == "lawyer@example.org"
    assert msg["Message-ID"] == "<digest.chhoeun-v-marin.20190103@docket-monitor>"
    assert msg["MIME-Version"] == "1.0"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Docket-Monitor"] == "1"
    assert email.utils.parsedate_to_datetime(msg["Date"]) == digest.date
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert "Temporary restraining order granted" in body(msg, "plain")
    assert "Temporary restraining order granted" in body(msg, "html")


def test_message_id_reused_exactly() -> None:
    a = render_digest(make_digest())
    b = render_digest(make_digest(date=dt.datetime(2019, 1, 4, tzinfo=dt.UTC)))
    assert a["Message-ID"] == b["Message-ID"] == "<digest.chhoeun-v-marin.20190103@docket-monitor>"


def test_subject_crlf_injection_stripped() -> None:
    digest = make_digest(subject="TRO granted\r\nBcc: attacker@evil.example\r\n\r\n<html>body")
    raw = render_digest(digest).as_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Bcc"] is None
    assert msg["Subject"] == "TRO granted Bcc: attacker@evil.example <html>body"
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in header_block


def test_subject_control_chars_and_unicode_separators_removed() -> None:
    subject = "Order\x00 entered\u2028in\x1b[31m case\u202e \t  Chhoeun"
    assert clean_subject(subject) == "Order entered in[31m case Chhoeun"


def test_subject_capped_with_ellipsis() -> None:
    long = "Chhoeun v. Marin " + "order " * 100
    capped = clean_subject(long)
    assert len(capped) <= render.SUBJECT_MAX
    assert capped.endswith("…")
    assert capped.startswith("Chhoeun v. Marin order")
    msg = reparse(render_digest(make_digest(subject=long)))
    assert msg["Subject"] == capped


def test_non_ascii_subject_round_trips() -> None:
    msg = reparse(render_digest(make_digest(subject="Chhoeun v. Marin — ordonnance")))
    assert msg["Subject"] == "Chhoeun v. Marin — ordonnance"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("to", "lawyer@example.org\r\nBcc: attacker@evil.example"),
        ("to", "lawyer@example.org\nX-Evil: 1"),
        ("to", "not-an-address"),
        ("to", "a@example.org, b@example.org"),
        ("to", ""),
        ("sender", "Docket Monitor <docket-monitor@localhost>\r\nBcc: x@evil.example"),
        ("sender", "Docket Monitor"),
    ],
)
def test_bad_addresses_raise_value_error_naming_them(field: str, value: str) -> None:
    with pytest.raises(ValueError) as info:
        render_digest(make_digest(**{field: value}))
    assert repr(value) in str(info.value)


def test_bad_message_id_and_naive_date_raise() -> None:
    with pytest.raises(ValueError, match="Message-ID"):
        render_digest(make_digest(message_id="<x@y>\r\nBcc: a@b.c"))
    with pytest.raises(ValueError, match="Message-ID"):
        render_digest(make_digest(message_id="no-angle-brackets"))
    with pytest.raises(ValueError, match="timezone-aware"):
        render_digest(make_digest(date=dt.datetime(2019, 1, 3, 12, 0)))


def test_html_escapes_untrusted_text() -> None:
    digest = make_digest(
        cases=(
            CaseDigest(
                case_id="x",
                case_name="Doe v. <script>alert(1)</script>",
                docket_number="1:19-cv-00001",
                court="cacd",
                sections=(
                    DigestSection("New <i>entries</i>", (DigestItem("new_entry", "<b>x</b>", DOCKET_TEXT),)),
                ),
            ),
        ),
        intro="<img src=x onerror=alert(1)>",
    )
    html = render_html(digest)
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the Court" in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html
    assert "New &lt;i&gt;entries&lt;/i&gt;" in html
    assert "<img" not in html
    # the plain-text part shows the text as it is
    text = render_text(digest)
    assert "<script>alert('x')</script> & the Court" in text
    assert "Doe v. <script>alert(1)</script>" in text


def test_autoescape_is_on_for_html_and_off_for_text() -> None:
    env = render._ENV
    assert env.undefined is jinja2.StrictUndefined
    html_t = env.get_template("digest.html.j2")
    text_t = env.get_template("digest.txt.j2")
    assert html_t.environment.autoescape("digest.html.j2") is True  # type: ignore[operator]
    assert text_t.environment.autoescape("digest.txt.j2") is False  # type: ignore[operator]


def test_only_http_links_become_links() -> None:
    html = render_html(make_digest())
    assert 'href="https://ecf.cacd.uscourts.gov/doc1/031127361738"' in html
    assert 'href="https://www.courtlistener.com/docket/6240397/chhoeun-v-marin/"' in html
    assert 'href="javascript' not in html.lower()
    assert 'href="data:' not in html.lower()
    assert html.count("<a ") == 2
    # shown as plain text instead
    assert "javascript:alert(document.cookie)" in html


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ecf.cacd.uscourts.gov/doc1/1", "https://ecf.cacd.uscourts.gov/doc1/1"),
        ("HTTP://example.org/a?b=1&c=2", "HTTP://example.org/a?b=1&c=2"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.org/x", None),
        ("https://", None),
        ("https://example.org/a b", None),
        ("https://example.org/\r\nx", None),
        ("ftp://example.org/x", None),
        (None, None),
        ("", None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_href_attribute_cannot_be_broken_out_of() -> None:
    item = DigestItem("news", "s", url='https://example.org/"onmouseover="alert(1)', entry_number=3)
    digest = make_digest(cases=(CaseDigest("x", "X", "1", "c", (DigestSection("News", (item,)),)),))
    html = render_html(digest)
    assert 'href="https://example.org/&#34;onmouseover=&#34;alert(1)"' in html


def test_sections_and_summaries_in_given_order() -> None:
    digest = make_digest()
    summaries = [
        "Temporary restraining order granted (Dkt. 190)",
        "Hearing set: preliminary injunction, 2019-01-28 13:30",
        "Ex parte application for TRO filed",
        "Judge halts deportations of Cambodian refugees",
    ]
    for rendered in (render_text(digest), render_html(digest)):
        positions = [rendered.index(s) for s in summaries]
        assert positions == sorted(positions)
    text = render_text(digest)
    titles = [text.index(t) for t in ("RELIEF AND HEARINGS", "NEW ENTRIES", "NEWS")]
    assert titles == sorted(titles)
    assert "ORDERS" not in text  # empty section left out
    html = render_html(digest)
    assert html.index("Relief and hearings") < html.index("New entries") < html.index(">News<")
    assert ">Orders<" not in html


def test_case_heading_and_item_meta() -> None:
    digest = make_digest()
    text = render_text(digest)
    assert "Chhoeun v. Marin\n8:17-cv-01898-CJC-GJS - C.D. Cal.\n" in text
    assert "  Dkt. 190 | 2019-01-03\n" in text
    assert "Now following Chhoeun v. Marin." in text
    assert "\n-- \nYou get this because" in text
    html = render_html(digest)
    assert "8:17-cv-01898-CJC-GJS &middot; C.D. Cal." in html
    assert ">Dkt. 190</a> &middot; 2019-01-03" in html
    assert "Dkt. 181 &middot; 2018-12-28" in html  # javascript: URL: number not linked


def test_text_is_wrapped() -> None:
    text = render_text(make_digest())
    assert max(len(line) for line in text.splitlines()) <= render.TEXT_WIDTH
    assert "    ORDER GRANTING PETITIONERS'" in text  # detail indented under its item


def test_detail_keeps_paragraphs() -> None:
    item = DigestItem("new_entry", "s", detail="First paragraph.\n\nSecond\r\nline.")
    digest = make_digest(cases=(CaseDigest("x", "X", "1", "c", (DigestSection("New", (item,)),)),))
    assert "First paragraph.<br><br>\nSecond<br>\nline." in render_html(digest)
    assert "    First paragraph.\n\n    Second line." in render_text(digest)


def test_digest_without_cases_renders() -> None:
    msg = reparse(render_digest(make_digest(cases=(), intro=None, footer=None)))
    assert "<body" in body(msg, "html")
    assert body(msg, "plain").strip() == ""


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_subject_yields_one_safe_header(subject: str) -> None:
    raw = render_digest(make_digest(subject=subject)).as_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    value = str(msg["Subject"])
    assert "\n" not in value and "\r" not in value
    assert len(value) <= render.SUBJECT_MAX
    assert msg["Bcc"] is None
    assert msg["Message-ID"] == "<digest.chhoeun-v-marin.20190103@docket-monitor>"


def _number(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@pytest.mark.corpus
def test_real_docket_entries_render(corpus: Path) -> None:
    """Every real docket text of the corpus: escaped verbatim in HTML, wrapped in text, digest sendable."""
    rows = [json.loads(line) for line in (corpus / "docket_entries.jsonl").read_text().splitlines() if line]
    by_docket: dict[tuple[str, str], list[dict[str, str | None]]] = {}
    for row in rows:
        by_docket.setdefault((row["court_id"], row["docket_number"]), []).append(row)
    cases = tuple(
        CaseDigest(
            case_id=f"{court}-{number}",
            case_name=f"Case {number}",
            docket_number=number,
            court=court,
            sections=(
                DigestSection(
                    "New entries",
                    tuple(
                        DigestItem(
                            "new_entry",
                            f"Entry {row['entry_number'] or '(unnumbered)'} filed",
                            detail=row["description"],
                            entry_number=_number(row["entry_number"]),
                            date=row["date_filed"],
                        )
                        for row in entries
                    ),
                ),
            ),
        )
        for (court, number), entries in by_docket.items()
    )
    digest = make_digest(cases=cases)
    html = render_html(digest)
    text = render_text(digest)
    for row in rows:
        assert str(escape(" ".join((row["description"] or "").split()))) in html
    assert max(len(line) for line in text.splitlines() if " " in line.strip()) <= render.TEXT_WIDTH
    msg = reparse(render_digest(digest))
    assert body(msg, "html").replace("\r\n", "\n") == html
