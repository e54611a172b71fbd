"""`monitor run`: polls on its intervals, sends digests, holds the lock, stops cleanly on SIGTERM.

The subprocess test talks to a real HTTP server on 127.0.0.1 standing in for the court (respx cannot reach into
another process).
"""

from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx

from monitor.config import load_config
from monitor.daemon import run_daemon
from notifiers.transports import FileTransport
from tests.stand_ins import RSS_URL, RssItem, config_text, rss_feed

REPO = Path(__file__).resolve().parents[1]
ITEM = RssItem(190, "Order on Ex Parte Application for TRO", 600, "Thu, 03 Jan 2019 23:10:04 GMT", "031127000190")
ITEM_2 = RssItem(195, "Order on Stipulation", 610, "Thu, 10 Jan 2019 22:05:00 GMT", "031127000195")


def wait_for(predicate: object, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_daemon_polls_on_interval_and_mails_new_entries(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(config_text(tmp_path, smtp_port=None, every=0.02, courtlistener=False, news=False))
    config = load_config(path)
    outbox = tmp_path / "outbox"
    feed = {"body": rss_feed([ITEM])}
    stop = threading.Event()
    out_lines: list[str] = []

    class Out:
        def write(self, s: str) -> int:
            out_lines.append(s)
            return len(s)

        def flush(self) -> None:
            pass

    with respx.mock(assert_all_called=False) as router:
        route = router.get(RSS_URL).mock(side_effect=lambda request: httpx.Response(200, content=feed["body"]))
        result: dict[str, int] = {}
        t = threading.Thread(target=lambda: result.update(code=run_daemon(
            config, FileTransport(outbox), out=Out(), stop=stop, install_signals=False,  # type: ignore[arg-type]
            digest_every_seconds=0.5)))
        t.start()
        try:
            # first poll: the now-following digests (two subscribers)
            assert wait_for(lambda: len(list(outbox.glob("*.eml"))) == 2)
            feed["body"] = rss_feed([ITEM, ITEM_2])
            # a later poll on the 1.2 s interval sees 195: one more digest each
            assert wait_for(lambda: len(list(outbox.glob("*.eml"))) == 4)
            assert route.call_count >= 2
        finally:
            stop.set()
            t.join(timeout=30)
    assert result == {"code": 0}
    text = "".join(out_lines)
    assert "pacer_rss:cacd: ok" in text and "monitor run: stopped" in text
    newest = sorted(outbox.glob("*.eml"), key=lambda p: p.stat().st_mtime)[-1].read_text()
    assert "Dkt. 195" in newest


class _Court(http.server.BaseHTTPRequestHandler):
    body = b""
    delay = 0.0

    def do_GET(self) -> None:  # noqa: N802
        time.sleep(self.delay)
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def court() -> Iterator[tuple[str, type[_Court]]]:
    handler = type("Court", (_Court,), {"body": rss_feed([ITEM]), "delay": 0.0})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


def test_sigterm_finishes_the_pass_then_exits_0_and_check_meanwhile_exits_3(
        tmp_path: Path, court: tuple[str, type[_Court]]) -> None:
    base, handler = court
    text = config_text(tmp_path, smtp_port=None, every=0.02, courtlistener=False, news=False)
    text = text.replace("https://ecf.{court}.uscourts.gov/cgi-bin/rss_outside.pl", base + "/{court}/rss_outside.pl")
    path = tmp_path / "config.toml"
    path.write_text(text)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "run", "--config", str(path)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(lambda: len(list((tmp_path / "outbox").glob("*.eml"))) == 2, 30)
        # while the daemon runs, a check from cron does nothing and says why
        check = subprocess.run([sys.executable, "-m", "monitor", "check", "--config", str(path)], cwd=tmp_path,
                               env=env, capture_output=True, text=True, timeout=60)
        assert check.returncode == 3, check.stderr
        assert "lock" in check.stderr and "monitor run" in check.stderr
        handler.delay = 1.5  # the next poll is slow: SIGTERM arrives while it is under way
        time.sleep(1.5)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "monitor run: stopped" in out
    assert "Traceback" not in err
