"""PACER RSS parser: conformance with juriscraper on the 13 corpus feeds, and small always-on fixtures."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

from parsers.docket_numbers import normalize_docket_number
from parsers.errors import ParseError
from parsers.pacer_rss import parse_feed, parse_pubdate, split_title
from parsers.records import FeedItem
from parsers.xmlsafety import check_xml, looks_like_html

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rss"
CORPUS_FEEDS = [
    "ca10", "ca11", "ca2_1", "ca4_1", "ca6", "cadc", "cafc",
    "mdb_1", "mdb_2", "nyed_1", "nysb_1", "sdny_1", "wvsd",
]  # fmt: skip


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# ---------------------------------------------------------------- corpus conformance (juriscraper)


def _merge_like_juriscraper(items: list[FeedItem]) -> list[list[FeedItem]]:
    """juriscraper merges consecutive items of one filing (same title, link, guid, date) and drops items
    whose title has no docket number. Our parser keeps one object per <item>: regroup here, in the test."""
    groups: list[list[FeedItem]] = []
    for item in items:
        if item.docket_number is None:
            continue
        key = (item.docket_number, item.case_name, item.pacer_case_id, item.guid, item.published)
        if groups:
            last = groups[-1][-1]
            if key == (last.docket_number, last.case_name, last.pacer_case_id, last.guid, last.published):
                groups[-1].append(item)
                continue
        groups.append([item])
    return groups


def _docket_core(number: str) -> str:
    """Normalised number without a bankruptcy judge suffix (juriscraper drops "-smb")."""
    normalized = normalize_docket_number(number)
    assert normalized is not None, number
    return re.sub(r"^(\d{2}-\d+)-[a-z]+$", r"\1", normalized)


def _zero_fourth_digit(doc_id: str) -> str:
    """juriscraper stores doc ids with the 4th digit set to 0 (it marks attachment pages)."""
    return doc_id[:3] + "0" + doc_id[4:] if len(doc_id) >= 4 else doc_id


@pytest.mark.corpus
@pytest.mark.parametrize("name", CORPUS_FEEDS)
def test_corpus_feed_agrees_with_juriscraper(corpus: Path, name: str) -> None:
    xml_path = corpus / "pacer_rss" / f"{name}.xml"
    items = parse_feed(xml_path.read_bytes())
    assert items, name
    reference: list[dict[str, Any]] = json.loads(xml_path.with_suffix(".json").read_text())
    ref_entries = [(docket, entry) for docket in reference for entry in docket["docket_entries"]]
    groups = _merge_like_juriscraper(items)
    assert len(groups) == len(ref_entries), name

    for group, (docket, entry) in zip(groups, ref_entries, strict=True):
        first = group[0]
        where = f"{name}: {first.guid}"
        assert first.docket_number is not None
        assert _docket_core(first.docket_number) == docket["docket_number"], where
        assert first.pacer_case_id == docket["pacer_case_id"], where
        # juriscraper joins the merged items' descriptions with " AND ", sorted, and keeps raw whitespace.
        ours = sorted(i.short_description or "" for i in group)
        assert ours == sorted(" ".join(d.split()) for d in entry["short_description"].split(" AND ")), where

        # Appellate feeds linking "Document" have no entry number; juriscraper then copies the doc id.
        ref_number = entry["document_number"]
        if ref_number is not None and ref_number == entry["pacer_doc_id"] and len(ref_number) > 8:
            assert first.entry_number is None, where
        else:
            assert first.entry_number == (int(ref_number) if ref_number else None), where

        ref_doc_id = entry["pacer_doc_id"] or None
        assert (_zero_fourth_digit(first.pacer_doc_id) if first.pacer_doc_id else None) == ref_doc_id, where

        # juriscraper reads the sequence number from the document link only; we also read the guid.
        if entry["pacer_seq_no"] is not None:
            assert first.pacer_seq_no == int(entry["pacer_seq_no"]), where
        elif first.pacer_seq_no is not None:
            assert first.guid is not None, where
            assert re.search(rf"DktRpt\.pl\?\d+[-&]{first.pacer_seq_no}$", first.guid), where

        assert first.published == dt.datetime.fromisoformat(entry["date_filed"]), where
        assert first.published is not None and first.published.utcoffset() == dt.timedelta(0)


@pytest.mark.corpus
def test_corpus_keeps_one_object_per_item_and_real_doc_ids(corpus: Path) -> None:
    data = (corpus / "pacer_rss" / "sdny_1.xml").read_bytes()
    items = parse_feed(data)
    assert len(items) == data.count(b"<item>") == 358
    assert items[0].pacer_doc_id == "127122264358"  # the feed's id, not juriscraper's 1270...
    wvsd = parse_feed((corpus / "pacer_rss" / "wvsd.xml").read_bytes())
    assert [i.docket_number for i in wvsd] == [None, "2:13-cv-01808", "3:15-cv-13328"]
    assert wvsd[0].case_name == "5:18-~gr-00001"


@pytest.mark.corpus
def test_corpus_large_feed_parses_fast(corpus: Path) -> None:
    data = (corpus / "pacer_rss" / "nyed_1.xml").read_bytes()
    assert len(data) > 200_000
    parse_feed(data)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        parse_feed(data)
        runs.append(time.perf_counter() - start)
    assert min(runs) < 0.05, runs  # a few ms on a normal machine; generous bound for slow CI


# ---------------------------------------------------------------- always-on fixtures


def test_cacd_feed_items_in_feed_order() -> None:
    items = parse_feed(fixture("cacd.xml"))
    assert [i.entry_number for i in items] == [190, None, 123, 185]
    order = items[0]
    assert order == FeedItem(
        docket_number="8:17-cv-01898-CJC-GJS",
        case_name="Chhoeun et al v. Marin et al",
        pacer_case_id="691234",
        entry_number=190,
        short_description="Order on Ex Parte Application for Temporary Restraining Order",
        pacer_doc_id="031127001234",
        pacer_seq_no=612,
        published=dt.datetime(2019, 1, 3, 23, 41, 7, tzinfo=dt.UTC),
        url="https://ecf.cacd.uscourts.gov/doc1/031127001234?caseid=691234&de_seq_num=612",
        guid="https://ecf.cacd.uscourts.gov/cgi-bin/DktRpt.pl?691234&612",
    )
    assert order.as_json()["published"] == "2019-01-03T23:41:07Z"
    assert normalize_docket_number(order.docket_number or "") == "8:17-cv-01898"


def test_item_without_number_or_link() -> None:
    held = parse_feed(fixture("cacd.xml"))[1]
    assert held.short_description == "Hearing Held"
    assert (held.entry_number, held.pacer_doc_id, held.pacer_seq_no) == (None, None, None)
    assert held.pacer_case_id == "691234"
    assert held.url == "https://ecf.cacd.uscourts.gov/cgi-bin/DktRpt.pl?691234"
    assert held.published == dt.datetime(2019, 1, 3, 23, 2, 11, tzinfo=dt.UTC)  # 15:02:11 PST


def test_cdata_double_escaped_title_nested_brackets_iquery_link_and_est() -> None:
    item = parse_feed(fixture("cacd.xml"))[2]
    assert item.docket_number == "2:18-cv-05741-DMG-PLA"
    assert item.case_name == "Lucas R. v. Azar & Smith"
    assert item.short_description == "Notice of Motion and Motion for Preliminary Injunction [Corrected]"
    assert item.pacer_case_id == "712001"
    assert (item.entry_number, item.pacer_doc_id, item.pacer_seq_no) == (123, "031027009876", 455)
    assert item.published == dt.datetime(2019, 1, 2, 22, 30, tzinfo=dt.UTC)  # 17:30 EST


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("dtd_bomb.xml", "entity"),
        ("xxe.xml", "entity"),
        ("login.html", "got an HTML page (login or error page?), not an RSS feed"),
        ("truncated.xml", "malformed XML"),
        ("not_rss.xml", "not an RSS feed: root element is <feed>"),
    ],
)
def test_bad_documents_are_refused_with_a_clear_message(name: str, message: str) -> None:
    with pytest.raises(ParseError, match=re.escape(message)):
        parse_feed(fixture(name))


def test_oversized_feed_is_refused() -> None:
    with pytest.raises(ParseError, match="over the 1000-byte limit"):
        parse_feed(fixture("cacd.xml"), max_bytes=1000)


def test_plain_doctype_without_internal_subset_is_allowed() -> None:
    data = b'<?xml version="1.0"?>\n<!DOCTYPE rss>\n<rss version="2.0"><channel></channel></rss>'
    assert parse_feed(data) == []


def _one_item(
    title: str, link: str, description: str, guid: str, date: str = "Tue, 22 May 2018 22:10:04 GMT"
) -> bytes:
    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;")

    return (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item>'
        f"<title>{esc(title)}</title><link>{esc(link)}</link><description>{esc(description)}</description>"
        f"<guid>{esc(guid)}</guid><pubDate>{date}</pubDate></item></channel></rss>"
    ).encode("latin-1")


def test_appellate_item_with_document_link_text_has_no_entry_number() -> None:
    beam = "https://ecf.ca9.uscourts.gov/n/beam/servlet/TransportRoom?servlet=DocketReportFilter.jsp&caseNum=19-55123"
    data = _one_item(
        "19-55123 Chhoeun v. Marin",
        beam,
        "[Filed order (Deputy Clerk)] (<a href='https://ecf.ca9.uscourts.gov/docs1/009031234567'>Document</a>)",
        beam + "&partId=123",
        "Fri, 03 Feb 2023 09:05:16 MST",
    )
    (item,) = parse_feed(data)
    assert (item.docket_number, item.case_name) == ("19-55123", "Chhoeun v. Marin")
    assert (item.pacer_case_id, item.entry_number, item.pacer_seq_no) == (None, None, None)
    assert item.pacer_doc_id == "009031234567"
    assert item.published == dt.datetime(2023, 2, 3, 16, 5, 16, tzinfo=dt.UTC)


def test_bankruptcy_item_with_type_prefix_and_dash_guid() -> None:
    data = _one_item(
        "17-11234-shl Example Debtor LLC                  ",
        "https://ecf.nysb.uscourts.gov/cgi-bin/DktRpt.pl?275000",
        "Type: bk Office: 1 Chapter: 11  [Motion to Extend Time] (<a href='https://ecf.nysb.uscourts.gov/doc1/126018830999?pdf_header=&amp;de_seq_num=88&amp;caseid=275000'>41</a>)",
        "https://ecf.nysb.uscourts.gov/cgi-bin/DktRpt.pl?275000-88",
    )
    (item,) = parse_feed(data)
    assert (item.docket_number, item.case_name) == ("17-11234-shl", "Example Debtor LLC")
    assert (item.pacer_case_id, item.entry_number, item.pacer_doc_id, item.pacer_seq_no) == (
        "275000", 41, "126018830999", 88,
    )  # fmt: skip
    assert item.short_description == "Motion to Extend Time"


def test_appellate_number_from_link_when_title_has_none() -> None:
    data = _one_item(
        "Chhoeun v. Marin",
        "https://ecf.ca9.uscourts.gov/n/beam/servlet/TransportRoom?servlet=X.jsp&caseNum=19-55123",
        "[Order]",
        "g1",
    )
    (item,) = parse_feed(data)
    assert (item.docket_number, item.case_name, item.guid) == ("19-55123", "Chhoeun v. Marin", "g1")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("1:17-cr-00554-MKB USA v. Shargorodskaya", ("1:17-cr-00554-MKB", "USA v. Shargorodskaya")),
        ("8:17-cv-01898-CJC-GJS Chhoeun v. Marin", ("8:17-cv-01898-CJC-GJS", "Chhoeun v. Marin")),
        ("17-11234-shl  In re Example   Corp.  ", ("17-11234-shl", "In re Example Corp.")),
        ("22-1214 Food &amp; Water Watch v. FERC", ("22-1214", "Food & Water Watch v. FERC")),
        ("2:18-cr-00123-JAK-1 USA v. Doe", ("2:18-cr-00123-JAK-1", "USA v. Doe")),
        ("18-90003 ", ("18-90003", None)),
        ("5:18-~gr-00001 ", (None, "5:18-~gr-00001")),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_split_title(title: str | None, expected: tuple[str | None, str | None]) -> None:
    assert split_title(title) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 22 May 2018 22:10:04 GMT", dt.datetime(2018, 5, 22, 22, 10, 4, tzinfo=dt.UTC)),
        ("Fri, 03 Feb 2023 12:20:16 EST", dt.datetime(2023, 2, 3, 17, 20, 16, tzinfo=dt.UTC)),
        ("Mon, 01 Jul 2019 09:00:00 EDT", dt.datetime(2019, 7, 1, 13, 0, tzinfo=dt.UTC)),
        ("Fri, 03 Feb 2023 09:05:16 MST", dt.datetime(2023, 2, 3, 16, 5, 16, tzinfo=dt.UTC)),
        ("Thu, 03 Jan 2019 15:02:11 PST", dt.datetime(2019, 1, 3, 23, 2, 11, tzinfo=dt.UTC)),
        ("Thu, 03 Jan 2019 15:02:11 HST", dt.datetime(2019, 1, 4, 1, 2, 11, tzinfo=dt.UTC)),
        ("Thu, 03 Jan 2019 15:02:11 -0800", dt.datetime(2019, 1, 3, 23, 2, 11, tzinfo=dt.UTC)),
        ("3 Jan 2019 15:02 +0000", dt.datetime(2019, 1, 3, 15, 2, tzinfo=dt.UTC)),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_pubdate(value: str | None, expected: dt.datetime | None) -> None:
    parsed = parse_pubdate(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is not None and parsed.utcoffset() == dt.timedelta(0)


def test_latin1_feed_characters_are_decoded() -> None:
    data = _one_item(
        "2:19-cv-00042 Peña v. Nielsen",
        "https://ecf.cacd.uscourts.gov/cgi-bin/DktRpt.pl?700001",
        "[Motion for Class Certification - Hearing] ",
        "https://ecf.cacd.uscourts.gov/cgi-bin/DktRpt.pl?700001&9",
    )
    assert "Peña".encode("latin-1") in data
    (item,) = parse_feed(data)
    assert item.case_name == "Peña v. Nielsen"
    assert (item.pacer_case_id, item.pacer_seq_no, item.entry_number) == ("700001", 9, None)


# ---------------------------------------------------------------- xmlsafety


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ELEMENT rss ANY>]><rss/>',
        b'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "x.dtd" [ ]><rss/>',
        b"<!doctype rss [ ]><rss/>",
        b'<?xml version="1.0"?><rss><!ENTITY x "y"></rss>',
        b"<rss><!entity x 'y'></rss>",
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY a "b">]><rss/>'.encode("utf-16"),
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><rss/>'.encode("utf-32"),
        # an ASCII declaration, then a body in an encoding where "<!ENTITY" is not those bytes
        b'<?xml version="1.0" encoding="cp037"?>' + '<!DOCTYPE r [<!ENTITY a "b">]><rss/>'.encode("cp037"),
        b'<?xml version="1.0" encoding="utf-16"?>' + '<!DOCTYPE r [<!ENTITY a "b">]>'.encode("utf-16-le"),
    ],
)
def test_check_xml_refuses_entities_and_internal_subsets(data: bytes) -> None:
    with pytest.raises(ParseError, match="refused"):
        check_xml(data)


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE rss><rss version="2.0"/>',
        b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x.dtd"><rss/>',
        '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"/>'.encode("utf-16"),
        b"<rss><channel><title>Entity law [2019]</title></channel></rss>",
    ],
)
def test_check_xml_accepts_plain_documents(data: bytes) -> None:
    check_xml(data)


def test_check_xml_unknown_encoding_and_size() -> None:
    with pytest.raises(ParseError, match="unknown encoding 'x-nope'"):
        check_xml(b'<?xml version="1.0" encoding="x-nope"?><rss/>')
    check_xml(b"<rss/>", max_bytes=6)
    with pytest.raises(ParseError, match="7 bytes, over the 6-byte limit"):
        check_xml(b"<rss />", max_bytes=6)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (fixture("login.html"), True),
        (b"\n\n<html><body>Error 500</body></html>", True),
        (b"<HEAD><TITLE>CM/ECF</TITLE></HEAD>", True),
        (fixture("cacd.xml"), False),
        (fixture("not_rss.xml"), False),
        (
            b'<?xml version="1.0"?><rss><channel><description>&lt;html&gt;</description></channel></rss>',
            False,
        ),
        (
            b"<rss><channel><description><![CDATA[<html><body>x</body></html>]]></description></channel></rss>",
            False,
        ),
        (b"", False),
    ],
)
def test_looks_like_html(data: bytes, expected: bool) -> None:
    assert looks_like_html(data) is expected
