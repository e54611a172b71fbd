"""The monitor's exception tree. Every message says what went wrong and where (file, key, URL).

The CLI turns these into one line on stderr and an exit code; nothing else catches them broadly.
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base of every error the monitor raises on purpose."""

    exit_code = 1


class ConfigError(MonitorError):
    """config.toml is missing, unreadable, or has a wrong key or value (message names the key)."""

    exit_code = 2


class UsageError(MonitorError):
    """A command-line argument is wrong."""

    exit_code = 2


class LockHeld(MonitorError):
    """Another `monitor check` or `monitor run` holds the database's lock."""

    exit_code = 3


class StoreError(MonitorError):
    """The SQLite database could not be opened or written."""


class FetchError(MonitorError):
    """An HTTP fetch failed for good (after retries). `url` says where."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class HTTPStatusError(FetchError):
    def __init__(self, message: str, *, url: str, status: int) -> None:
        super().__init__(message, url=url)
        self.status = status


class RateLimited(FetchError):
    """The server said to come back later (429/503 with Retry-After longer than we wait in-process)."""

    def __init__(self, message: str, *, url: str, retry_after: float | None) -> None:
        super().__init__(message, url=url)
        self.retry_after = retry_after


class ResponseTooLarge(FetchError):
    def __init__(self, message: str, *, url: str, limit: int) -> None:
        super().__init__(message, url=url)
        self.limit = limit


class SourceError(MonitorError):
    """A source's response could not be used (not a feed, login page, bad JSON...)."""


class SourceNotConfigured(SourceError):
    """A source lacks what it needs to run (e.g. the CourtListener token env var is unset)."""
