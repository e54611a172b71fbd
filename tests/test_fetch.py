from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
import respx

from monitor.errors import FetchError, HTTPStatusError, RateLimited, ResponseTooLarge
from monitor.fetch import (
    FetchConnectError,
    FetchPolicy,
    FetchResult,
    FetchTimeout,
    fetch,
    make_client,
    parse_retry_after,
    redact_url,
)

URL = "https://ecf.cacd.uscourts.gov/cgi-bin/rss_outside.pl"
NOW = datetime(2026, 11, 27, 20, 0, 0, tzinfo=UTC)
POLICY = FetchPolicy(retries=3, backoff_base=1.0, backoff_max=60.0, max_retry_after=120.0)


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client(POLICY) as c:
        yield c


def get(client: httpx.Client, sleeps: Sleeps, policy: FetchPolicy = POLICY, **kw: object) -> FetchResult:
    return fetch(client, URL, policy=policy, sleep=sleeps, rand=lambda: 0.5, clock=lambda: NOW, **kw)  # type: ignore[arg-type]


@respx.mock
def test_200_with_body(client: httpx.Client, sleeps: Sleeps) -> None:
    respx.get(URL).mock(
        return_value=httpx.Response(
            200,
            content=b"<rss/>",
            headers={"ETag": '"abc"', "Last-Modified": "Fri, 27 Nov 2026 19:00:00 GMT"},
        )
    )
    r = get(client, sleeps)
    assert (r.status, r.content, r.not_modified, r.attempts, r.url) == (200, b"<rss/>", False, 1, URL)
    assert r.etag == '"abc"' and r.last_modified == "Fri, 27 Nov 2026 19:00:00 GMT"
    assert r.headers["etag"] == '"abc"' and isinstance(r.headers, dict)
    assert sleeps.calls == []


@respx.mock
def test_304_conditional_get(client: httpx.Client, sleeps: Sleeps) -> None:
    lm = "Fri, 27 Nov 2026 19:00:00 GMT"
    cond = respx.get(URL, headers={"If-None-Match": '"abc"', "If-Modified-Since": lm}).mock(
        return_value=httpx.Response(304, headers={"ETag": '"abc"'})
    )
    respx.get(URL).mock(return_value=httpx.Response(200, content=b"full"))
    r = get(client, sleeps, etag='"abc"', last_modified=lm)
    assert cond.called
    assert (r.status, r.content, r.not_modified, r.etag) == (304, b"", True, '"abc"')
    assert get(client, sleeps).content == b"full"  # without validators the plain route answers


@respx.mock
def test_503_then_200_retries_with_backoff(
    client: httpx.Client, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    route = respx.get(URL).mock(
        side_effect=[httpx.Response(503), httpx.Response(500), httpx.Response(200, content=b"ok")]
    )
    with caplog.at_level(logging.INFO, logger="monitor.fetch"):
        r = get(client, sleeps)
    assert (r.content, r.attempts, route.call_count) == (b"ok", 3, 3)
    assert sleeps.calls == [0.5, 1.0]  # rand 0.5 * base * 2**n
    assert "retry 1 of 3" in caplog.text and URL in caplog.text


@respx.mock
def test_backoff_full_jitter_bounded_by_max(client: httpx.Client, sleeps: Sleeps) -> None:
    respx.get(URL).mock(return_value=httpx.Response(502))
    policy = FetchPolicy(retries=4, backoff_base=1.0, backoff_max=3.0)
    with pytest.raises(HTTPStatusError) as ei:
        fetch(client, URL, policy=policy, sleep=sleeps, rand=lambda: 1.0)
    assert sleeps.calls == [1.0, 2.0, 3.0, 3.0]
    assert ei.value.status == 502 and "after 5 attempts" in str(ei.value)


@respx.mock
def test_timeout_every_attempt(client: httpx.Client, sleeps: Sleeps) -> None:
    route = respx.get(URL).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(FetchTimeout) as ei:
        get(client, sleeps)
    assert str(ei.value) == f"GET {URL}: timed out after 4 attempts"
    assert ei.value.url == URL and route.call_count == 4 and len(sleeps.calls) == 3


@respx.mock
def test_connect_error_then_success_and_exhausted(client: httpx.Client, sleeps: Sleeps) -> None:
    respx.get(URL).mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200, content=b"x")])
    assert get(client, sleeps).attempts == 2
    respx.get(URL).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(
        FetchConnectError, match=r"connection failed after 4 attempts \(ConnectError: refused\)"
    ):
        get(client, sleeps)


@respx.mock
def test_429_retry_after_seconds_is_slept(client: httpx.Client, sleeps: Sleeps) -> None:
    respx.get(URL).mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, content=b"ok")]
    )
    assert get(client, sleeps).content == b"ok"
    assert sleeps.calls == [2.0]


@respx.mock
def test_429_retry_after_too_long_raises_without_sleep(client: httpx.Client, sleeps: Sleeps) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(429, headers={"Retry-After": "99999"}))
    with pytest.raises(RateLimited) as ei:
        get(client, sleeps)
    assert ei.value.retry_after == 99999.0 and sleeps.calls == [] and route.call_count == 1
    assert str(ei.value) == f"GET {URL}: rate limited (HTTP 429), retry after 99999 s"


@respx.mock
def test_retry_after_http_date(client: httpx.Client, sleeps: Sleeps) -> None:
    soon = "Fri, 27 Nov 2026 20:00:30 GMT"  # NOW + 30 s
    respx.get(URL).mock(side_effect=[httpx.Response(503, headers={"Retry-After": soon}), httpx.Response(200)])
    assert get(client, sleeps).attempts == 2 and sleeps.calls == [30.0]
    respx.get(URL).mock(
        return_value=httpx.Response(503, headers={"Retry-After": "Fri, 27 Nov 2026 21:00:00 GMT"})
    )
    with pytest.raises(RateLimited) as ei:
        get(client, sleeps)
    assert ei.value.retry_after == 3600.0 and "rate limited (HTTP 503), retry after 3600 s" in str(ei.value)


def test_parse_retry_after() -> None:
    assert parse_retry_after("120", NOW) == 120.0
    assert parse_retry_after("Fri, 27 Nov 2026 19:00:00 GMT", NOW) == 0.0  # in the past
    assert parse_retry_after("soon", NOW) is None and parse_retry_after(None, NOW) is None


@respx.mock
def test_429_without_retry_after_exhausted(client: httpx.Client, sleeps: Sleeps) -> None:
    respx.get(URL).mock(return_value=httpx.Response(429))
    with pytest.raises(RateLimited) as ei:
        get(client, sleeps)
    assert ei.value.retry_after is None and sleeps.calls == [0.5, 1.0, 2.0]


@pytest.mark.parametrize("status, phrase", [(404, "Not Found"), (403, "Forbidden"), (401, "Unauthorized")])
@respx.mock
def test_4xx_not_retried(client: httpx.Client, sleeps: Sleeps, status: int, phrase: str) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(status))
    with pytest.raises(HTTPStatusError) as ei:
        get(client, sleeps)
    assert str(ei.value) == f"GET {URL}: HTTP {status} {phrase}"
    assert ei.value.status == status and route.call_count == 1 and sleeps.calls == []


@respx.mock
def test_content_length_over_cap(client: httpx.Client, sleeps: Sleeps) -> None:
    pulled: list[int] = []

    def body() -> Iterator[bytes]:
        pulled.append(1)
        yield b"x" * 101

    respx.get(URL).mock(return_value=httpx.Response(200, content=body(), headers={"Content-Length": "101"}))
    with pytest.raises(
        ResponseTooLarge, match=r"larger than 100 bytes \(Content-Length 101\), aborted"
    ) as ei:
        get(client, sleeps, policy=FetchPolicy(max_bytes=100))
    assert ei.value.limit == 100 and sleeps.calls == [] and pulled == []  # refused before reading


@respx.mock
def test_streamed_body_without_length_aborted(client: httpx.Client, sleeps: Sleeps) -> None:
    pulled: list[int] = []

    def endless() -> Iterator[bytes]:
        while True:  # never ends: only an enforced cap lets this test finish
            pulled.append(1)
            yield b"y" * 1000

    respx.get(URL).mock(return_value=httpx.Response(200, content=endless()))
    with pytest.raises(ResponseTooLarge) as ei:
        get(client, sleeps, policy=FetchPolicy(max_bytes=10_000))
    assert str(ei.value) == f"GET {URL}: response larger than 10000 bytes, aborted"
    assert len(pulled) == 11


@respx.mock
def test_gzip_bomb_capped_on_decompressed_size(client: httpx.Client, sleeps: Sleeps) -> None:
    body = gzip.compress(b"0" * 2_000_000)
    respx.get(URL).mock(return_value=httpx.Response(200, content=body, headers={"Content-Encoding": "gzip"}))
    assert len(body) < 100_000
    with pytest.raises(ResponseTooLarge):
        get(client, sleeps, policy=FetchPolicy(max_bytes=100_000))
    assert get(client, sleeps).content == b"0" * 2_000_000  # under the default cap it decodes


@respx.mock
def test_user_agent_and_params_sent(sleeps: Sleeps) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(200))
    with httpx.Client() as bare:  # a client without our User-Agent still sends the policy's
        fetch(
            bare,
            URL,
            policy=FetchPolicy(user_agent="docket-monitor/9 (x@example.org)"),
            sleep=sleeps,
            params={"docket": "123", "q": "a b&c"},
            headers={"Authorization": "Token s3cret"},
        )
    req = route.calls.last.request
    assert req.headers["user-agent"] == "docket-monitor/9 (x@example.org)"
    assert req.headers["authorization"] == "Token s3cret"
    assert req.url.params["docket"] == "123" and req.url.params["q"] == "a b&c"
    assert "q=a+b%26c" in str(req.url)


@respx.mock
def test_messages_redact_secret_params_and_headers(client: httpx.Client, sleeps: Sleeps) -> None:
    respx.get(url__startswith=URL).mock(return_value=httpx.Response(404))
    with pytest.raises(HTTPStatusError) as ei:
        get(
            client,
            sleeps,
            params={"token": "s3cret", "court": "cacd"},
            headers={"Authorization": "Token hdr"},
        )
    assert "s3cret" not in str(ei.value) and "hdr" not in str(ei.value) and "court=cacd" in str(ei.value)
    assert redact_url("https://x/a?key=1&b=2") == "https://x/a?key=%2A%2A%2A&b=2"


@respx.mock
def test_redirect_followed_and_final_url(client: httpx.Client, sleeps: Sleeps) -> None:
    # respx: the first matching route wins, so the more specific one goes first
    respx.get(URL, params={"moved": "1"}).mock(return_value=httpx.Response(200, content=b"here"))
    respx.get(URL).mock(return_value=httpx.Response(301, headers={"Location": URL + "?moved=1"}))
    r = get(client, sleeps)
    assert (r.url, r.content) == (URL + "?moved=1", b"here")


def test_make_client_settings() -> None:
    policy = FetchPolicy(connect_timeout=3.0, read_timeout=7.0, user_agent="ua/1")
    with make_client(policy) as c:
        assert c.headers["user-agent"] == "ua/1" and c.follow_redirects and c.max_redirects == 5
        assert (c.timeout.connect, c.timeout.read) == (3.0, 7.0)


def test_fetch_error_is_base() -> None:
    assert issubclass(FetchTimeout, FetchError) and issubclass(FetchConnectError, FetchError)
