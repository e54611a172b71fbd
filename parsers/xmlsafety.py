"""Cheap safety checks on XML bytes, run before any XML parser sees them.

`check_xml` refuses oversized documents and any document declaring entities or a DTD internal subset
(billion laughs, external entities): feeds never need them. A plain `<!DOCTYPE rss>` is allowed.
`looks_like_html` recognises a login or error page served where a feed was expected (PACER does that).
"""

from __future__ import annotations

import codecs
import logging
import re

from parsers.errors import ParseError

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10_000_000

_ENTITY_RE = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_DOCTYPE_RE = re.compile(rb"<!\s*DOCTYPE", re.IGNORECASE)
# Markup that can start an HTML document, and root elements of the feed formats we read.
_HTML_START_RE = re.compile(rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_FEED_START_RE = re.compile(rb"<(?:rss|feed|rdf:rdf|channel)[\s>]", re.IGNORECASE)

_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


_DECLARED_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_PLAIN_ENCODINGS = frozenset({"utf-8", "ascii", "latin-1", "iso8859-1", "cp1252"})


def _as_ascii_compatible(data: bytes) -> bytes:
    """Return bytes in which ASCII markup is visible to byte scans.

    UTF-16/32 documents (BOM or NUL bytes near the start) are decoded and re-encoded as UTF-8, so that an
    `<!ENTITY` spelled in a wide encoding cannot slip past the scan; so are documents declaring any other
    encoding than UTF-8/ASCII/Latin-1 (an EBCDIC or UTF-7 body after an ASCII declaration).
    """
    declared = _DECLARED_ENCODING_RE.match(data[:512].removeprefix(codecs.BOM_UTF8))
    if declared:
        name = declared.group(1).decode("ascii")
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            raise ParseError(f"XML document declares an unknown encoding {name!r}") from None
        if codec not in _PLAIN_ENCODINGS and not codec.startswith(("utf-16", "utf-32")):
            return data.decode(codec, errors="replace").encode("utf-8")
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace").encode("utf-8")
    head = data[:4]
    if len(head) == 4 and b"\x00" in head:
        for encoding in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if text.lstrip().startswith("<"):
                return text.encode("utf-8")
        raise ParseError("XML document has NUL bytes and no recognisable encoding, refused")
    return data


def check_xml(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Raise ParseError unless `data` is small enough and declares no entities / DTD internal subset."""
    if len(data) > max_bytes:
        raise ParseError(f"XML document is {len(data)} bytes, over the {max_bytes}-byte limit")
    scan = _as_ascii_compatible(data)
    if b"\x00" in scan:  # wide-encoded markup after a misleading start: look for it in every width
        for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            for word in ("ENTITY", "entity", "Entity"):
                if word.encode(encoding) in scan:
                    raise ParseError("feed declares an entity (<!ENTITY>) in a wide encoding, refused")
    if _ENTITY_RE.search(scan):
        raise ParseError("feed declares an entity (<!ENTITY>), refused")
    for match in _DOCTYPE_RE.finditer(scan):
        end = scan.find(b">", match.end())
        declaration = scan[match.end() : end if end != -1 else len(scan)]
        if b"[" in declaration:
            raise ParseError("feed declares a DTD internal subset (<!DOCTYPE ... [ ]>), refused")


def looks_like_html(data: bytes) -> bool:
    """True when the document is an HTML page (login page, error page) rather than a feed.

    Only the first 4 KB are looked at: HTML markup before any feed root element means HTML.
    """
    head = data[:4096]
    try:
        head = _as_ascii_compatible(head)
    except ParseError:
        return False
    html = _HTML_START_RE.search(head)
    if html is None:
        return False
    feed = _FEED_START_RE.search(head)
    return feed is None or html.start() < feed.start()
