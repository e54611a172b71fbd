"""A short name for the proceeding a docket entry's words name ("status conference", "jury trial"): what the
hearing actions report as `about`."""

from __future__ import annotations

import re

from parsers.docket_scan import _ABOUT_FINDER, _ABOUT_STOP


def _about(window: str) -> str | None:
    """A short name for the proceeding: the last proceeding word in `window` and up to three words before it."""
    last = None
    for m in _ABOUT_FINDER.finditer(window):
        last = m
    return _about_at(window, last)


def _about_at(window: str, last: re.Match[str] | None) -> str | None:
    """_about, given the last _ABOUT_RX match in `window` (_ABOUT_FINDER finds them)."""
    if last is None:
        return None
    start = window.rfind(" as to ", 0, last.start())
    lo = max(start + 7 if start >= 0 else 0, last.start() - 40)
    dot = window.rfind(". ", lo, last.start())  # ("... Guilty Count 1. Sentencing set for")
    dash = window.rfind(" - ", lo, last.start())  # ("ORDER FOR COURT-CONDUCTED MEDIATION - Mediation is scheduled")
    cut = max(window.rfind(":", lo, last.start()), window.rfind("(", lo, last.start()), window.rfind(")", lo, last.start()),
              dot + 1 if dot >= 0 else -1, dash + 2 if dash >= 0 else -1)
    head = window[max(lo, cut + 1) : last.end()]
    words = [w.strip(",;:()") for w in head.split()[-5:]]
    # a name that ends before another starts ("CONTINUING MOTION HEARING AND CASE MANAGEMENT CONFERENCE Motion Hearing
    # set for"): the last one ("preliminary hearing hearing", a one-word rest, stays whole)
    # (most windows hold one name: a find first)
    if len(words) >= 3 and ("conference " in head or "hearing " in head):
        for k in range(len(words) - 2, 0, -1):
            if words[k - 1] in ("conference", "hearing") and words[k] not in ("and", "&", "or", "re", "re:", "including"):
                rest = _lstrip_stop(words[k:])
                if len(rest) >= 2:
                    return " ".join(rest)
                break
    return " ".join(_lstrip_stop(words)) or None


def _lstrip_stop(words: list[str]) -> list[str]:
    """`words` without the leading ones that name nothing ("the", "set", "minute", "(12)")."""
    i = 0
    while i < len(words) and (words[i] in _ABOUT_STOP or not words[i].isalpha()):
        i += 1
    return words[i:]
