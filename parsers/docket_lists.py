"""Settings a docket entry lists rather than states one by one: older clerks' verbless settings ("Pretrial Conf for
10/13/00", "Jury Trial on 9:00 7/8/96"), a list after "dates as follows:", and a scheduling order's "<PROCEEDING>
DATE: <date>" lines. The hearing rules (docket_hearings) call these when their own readings leave dates untaken."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from parsers.dates import FoundDate
from parsers.docket_about import _about
from parsers.docket_facts import HearingAction
from parsers.docket_scan import _DEADLINE_RX, _VAC_PROC_RX
from parsers.docket_settle import _proceeding_word

# older CM/ECF's settings without a verb before the date: "set Status Conf 8:45 3/7/00", "Status conference set at
# 12:30 10/24/03", "telephonic status conf 9:30 9/17/01", "Pretrial Conf for 10/13/00", "Bench Trial for 8:30 12/8/97",
# "Jury Trial on 9:00 7/8/96", "Scheduling Conference at 11:00 AM on 7/12/2019", "Conference set: 03/28/00"
_OLD_SETTING: Final = re.compile(
    # (each word's start checked after it, for the fast scan: see docket_scan)
    r"(?P<p>conf(?<!\wconf)(?:erence)?|hearing(?<!\whearing)|hrg(?<!\whrg)|trial(?<!\wtrial)|argument(?<!\wargument)"
    r"|call(?<!\wcall)|cmc(?<!\wcmc)|sentencing(?<!\wsentencing)|arraignment(?<!\warraignment))\.?,?\s{1,2}"
    r"(?:(?:is\s{1,2})?(?P<re>re)?set:?\s{1,2}(?:at\s{1,2})?|for\s{1,2}|at\s{1,2}|on\s{1,2}(?=\d{1,2}:\d))?"  # (not "set for")
    r"(?:(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s?(?:(?P<ap>[ap])\.?m\.?)?\s{1,2}(?:on\s{1,2})?)?(?=\d{1,2}/\d{1,2}/\d{2,4})")
# the same, ending where a date starts (searched in the few characters before each date: cheaper than a scan)
_OLD_SETTING_END: Final = re.compile(_OLD_SETTING.pattern.replace("(?=\\d{1,2}/\\d{1,2}/\\d{2,4})", "$"))


def _after_last_stop(window: str) -> str:
    """What follows the last ";", "," or "." of `window` ("Scheduled Hearing(s) ; Status" -> " Status")."""
    return window[max(window.rfind(";"), window.rfind(","), window.rfind(". ")) + 1 :]


def _has_old_setting(text: str) -> bool:
    """Whether an older-form setting (_OLD_SETTING) ends at some "M/D/Y" date of `text`: the few characters before
    each such date are searched (cheaper than a scan of the whole text)."""
    n = len(text)
    i = text.find("/")
    while i != -1:
        if 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            start = i - 2 if i >= 2 and text[i - 2].isdigit() else i - 1
            if _OLD_SETTING_END.search(text, max(0, start - 45), start) is not None:
                return True
        i = text.find("/", i + 1)
    return False

_FULL_WORD: Final = {"conf": "conference", "hrg": "hearing", "cmc": "case management conference"}

_RESET_LIST_HEAD: Final = re.compile(
    r"(?:re(?<!\wre)-?set|stricken(?<!\wstricken)\s{1,3}and\s{1,3}reset)\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,3}?(?:deadlines?\s{0,3}:|as\s{1,3}(?:follows|outlined)\s{0,3}:)")

_DATES_TAIL: Final = r"\s{1,3}(?:are\s{1,3})?(?:given|listed|set|as\s{1,3}follows)(?:\s{1,3}(?:as\s{1,3}follows|below))?\s{0,3}[:-]"
_DATES_HEAD: Final = re.compile(  # (every branch starts with a literal, for the fast scan: see docket_scan)
    r"new(?<!\wnew)\s{1,3}dates" + _DATES_TAIL + r"|dates(?<!\wdates)" + _DATES_TAIL
    + r"|sets(?<!\wsets)\s{1,3}the\s{1,3}following\s{1,3}dates\s{0,3}:")

def _old_settings(
    text: str, dates: list[FoundDate], taken: dict[dt.date | None, list[tuple[int, str | None]]]
) -> list[tuple[int, HearingAction]]:
    """The settings _OLD_SETTING finds whose dates no other reading of the entry has taken (`taken`: where each reading
    is and what it names, by date; a date taken by another proceeding is still free for this one)."""
    found: list[tuple[int, HearingAction]] = []
    # "ORDER, reset Scheduling Order Deadlines: Pretrial Conf for 10/13/00", "... is STRICKEN and RESET as outlined:":
    # the settings the heading lists replace earlier ones
    head = _RESET_LIST_HEAD.search(text, 0, 400) if "reset" in text else None
    for d in dates:
        if not text.startswith("/", d.start + 1) and not text.startswith("/", d.start + 2):
            continue  # (only "M/D/Y" dates: the older forms write them so)
        others = taken.get(d.date)
        if others is not None and (any(w is None or i <= d.start <= i + 160 for i, w in others) or sum(
                1 for e in dates if e.date == d.date) < 2 or any(_proceeding_word(w) is None for _, w in others)):
            continue  # (a date written once, or right after the reading that took it, is that reading's)
        m = _OLD_SETTING_END.search(text, max(0, d.start - 45), d.start)
        if m is None or _DEADLINE_RX.has(text, max(0, m.start() - 12), m.start()):
            continue
        about = _about(_after_last_stop(text[max(0, m.start() - 40) : m.start()]) + _FULL_WORD.get(m.group("p"), m.group("p")))
        if others is not None and any(_proceeding_word(w) == _proceeding_word(about) for _, w in others):
            continue
        at = d.time
        if at is None and m.group("h") is not None and int(m.group("h")) <= 12 and int(m.group("m") or 0) < 60:
            # "8:45 3/7/00": a court's hour; without a.m./p.m. 1 to 6 o'clock is the afternoon
            hour = int(m.group("h")) % 12
            at = dt.time(hour + 12 if m.group("ap") == "p" or not m.group("ap") and 1 <= hour <= 6 else hour,
                         int(m.group("m") or 0))
        moved = m.group("re") is not None or head is not None and head.end() <= m.start()
        found.append((m.start(), HearingAction("moved" if moved else "set", d.date, at, about=about)))
    return found

# clerks' abbreviations for proceedings in date lists: "JS/JT 8-17-04", "FPT 7-26-04", "PTC", "BT"
_PROC_ABBREV: Final = re.compile(r"\b(?:js|jt|fpt|fptc|ptc|bt)\b")
_ABBREV_NAMES: Final = {"js": "jury selection", "jt": "jury trial", "fpt": "final pretrial conference",
                 "fptc": "final pretrial conference", "ptc": "pretrial conference", "bt": "bench trial"}


def _abbrev_about(gap: str) -> str | None:
    names = [_ABBREV_NAMES[m.group()] for m in _PROC_ABBREV.finditer(gap)]
    return "/".join(names) or None


def _date_list(text: str, dates: list[FoundDate]) -> list[tuple[int, HearingAction]]:
    """A list after "New dates are listed as follows:": each date that a proceeding's name leads is set for it
    ("Jury Trial-October 19, 2004 @9:00 a.m. ... Final Pretrial Conference-September 20, 2004")."""
    head = _DATES_HEAD.search(text)
    if head is None:
        return []
    out: list[tuple[int, HearingAction]] = []
    last = head.end()
    for d in dates:
        if d.start < head.end():
            continue
        if d.start - head.end() > 500:
            break
        gap = text[max(last, d.start - 45) : d.start]
        last = d.end
        if (_VAC_PROC_RX.has(gap) or _PROC_ABBREV.search(gap)) and not _DEADLINE_RX.has(gap) and "exclud" not in gap:
            out.append((d.start, HearingAction("set", d.date, d.time, about=_about(gap) or _abbrev_about(gap))))
    return out


# a scheduling order's heading: "PRETRIAL PREPARATION ORDER", "SCHEDULING ORDER", "CASE MANAGEMENT ORDER NO. 2"
_SCHED_ORDER_HEAD: Final = re.compile(
    r"\W{0,5}(?:(?:amended|revised|second|third|further|civil|criminal)\s{1,3}){0,2}(?:(?:pretrial|pre-trial|trial|case\s{1,3}"
    r"management|scheduling|preparation|status)\s{1,3}){1,3}(?:and\s{1,3}(?:[a-z]{1,12}\s{1,3}){1,2})?order\b"
    r"|\W{0,5}order\s{1,3}(?:setting|re:?|regarding)\s{1,3}(?:the\s{1,3})?(?:case\s{1,3})?(?:schedule|scheduling|pretrial|trial\s{1,3}date)")
# "PRETRIAL CONFERENCE DATE: 9/1/2026", "Jury Trial: 11/20/2007": a proceeding's name, a colon, its date
_COLON_BEFORE: Final = re.compile(
    r"(?:\s{1,3}date)?(?:\s{1,3}is)?(?:\s{0,2}\([^()]{0,30}\))?\s{0,2}:\s{0,3}(?:[a-z]{3,9},?\s{1,3})?$")


def _colon_list(text: str, dates: list[FoundDate]) -> list[tuple[int, HearingAction]]:
    """The settings a scheduling order lists as "<proceeding>: <date>" (each one set)."""
    out: list[tuple[int, HearingAction]] = []
    for d in dates:
        if text.find(":", max(0, d.start - 14), d.start) == -1:
            continue
        gap = text[max(0, d.start - 60) : d.start]
        col = _COLON_BEFORE.search(gap)
        if col is None:
            continue
        name = gap[: col.start()]
        cut = max(name.rfind(c) for c in ".;)0123456789")
        name = name[cut + 1 :]
        if (_VAC_PROC_RX.has(name) or "case management" in name) and not _DEADLINE_RX.has(name) and (
                "paperwork" not in name and "exclud" not in name):
            out.append((d.start, HearingAction("set", d.date, d.time, about=_about(name))))
    return out
