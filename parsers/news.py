"""News RSS/Atom feeds -> NewsItem records, plus the pure helpers the monitor uses on them.

- `parse_news`: feedparser reads the feed, but only after `check_xml` (size cap; any `<!ENTITY` or DTD
  internal subset refused): feedparser's lenient fallback parser must never see an entity declaration.
  Summaries are reduced to plain text; titles stay text (a `<script>` in a title is just characters;
  escaping is the renderer's job). `source` is the item's <source> (Google News puts the outlet there),
  else the feed's title, else the feed URL's host.
- `is_relevant`: does an item talk about the case? Whole-word, case-insensitive match of a keyword or of
  the case's distinctive party name.
- `story_key` / `story_keys`: the same story from several feeds gets the same key.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import warnings
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import feedparser  # type: ignore[import-untyped,unused-ignore]
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

from parsers.errors import ParseError
from parsers.records import NewsItem
from parsers.xmlsafety import DEFAULT_MAX_BYTES, check_xml, looks_like_html

log = logging.getLogger(__name__)

__all__ = ["parse_news", "is_relevant", "party_names", "story_key", "story_keys", "title_key", "url_key"]

_SPACES_RE = re.compile(r"\s+")
_NON_WORD_RE = re.compile(r"[^\w]")
_BLOCK_TAGS = ["p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "pre", "table", "section", "article", "header", "footer", "hr", "img"]  # fmt: skip


def _plain_text(markup: str) -> str:
    """HTML fragment -> plain text: tags dropped (script/style with their content), entities decoded."""
    if "<" not in markup and "&" not in markup:
        return _SPACES_RE.sub(" ", markup).strip()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "template"]):
        tag.decompose()
    for tag in soup(_BLOCK_TAGS):
        tag.insert_after(" ")  # keep words of adjacent blocks apart, not those of inline tags
    return _SPACES_RE.sub(" ", soup.get_text().replace("\xa0", " ")).strip()


def _entry_datetime(entry: Any) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            year, month, day, hour, minute, second = (int(v) for v in parsed[:6])
            return dt.datetime(year, month, day, hour, minute, min(second, 59), tzinfo=dt.UTC)
    return None


def _entry_title(entry: Any) -> str:
    title = str(entry.get("title") or "")
    detail = entry.get("title_detail") or {}
    if detail.get("type") in ("text/html", "application/xhtml+xml"):
        return _plain_text(title)
    return _SPACES_RE.sub(" ", title).strip()


def _entry_summary(entry: Any) -> str:
    summary = entry.get("summary")
    if not summary:
        contents = entry.get("content") or []
        summary = contents[0].get("value") if contents else ""
    return _plain_text(str(summary or ""))


def parse_news(data: bytes, feed_url: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[NewsItem]:
    """Parse an RSS 0.9x/1.0/2.0 or Atom feed into NewsItems, in feed order.

    Items without a link are skipped. Raises ParseError for oversized or entity-declaring documents, HTML
    pages and documents that are no feed at all (an empty but valid feed gives []).
    """
    check_xml(data, max_bytes=max_bytes)
    if looks_like_html(data):
        raise ParseError(f"got an HTML page, not a news feed: {feed_url}")
    # A file-like object: feedparser never treats it as a URL or a file name to open.
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=True, sanitize_html=True)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        raise ParseError(f"not an RSS or Atom feed{detail}: {feed_url}")
    if parsed.get("bozo"):
        log.info(
            "news feed %s is not well-formed (%s); read leniently", feed_url, parsed.get("bozo_exception")
        )
    feed_title = _SPACES_RE.sub(" ", str(parsed.feed.get("title") or "")).strip()
    fallback_source = feed_title or urlsplit(feed_url).hostname or feed_url
    items: list[NewsItem] = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if not link:
            log.debug("news item without a link skipped in %s", feed_url)
            continue
        source_info = entry.get("source") or {}
        source = _SPACES_RE.sub(" ", str(source_info.get("title") or "")).strip() or fallback_source
        guid = str(entry.get("id") or "").strip() or None
        items.append(
            NewsItem(
                title=_entry_title(entry),
                url=link,
                source=source,
                published=_entry_datetime(entry),
                summary=_entry_summary(entry),
                guid=guid,
            )
        )
    return items


# ---------------------------------------------------------------- relevance

# Words that do not identify a party: governments, offices, corporate forms, caption filler.
_GENERIC_TEXT = """
    united states america usa us people state states commonwealth government federal
    county city town village district department dept secretary attorney general director office
    officer warden sheriff commissioner board agency administration bureau service services
    immigration customs enforcement homeland security ice dhs doj the of and for in re matter
    inc llc corp corporation co company ltd lp llp plc na et al jr sr ii iii iv estate trust ex rel
    parte on behalf others petitioner petitioners respondent respondents plaintiff plaintiffs
    defendant defendants
"""
_GENERIC_WORDS = frozenset(_GENERIC_TEXT.split())
_CAPTION_SPLIT_RE = re.compile(r"\s+(?:v\.?|vs\.?|versus)\s+", re.IGNORECASE)
_IN_RE_RE = re.compile(r"^\s*(?:in\s+re:?|in\s+the\s+matter\s+of|ex\s+parte)\s+", re.IGNORECASE)
_FILLER_RE = re.compile(
    r",?\s*\b(?:et\.?\s+al\.?|and\s+others|individually.*|on\s+behalf\s+of.*|as\s+next\s+friend.*)$",
    re.IGNORECASE,
)
_SUFFIX_RE = re.compile(
    r",?\s+(?:inc|llc|l\.l\.c|corp|co|ltd|l\.p|lp|llp|jr|sr|ii|iii|iv)\.?$", re.IGNORECASE
)


def _clean_party(party: str) -> str:
    text = _IN_RE_RE.sub("", party).strip(" ,;")
    previous = None
    while previous != text:
        previous = text
        text = _FILLER_RE.sub("", text).strip(" ,;")
        text = _SUFFIX_RE.sub("", text).strip(" ,;")
    return _SPACES_RE.sub(" ", text)


def _is_generic(party: str) -> bool:
    words = [w for w in (_NON_WORD_RE.sub("", w).lower() for w in party.split()) if w]
    return not words or all(w in _GENERIC_WORDS or len(w) < 2 for w in words)


def party_names(case_name: str) -> tuple[str, ...]:
    """The distinctive party name of a caption: the first party that is not a government or an office.

    "Chhoeun v. Marin" -> ("Chhoeun",); "United States v. Shargorodskaya" -> ("Shargorodskaya",);
    "In re Maura Lynch" -> ("Maura Lynch",). Only the first distinctive party counts: respondents in
    immigration and civil-rights cases are officials (here ICE's field office director Marin) whose names
    are common words or places ("Marin" County) and change with the office holder, so matching them
    would flood the digest with unrelated news. Keywords cover anything else.
    """
    for raw in _CAPTION_SPLIT_RE.split(case_name):
        party = _clean_party(raw)
        if party and not _is_generic(party):
            return (party,)
    return ()


def _phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    words = [re.escape(w) for w in phrase.split()]
    if not words:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def is_relevant(item: NewsItem, *, keywords: Sequence[str], case_name: str) -> bool:
    """True when the item's title or summary names a keyword or the case's distinctive party (whole words,
    any case). An empty keyword list and a generic caption match nothing."""
    text = f"{item.title}\n{item.summary}"
    for phrase in (*keywords, *party_names(case_name)):
        pattern = _phrase_pattern(phrase)
        if pattern is not None and pattern.search(text):
            return True
    return False


# ---------------------------------------------------------------- deduplication

_TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "smid", "ref", "src", "oc"}
)
_GOOGLE_NEWS_HOSTS = frozenset({"news.google.com"})
_PUNCT_RE = re.compile(r"[^\w\s]", re.UNICODE)
_OUTLET_SEP_RE = re.compile(r"\s+[-|\u2013\u2014]\s+(?P<outlet>[^-|\u2013\u2014]+)$")


def url_key(url: str) -> str | None:
    """Normalised URL: no scheme, "www.", fragment, tracking parameters or trailing slash; None for a
    Google News redirect link (it says nothing about the story) or an empty URL."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host or host in _GOOGLE_NEWS_HOSTS:
        return None
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in _TRACKING_PARAMS
    ]
    path = parts.path.rstrip("/")
    encoded = urlencode(sorted(query))
    return f"{host}{path}" + (f"?{encoded}" if encoded else "")


def title_key(title: str, source: str = "") -> str:
    """Lower-case title without punctuation and without a trailing " - The Outlet" (when it names the item's
    source, or always for Google-News-style titles whose last segment is short)."""
    text = _SPACES_RE.sub(" ", title).strip()
    match = _OUTLET_SEP_RE.search(text)
    if match:
        outlet = match["outlet"].strip()
        if (source and outlet.lower() == source.strip().lower()) or len(outlet.split()) <= 4:
            text = text[: match.start()]
    return _SPACES_RE.sub(" ", _PUNCT_RE.sub(" ", text.lower())).strip()


def story_keys(item: NewsItem) -> tuple[str, ...]:
    """Every key the item's story can be recognised by: "url:..." (when the URL is meaningful) and
    "title:..."; two items are the same story when they share any key."""
    keys: list[str] = []
    by_url = url_key(item.url)
    if by_url:
        keys.append(f"url:{by_url}")
    by_title = title_key(item.title, item.source)
    if by_title:
        keys.append(f"title:{by_title}")
    if not keys:
        keys.append(f"guid:{item.guid or item.url}")
    return tuple(keys)


def story_key(item: NewsItem) -> str:
    """The item's primary key: its normalised URL, or its title key for Google News redirect links."""
    return story_keys(item)[0]
