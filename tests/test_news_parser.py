"""News feeds: parsing (RSS with <source>, Atom), safety, relevance and story deduplication."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from parsers.errors import ParseError
from parsers.news import (
    is_relevant,
    parse_news,
    party_names,
    story_key,
    story_keys,
    title_key,
    url_key,
)
from parsers.records import NewsItem

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "news"
GOOGLE = "https://news.google.com/rss/search?q=%22Chhoeun%22"


def load(name: str, url: str = "https://feeds.example.com/feed") -> list[NewsItem]:
    return parse_news((FIXTURES / name).read_bytes(), url)


def item(
    title: str = "", url: str = "https://example.com/a", source: str = "Example", summary: str = ""
) -> NewsItem:
    return NewsItem(title=title, url=url, source=source, published=None, summary=summary, guid=None)


# ---------------------------------------------------------------- parsing


def test_google_news_rss_source_element_and_linkless_item_skipped() -> None:
    items = load("google_news.rss", GOOGLE)
    assert [i.source for i in items] == [
        "Los Angeles Times",
        "Example Legal News",
        "Marin Independent Journal",
    ]
    first = items[0]
    assert (
        first.title
        == "Judge orders ICE to give Cambodian refugees 14 days' notice before re-detention - Los Angeles Times"
    )
    assert first.url.startswith("https://news.google.com/rss/articles/CBMiX2h0")
    assert first.published == dt.datetime(2019, 1, 4, 2, 13, tzinfo=dt.UTC)
    assert first.guid == "CBMiX2h0dHBzOi8vd3d3LmxhdGltZXMuY29tL2xvY2FsL2NhbWJvZGlhbi10cm8"
    assert (
        first.summary
        == "Judge orders ICE to give Cambodian refugees 14 days' notice before re-detention Los Angeles Times"
    )


def test_script_in_title_is_kept_as_text_and_summary_html_is_stripped() -> None:
    second = load("google_news.rss", GOOGLE)[1]
    assert (
        second.title
        == '<script>alert("x")</script> Chhoeun v. Marin: what the TRO means - Example Legal News'
    )
    assert second.summary == "Petitioners & their lawyers welcomed the order."
    assert "evil" not in second.summary and "<" not in second.summary


def test_atom_feed_html_title_and_summary_feed_title_as_source() -> None:
    reprieve, bar_exam = load("lawjournal.atom")
    assert reprieve.title == "Cambodian detainees win temporary reprieve"
    assert reprieve.summary == "Judge Cormac J. Carney granted the TRO in Chhoeun v. Marin."
    assert reprieve.source == "Example Law Journal"
    assert reprieve.published == dt.datetime(2019, 1, 7, 16, 30, tzinfo=dt.UTC)  # 08:30-08:00
    assert reprieve.guid == "tag:lawjournal.example.com,2019:cambodian-detainees-reprieve"
    assert bar_exam.summary == "Pass rates rose."  # xhtml <content> when there is no summary


def test_rss_with_numeric_offset_and_channel_title_source() -> None:
    (story,) = load("latimes.rss")
    assert story.source == "Los Angeles Times - California"
    assert story.published == dt.datetime(2019, 1, 4, 2, 5, tzinfo=dt.UTC)


def test_entity_bomb_is_refused_before_feedparser() -> None:
    with pytest.raises(ParseError, match=re.escape("feed declares an entity (<!ENTITY>), refused")):
        load("entity_bomb.rss")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"<!DOCTYPE html><html><head><title>Sign in</title></head><body>Login</body></html>",
            "got an HTML page",
        ),
        (b'<?xml version="1.0"?><error><code>503</code></error>', "not an RSS or Atom feed"),
        (b"", "not an RSS or Atom feed"),
        (b"x" * 2000, "over the 1000-byte limit"),
    ],
)
def test_non_feeds_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=re.escape(message)):
        parse_news(data, "https://feeds.example.com/x", max_bytes=1000)


def test_empty_feed_is_an_empty_list() -> None:
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert parse_news(data, "https://feeds.example.com/quiet") == []


def test_source_falls_back_to_the_feed_host() -> None:
    data = b'<rss version="2.0"><channel><item><title>T</title><link>https://a.example/1</link></item></channel></rss>'
    (only,) = parse_news(data, "https://feeds.example.com/x.rss")
    assert (only.source, only.published, only.guid, only.summary) == ("feeds.example.com", None, None, "")


# ---------------------------------------------------------------- relevance


@pytest.mark.parametrize(
    ("case_name", "expected"),
    [
        ("Chhoeun v. Marin", ("Chhoeun",)),
        ("Chhoeun et al v. Marin et al", ("Chhoeun",)),
        ("United States v. Shargorodskaya", ("Shargorodskaya",)),
        ("USA v. Shantel Caldwell", ("Shantel Caldwell",)),
        ("In re: Maura Lynch", ("Maura Lynch",)),
        ("Joseph Nichols, Jr. v. Secretary, Florida Department of Corrections, et al", ("Joseph Nichols",)),
        ("Food & Water Watch v. FERC", ("Food & Water Watch",)),
        ("Transtex Inc. v. Vidal", ("Transtex",)),
        ("Wu v. Garland", ("Wu",)),
        ("United States v. United States Department of Homeland Security", ()),
        ("", ()),
    ],
)
def test_party_names(case_name: str, expected: tuple[str, ...]) -> None:
    assert party_names(case_name) == expected


def test_relevance_on_fixture_feed() -> None:
    items = load("google_news.rss", GOOGLE)
    verdicts = [
        is_relevant(i, keywords=["Chhoeun", "Cambodian"], case_name="Chhoeun v. Marin") for i in items
    ]
    assert verdicts == [True, True, False]  # "Marin" alone (the respondent; Marin County) does not count


@pytest.mark.parametrize(
    ("title", "summary", "keywords", "expected"),
    [
        ("CHHOEUN ruling", "", [], True),  # party name, any case
        ("", "the chhoeun class", [], True),  # in the summary
        ("Chhoeunville fair", "", [], False),  # whole words only
        ("Cambodians rally", "", ["Cambodian"], False),  # whole word: no plural stemming
        ("Cambodian refugees", "", ["cambodian"], True),
        ("Re-detention notice", "", ["re-detention"], True),
        ("Marin County fire", "", [], False),
        ("Judge David Marin", "", ["David Marin"], True),  # a keyword phrase can name the respondent
        ("Ice storm in Marin", "", ["ICE"], True),  # keywords are the user's choice, matched as given
        ("Nothing here", "", ["", "  "], False),  # blank keywords are ignored
    ],
)
def test_is_relevant(title: str, summary: str, keywords: list[str], expected: bool) -> None:
    assert (
        is_relevant(item(title, summary=summary), keywords=keywords, case_name="Chhoeun v. Marin") is expected
    )


# ---------------------------------------------------------------- deduplication


def test_same_story_from_google_news_and_the_outlet_shares_a_title_key() -> None:
    google = load("google_news.rss", GOOGLE)[0]
    (outlet,) = load("latimes.rss")
    assert (
        story_key(google)
        == "title:judge orders ice to give cambodian refugees 14 days notice before re detention"
    )
    assert story_key(outlet) == "url:latimes.com/local/lanow/la-me-cambodian-refugees-tro-20190103-story.html"
    assert set(story_keys(google)) & set(story_keys(outlet))


def test_same_story_in_two_feeds_shares_a_url_key() -> None:
    journal = load("lawjournal.atom")[0]
    (roundup,) = load("lawjournal_mirror.rss")
    assert journal.title != roundup.title
    assert (
        story_key(journal)
        == story_key(roundup)
        == "url:lawjournal.example.com/2019/01/cambodian-detainees-reprieve"
    )


def test_different_stories_share_no_key() -> None:
    keys = [set(story_keys(i)) for i in load("google_news.rss", GOOGLE) + load("lawjournal.atom")]
    for index, first in enumerate(keys):
        for second in keys[index + 1 :]:
            assert not first & second


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.latimes.com/a/b/?utm_source=rss&utm_medium=x", "latimes.com/a/b"),
        ("http://LATIMES.com/a/b#frag", "latimes.com/a/b"),
        ("https://example.com/story?id=7&fbclid=zz&b=2", "example.com/story?b=2&id=7"),
        ("https://example.com/", "example.com"),
        ("https://news.google.com/rss/articles/CBMi?oc=5", None),
        ("", None),
    ],
)
def test_url_key(url: str, expected: str | None) -> None:
    assert url_key(url) == expected


@pytest.mark.parametrize(
    ("title", "source", "expected"),
    [
        ("Judge rules for Cambodians - Los Angeles Times", "Los Angeles Times", "judge rules for cambodians"),
        ("Judge rules for Cambodians | The Orange County Register", "", "judge rules for cambodians"),
        ("Judge rules for Cambodians", "Los Angeles Times", "judge rules for cambodians"),
        ("Judge’s order: ICE must give notice!", "", "judge s order ice must give notice"),
        (
            "Re-detention - a long explanation of what comes next in court",
            "",
            "re detention a long explanation of what comes next in court",
        ),
    ],
)
def test_title_key(title: str, source: str, expected: str) -> None:
    assert title_key(title, source) == expected


def test_story_keys_fall_back_to_guid_when_nothing_else() -> None:
    bare = NewsItem(
        title="", url="https://news.google.com/x", source="G", published=None, summary="", guid="g-1"
    )
    assert story_keys(bare) == ("guid:g-1",)
