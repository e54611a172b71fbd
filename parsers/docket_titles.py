"""Hearing actions an order's title states without a date ("ORDER granting 39 Motion to Continue ... Jury Trial"),
and the revisions of an entry's hearing readings by what its whole text says."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from parsers.dates import FoundDate, find_dates
from parsers.docket_about import _about
from parsers.docket_facts import HearingAction
from parsers.docket_lists import _FULL_WORD
from parsers.docket_orders import _title
from parsers.docket_scan import _DEADLINE_RX, _PROC_RX
from parsers.docket_settle import _proceeding_word

# a ruling's title granting a continuance of a named proceeding, with no date: "ORDER granting 39 Motion to
# Continue-Ends of Justice for Jury Trial", "MARGINAL ENTRY ORDER granting motion by pltf X to continue CMC"
_GRANTED_CONTINUANCE: Final = re.compile(
    r"\bgrant(?:ing|s|ed)?\b[^.;]{0,80}?\b(?:continu(?:e|ance)\b|(?:reschedule|postpone|change)\b(?:\s{1,3}the)?(?=(?:\s{1,3}[\w,]{1,12}){0,6}?\s{1,3}"
    r"(?:conference|hearing|trial|sentencing|arraignment|argument))|enlarge\s{1,3}time\b[^.;\[]{0,60}?\band\b)(?P<rest>[^.;\[]{0,60})")
_STIPULATED_CONTINUANCE: Final = re.compile(
    r"\bto\s{1,3}(?:continue|reschedule|postpone|adjourn)\b(?P<rest>[^.;\[]{0,60})")
_GRANTED_SETTING: Final = re.compile(r"\bgrant(?:ing|s|ed)?\b[^.;]{0,80}?\bto\s{1,3}set\b(?P<rest>[^.;\[]{0,60})")
_ABBREVIATED_PROC: Final = re.compile(r"\b(?:cmc|hrg|conf)\b")


_MONTH_DATE_ABOUT: Final = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\s\d{1,2}(?:\s\d{4})?\s(?=\w)")


def _granted_continuance(text: str) -> HearingAction | None:
    """The move a ruling grants when it names the proceeding but no date (moved, date and old date unknown)."""
    title = _title(text)
    m = _GRANTED_CONTINUANCE.search(title)
    if m is None and title.lstrip(" *").startswith(("stipulat", "joint stipulat")) and (
            "and order" in title[:40] or "; order" in title or "and [proposed] order" in title[:50]):
        # a stipulation the court signed: "STIPULATION AND ORDER TO CONTINUE STATUS CONFERENCE", "STIPULATION TO ...
        # AND TO CONTINUE PRE-TRIAL CONFERENCE; ORDER signed by Judge X": granted as asked
        m = _STIPULATED_CONTINUANCE.search(title)
    if m is None:
        return None
    rest = m.group("rest")
    if " and " in rest:  # ("... TO RESCHEDULE INITIAL CASE MANAGEMENT CONFERENCE AND SETTING DEADLINES FOR ...")
        rest = rest[: rest.find(" and ")]
    if not _PROC_RX.has(rest) or _DEADLINE_RX.has(rest):
        return None
    if rest.lstrip(" ").startswith(("stay", "the stay")):
        return None  # "Joint Motion to Continue Stay of All Proceedings until ...": the stay goes on, no proceeding moves
    ab = _ABBREVIATED_PROC.search(rest)
    about = _about(rest[rest.find(" for ") + 5 :] if " for " in rest else rest) or _about(rest) or (
        _FULL_WORD[ab.group()] if ab is not None else None)
    return HearingAction("moved", None, None, None, about) if about is not None else None


_ON_DATE_RX: Final = re.compile(r"\s{1,3}(?:on|set\s{1,3}for|scheduled\s{1,3}for|(?:previously\s{1,3})?(?:set|scheduled)\s{1,3}on)\s{1,3}")


def _dated_vacatur(text: str, orig: str, date_filed: dt.date | None, h: HearingAction) -> tuple[HearingAction, ...]:
    """An undated vacatur ("TEXT ORDER Cancelling Oral Argument") dated where the text names the same proceeding with
    one date ("... will not be available to hear oral argument on 12/29/2011")."""
    about = h.about or ""
    i = text.find(about, 0)
    found: list[FoundDate] = []
    while i != -1:
        m = _ON_DATE_RX.match(text, i + len(about))
        if m is not None:
            found += [d for d in find_dates(orig, date_filed, text) if m.end() <= d.start <= m.end() + 12]
        i = text.find(about, i + 1)
    dates = {(d.date, d.time) for d in found}
    if len(dates) == 1:
        d = found[0]
        return (HearingAction("vacated", d.date, d.time, None, about),)
    return (h,)


def _revised(text: str, orig: str, date_filed: dt.date | None, kind: str,
             hearings: tuple[HearingAction, ...]) -> tuple[HearingAction, ...]:
    """_hearings' readings, revised by what the whole entry says: an undated vacatur dated where the text names the
    same proceeding; a granted continuance beside another setting; a trial day's "trial continued"."""
    if len(hearings) == 1 and hearings[0].date is None and hearings[0].action == "vacated" and hearings[0].about:
        return _dated_vacatur(text, orig, date_filed, hearings[0])
    if kind == "ruling" and hearings and (text.find("continu", 0, 200) != -1 or text.find("reschedul", 0, 200) != -1) and all(
            h.action == "set" for h in hearings):
        # "ORDER AND REASONS granting 15 Joint Motion to Continue Trial. A scheduling conference will be held ... on
        # April 28": the trial moved (its new date to come) besides the conference set
        granted = _granted_continuance(text)
        if granted is not None and all(_proceeding_word(h.about) != _proceeding_word(granted.about) for h in hearings):
            return (granted, *hearings)
    elif kind == "minutes" and hearings and text.find("trial day", 0, 200) != -1 and any(
            h.action == "moved" and h.date is None for h in hearings):
        # a trial day's minutes: "... is GRANTED, trial continued." (it goes on the next day), no move
        return tuple(h for h in hearings if not (h.action == "moved" and h.date is None))
    return hearings
