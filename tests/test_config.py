"""config.toml: the shipped file loads; every wrong key or value is a one-line error naming the key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]

MINIMAL = """
[[cases]]
id = "chhoeun-v-marin"
name = "Chhoeun v. Marin"
court = "cacd"
docket_number = "8:17-cv-01898"
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_config_loads() -> None:
    cfg = load_config(REPO / "config.toml")
    assert [c.id for c in cfg.cases] == ["chhoeun-v-marin"]
    case = cfg.cases[0]
    assert (case.court, case.docket_number, case.judge) == ("cacd", "8:17-cv-01898", "Cormac J. Carney")
    assert cfg.database == REPO / "monitor.db"  # relative to the config file
    assert cfg.email.transport == "file" and cfg.email.outbox == REPO / "outbox"
    assert cfg.courtlistener.budget.per_day == 125
    assert cfg.subscribers[0].frequency == "immediate"


def test_defaults_from_minimal_config(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, MINIMAL))
    assert cfg.pacer_rss.every_minutes == 15.0
    assert cfg.pacer_rss.url.format(court="cacd") == "https://ecf.cacd.uscourts.gov/cgi-bin/rss_outside.pl"
    assert cfg.timezone == "America/Los_Angeles"
    assert cfg.email.security == "starttls" and cfg.email.port == 587
    assert cfg.subscribers == ()
    assert cfg.cases[0].courtlistener_docket_id is None


def test_decimal_minutes_and_subscriber_fields(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, MINIMAL + """
[sources.pacer_rss]
every_minutes = 0.05
[[subscribers]]
email = "a@example.org"
cases = ["*"]
frequency = "weekly"
send_at = "18:30"
weekday = "friday"
events = ["relief_changed", "hearing_moved"]
"""))
    assert cfg.pacer_rss.every_minutes == 0.05
    sub = cfg.subscribers[0]
    assert sub.send_at == dt.time(18, 30) and sub.weekday == 4
    assert sub.follows("anything") and sub.wants("relief_changed") and not sub.wants("news")


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("[monitor]\ntimezone = 'Mars/Olympus'\n", "monitor.timezone: unknown time zone"),
        ("[monitor]\ndatabse = 'x.db'\n", "monitor.databse: unknown key"),
        ("[sources.pacer_rss]\nevery_minutes = 0\n", "sources.pacer_rss.every_minutes: must be greater than 0"),
        ("[sources.pacer_rss]\nevery_minutes = 'often'\n", "sources.pacer_rss.every_minutes: must be a number"),
        ("[sources.pacer_rss]\nurl = 'ftp://x'\n", "sources.pacer_rss.url: must be an http(s) URL"),
        ("[sources.courtlistener]\ntoken_env = 'abc def'\n", "sources.courtlistener.token_env"),
        ("[sources.courtlistener]\nbudget = { per_hour = -1 }\n", "sources.courtlistener.budget.per_hour"),
        ("[sources.news]\nfeeds = ['not a url']\n", "sources.news.feeds[0]: must be an http(s) URL"),
        ("[sources.rss]\nenabled = true\n", "sources.rss: unknown key"),
        ("[email]\ntransport = 'pigeon'\n", "email.transport: must be one of file, smtp"),
        ("[email]\nsecurity = 'ssl'\n", "email.security: must be one of none, starttls, tls"),
        ("[email]\nport = 70000\n", "email.port"),
        ("[email]\nfrom = 'nobody'\n", "email.from"),
        ("[[subscribers]]\nemail = 'not-an-address'\n", "[[subscribers]][0].email: not an email address"),
        ("[[subscribers]]\nemail = 'a@b.org'\nfrequency = 'hourly'\n", "[[subscribers]][0].frequency"),
        ("[[subscribers]]\nemail = 'a@b.org'\ncases = ['other']\n", "[[subscribers]][0].cases[0]: no [[cases]]"),
        ("[[subscribers]]\nemail = 'a@b.org'\nsend_at = '25:00'\n", "[[subscribers]][0].send_at"),
        ("[[subscribers]]\nemail = 'a@b.org'\nevents = ['gossip']\n", "[[subscribers]][0].events[0]: unknown"),
        ("[[subscribers]]\nemail = 'a@b.org'\nenabled = true\n", "[[subscribers]][0].enabled: unknown key"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, extra: str, expected: str) -> None:
    path = write(tmp_path, MINIMAL + extra)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert expected in message
    assert str(path) in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "cases: at least one [[cases]]"),
        ("[[cases]]\nid = 'x'\ncourt = 'cacd'\n", "[[cases]][0].docket_number: is required"),
        ("[[cases]]\nid = 'Bad Id'\ncourt = 'cacd'\ndocket_number = '1:1-cv-1'\n", "[[cases]][0].id"),
        ("[[cases]]\nid = 'x'\ncourt = 'c.a.c.d'\ndocket_number = '1:1-cv-1'\n", "[[cases]][0].court"),
        (MINIMAL + MINIMAL, "[[cases]][1].id: duplicate case id"),
        ("[[cases]\n", "invalid TOML"),
    ],
)
def test_bad_cases(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=None) as err:
        load_config(write(tmp_path, text))
    assert expected in str(err.value)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nope.toml: config file not found"):
        load_config(tmp_path / "nope.toml")
