"""CourtListener v4 JSON parsers, on hand-written pages shaped like the API's (Chhoeun v. Marin)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from parsers.courtlistener import parse_docket_entries, parse_dockets
from parsers.errors import ParseError
from parsers.records import CLDocket, CLDocketEntry

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "courtlistener"
API = "https://www.courtlistener.com/api/rest/v4/"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_parse_dockets_full_v4_result() -> None:
    assert parse_dockets(fixture("dockets_chhoeun.json")) == [
        CLDocket(
            cl_id=6213482,
            docket_number="8:17-cv-01898",
            case_name="Chhoeun v. Marin",
            pacer_case_id="691234",
            court="cacd",
        )
    ]


def test_parse_dockets_court_as_url_and_name_fallbacks() -> None:
    first, second = parse_dockets(fixture("dockets_court_url_only.json"))
    assert (first.court, first.case_name, first.pacer_case_id) == ("nysd", "Wen Chau v. Donovan et al", None)
    assert (second.cl_id, second.court, second.docket_number) == (4521978, "cacd", "8:17-cv-01898")


def test_parse_dockets_no_match_is_empty() -> None:
    assert parse_dockets(b'{"count": 0, "next": null, "previous": null, "results": []}') == []


def test_docket_entries_first_page() -> None:
    page = parse_docket_entries(fixture("entries_page1.json"), API)
    assert page.next_url is not None and "cursor=cD0yMDE5LTAxLTAzKzIzJTNBNDE" in page.next_url
    application, opposition = page.entries
    assert application == CLDocketEntry(
        cl_id=738201455,
        entry_number=185,
        date_filed=dt.date(2018, 12, 28),
        description=application.description,
        short_description="Ex Parte Application for Temporary Restraining Order",
        pacer_doc_id="031127000987",
        pacer_seq_no=598,
        date_modified=dt.datetime(2019, 1, 2, 19, 40, 31, 902117, tzinfo=dt.UTC),
        url="https://www.courtlistener.com/docket/6213482/185/chhoeun-v-marin/",
    )
    assert application.description.startswith("EX PARTE APPLICATION for Temporary Restraining Order")
    # no recap documents: no short description, doc id or url
    assert (opposition.entry_number, opposition.short_description, opposition.pacer_doc_id, opposition.url) == (
        187, None, None, None,
    )  # fmt: skip
    assert opposition.date_filed == dt.date(2019, 1, 2)


def test_docket_entries_last_page_with_the_tro_and_a_stub() -> None:
    page = parse_docket_entries(fixture("entries_page2.json"), API)
    assert page.next_url is None
    order, stub = page.entries
    assert order.entry_number == 190
    assert order.description.startswith(
        "ORDER GRANTING PETITIONERS' EX PARTE APPLICATION FOR TEMPORARY RESTRAINING ORDER [185]"
    )
    assert (order.pacer_doc_id, order.pacer_seq_no) == ("031127001234", 612)
    assert order.date_modified == dt.datetime(2019, 1, 4, 17, 12, 40, 521310, tzinfo=dt.UTC)
    # a stub: no text yet, nulls everywhere, a document known only by its file path
    assert stub.description == ""
    assert (stub.entry_number, stub.date_filed, stub.pacer_seq_no, stub.pacer_doc_id) == (
        None,
        None,
        None,
        None,
    )
    assert stub.short_description == "Notice of Appearance"
    assert (
        stub.url
        == "https://storage.courtlistener.com/recap/gov.uscourts.cacd.691234/gov.uscourts.cacd.691234.191.0.pdf"
    )
    assert stub.date_modified == dt.datetime(2019, 1, 4, 2, 0, 5, tzinfo=dt.UTC)


def test_relative_next_url_is_resolved_against_base_url() -> None:
    body = {"next": "/api/rest/v4/docket-entries/?cursor=abc&docket=1", "results": []}
    page = parse_docket_entries(json.dumps(body).encode(), API)
    assert page.next_url == "https://www.courtlistener.com/api/rest/v4/docket-entries/?cursor=abc&docket=1"
    assert page.entries == ()


def test_missing_optional_fields_are_lenient() -> None:
    page = parse_docket_entries(b'{"results": [{"id": 7}]}', API)
    assert page.entries == (CLDocketEntry(7, None, None, "", None, None, None, None, None),)
    assert page.next_url is None


def test_string_numbers_are_accepted() -> None:
    body = {"results": [{"id": "8", "entry_number": "12", "pacer_sequence_number": "40"}]}
    (entry,) = parse_docket_entries(json.dumps(body).encode(), API).entries
    assert (entry.cl_id, entry.entry_number, entry.pacer_seq_no) == (8, 12, 40)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>502 Bad Gateway</html>", "docket-entries response is not JSON"),
        (b"\xff\xfe\x00garbage", "docket-entries response is not JSON"),
        (b"[]", "is a JSON list, expected an object"),
        (b'{"detail": "Invalid token."}', "has no 'results' (keys: detail)"),
        (b'{"results": {"id": 1}}', "'results' is a dict, expected a list"),
        (b'{"results": [3]}', "results[0] is not an object"),
        (b'{"results": [{"entry_number": 3}]}', "docket-entries results[0]: missing 'id'"),
        (b'{"results": [{"id": "x1"}]}', "'id' is not an integer"),
        (b'{"results": [{"id": 1, "date_filed": "01/03/2019"}]}', "bad date '01/03/2019'"),
        (b'{"results": [{"id": 1, "date_modified": "yesterday"}]}', "bad timestamp 'yesterday'"),
        (b'{"results": [{"id": 1, "recap_documents": {}}]}', "'recap_documents' is not a list"),
        (b'{"results": [], "next": 5}', "'next' is not a URL"),
    ],
)
def test_bad_docket_entry_pages(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=re.escape(message)):
        parse_docket_entries(body, API)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "dockets response is not JSON"),
        (b'{"count": 0}', "dockets response has no 'results'"),
        (b'{"results": [{"docket_number": "8:17-cv-01898"}]}', "dockets results[0]: missing 'id'"),
    ],
)
def test_bad_docket_pages(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=re.escape(message)):
        parse_dockets(body)
