"""The one HTTP fetch policy every source uses: timeouts, retries with backoff, Retry-After, size cap, conditional GET.

`fetch` takes the httpx.Client, the sleep function, the random source and the clock as arguments, so tests pass
fakes (respx transport, a sleep recorder) instead of monkeypatching. Header values are never logged.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus

import httpx

from monitor.errors import FetchError, HTTPStatusError, RateLimited, ResponseTooLarge

log = logging.getLogger(__name__)

_SECRET_PARAMS = frozenset({"token", "key", "api_key", "apikey", "password", "secret", "access_token"})
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})  # plus any other 5xx


class FetchTimeout(FetchError):
    """Every attempt timed out."""


class FetchConnectError(FetchError):
    """Every attempt failed at the transport level (DNS, refused connection, reset...)."""


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    retries: int = 3  # extra attempts after the first, on timeouts, connect errors, 5xx, 429
    backoff_base: float = 1.0  # backoff before retry n (0-based): uniform(0, min(max, base * 2**n))
    backoff_max: float = 60.0
    max_retry_after: float = 120.0  # honor Retry-After up to this in-process; longer -> RateLimited
    max_bytes: int = 10_000_000  # cap on the (decompressed) body, enforced while streaming
    user_agent: str = "docket-monitor/0.1"

    def timeout(self) -> httpx.Timeout:
        return httpx.Timeout(
            connect=self.connect_timeout,
            read=self.read_timeout,
            write=self.read_timeout,
            pool=self.read_timeout,
        )


@dataclass(frozen=True)
class FetchResult:
    url: str  # final URL, after redirects
    status: int  # 200..299 or 304
    content: bytes  # b"" for 304
    headers: Mapping[str, str]  # plain dict, lower-case keys
    etag: str | None
    last_modified: str | None
    not_modified: bool  # True on 304
    attempts: int


def make_client(policy: FetchPolicy) -> httpx.Client:
    """A client with the policy's timeouts and User-Agent, following up to 5 redirects, HTTP/1.1 only."""
    return httpx.Client(
        timeout=policy.timeout(),
        headers={"User-Agent": policy.user_agent},
        follow_redirects=True,
        max_redirects=5,
        http2=False,
    )


def redact_url(url: httpx.URL | str) -> str:
    """The URL with secret-looking query parameters (token, key, password...) replaced by ***."""
    u = httpx.URL(url)
    if not u.params:
        return str(u)
    items = [(k, "***" if k.lower() in _SECRET_PARAMS else v) for k, v in u.params.multi_items()]
    return str(u.copy_with(params=items))


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None if absent or unparsable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, float((when - now).total_seconds()))


def _backoff(policy: FetchPolicy, retry_index: int, rand: Callable[[], float]) -> float:
    return rand() * min(policy.backoff_max, policy.backoff_base * 2.0 ** min(retry_index, 60))


def _reason(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _read_capped(response: httpx.Response, limit: int, where: str, url: str) -> bytes:
    declared = response.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise ResponseTooLarge(
            f"{where}: response larger than {limit} bytes (Content-Length {int(declared)}), aborted",
            url=url,
            limit=limit,
        )
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():  # decompressed bytes: a gzip bomb is capped too
        total += len(chunk)
        if total > limit:
            raise ResponseTooLarge(
                f"{where}: response larger than {limit} bytes, aborted", url=url, limit=limit
            )
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    client: httpx.Client,
    url: str,
    *,
    policy: FetchPolicy,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
    rand: Callable[[], float] = random.random,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> FetchResult:
    """GET `url` under `policy`; a 2xx or 304 result, or a FetchError subclass naming the (redacted) URL."""
    shown = redact_url(httpx.URL(url, params=dict(params) if params else None))
    where = f"GET {shown}"
    request_headers: dict[str, str] = dict(headers or {})
    request_headers["User-Agent"] = policy.user_agent
    if etag:
        request_headers["If-None-Match"] = etag
    if last_modified:
        request_headers["If-Modified-Since"] = last_modified
    attempts_allowed = policy.retries + 1

    for attempt in range(1, attempts_allowed + 1):
        last = attempt == attempts_allowed
        try:
            with client.stream(
                "GET", url, params=params, headers=request_headers, timeout=policy.timeout()
            ) as response:
                status = response.status_code
                if status == 304 or 200 <= status < 300:
                    content = b"" if status == 304 else _read_capped(response, policy.max_bytes, where, shown)
                    resp_headers = {k.lower(): v for k, v in response.headers.items()}
                    return FetchResult(
                        url=str(response.url),
                        status=status,
                        content=content,
                        headers=resp_headers,
                        etag=resp_headers.get("etag"),
                        last_modified=resp_headers.get("last-modified"),
                        not_modified=status == 304,
                        attempts=attempt,
                    )
                retry_after = None
                if status in (429, 503):
                    retry_after = parse_retry_after(response.headers.get("retry-after"), clock())
                    if retry_after is not None and (retry_after > policy.max_retry_after or last):
                        raise RateLimited(
                            f"{where}: rate limited (HTTP {status}), retry after {retry_after:.0f} s",
                            url=shown,
                            retry_after=retry_after,
                        )
                if status not in _RETRY_STATUSES and not 500 <= status < 600:
                    raise HTTPStatusError(f"{where}: {_reason(status)}", url=shown, status=status)
                if last:
                    if status == 429:
                        raise RateLimited(
                            f"{where}: rate limited (HTTP 429) after {attempt} attempts, no Retry-After",
                            url=shown,
                            retry_after=None,
                        )
                    raise HTTPStatusError(
                        f"{where}: {_reason(status)} after {attempt} attempts", url=shown, status=status
                    )
                problem = _reason(status)
        except httpx.TimeoutException as exc:
            if last:
                raise FetchTimeout(f"{where}: timed out after {attempt} attempts", url=shown) from exc
            problem, retry_after = f"timed out ({type(exc).__name__})", None
        except httpx.UnsupportedProtocol as exc:
            raise FetchError(f"{where}: unsupported URL scheme", url=shown) from exc
        except httpx.TransportError as exc:
            if last:
                raise FetchConnectError(
                    f"{where}: connection failed after {attempt} attempts ({type(exc).__name__}: {exc})",
                    url=shown,
                ) from exc
            problem, retry_after = f"connection failed ({type(exc).__name__})", None
        except httpx.TooManyRedirects as exc:
            raise FetchError(f"{where}: more than 5 redirects", url=shown) from exc
        except httpx.DecodingError as exc:
            raise FetchError(f"{where}: response body could not be decoded ({exc})", url=shown) from exc

        delay = retry_after if retry_after is not None else _backoff(policy, attempt - 1, rand)
        log.info("%s: %s; retry %d of %d in %.1f s", where, problem, attempt, policy.retries, delay)
        sleep(delay)

    raise AssertionError("unreachable")  # pragma: no cover
