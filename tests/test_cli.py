"""The command line as a user and a script see it: output shapes, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import respx

from monitor.cli import main
from tests.stand_ins import RSS_URL, RssItem, config_text, rss_feed

REPO = Path(__file__).resolve().parents[1]
FEED = REPO / "tests" / "fixtures" / "rss" / "cacd.xml"
FEED_KEYS = {"docket_number", "case_name", "pacer_case_id", "entry_number", "short_description", "pacer_doc_id",
             "pacer_seq_no", "published", "url", "guid"}


def test_parse_feed_prints_one_contract_object_per_item(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse-feed", str(FEED)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == FEED.read_text(encoding="iso-8859-1").count("<item>")
    assert all(set(r) == FEED_KEYS for r in rows)
    first = rows[0]
    assert first["docket_number"] == "8:17-cv-01898-CJC-GJS"
    assert first["published"].endswith("Z")


@pytest.mark.parametrize("name", ["dtd_bomb.xml", "login.html", "truncated.xml"])
def test_parse_feed_bad_file_is_one_line_error(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse-feed", str(REPO / "tests" / "fixtures" / "rss" / name)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("monitor: error: ") and name in err and err.count("\n") == 1


def test_parse_feed_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse-feed", "/nonexistent/feed.xml"]) == 2
    assert "/nonexistent/feed.xml" in capsys.readouterr().err


def test_parse_jsonl_contract(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"id": "a", "text": "ORDER GRANTING EX PARTE APPLICATION FOR TEMPORARY RESTRAINING ORDER [185]. Motion "
         "Hearing set for 1/28/2019 01:30 PM before Judge Cormac J. Carney. (Entered: 01/03/2019)",
         "date_filed": "2019-01-03", "court": "cacd"},
        {"id": "b", "text": "NOTICE OF APPEARANCE filed by Respondents.", "date_filed": "2019-01-04", "court": "cacd"},
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(json.dumps(x) for x in lines) + "\n"))
    assert main(["parse", "--jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out[0] == {"id": "a", "order_type": "temporary_restraining_order", "disposition": "granted",
                      "hearings": [{"action": "set", "date": "2019-01-28", "time": "13:30", "previous_date": None,
                                    "about": out[0]["hearings"][0]["about"]}]}
    assert out[1] == {"id": "b", "order_type": None, "disposition": None, "hearings": []}


def test_parse_jsonl_bad_line_names_the_line(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "a", "text": "x"}\nnot json\n'))
    assert main(["parse", "--jsonl"]) == 2
    assert "stdin line 2" in capsys.readouterr().err


def test_status_timeline_hearings_after_a_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text(config_text(tmp_path, smtp_port=None, courtlistener=False, news=False))
    item = RssItem(190, "Order on Ex Parte Application for TRO", 600, "Thu, 03 Jan 2019 23:10:04 GMT", "031127000190")
    with respx.mock(assert_all_called=False) as router:
        router.get(RSS_URL).mock(return_value=httpx.Response(200, content=rss_feed([item])))
        assert main(["check", "--config", str(path)]) == 0
    capsys.readouterr()
    assert main(["status", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "pacer_rss:cacd: last success" in out and "consecutive failures 0" in out
    assert "Chhoeun v. Marin (cacd 8:17-cv-01898): 1 entries" in out
    assert "reliefs in force: none" in out
    assert main(["timeline", "chhoeun-v-marin", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Dkt. 190  Order on Ex Parte Application for TRO" in out
    assert "short description only" in out
    assert main(["timeline", "no-such-case", "--config", str(path)]) == 2
    assert "no case with id 'no-such-case'" in capsys.readouterr().err
    assert main(["hearings", "--config", str(path), "--from", "not-a-date"]) == 2


def test_usage_error_is_one_line_exit_2() -> None:
    proc = subprocess.run([sys.executable, "-m", "monitor", "frobnicate"], capture_output=True, text=True,
                          cwd=REPO, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "frobnicate" in proc.stderr
