"""PACER CM/ECF RSS feeds (`rss_outside.pl`) -> FeedItem records (the `monitor parse-feed` contract).

One FeedItem per `<item>`, in feed order; nothing is merged or dropped here (the store merges the several
items CM/ECF emits for one filing). Safe and fast: `check_xml` refuses entity declarations and DTD
internal subsets before the C ElementTree parser (which never loads external entities) reads the bytes;
no feedparser (slow, and its lenient fallback expands entities); no defusedxml either (it swaps in the
pure-Python XMLParser, twice as slow on a 200 KB feed, and check_xml already refuses what it guards
against).

What an item carries (district, bankruptcy and appellate CM/ECF differ a little):
- title: "<docket number> <case name>", often in CDATA, sometimes with `&amp;amp;` double escaping;
- link: `DktRpt.pl?<caseid>` (district/bankruptcy) or `...TransportRoom?...&caseNum=22-1214` (appellate);
- guid: `DktRpt.pl?<caseid>&<seq>` or `DktRpt.pl?<caseid>-<seq>` (bankruptcy); appellate `...&partId=N`;
- description: HTML, `[short desc] (<a href='.../doc1/<docid>?...&de_seq_num=N'>123</a>)`; bankruptcy
  prefixes "Type: bk Office: 1 Chapter: 11"; the link text is the entry number ("Document" on some
  appellate feeds, then there is no number); some items have no link at all;
- pubDate: RFC 822, in GMT or with a US zone name (EST, MST...).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import html
import logging
import re
import xml.etree.ElementTree as ET

from parsers.errors import ParseError
from parsers.records import FeedItem
from parsers.xmlsafety import DEFAULT_MAX_BYTES, check_xml, looks_like_html

log = logging.getLogger(__name__)

__all__ = ["parse_feed", "split_title", "parse_pubdate"]

# "<docket number> <case name>": district 1:17-cr-00554-MKB (judge initials, defendant number),
# bankruptcy 17-11234-shl or 18-00079, appellate 22-1214 / 11-8.
_DOCKET_RE = (
    r"\d{1,2}:\d{2}-[A-Za-z]{1,4}-\d{1,7}(?:-[A-Za-z0-9]{1,6})*"
    r"|\d{2}-\d{1,7}(?:-[A-Za-z]{2,6})?"
)
_TITLE_RE = re.compile(rf"(?:{_DOCKET_RE})(?=\s|$)")
_ANCHOR_RE = re.compile(
    r"""<a\s[^>]*?href\s*=\s*(?P<q>['"])(?P<href>.*?)(?P=q)[^>]*>(?P<text>.*?)</a\s*>""",
    re.IGNORECASE | re.DOTALL,
)
_DOC_ID_RE = re.compile(r"/docs?1/(\d+)")
_SEQ_IN_URL_RE = re.compile(r"[?&]de_seq_num=(\d+)")
_CASE_ID_RES = (
    re.compile(r"DktRpt\.pl\?(\d+)"),
    re.compile(r"iquery\.pl\?(\d+)"),
    re.compile(r"[?&]caseid=(\d+)", re.IGNORECASE),
)
_SEQ_IN_GUID_RE = re.compile(r"DktRpt\.pl\?\d+[&-](\d+)")
_CASE_NUM_RE = re.compile(r"[?&]caseNum=([^&#\s]+)")
_TAG_RE = re.compile(r"<[^>]*>")

# Zone names PACER servers write (RFC 822 knows only the continental US ones).
_ZONES = {
    "GMT": "+0000", "UT": "+0000", "UTC": "+0000", "Z": "+0000",
    "EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
    "MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
    "AKST": "-0900", "AKDT": "-0800", "HST": "-1000", "HDT": "-0900",
    "AST": "-0400", "ADT": "-0300", "CHST": "+1000", "SST": "-1100",
}  # fmt: skip
_ZONE_RE = re.compile(r"^(?P<rest>.*\d)\s+(?P<zone>[A-Za-z]{1,5})$")
_RFC822_RE = re.compile(
    r"^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+"
    r"(?:([+-])(\d{2})(\d{2})|([A-Za-z]{1,5}))$"
)
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}  # fmt: skip


def _fast_pubdate(text: str) -> dt.datetime | None:
    """The shape PACER writes ("Tue, 22 May 2018 22:10:04 GMT"), without the email module's overhead."""
    match = _RFC822_RE.match(text)
    if match is None:
        return None
    day, mon, year, hour, minute, second, sign, off_h, off_m, zone = match.groups()
    month = _MONTHS.get(mon.lower())
    if month is None:
        return None
    if zone is not None:
        offset = _ZONES.get(zone.upper())
        if offset is None:
            return None
        sign, off_h, off_m = offset[0], offset[1:3], offset[3:5]
    minutes = int(off_h) * 60 + int(off_m)
    try:
        naive = dt.datetime(
            int(year), month, int(day), int(hour), int(minute), int(second or 0), tzinfo=dt.UTC
        )
    except ValueError:
        return None
    return naive - dt.timedelta(minutes=-minutes if sign == "-" else minutes)


def _clean(text: str | None) -> str | None:
    """Unescape HTML entities (titles are often escaped twice), collapse whitespace; '' -> None."""
    if text is None:
        return None
    for _ in range(2):  # CM/ECF escapes titles once or twice ("&amp;amp;"), in or out of CDATA
        if "&" not in text:
            break
        text = html.unescape(text)
    cleaned = " ".join(text.split())
    return cleaned or None


def _strip(text: str | None) -> str | None:
    return text.strip() or None if text is not None else None


_URL_ENTITY_RE = re.compile(r"&(?:amp|#38|#x26|quot|#34|#x22|apos|#39|#x27);", re.IGNORECASE)


def _unescape_url(href: str) -> str | None:
    """Unescape an href from the description HTML: only the entities URLs carry (&amp; and quotes), so
    a query key such as `&copy=` is never read as an entity."""
    url = _URL_ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), href) if "&" in href else href
    url = url.strip()
    return url or None


def split_title(title: str | None) -> tuple[str | None, str | None]:
    """Split "<docket number> <case name>"; (None, title) when the title does not start with a number."""
    text = _clean(title)
    if text is None:
        return None, None
    match = _TITLE_RE.match(text)
    if match is None:
        return None, text
    return match.group(0), text[match.end() :].strip() or None


@functools.lru_cache(maxsize=4096)
def parse_pubdate(value: str | None) -> dt.datetime | None:
    """RFC 822 date with a numeric offset or a zone name -> aware UTC datetime; None when unreadable."""
    if not value or not value.strip():
        return None
    text = value.strip()
    fast = _fast_pubdate(text)
    if fast is not None:
        return fast
    zoned = _ZONE_RE.match(text)
    if zoned and zoned["zone"].upper() in _ZONES:
        text = f"{zoned['rest']} {_ZONES[zoned['zone'].upper()]}"
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        log.warning("unreadable pubDate %r", value)
        return None
    if parsed.tzinfo is None:
        log.warning("pubDate %r has an unknown time zone, taken as UTC", value)
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def _bracketed(text: str) -> str | None:
    """The content of the first balanced [...] group (short descriptions may nest brackets)."""
    start = text.find("[")
    if start == -1:
        return None
    close = text.find("]", start)
    if close != -1 and text.find("[", start + 1, close) == -1:
        return text[start + 1 : close]  # the usual case: no nested brackets
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return text[start + 1 : index]
    end = text.rfind("]")
    return text[start + 1 : end] if end > start else text[start + 1 :]


def _first_match(patterns: tuple[re.Pattern[str], ...], *texts: str | None) -> str | None:
    for text in texts:
        if not text:
            continue
        for pattern in patterns:
            match = pattern.search(text)
            if match:
                return match.group(1)
    return None


def _parse_item(fields: dict[str, str]) -> FeedItem:
    title = fields.get("title")
    link = _strip(fields.get("link"))
    guid = _strip(fields.get("guid"))
    description = fields.get("description") or ""

    docket_number, case_name = split_title(title)
    if docket_number is None and link:
        case_num = _CASE_NUM_RE.search(link)
        if case_num:
            docket_number = case_num.group(1)

    anchor = _ANCHOR_RE.search(description)
    doc_url = _unescape_url(anchor["href"]) if anchor else None
    anchor_text = anchor["text"].strip() if anchor else None
    if anchor_text and not anchor_text.isdigit():
        anchor_text = _clean(_TAG_RE.sub("", anchor_text))
    entry_number = int(anchor_text) if anchor_text and anchor_text.isdigit() else None

    before_link = description[: anchor.start()] if anchor else description
    short = _bracketed(before_link)
    short_description = _clean(short)

    doc_id_match = _DOC_ID_RE.search(doc_url) if doc_url else None
    seq_match = _SEQ_IN_URL_RE.search(doc_url) if doc_url else None
    if seq_match is None and guid:
        seq_match = _SEQ_IN_GUID_RE.search(guid)

    return FeedItem(
        docket_number=docket_number,
        case_name=case_name,
        pacer_case_id=_first_match(_CASE_ID_RES, link, guid, doc_url),
        entry_number=entry_number,
        short_description=short_description,
        pacer_doc_id=doc_id_match.group(1) if doc_id_match else None,
        pacer_seq_no=int(seq_match.group(1)) if seq_match else None,
        published=parse_pubdate(fields.get("pubDate")),
        url=doc_url or link,
        guid=guid,
    )


def _collect_items(data: bytes) -> list[dict[str, str]]:
    """Text of each <item>'s child elements. The C ElementTree parser is safe here: `check_xml` has
    refused every entity declaration and DTD internal subset, and ElementTree never loads external DTDs
    or entities; it is what keeps a 200 KB feed at a few milliseconds."""
    try:
        root = ET.fromstring(data)  # noqa: S314 -- check_xml ran first (see docstring)
    except ET.ParseError as exc:
        raise ParseError(f"malformed XML in RSS feed: {exc}") from exc
    tag = root.tag.rsplit("}", 1)[-1]
    if tag != "rss":
        raise ParseError(f"not an RSS feed: root element is <{tag}>")
    items: list[dict[str, str]] = []
    for item in root.iter("item"):
        fields: dict[str, str] = {}
        for child in item:
            if isinstance(child.tag, str) and child.tag not in fields:
                fields[child.tag] = (child.text or "") if len(child) == 0 else "".join(child.itertext())
        items.append(fields)
    return items


def parse_feed(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[FeedItem]:
    """Parse a PACER CM/ECF RSS feed into one FeedItem per <item>, in feed order.

    Raises ParseError for an oversized document, a DTD internal subset or entity declaration, an HTML page
    (PACER serves login and error pages with status 200), malformed XML, or XML that is not RSS.
    """
    check_xml(data, max_bytes=max_bytes)
    if looks_like_html(data):
        raise ParseError("got an HTML page (login or error page?), not an RSS feed")
    return [_parse_item(fields) for fields in _collect_items(data)]
