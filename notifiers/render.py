"""Render a `Digest` into an email: multipart/alternative, text/plain + autoescaped text/html (jinja2).

Everything in a digest may carry untrusted text (docket text, case names, news titles). Defences:
- headers: control characters (CR/LF included) are removed and whitespace collapsed before a value reaches a
  header; the subject is capped; `email.policy.SMTP` refuses any newline that would still slip through;
- addresses: exactly one `local@domain` address per header, else ValueError naming it;
- HTML: jinja2 autoescaping (select_autoescape on ``*.html.j2``), StrictUndefined; only http(s) URLs become links.
"""

from __future__ import annotations

import email.utils
import logging
import re
import textwrap
import unicodedata
from email.message import EmailMessage
from email.policy import SMTP
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup, escape

from notifiers.model import Digest, DigestItem

# Headers are not folded below 998 characters (the subject is capped at SUBJECT_MAX anyway): CPython folds an
# unstructured header starting with "[" onto a continuation line, which leaves a leading space in the subject.
MESSAGE_POLICY = SMTP.clone(max_line_length=998)

log = logging.getLogger(__name__)

SUBJECT_MAX = 200
TEXT_WIDTH = 76

_WS = re.compile(r"\s+")


def _strip_controls(value: str, keep_newlines: bool = False) -> str:
    """Line breaks -> newline (or space), tab -> space; drop other control/format characters (C0, C1, DEL,
    bidi overrides, zero-width ...)."""
    out = []
    for ch in value:
        if ch in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029":  # line breaks, as str.splitlines knows them
            out.append("\n" if keep_newlines else " ")
        elif ch == "\t":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def clean_line(value: str) -> str:
    """One line of plain text: no control characters, whitespace collapsed, trimmed."""
    return _WS.sub(" ", _strip_controls(value)).strip()


def clean_subject(value: str, limit: int = SUBJECT_MAX) -> str:
    """A header-safe subject of at most `limit` characters (cut on a word boundary when possible, then '…')."""
    subject = clean_line(value)
    if len(subject) <= limit:
        return subject
    cut = subject[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def check_address(value: str, header: str) -> str:
    """Validate one address (`a@b.c` or `Name <a@b.c>`); return it header-safe. ValueError otherwise."""
    if any(ch in value for ch in "\r\n") or any(unicodedata.category(ch) == "Cc" for ch in value):
        raise ValueError(f"{header} address contains control characters: {value!r}")
    cleaned = _WS.sub(" ", value).strip()
    pairs = email.utils.getaddresses([cleaned])
    if len(pairs) != 1:
        raise ValueError(f"{header} must hold exactly one address: {value!r}")
    _name, addr = pairs[0]
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain or " " in addr:
        raise ValueError(f"{header} address is not a valid email address: {value!r}")
    return cleaned


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL without whitespace/control characters, else None."""
    if not url:
        return None
    url = url.strip()
    if any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _wrap(value: str | None, width: int = TEXT_WIDTH, indent: str = "") -> str:
    """Plain-text paragraphs wrapped to `width`, each line prefixed with `indent`; long URLs stay whole."""
    if not value:
        return ""
    text = _strip_controls(value.replace("\r\n", "\n").replace("\r", "\n"), keep_newlines=True)
    lines: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = _WS.sub(" ", para).strip()
        if not para:
            continue
        if lines:
            lines.append(indent.rstrip())
        lines.extend(
            textwrap.wrap(
                para,
                width=width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(lines)


def _bullet(value: str, width: int = TEXT_WIDTH) -> str:
    """One list item: '- ' then the text, continuation lines indented by two spaces."""
    lines = textwrap.wrap(
        clean_line(value),
        width=width,
        initial_indent="- ",
        subsequent_indent="  ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(lines) if lines else "-"


def _meta(item: DigestItem) -> str:
    """'Dkt. 190 | 2019-01-03' (whichever of the two is known)."""
    parts = []
    if item.entry_number is not None:
        parts.append(f"Dkt. {item.entry_number}")
    if item.date:
        parts.append(clean_line(item.date))
    return " | ".join(parts)


def _paragraphs_html(value: str | None) -> Markup:
    """Escaped text, blank-line paragraphs and single newlines kept as <br>."""
    if not value:
        return Markup("")
    text = _strip_controls(value.replace("\r\n", "\n").replace("\r", "\n"), keep_newlines=True)
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return Markup("<br><br>\n").join(
        Markup("<br>\n").join(escape(_WS.sub(" ", line).strip()) for line in p.split("\n")) for p in paras
    )


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("notifiers", "templates"),
        # HTML escaped, plain text not; anything else (strings, unknown templates) escaped to be safe.
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "html.j2"),
            disabled_extensions=("txt", "txt.j2"),
            default_for_string=True,
            default=True,
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["line"] = clean_line
    env.filters["wrap"] = _wrap
    env.filters["safe_url"] = safe_url
    env.filters["bullet"] = _bullet
    env.filters["meta"] = _meta
    env.filters["paragraphs"] = _paragraphs_html
    return env


_ENV = _environment()


def render_text(digest: Digest) -> str:
    """The text/plain body."""
    return _ENV.get_template("digest.txt.j2").render(digest=digest, width=TEXT_WIDTH)


def render_html(digest: Digest) -> str:
    """The text/html body (autoescaped; inline styles, no external assets)."""
    return _ENV.get_template("digest.html.j2").render(digest=digest, subject=clean_subject(digest.subject))


def render_digest(digest: Digest) -> EmailMessage:
    """The complete message, ready for a transport. ValueError for a bad address, Message-ID or date."""
    sender = check_address(digest.sender, "From")
    to = check_address(digest.to, "To")
    message_id = digest.message_id.strip()
    if not re.fullmatch(r"<[^<>\s@]+@[^<>\s@]+>", message_id) or _strip_controls(message_id) != message_id:
        raise ValueError(f"Message-ID must look like <id@host>: {digest.message_id!r}")
    if digest.date.tzinfo is None or digest.date.utcoffset() is None:
        raise ValueError(f"digest date must be timezone-aware: {digest.date.isoformat()}")

    msg = EmailMessage(policy=MESSAGE_POLICY)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = clean_subject(digest.subject)
    msg["Date"] = email.utils.format_datetime(digest.date)
    msg["Message-ID"] = message_id
    msg["MIME-Version"] = "1.0"
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Docket-Monitor"] = "1"
    msg.set_content(render_text(digest), subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(render_html(digest), subtype="html", charset="utf-8", cte="quoted-printable")
    log.debug("rendered digest %s for %s (%d cases)", message_id, to, len(digest.cases))
    return msg
