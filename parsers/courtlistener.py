"""CourtListener REST v4 JSON -> records: `dockets/` search results and `docket-entries/` pages.

Lenient with missing optional fields (CourtListener fills entries in over time: a stub has an empty
`description`, no `recap_documents`...), strict with the shape: a body that is not JSON, not an object, or
lacks `results`, or a result that lacks its `id`, raises ParseError naming what is missing. HTTP errors
(401, 429 and their `{"detail": ...}` bodies) are the fetcher's business, not parsed here.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urljoin

from parsers.errors import ParseError
from parsers.records import CLDocket, CLDocketEntry, CLPage

log = logging.getLogger(__name__)

__all__ = ["parse_dockets", "parse_docket_entries", "STORAGE_URL"]

STORAGE_URL = "https://storage.courtlistener.com/"
_COURT_URL_RE = re.compile(r"/courts/([^/]+)/?$")


def _load_page(data: bytes, what: str) -> tuple[list[Mapping[str, Any]], Mapping[str, Any]]:
    try:
        body = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"CourtListener {what} response is not JSON: {exc}") from exc
    if not isinstance(body, dict):
        raise ParseError(f"CourtListener {what} response is a JSON {type(body).__name__}, expected an object")
    if "results" not in body:
        keys = ", ".join(sorted(body)) or "none"
        raise ParseError(f"CourtListener {what} response has no 'results' (keys: {keys})")
    results = body["results"]
    if not isinstance(results, list):
        raise ParseError(
            f"CourtListener {what} response: 'results' is a {type(results).__name__}, expected a list"
        )
    for index, result in enumerate(results):
        if not isinstance(result, dict):
            raise ParseError(f"CourtListener {what} response: results[{index}] is not an object")
    return results, body


def _require_int(obj: Mapping[str, Any], key: str, where: str) -> int:
    value = obj.get(key)
    if isinstance(value, bool) or value is None:
        raise ParseError(f"CourtListener {where}: missing '{key}'")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ParseError(f"CourtListener {where}: '{key}' is not an integer: {value!r}") from None


def _opt_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool) or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        log.debug("not an integer: %r", value)
        return None


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _opt_date(value: Any, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ParseError(f"CourtListener {where}: bad date {value!r}") from None


def _opt_datetime(value: Any, where: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise ParseError(f"CourtListener {where}: bad timestamp {value!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def _court_id(result: Mapping[str, Any]) -> str:
    court_id = _opt_str(result.get("court_id"))
    if court_id:
        return court_id
    court = _opt_str(result.get("court"))
    if court is None:
        return ""
    match = _COURT_URL_RE.search(court)
    return match.group(1) if match else court


def parse_dockets(data: bytes) -> list[CLDocket]:
    """`GET dockets/?court=...&docket_number=...` -> the dockets found (possibly none)."""
    results, _ = _load_page(data, "dockets")
    dockets: list[CLDocket] = []
    for index, result in enumerate(results):
        where = f"dockets results[{index}]"
        case_name = (
            _opt_str(result.get("case_name"))
            or _opt_str(result.get("case_name_short"))
            or _opt_str(result.get("case_name_full"))
            or ""
        )
        dockets.append(
            CLDocket(
                cl_id=_require_int(result, "id", where),
                docket_number=_opt_str(result.get("docket_number")) or "",
                case_name=case_name,
                pacer_case_id=_opt_str(result.get("pacer_case_id")),
                court=_court_id(result),
            )
        )
    return dockets


def _main_document(documents: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The entry's main document (no attachment number / document_type 1), else the first."""
    for document in documents:
        if document.get("attachment_number") in (None, 0, "") and document.get("document_type") in (
            None,
            1,
            "1",
        ):
            return document
    return documents[0] if documents else None


def _document_url(document: Mapping[str, Any], base_url: str) -> str | None:
    absolute = _opt_str(document.get("absolute_url"))
    if absolute:
        return urljoin(base_url, absolute)
    local = _opt_str(document.get("filepath_local"))
    if local:
        return local if local.startswith(("http://", "https://")) else urljoin(STORAGE_URL, local)
    return None


def _parse_entry(result: Mapping[str, Any], base_url: str, where: str) -> CLDocketEntry:
    raw_documents = result.get("recap_documents")
    if raw_documents is None:
        raw_documents = []
    if not isinstance(raw_documents, list):
        raise ParseError(f"CourtListener {where}: 'recap_documents' is not a list")
    documents = [d for d in raw_documents if isinstance(d, dict)]
    main = _main_document(documents)
    description = result.get("description")
    return CLDocketEntry(
        cl_id=_require_int(result, "id", where),
        entry_number=_opt_int(result.get("entry_number")),
        date_filed=_opt_date(result.get("date_filed"), where),
        description=str(description).strip() if description else "",
        short_description=_opt_str(main.get("description")) if main else None,
        pacer_doc_id=_opt_str(main.get("pacer_doc_id")) if main else None,
        pacer_seq_no=_opt_int(result.get("pacer_sequence_number")),
        date_modified=_opt_datetime(result.get("date_modified"), where),
        url=_document_url(main, base_url) if main else None,
    )


def parse_docket_entries(data: bytes, base_url: str) -> CLPage:
    """`GET docket-entries/?docket=<id>&...` -> one page of entries and the cursor URL of the next page.

    `base_url` (the API root) resolves relative `next` links and documents' `absolute_url` paths.
    """
    results, body = _load_page(data, "docket-entries")
    entries = tuple(
        _parse_entry(result, base_url, f"docket-entries results[{index}]")
        for index, result in enumerate(results)
    )
    next_url = body.get("next")
    if next_url is not None and not isinstance(next_url, str):
        raise ParseError(f"CourtListener docket-entries response: 'next' is not a URL: {next_url!r}")
    return CLPage(entries=entries, next_url=urljoin(base_url, next_url) if next_url else None)
