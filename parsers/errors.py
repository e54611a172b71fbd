"""Errors raised by the pure parsers. They carry no I/O context; callers add the URL or file."""

from __future__ import annotations


class ParseError(ValueError):
    """Input could not be parsed (malformed XML, not a feed, forbidden DTD, bad JSON...)."""
