"""Dates and times as CM/ECF and courts write them. Pure; bounded regexes (no nested quantifiers).

`find_dates(text, date_filed)` returns every date found in `text`, in order, with its position and, when a time
is written right before or after it ("at 10:00 a.m. on ...", "1/28/2019 01:30 PM"), that time.
Years are completed from `date_filed`: a date without a year is the first such date on or after it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Final, NamedTuple

from parsers.docket_scan import _automaton, _lower

_MONTHS: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH: Final = r"(?P<{g}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?P<{g}x>[a-z]{{0,6}})"
_MONTH_WORDS: Final = frozenset(
    ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"]
)
# Runs on ASCII-lowercased text, anchored (.match) at candidate positions found with str.find: a "/", a "-", or a
# month's abbreviation (scanning every position with one big alternation is several times slower).
_DATE_RX: Final = re.compile(
    # (a range's first day takes the year its last day states: "reset for 3/6-17/2017", "3/6-3/17/2017")
    r"(?P<nm>\d{1,2})/(?P<nd>\d{1,2})(?:-(?:(?P<nm2>\d{1,2})/)?\d{1,2}(?=/\d))?(?:/(?P<ny>\d{4}|\d{2}))?(?![\w/])"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?![\w-])"
    r"|(?P<hm>0?[1-9]|1[0-2])-(?P<hd>0?[1-9]|[12]\d|3[01])-(?P<hy>\d{4}|\d{2})(?![\w-])"
    r"|(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:day\s{1,3})?(?:of\s{1,3})?" + _MONTH.format(g="dm")
    + r"\.?,?(?:\s{1,3}(?P<dy>\d{4})(?!\d))?"
    r"|" + _MONTH.format(g="mm") + r"\.?\s{0,3}(?P<md>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s{1,3}(?P<my>\d{4})(?!\d))?"
)
_ABBRS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ABBR_AC: Final = _automaton(_ABBRS)
_DAY_BEFORE: Final = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:day\s{1,3})?(?:of\s{1,3})?$")
_WEEKDAY_BEFORE: Final = re.compile(r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s{1,3}$")
_TIME_RX: Final = re.compile(
    r"(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s{0,2}(?:o'clock\s{0,2})?(?P<ap>[ap])\.?\s?m(?![a-z])\.?"
    r"|(?P<h24>\d{1,2}):(?P<m24>\d{2})(?![\d/:])"
    r"|(?P<noon>noon)(?![a-z])"
)
_NOON: Final = dt.time(12, 0)
if tuple(_TIME_RX.groupindex) != ("h", "m", "ap", "h24", "m24", "noon"):  # _time_of unpacks m.groups() in this order
    raise RuntimeError("dates.py: _TIME_RX groups changed; update _time_of")


# what may stand between a date and its time
# ("on February 10, 2023, beginning at 10:00 a.m.")
_AFTER_GAP: Final = re.compile(r"[\s,]{0,3}(?:(?:(?:beginning|commencing|starting)\s{1,3})?at\s{1,3}|from\s{1,3}|@\s{0,2})?$")
_AFTER_GAP_HEAD: Final = re.compile(  # (_AFTER_GAP without its "$")
    r"[\s,]{0,3}(?:(?:(?:beginning|commencing|starting)\s{1,3})?at\s{1,3}|from\s{1,3}|@\s{0,2})?")


def _gap_end(low: str, end: int) -> int:
    m = _AFTER_GAP_HEAD.match(low, end)
    return end if m is None else m.end()  # (it always matches, if only the empty string)


_BEFORE_GAP: Final = re.compile(r"[\s,]{0,3}(?:(?:on|,)\s{1,3})?$")


def _free_before(text: str, i: int, also: str = "") -> bool:
    """True when the match at `i` does not continue a word or number."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in also)


class FoundDate(NamedTuple):  # (a named tuple: built in C, several times cheaper than a frozen dataclass)
    start: int
    end: int  # end of the date, or of its time when the time follows it
    date: dt.date | None  # None when the year cannot be completed or the date is impossible
    time: dt.time | None


def _year2(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        return 2000 + n if n < 70 else 1900 + n
    return n


def complete_year(month: int, day: int, date_filed: dt.date | None) -> dt.date | None:
    """The first `month`/`day` on or after `date_filed` (None when it cannot be said)."""
    if date_filed is None:
        return None
    for year in (date_filed.year, date_filed.year + 1, date_filed.year + 4):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d >= date_filed:
            return d
    return None


@lru_cache(maxsize=4096)  # pure; the same few dates recur across entries
def _make(year: int | None, month: int, day: int, date_filed: dt.date | None) -> dt.date | None:
    if year is None:
        return complete_year(month, day, date_filed)
    if not 1900 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_DM_INDEX: Final = _DATE_RX.groupindex["dd"]  # m.lastindex >= this: the match took a month-name branch
_DATE_GROUPS: Final = ("nm", "nd", "nm2", "ny", "iy", "im", "id", "hm", "hd", "hy", "dd", "dm", "dmx", "dy", "mm", "mmx", "md", "my")
if tuple(_DATE_RX.groupindex) != _DATE_GROUPS:  # _date_of unpacks m.groups() in this order
    raise RuntimeError("dates.py: _DATE_RX groups changed; update _DATE_GROUPS")


def _date_of(m: re.Match[str], date_filed: dt.date | None) -> dt.date | None:
    nm, nd, nm2, ny, iy, im, id_, hm, hd, hy, dd, dm, _dmx, dy, mm, _mmx, md, my = m.groups()
    if nm:
        if ny:
            y = int(ny)
            y = (2000 + y if y < 70 else 1900 + y) if len(ny) == 2 else y
            # ("12/28-1/8/2018": a range over the new year starts in the year before)
            return _make(y - 1 if nm2 and int(nm2) < int(nm) else y, int(nm), int(nd), date_filed)
        return _make(None, int(nm), int(nd), date_filed)
    if hm:  # "8-17-04"
        return _make(_year2(hy), int(hm), int(hd), date_filed)
    if iy:
        return _make(int(iy), int(im), int(id_), date_filed)
    if mm:
        return _make(int(my) if my else None, _MONTHS[mm], int(md), date_filed)
    return _make(int(dy) if dy else None, _MONTHS[dm], int(dd), date_filed)


def _time_of(m: re.Match[str]) -> dt.time | None:
    hs, ms, ap, h24, m24, noon = m.groups()  # (_TIME_RX's groups, in order)
    if noon:
        return _NOON
    if hs:
        h, mi = int(hs), int(ms or 0)
        if not 1 <= h <= 12:
            return None
        if ap in "pP" and h != 12:
            h += 12
        elif ap in "aA" and h == 12:
            h = 0
    else:
        h, mi = int(h24), int(m24)
        if 1 <= h <= 6:  # "1:30" on a court calendar is the afternoon
            h += 12
    if h > 23 or mi > 59:
        return None
    return dt.time(h, mi)


def find_times(text: str) -> list[tuple[int, int, dt.time]]:
    out: list[tuple[int, int, dt.time]] = []
    for m in _TIME_RX.finditer(_lower(text)):
        if not _free_before(text, m.start(), ":/."):
            continue
        t = _time_of(m)
        if t is not None:
            out.append((m.start(), m.end(), t))
    return out


def _candidates(low: str) -> list[int]:
    """Positions where a date may start, in order."""
    out: list[int] = []
    # (_free_before inlined: a digit at `start` that does not continue a word or a number)
    i = low.find("/")
    while i != -1:
        if i >= 2 and low[i - 2].isdigit() and (i == 2 or not (low[i - 3].isalnum() or low[i - 3] in "/.-")):
            out.append(i - 2)
        elif i >= 1 and low[i - 1].isdigit() and (i == 1 or not (low[i - 2].isalnum() or low[i - 2] in "/.-")):
            out.append(i - 1)
        i = low.find("/", i + 1)
    i = low.find("-") if "-" in low else -1
    while i != -1:
        if i >= 4 and low[i - 4 : i].isdigit() and (i == 4 or not (low[i - 5].isalnum() or low[i - 5] in "/.-")):
            out.append(i - 4)
        elif i >= 1 and low[i - 1].isdigit():  # "8-17-04", "12-27-2004"
            start = i - 2 if i >= 2 and low[i - 2].isdigit() else i - 1
            if start == 0 or not (low[start - 1].isalnum() or low[start - 1] in "/.-:"):
                out.append(start)
        i = low.find("-", i + 1)
    if _ABBR_AC is not None:
        _months_ac(low, out)
    else:
        _months_find(low, out)
    out.sort()
    return out


def _months_ac(low: str, out: list[int]) -> None:
    """Where a date may start at a month's name (_month_at), every abbreviation found in one pass."""
    n = len(low)
    for _, i, _ in _ABBR_AC.find_matches_as_indexes(low, overlapping=True):
        _month_at(low, i, n, out)


def _months_find(low: str, out: list[int]) -> None:
    """The same, one scan per abbreviation (where ahocorasick_rs is missing)."""
    n = len(low)
    for abbr in _ABBRS:
        if abbr not in low:  # cheaper than a find that fails
            continue
        i = low.find(abbr)
        while i != -1:
            _month_at(low, i, n, out)
            i = low.find(abbr, i + 3) if i + 3 < n else -1


def _month_at(low: str, i: int, n: int, out: list[int]) -> None:
    """Where a date may start around the month's abbreviation at `i`: the month, and a day written before it."""
    if i == 0 or not low[i - 1].isalpha():
        # (a date matched here or ending here takes the letters from `i` as its month's name: at most 9 of
        # them, a whole word when the month leads; no name of a month among them, no date, only a wasted match)
        j = i + 3
        lim = min(n, i + 9)
        while j < lim and "a" <= low[j] <= "z":
            j += 1
        if low[i:j] in _MONTH_WORDS:
            back = _DAY_BEFORE.search(low, max(0, i - 18), i)
            if back is not None and _free_before(low, back.start(), "/.-"):
                out.append(back.start())
            out.append(i)


def find_dates(text: str, date_filed: dt.date | None = None, low: str | None = None) -> list[FoundDate]:
    """Every date in `text` (in order) with the time written next to it, if any. `low`: the caller's ASCII-lowercased
    twin of `text` (same positions), when it has one."""
    if low is None:
        low = _lower(text)
    dates: list[tuple[int, int, dt.date | None]] = []
    last_end = 0
    for cand in _candidates(low):
        if cand < last_end:
            continue
        m = _DATE_RX.match(low, cand)
        if m is None:
            continue
        start = m.start()
        if m.lastindex is not None and m.lastindex >= _DM_INDEX:  # a month-name branch (dm or mm)
            mm = m.group("mm")
            mon = mm or m.group("dm")
            word = mon + (m.group("mmx") or m.group("dmx") or "")
            if word not in _MONTH_WORDS or (word == "may" and text[start if mm else m.start("dm")] == "m"):
                continue  # not a month ("marching"), or the verb "may"
            if mm and len(word) < 5 and low[m.start("md") - 1].isalpha():
                continue  # a day glued to a month's name only when it is written out ("NOVEMBER12, 2009"), not "dec12"
            if mm:
                w = _WEEKDAY_BEFORE.search(low, max(0, start - 12), start)
                if w is not None:
                    start = w.start()
        end = m.end()
        dates.append((start, end, _date_of(m, date_filed)))
        last_end = end
    if not dates:
        return []
    out: list[FoundDate] = []
    n = len(low)
    for start, end, d in dates:
        tm: dt.time | None = None
        new_end = end
        # a time right after the date ("1/28/2019 01:30 PM", "February 4, 2019, at 10:00 a.m.")
        # (= the first _TIME_RX match in the next 40 characters when _AFTER_GAP spans the gap to it: a time starts
        # with a digit or "noon", gap characters are neither, so the only such match starts where the greedy gap
        # ends, or one past a newline there, which _AFTER_GAP's "$" allows)
        lim = min(n, end + 40)
        # (each regex runs only where it can match more than nothing: a gap starts with a space, "," "a" "f" or "@",
        # a time with a digit or the "n" of "noon")
        p = _gap_end(low, end) if end < n and (low[end].isspace() or low[end] in ",af@") else end
        m = _TIME_RX.match(low, p, lim) if p < lim and (low[p].isdigit() or low[p] == "n") else None
        if m is None and p < n and low[p] == "\n" and p + 1 < lim and (low[p + 1].isdigit() or low[p + 1] == "n"):
            m = _TIME_RX.match(low, p + 1, lim)
        if m is not None and _free_before(low, m.start(), ":/."):
            tm = _time_of(m)
            if tm is not None:
                new_end = m.end()
        if tm is None:
            # or right before it ("at 10:00 a.m. on Monday, February 4", "9:00 2/2/04")
            lo = max(0, start - 26)
            # (every _TIME_RX match starts with a decimal digit or "noon": without one, no scan; isdigit holds for
            # every decimal digit and is a primitive when compiled)
            k = lo
            while k < start and not low[k].isdigit():
                k += 1
            if k == start and low.find("noon", lo, start) == -1:
                out.append(FoundDate(start, new_end, d, tm))
                continue
            for m in _TIME_RX.finditer(low, lo, start):
                if _BEFORE_GAP.match(low, m.end(), start) and _free_before(low, m.start(), ":/."):
                    tm = _time_of(m) or tm
        out.append(FoundDate(start, new_end, d, tm))
    return out


def parse_date(text: str, date_filed: dt.date | None = None) -> dt.date | None:
    """The first date in `text`, or None."""
    for f in find_dates(text, date_filed):
        if f.date is not None:
            return f.date
    return None
