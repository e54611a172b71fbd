"""Hearing actions a docket entry states: set, moved, vacated, held (DESIGN.md: `hearings`)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left, bisect_right
from typing import Final

from parsers.dates import FoundDate, find_dates
from parsers.docket_about import _about, _about_at
from parsers.docket_facts import HearingAction
from parsers.docket_lists import (
    _DATES_HEAD,
    _FULL_WORD,
    _SCHED_ORDER_HEAD,
    _colon_list,
    _date_list,
    _has_old_setting,
    _old_settings,
)
from parsers.docket_orders import _title
from parsers.docket_scan import (
    _ABOUT_FINDER,
    _DEADLINE_RX,
    _DENIED_RX,
    _PROC_RX,
    _REMAINS_RX,
    _SLASH_DATE_RX,
    _SUBMISSION_RX,
    _VAC_PROC_RX,
    _anchors,
    _automaton,
    _Finder,
    _sentences,
)
from parsers.docket_settle import _proceeding_word, _settle
from parsers.docket_titles import _GRANTED_SETTING, _MONTH_DATE_ABOUT, _granted_continuance

log = logging.getLogger(__name__)


_OLD_MINUTES: Final = re.compile(
    r"^\W{0,3}minutes\s{1,3}before\s{1,3}[^;:]{0,150}?\b(arraigned|(?<!not\s)guilty\s{1,3}plea\s{1,3}entered|sentencing(?!\s{1,3}"
    r"(?:hearing\s{1,3})?set)|first\s{1,3}appearance|initial\s{1,3}appearance)"
)
_OLD_EVENT: Final = re.compile(
    r"arraigned|(?<!not\s)guilty\s{1,3}plea\s{1,3}entered|sentencing(?!\s{1,3}(?:hearing\s{1,3})?set)|first\s{1,3}appearance|"
    r"initial\s{1,3}appearance")
_OLD_NAMES: Final = {"arraigned": "arraignment", "guilty": "change of plea", "first": "initial appearance",
              "initial": "initial appearance", "sentencing": "sentencing"}
# proceedings listed before one "held": "Initial Appearance,arraignment", "Status Conference and Motion Hearing"
_LIST_SEP: Final = re.compile(r"\s{0,2}(?:,|and|&|,\s{0,2}and)\s{0,2}(?:[a-z-]{1,15}\s{1,2}){0,3}")
_LIST_WORDS: Final = frozenset(["hearing", "conference", "trial", "sentencing", "arraignment", "appearance", "argument", "plea"])


def _held_list(win: str) -> list[str | None]:
    """The proceedings a "held" reports: one per listed proceeding word ("A, B and C held"), else the last one."""
    found = _ABOUT_FINDER.finditer(win)
    ms = [m for m in found if m.group() in _LIST_WORDS and (m.start() == 0 or not win[m.start() - 1].isalpha())]
    group = ms[-1:]
    for a, b in zip(reversed(ms[:-1]), reversed(ms[1:]), strict=True):
        sep = _LIST_SEP.fullmatch(win, a.end(), b.start())
        if sep is None or a.group() == b.group():
            break
        group.insert(0, a)
    if len(group) < 2:
        return [_about_at(win, found[-1] if found else None)]  # (= _about(win), without scanning `win` again)
    out: list[str | None] = []
    for k, m in enumerate(group):
        lo = group[k - 1].end() if k else max(0, m.start() - 30)
        out.append(_about(win[lo : m.end()]))
    return out


_EXCLUDED: Final = re.compile(r"exclud")
_MINUTE_OF_RX: Final = re.compile(r"\W{0,5}(?:minute\s{1,3}(?:order|entry)\s{1,3}of|schedule\s{1,3}set\s{1,3}on)\s{1,3}")
_HEAD_ORDER_RX: Final = re.compile(r"\W{0,5}(?:[a-z-]{1,12}\s{1,3}){0,2}order\s{1,3}$")
_AS_SCHEDULED_RX: Final = re.compile(
    r"\b(?:proceed|go\s{1,3}forward|remains?)\s{1,3}(?:[a-z]{4,15}ly\s{1,3}|in[\s-]person\s{1,3})?as\s{1,3}(?:previously\s{1,3})?"
    r"scheduled\s{1,3}(?:on\s{1,3})?$")
_SHOW_CAUSE_AFTER: Final = re.compile(r"[^.;]{0,30}?\bshow\s{1,3}cause\b")
# "... on April 11 at 10:00 a.m. and Jury Trial on": another proceeding set in the same breath
_AND_PROC_ON: Final = re.compile(
    r"\s{0,3},?\s{0,3}and\s{1,3}(?:a\s{1,3}|the\s{1,3})?(?:[a-z-]{1,20}\s{1,3}){0,3}?(?:trial|hearing|conference|sentencing|"
    r"arraignment|argument)\s{1,3}(?:to\s{1,3}(?:commence|begin|start)\s{1,3})?(?:on|for)\s{1,3}(?:[a-z]{3,9},?\s{1,3})?$")
# what joins the dates of a list: "held on 7/5 and 7/6", "1/2, 1/3 and 1/4"; a list of settings also ";" ("status
# conferences for 8/14/2019; 9/18/2019; and 10/17/2019")
_DATE_SEP: Final = r"\s{{0,3}}(?:{p}\s{{0,3}}(?:and\s{{1,3}})?|and\s{{1,3}})"
_AND_DATE: Final = re.compile(_DATE_SEP.format(p=","))
_LIST_DATE_SEP: Final = re.compile(_DATE_SEP.format(p="[,;]"))
_FROM_TIME_RX: Final = re.compile(r"\bfrom\s{1,3}\d{1,2}(?::\d{2})?\s{0,2}[ap]\.?m\.?\s{1,3}(?=to\s)")
_TODAY_RX: Final = re.compile(r"\s{1,3}(?:on\s{1,3})?(?:this\s{1,3}(?:date|day)|today)\b")
_MINUTES_RE: Final = re.compile(r"\W{0,5}minute\s{1,3}entry\s{1,3}re:\s{0,3}")
_INTRO_ON: Final = re.compile(r"on(?<!\won)\s{1,3}(?=\d)")
_HEARING_WORD: Final = re.compile(r"hearing|conference|(?<!pre)trial|sentenc|arraign")
_DETAINED: Final = re.compile(r"\s{0,3}(?:detained|in\s{1,3}custody|on\s{1,3}release|to\s{1,3}(?:sing|talk|speak)|singing)")
_ADJOURN_REQUEST: Final = re.compile(
    r"(?:application|motion|request|letter|moved|asked|asks)\w{0,2}\s{1,3}(?:\w{1,15}\s{1,3}){0,3}?to\s{1,3}"
    r"(?:adjourn|continu|reschedul|vacat|cancel|postpon|advanc)"
)
def _asked_to_move(window: str) -> bool:
    """Whether `window` (before a "set for") ends in a request to move the setting ("letter motion to adjourn the
    conference set for"), not in CM/ECF's own setting in parentheses after a paper named so ("Set/Reset Hearings as
    to X: as to 16 Order on Motion to Continue Trial,. ( Status Conference set for")."""
    m = _ADJOURN_REQUEST.search(window)
    return m is not None and "(" not in window[m.end() :]


_UPON_AFTER: Final = re.compile(r"\s{1,3}(?:upon|if|when|once|after)\b")
_AND_MOVED: Final = re.compile(r"\s{1,3}and\s{1,3}(?:continued|re-?set|rescheduled|advanced)\b")
_TRIAL_TERM: Final = re.compile(
    r"\s{0,3}(?:the\s{1,3})?(?:court'?s\s{1,3})?(?:[a-z]{3,9}\.?,?\s{1,3}\d{4}|\d{1,2}/\d{4})\s{1,3}(?:civil\s{1,3}|criminal\s{1,3})?"
    r"(?:jury\s{1,3}|bench\s{1,3})?(?:trial\s{1,3})?(?:term|docket|calendar)\b")
# (not "before the Undersigned on February 10")
_NOT_THE_DATE: Final = re.compile(r"(?<![a-z])(?:filed|dated|entered|docketed|signed)(?:\s{1,3}on)?\s{1,3}$")
_HELD_ON: Final = re.compile(
    r"\s{1,3}(?:on|before|(?:via|by|in)\s{1,3}(?:[\w-]{1,20}\s{1,3}){1,3}?on|and\s{1,3}(?:concluded|completed)(?:\s{1,3}on)?)\b")
# ("held via Zoom videoconference on", "held in Beaumont on")
_HELD_BEFORE: Final = re.compile(r"\s{1,3}before\b")
_TRANSCRIPT_HEAD: Final = re.compile(r"^\W{0,5}(?:(?:\*?redacted\*?\s{1,3})?transcript|ftr\s{1,3}log\s{1,3}notes)")
_PROCEEDINGS_BEFORE: Final = re.compile(r"proceedings?\s{0,3}$")
_NO_PROC: Final = re.compile(r"\bno\s{1,3}proceedings?\s{0,3}$")
_BEFORE_WORD: Final = re.compile(r"\s{1,3}before\b")
_BE_HELD: Final = re.compile(r"\bbe\s{1,3}(?:[a-z]{3,12}ed\s{1,3}and\s{1,3})?$")
_HELD_OBJ: Final = re.compile(r"\s{1,3}(?:a|an|the)\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,3}?on\b")
_WAS_HELD: Final = re.compile(r"transcript")
_IF_HELD: Final = re.compile(r"\b(?:in\s{1,3}the\s{1,3}event(?:\s{1,3}that)?|if|unless|until|whether|after|once|before)\s[^.;,]{0,50}\b(?:is|are)\s$")
_ON_PAPERS: Final = re.compile(r"on\s{1,3}the\s{1,3}papers|no\s{1,3}appearances?")
_UNLESS_AFTER: Final = re.compile(r"\s{0,3}(?:[a-z.() ]{0,40}?\s)?unless\b")
_DECIDED_ON_PAPERS: Final = re.compile(r"(?:decided|determined|resolved|considered)\s{1,3}on\s{1,3}the\s{1,3}papers")
_FROM: Final = re.compile(r"\s{0,3}from\s")
_OBJECT_OF: Final = re.compile(r"\b(?:order|judgment|deadlines?|injunction|restraining)\s{1,3}$")
_CONT_TITLE: Final = re.compile(r"continu(?<!discontinu)|reschedul|adjourn")
_FROM_PAST: Final = re.compile(r"\bfrom\s{1,3}(?:the\s{1,3})?(?:[\w/-]{1,20}\s{1,3}){0,3}$")
# anchors whose proceeding is named after them ("will hold a status conference on", "appear for", "show cause on")
_OWN_OBJECT: Final = ("appear", "will hold", "shall hold", "will hear", "presentment", "show")
_PLURAL_PROC: Final = re.compile(r"\b(?:hearings|conferences|trials|arguments)\b")
_CAUSE_TO_BE: Final = re.compile(r"\b(?:will|would|may|shall)\s{1,3}(?:cause|result\s{1,3}in)\b")
_DEADLINE_FOR: Final = re.compile(
    r"\bdeadlines?\s{1,3}(?:for|to)\s(?![^.;]{0,60}?\b(?:hearing|conference|argument)\b)[^.;]{0,60}$")
_VACATED_NOT_PROC: Final = re.compile(
    r"\s{1,3}(?:the\s{1,3})?(?:existing\s{1,3}|remaining\s{1,3}|current\s{1,3})?(?:(?:[\w-]{1,20}\s{1,3}){0,4}?"
    r"(?:conference|hearing|trial|scheduling)\s{1,3}order\b|(?:pre-?trial\s{1,3})?deadlines\b|in\s{1,3}forma\s{1,3}pauperis\b"
    r"|(?:(?:default|final|clerk'?s)\s{1,3})?(?:judgment|entry\s{1,3}of\s{1,3}default)\b)")  # ("Vacate Default Judgment and Request for Hearing")
_WEEKDAY: Final = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s{1,3})?"  # ("on Monday, June 27")
_ON_DATE: Final = re.compile(r"\s{1,3}on\s{1,3}" + _WEEKDAY)
_FOR_TODAY: Final = re.compile(r"\b(?:set|on|scheduled)\s{1,3}for\s{1,3}today\b|\btoday'?s\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,3}?"
                               r"(?:conference|hearing|trial|argument|sentencing|arraignment)\b")
_HELD_TODAY: Final = re.compile(r"\b(?:today|this\s{1,3}(?:date|day|morning|afternoon))\b")
# "The Court has held an initial scheduling conference": the object names the proceeding
_HELD_OBJ_PROC: Final = re.compile(
    r"\s{1,3}(?:a|an|the)\s{1,3}(?:[a-z/-]{1,20}\s{1,3}){0,3}?(?:hearing|conference|trial|argument|arraignment"
    r"|sentencing|status\s{1,3}conference|mediation\s{1,3}session)\b")
_CLERK_SETTING: Final = re.compile(
    r"[.)]\s{1,3}(?:[a-z/-]{1,20}\s{1,3}){0,3}?(?:appearance|arraignment|hearing|conference|trial|sentencing)"
    r"\s{1,3}set\s{1,3}for\b")
_SUMMONS: Final = re.compile(r"\W{0,5}(?:criminal\s{1,3})?summons\s{1,3}(?:\w{1,12}\s{1,3})?issued")
# a proceeding named in up to six words: "a combined disclosure statement and plan confirmation hearing"
_PROC_OBJ: Final = r"(?:[a-z/-]{1,20}\s{1,3}){0,6}?(?:hearing|conference|trial|argument|sentencing|arraignment)"
_SCHED_OBJ: Final = re.compile(_PROC_OBJ + r"\b")
_PROC_BEFORE_ON: Final = re.compile(
    r"\s{1,3}" + _PROC_OBJ + r"\s{1,3}before\s{1,3}(?:the\s{1,3})?(?:[\w.'-]{1,20}\s{1,3}){1,7}?on\s{1,3}" + _WEEKDAY)
_HEARING_SCHEDULED_HEAD: Final = re.compile(
    r"\W{0,5}(?P<obj>(?:[a-z-]{1,15}\s{1,3}){0,3}?(?:hearing|conference|trial|sentencing|arraignment))\s{1,3}scheduled\b")
_DATE_THEN_PROC: Final = re.compile(
    r"\s{1,3}(?:(?!and\b|or\b)[a-z-]{1,15}\s{1,3}){0,3}(?:conference|hearing|trial|sentencing|arraignment|argument)\b"
    r"(?=[^.;]{0,60}?\b(?:and|are)\b)")
# "ORDER FOR COURT-CONDUCTED MEDIATION", "ORDER FOR SETTLEMENT CONFERENCE": set, its date in the order
_ORDER_FOR_PROC: Final = re.compile(
    r"\W{0,5}(?:[a-z]{1,12}\s{1,3}){0,2}?order\s{1,3}for\s{1,3}(?:an?\s{1,3})?(?P<obj>(?:court-conducted\s{1,3}|early\s{1,3}"
    r"neutral\s{1,3})?(?:mediation|settlement\s{1,3}conference|evaluation\s{1,3}conference))\b")
# a proceeding named as set before: "discuss ... at the telephone conference scheduled for September 8, 2026" (matched
# at the preposition, which the caller finds)
_AT_THE_PROC: Final = re.compile(
    r"(?:in|at|attend|during)\s{1,3}the\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,3}?(?:conference|hearing|trial)\s{1,3}$")
# "... PRELIMINARILY APPROVING CLASS ACTION SETTLEMENT AND NOTICE OF FAIRNESS HEARING ON THURSDAY, JANUARY 24, 2013"
_AND_NOTICE_OF_PROC_ON: Final = re.compile(
    r"\band\s{1,3}notice\s{1,3}of\s{1,3}(?P<obj>" + _PROC_OBJ + r")\s{1,3}on\s{1,3}" + _WEEKDAY)
_FOR_DATE_RX: Final = re.compile(r"\s{1,3}(?:for|on)\s{1,3}")
# (not "ORDER setting Settlement Hearing procedures": how, not when)
_HOW_NOT_WHEN: Final = r"(?!\s{1,3}(?:procedures?|protocols?|guidelines|requirements|instructions)\b)"
_ORDER_SCHEDULING_TITLE: Final = re.compile(
    r"\W{0,5}(?:[a-z]{1,12}\s{1,3}){0,2}?order\s{1,3}(?:\(\w{1,4}\)\s{1,3})?(?:scheduling|setting)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?"
    r"(?P<obj>" + _PROC_OBJ + r")\b" + _HOW_NOT_WHEN)
_NOTICE_SETTING_TITLE: Final = re.compile(
    r"\W{0,5}(?:clerk'?s\s{1,3})?notice\s{1,3}(?:(?:setting|scheduling)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?P<obj>" + _PROC_OBJ
    + r")\b" + _HOW_NOT_WHEN + r"|of\s{1,3}(?P<obj2>" + _PROC_OBJ
    + r")(?:\s{1,3}issued\b|\s{0,3}\.\s{1,3}signed\s{1,3}by\s{1,3}(?:the\s{1,3})?(?:hon|judge|chief|district|magistrate|senior)))")
# "The court hereby schedules a hearing on the government's 57 Motion to Ensure that Extrajudicial Statements Do Not
# Prejudice These Proceedings on October 16, 2023": the paper's long name between the proceeding and its date
_HEARING_ON_PAPER_ON: Final = re.compile(
    r"(?:[a-z-]{1,15}\s{1,3}){0,2}?(?:hearing|conference|argument)\s{1,3}(?:on|regarding|re:?)\s{1,3}[^.;]{0,120}?"
    r"\b(?:motion|application|petition|request)\b[^.;]{0,120}?\s(?:on|for)\s{1,3}(?:[a-z]{3,9},?\s{1,3})?")
_BE_MOVED: Final = re.compile(r"\bbe\s{1,3}$")
_REQUEST_THAT: Final = re.compile(r"(?:request|ask|move|application|letter)\w{0,3}\s{1,3}that\b")
_TIME_MOVE: Final = re.compile(r"\b(?:advanced|moved|changed|rescheduled)\s{1,3}to\s{1,3}\d{1,2}(?::\d{2})?\s{0,2}[ap]\.?m\b")
_ORDER_VERB_HEAD: Final = re.compile(  # (an order's heading up to its verb's first letter: "continuing", "setting")
    r"\W{0,5}(?:(?:text|minute|electronic|paperless)\s{1,3})?order\s{1,3}(?:[a-z]{1,12}\s{1,3}(?:cases?\s{1,3})?and\s{1,3})?[cs]")
_ORDER_CONTINUING_WHAT: Final = re.compile(r"\s{1,3}(?:the\s{1,3})?(?:[\w'-]{1,20}\s{1,3}){0,3}?(?:hearing|conference|trial|"
                                           r"sentencing|arraignment|argument)\b(?:\s{1,3}on\s{1,3}[^.;]{0,60})?")
_REMAINS_LATER: Final = re.compile(r"[^;]{0,120}?\s-\s{0,3}remains?\s{1,3}(?:as\s{1,3})?(?:set|scheduled)\b")
_RESERVE_BEFORE: Final = re.compile(r"\breserve\s{1,3}(?:the\s{1,3}(?:week|day)s?\s{1,3}(?:beginning|of|starting)\s{1,3})?$")
_RESERVED_FOR: Final = re.compile(
    r",?\s{1,3}for\s{1,3}(?:an?\s{1,3}|the\s{1,3})?((?:[a-z-]{1,15}\s{1,3}){0,3}?(?:conference|hearing|trial|check-in|argument))\b")
_DATE_PROC_WILL: Final = re.compile(
    r"\s{1,3}((?:[a-z-]{1,15}\s{1,3}){0,3}?(?:conference|hearing|trial|sentencing|arraignment|argument))\s{1,3}"
    r"(?:will|shall)\s{1,3}(?:take\s{1,3}place|begin|commence|start)\b")
_TIME_AFTER: Final = re.compile(r"[^.;]{0,30}?\bat\s{1,3}(\d{1,2}(?::\d{2})?\s{0,2}[ap]\.?m)")
_NO_LATER_THAN: Final = re.compile(r"\b(?:no|not)\s{1,3}later\s{1,3}than\s{1,3}(?:[a-z]{3,9},?\s{1,3})?$")
_FOR_FURTHER: Final = re.compile(r"\s{1,3}for\s{1,3}(?:an?\s{1,3})?further\s")
_FILED_BY_DATE: Final = re.compile(  # ("filed no later than": _NO_LATER_THAN, tested before it)
    r"\bfiled?\s{1,3}(?:on\s{1,3}or\s{1,3}before|by)\s{1,3}(?:[a-z]{3,9},?\s{1,3})?$")
_HEARING_ON_HEAD: Final = re.compile(r"\b(?:hearing|conference|argument)\s{1,3}(?:on|re:?|regarding|concerning)\s")
_LONG_HEAD: Final = re.compile(
    r"[\s\W]{0,4}(?:a|an|the)\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,2}?(?:hearing|conference|argument)\s{1,3}"
    r"(?:(?:regarding|on|re:?|concerning)\s[^;:]{20,260}?|for\s{1,3}\W?group\s[^;]{20,260}?)"
    r"\b(?:is|are|will\s{1,3}be|shall\s{1,3}be)\s{1,3}(?:now\s{1,3}|hereby\s{1,3})?$")
_NOW_STARTS: Final = re.compile(r"\b(?:will|shall)\s{1,3}now\s{1,3}(?:start|begin|commence|be\s{1,3}(?:held|heard))\s{1,3}at\s{1,3}"
                                r"(\d{1,2}(?::\d{2})?\s{0,2}[ap]\.?m)\b")
_TO_TIME: Final = re.compile(r"to\s{1,3}(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s{0,2}([ap])\.?m")


def _new_time(phrase: str) -> dt.time | None:
    m = _TO_TIME.search(phrase)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if not (1 <= hour <= 12 and minute < 60):
        return None
    return dt.time(hour % 12 + (12 if m.group(3) == "p" else 0), minute)


_REMAINS_AFTER: Final = re.compile(
    r"(?:\s{0,3}(?:at|,)?\s{0,3}\d{1,2}(?::\d{2})?\s{0,2}(?:[ap]\.?m\.?)?)?\s{0,3},?\s{0,3}(?:"
    r"(?:is|will\s{1,3}be)\s{1,3}(?:hereby\s{1,3})?converted\s{1,3}to\b|(?:will|shall)\s{1,3}(?:now\s{1,3})?proceed\s{1,3}"
    r"(?:by|via|in\s{1,3}person|telephonically|remotely)|remains?\s{1,3}"
    r"(?:as\s{1,3})?(?:set|scheduled|in\s{1,3}place)\b|(?:will|shall)\s{1,3}(?:still\s{1,3})?(?:proceed|go\s{1,3}forward)"
    r"\s{1,3}as\s{1,3}(?:previously\s{1,3})?(?:set|scheduled|noticed|planned)\b"
    # "The MOTIONS HEARING, set for Thursday, September 11, 2025 at 8:30 a.m. will be held in-person": how, not when
    r"|(?:will|shall)\s{1,3}(?:now\s{1,3})?be\s{1,3}(?:held|conducted)\s{1,3}(?:in[\s-]{1,3}person|via\b|by\s{1,3}"
    r"(?:video|telephone|zoom)|telephonically|remotely|virtually)"
    r"|(?:will|shall)\s{1,3}be\s{1,3}in\s{1,3}courtroom\b"
    r"|(?:will|shall)\s{1,3}take\s{1,3}place\s{1,3}(?:via|by|in[\s-]{1,3}person|remotely|telephonically|virtually)\b)")
_DUE_BY: Final = re.compile(r"\bdue\s{1,3}(?:by|on)\s{0,3}$")
_FOR_SUBMISSION: Final = re.compile(r"\s{0,3}submission\b")
_FAR_SET: Final = re.compile(r"(?:set|scheduled)\s{1,3}to\s")
_ALREADY_SET: Final = re.compile(r"(?:already|previously|currently|presently)\s{1,3}(?:set|scheduled)\b")


_MOTION_MOVES: Final = ("set for", "set on", "reset", "re-set", "continued", "rescheduled", "vacated", "off calendar",
                 "advanced", "adjourned")


_MAY_KEYS: Final = (*_VAC_PROC_RX.keys, "plea", "rule", "voir", "heard on", "minutes of", "mediation session",
                    "need not appear", "no appearance", "motion", *_MOTION_MOVES)
_MAY_AC: Final = _automaton(_MAY_KEYS)
_N_PROC: Final = len(_VAC_PROC_RX.keys)


def _may_have_hearing(text: str) -> bool:
    """A cheap necessary condition: every hearing action names a proceeding near its verb."""
    return _may_have_hearing_ac(text) if _MAY_AC is not None else _may_have_hearing_find(text)


def _may_have_hearing_ac(text: str) -> bool:
    """The test, every key found in one pass."""
    motion = moved = False
    for k, i, _ in _MAY_AC.find_matches_as_indexes(text, overlapping=True):
        if k < _N_PROC:
            if _MAY_KEYS[k] in _VAC_PROC_RX.lits or _VAC_PROC_RX.rx.match(text, i) is not None:
                return True
        elif k < _N_PROC + 8:  # plea, rule, voir, heard on, minutes of, mediation session, need not appear, no appearance
            return True
        elif k == _N_PROC + 8:
            motion = True
        else:
            moved = True
    return motion and moved


def _may_have_hearing_find(text: str) -> bool:
    """The same, one substring test per key (where ahocorasick_rs is missing)."""
    if _VAC_PROC_RX.has(text) or "plea" in text or "rule" in text or "voir" in text or "heard on" in text or (
            "minutes of" in text or "mediation session" in text or "need not appear" in text or "no appearance" in text):
        return True
    return "motion" in text and ("set for" in text or "set on" in text or "reset" in text or "re-set" in text
                                 or "continued" in text or "rescheduled" in text or "vacated" in text
                                 or "off calendar" in text or "advanced" in text or "adjourned" in text)  # _MOTION_MOVES


def _filed_report(text: str, date_filed: dt.date | None, orig: str) -> tuple[HearingAction, ...]:
    """E.D. Va.'s "Notice of Hearing Date 6/23/2017 re 53 MOTION to Compel" (the date the motion is set for: set) and a
    mediator's "MEDIATION REPORT ...: Mediation held on March 3, 2014" (held): a filing that states a proceeding."""
    if text.startswith("notice of hearing date "):
        dates = find_dates(orig, date_filed, text)
        if dates and dates[0].start == 23:
            return (HearingAction("set", dates[0].date, dates[0].time, about="hearing"),)
        return ()
    if not text.startswith(("mediation report", "mediator's report", "report of mediator")):
        return ()
    at = text.find("held on ", 0, 200)
    if at == -1 or not _MEDIATION_HELD.search(text, max(0, at - 40), at):
        return ()
    on = [d for d in find_dates(orig, date_filed, text) if d.start == at + 8]
    return (HearingAction("held", on[0].date, on[0].time, about="mediation"),) if on else ()


_MEDIATION_HELD: Final = re.compile(r"\bmediation\s{1,3}(?:conference\s{1,3}|session\s{1,3})?(?:was\s{1,3})?$")


def _hearings(text: str, date_filed: dt.date | None, kind: str, orig: str) -> tuple[HearingAction, ...]:
    if text.find("terminate", 0, 20) != -1 and _TERMINATE_HEAD.match(text):
        # CM/ECF's "Terminate Deadlines and Hearings as to X: Pre-Trial Conference (9/12/2018) and Trial (10/9/2018)"
        ended: list[tuple[int, HearingAction]] = []
        for d in find_dates(orig, date_filed, text):
            pre = text[max(0, d.start - 50) : d.start]
            if pre.endswith("(") and _VAC_PROC_RX.has(pre):
                ended.append((d.start, HearingAction("vacated", d.date, d.time, about=_about(pre))))
        if ended:
            return _settle(ended)
        if len(text) < 60 and not _SLASH_DATE_RX.search(text):
            return (HearingAction("vacated", about="hearing"),)  # "Order, Terminate Hearings": which, and when, unsaid
    if text.startswith("notice of hearing date ") or text.startswith("mediat") or text.startswith("report of mediator"):
        # (three one-string tests: cheaper on every entry than _filed_report's exact heads)
        told = _filed_report(text, date_filed, orig)
        if told:
            return told
    if kind == "filing":
        # a party's filing sets nothing, except CM/ECF's "Motion set for hearing on <date>"
        # and a summons, which states the appearance it commands ("Summons issued ... Initial Appearance set for")
        # and the clerk's note of a setting after it ("COMPLAINT filed. (Brooks) Initial Appearance set for <date>")
        summons = _SUMMONS.match(text) is not None or " set for " in text and (
            _CLERK_SETTING.search(text) is not None or "return date set for" in text)
        hearing = "hearing" in text  # (one scan for the two "hearing" phrases, usually absent)
        if not (hearing and ("for hearing" in text or "hearing set" in text or "hearing scheduled" in text
                             or "hearing schd" in text or "hearing on motion set" in text)) and "presentment" not in text and (
                not summons) and "to be held" not in text and "return date:" not in text and " has been set for " not in text and (
                "hearing will be held" not in text):  # (M.D. Tenn. bankruptcy's "If timely response hearing will be held on")
            return ()
        anchors = [m for m in _anchors(text) if m.lastgroup == "set" and (
            "hearing" in text[max(0, m.start() - 12) : m.end() + 9] or text.endswith("hearing ", 0, m.start()) or text.endswith("hearing on motion ", 0, m.start()) or m.group().startswith(("presentment", "to be", "return")) or (
                # "NOTICE OF MOTION ... An Informal Discovery Conference has been set for 9/22/2026": the court's setting
                text.endswith(" has been ", 0, m.start()) and _VAC_PROC_RX.has(text, max(0, m.start() - 50), m.start())) or (
                summons and (_VAC_PROC_RX.has(text, max(0, m.start() - 25), m.start())
                             or text.endswith("return date ", 0, m.start()))))]
    elif _TRANSCRIPT_HEAD.match(text) or not _may_have_hearing(text):  # (the no-appearance phrases count as words)
        return ()
    else:
        anchors = _anchors(text)
    has_list = "dates" in text and _DATES_HEAD.search(text) is not None
    sched_head = kind != "filing" and text.find("order", 0, 60) != -1 and (
        text.find("schedul", 0, 80) != -1 or text.find("trial", 0, 80) != -1 or text.find("management", 0, 80) != -1
        or text.find("preparation", 0, 80) != -1 or text.find("status", 0, 80) != -1) and _SCHED_ORDER_HEAD.match(text) is not None
    if not anchors and kind == "notice" and text.find("scheduled", 0, 40) != -1:
        hs = _HEARING_SCHEDULED_HEAD.match(text)
        if hs is not None:
            # a bankruptcy clerk's "Hearing Scheduled." / "Final Hearing Scheduled. (related document: ...)": set, its date
            # in the calendar event
            return (HearingAction("set", about=_about(hs.group("obj"))),)
    if not anchors and kind in ("notice", "other") and text.find("notice", 0, 20) != -1 and (
            text.find("setting ", 0, 40) != -1 or text.find("scheduling ", 0, 40) != -1 or text.find(" issued", 0, 80) != -1
            or text.find("signed by", 0, 90) != -1):
        cn = _NOTICE_SETTING_TITLE.match(text)
        if cn is not None:
            # N.D. Cal.'s "CLERK'S NOTICE SETTING INITIAL CASE MANAGEMENT CONFERENCE UPON REASSIGNMENT", D. Mass.'s "NOTICE of
            # Scheduling Conference ISSUED", N.D. Cal.'s "NOTICE OF CASE MANAGEMENT CONFERENCE. Signed by Judge Alsup": the
            # court sets it, its date in the notice
            return (HearingAction("set", about=_about(cn.group("obj") or cn.group("obj2"))),)
    if not anchors and kind == "ruling" and (text.find("scheduling ", 0, 40) != -1 or text.find(" for ", 0, 30) != -1
                                             or text.find("setting ", 0, 40) != -1):
        st = _ORDER_SCHEDULING_TITLE.match(text) or _ORDER_FOR_PROC.match(text)
        if st is not None:
            # "ORDER SCHEDULING HEARING ON MOTION TO SUPPRESS": set, its date in the order; "LETTER ORDER scheduling
            # Initial Conference for 11/5/2009 03:30 PM": set for that date
            when = _FOR_DATE_RX.match(text, st.end())
            sched_at = [d for d in find_dates(orig, date_filed, text) if d.start == when.end()] if when is not None else []
            return (HearingAction("set", sched_at[0].date if sched_at else None, sched_at[0].time if sched_at else None, None,
                                  _about(st.group("obj"))),)
    if not anchors and kind == "ruling" and text.find(" notice of ", 0, 250) != -1:
        nt = _AND_NOTICE_OF_PROC_ON.search(text, 0, 250)
        if nt is not None:
            # "... PRELIMINARILY APPROVING CLASS ACTION SETTLEMENT AND NOTICE OF FAIRNESS HEARING ON THURSDAY, JANUARY 24,
            # 2013, AT 9:00 A.M.": the order gives notice of the hearing it sets, on that day
            notice_on = [d for d in find_dates(orig, date_filed, text) if nt.end() - 12 <= d.start <= nt.end()]  # (weekday)
            if notice_on:
                return (HearingAction("set", notice_on[0].date, notice_on[0].time, None, _about(nt.group("obj"))),)
    if not anchors and kind == "ruling" and " to set " in text:
        gs = _GRANTED_SETTING.search(_title(text))
        if gs is not None and _HEARING_WORD.search(gs.group("rest")) and not _DEADLINE_RX.has(gs.group("rest")[-20:]):
            # "ORDER Granting 209 Administrative Motion to Set Consolidated Briefing Schedule and Hearing Date": set,
            # its date in the order
            return (HearingAction("set", about="hearing"),)
    if kind == "ruling" and ("continu" in text or "enlarge" in text or "reschedul" in text or "postpone" in text
                             or "change" in text) and all(
            "deadline" in m.group() for m in anchors):  # (none, or "... AND SETTING DEADLINES FOR ...")
        granted = _granted_continuance(text)
        if granted is not None:
            # "Granting 64 Stipulation to Continue Hearing on Motions for Leadership from December 30, 2025 to January
            # 27, 2026": the old and the new date when the title states them
            fr = text.find(" from ")
            pair = [d for d in find_dates(orig, date_filed, text) if fr != -1 and fr < d.start < fr + 80][:2]
            if len(pair) == 2 and _TO_NEW.match(text, pair[0].end, pair[1].start):
                return (HearingAction("moved", pair[1].date, pair[1].time, pair[0].date, granted.about),)
            title_end = len(_title(text))
            to_new = [d for d in find_dates(orig, date_filed, text) if d.start < title_end and text.endswith(" to ", 0, d.start)]
            if len(to_new) == 1:
                # "granting 19 Ex Parte Application to continue hearing to December 9, 2005": the new date
                return (HearingAction("moved", to_new[0].date, to_new[0].time, None, granted.about),)
            if granted.about is not None and granted.about[:1].isalpha() and _MONTH_DATE_ABOUT.match(granted.about):
                # "granting 44 Motion to Reschedule September 14, 2026 Scheduling Conference": the old date, stated
                stated = [d for d in find_dates(orig, date_filed, text) if d.start < len(_title(text))]
                mda = _MONTH_DATE_ABOUT.match(granted.about)
                return (HearingAction("moved", None, None, stated[0].date if len(stated) == 1 else None,
                                      granted.about[mda.end() :] if mda is not None else granted.about),)
            return (granted,)
    if not anchors and not has_list and not sched_head and not _will_start(text, kind) and (
            kind == "filing" or not _has_old_setting(text)):
        return () if kind == "filing" else _no_appearance(text, orig, date_filed)
    dates = find_dates(orig, date_filed, text)
    sents = _sentences(text)
    # an order continuing "the trial": its "Trial set for <new date>" is the move (not a new setting)
    cont_title = _continued(text, kind, sents)

    sent_starts = [a for a, _ in sents]
    listed = _date_list(text, dates) if has_list else []
    # "filed on 8/9", "dated 9/3": not the date of a proceeding
    # (every match holds "ed": a find in the 16 characters is cheaper than the regex search)
    dates = [d for d in dates if text.find("ed", max(0, d.start - 16), d.start) == -1
             or not _NOT_THE_DATE.search(text, max(0, d.start - 16), d.start)]
    date_starts = [d.start for d in dates]

    out: list[tuple[int, HearingAction]] = []
    intro: re.Match[str] | None = None
    for m in anchors:
        kind_a = m.lastgroup
        ms, me = m.span()
        mg = m.group()
        sa, sb = _sent_of(sents, sent_starts, ms)
        before = text[max(sa, ms - 140) : ms]
        after = _dates_in(dates, date_starts, me, min(sb, me + 160))
        if kind_a == "notheld":
            lo = max(sa, ms - 100) if ms - sa >= 20 else max(0, ms - 100)
            near = [d for d in after if d.start - me < 40] or _dates_in(dates, date_starts, lo, ms)[-1:]
            if _PROC_RX.has(before[-90:]) or ms - sa < 20 and _PROC_RX.has(text, max(0, ms - 90), ms):
                d0 = near[0] if near else None
                out.append((ms, HearingAction("vacated", d0.date if d0 else None, d0.time if d0 else None,
                                                     about=_about(before[-90:]))))
            continue
        if kind_a == "held":
            if mg.startswith("discussed"):
                # "As discussed during the 1/26/2016 conference", "as discussed on the record during today's in-court
                # status conference": the conference was held (that day)
                conf = _DISCUSSED_AT.match(text, me)
                if conf is not None:
                    on_day = _dates_in(dates, date_starts, me, conf.end())[:1]
                    day = on_day[0].date if on_day else date_filed if "today" in conf.group() else None
                    if day is not None:
                        out.append((ms, HearingAction("held", day, about=_about(conf.group()))))
                continue
            if mg.startswith("came"):
                # S.D. Ohio's minutes: "This case came before the Court for a preliminary pretrial conference by
                # telephone on 5/9/2017 at 11:00 a.m.": held that day
                day_on = [d for d in _dates_in(dates, date_starts, me, min(sb, me + 120))
                          if text.endswith(" on ", 0, d.start)]
                about = _about(text[me : day_on[0].start if day_on else min(sb, me + 80)])
                if about is not None:
                    out.append((ms, HearingAction("held", day_on[0].date if day_on else None,
                                                  day_on[0].time if day_on else None, about=about)))
                continue
            if before.endswith("access to court proceedings "):
                continue  # N.D. Cal.'s boilerplate on remote proceedings
            if before.endswith("- ") and "remote" in before[-40:]:
                continue  # D. Mass.'s "(Remote hearing; no public remote access - held in courtroom)": where
            if text.startswith(" their ", me):
                continue  # "discovery opened when they held their Rule 26(f) conference": the parties' own meeting, not
                # a court proceeding (both labelers of unseen18 and unseen24)
            if _PROCEEDINGS_BEFORE.search(before) and (_BEFORE_WORD.match(text, me) or _NO_PROC.search(before)):
                if intro is None and ms < 80:
                    intro = m  # "Minute Entry for proceedings held before Judge X:" introduces, the events follow
                continue
            win = before[-90:]
            if len(before) > 90 and before[-91].isalnum():  # (start the window at a word: "nitial appearance")
                win = win[win.find(" ") + 1 :]
            tail = before[-60:]
            if "from" in tail and _FROM_PAST.search(tail):
                continue  # "exhibits ... from the bench trial held 5/23/2016": a past proceeding referred to
            if not _PROC_RX.has(win):
                if ms < 200 and _PROC_RX.has(text, 0, ms):
                    win = text[: ms]
                elif ms - sa < 400 and _VAC_PROC_RX.has(text, sa, min(ms, sa + 60)):
                    win = text[sa : sa + 60]  # "Status Conference as to A (1), B (2), ... F (6) held on": a long list
                elif intro is not None and ms - intro.end() < 600 and _HELD_ON.match(text, me) and _VAC_PROC_RX.has(
                        text, intro.end(), min(ms, intro.end() + 100)):
                    # "Minute Entry for proceedings held before Judge X:Pretrial Conference as to A, B, ... R held on
                    # 6/9/2017": the proceeding named after the introduction, a long list before its "held"
                    win = text[intro.end() : intro.end() + 100]
                elif _HELD_OBJ_PROC.match(text, me):
                    win = text[me : _HELD_OBJ_PROC.match(text, me).end()]  # type: ignore[union-attr]
                elif kind == "minutes" and ms < 200 and _MINUTES_RE.match(text) and sa <= 20:
                    # "MINUTE ENTRY RE: OBJECTION TO APPLICATION TO APPROVE EMPLOYMENT HELD.": what the minutes
                    # are about was held
                    win = text[_MINUTES_RE.match(text).end() : ms]  # type: ignore[union-attr]
                elif not _PROC_RX.has(text, me, me + 30):
                    continue
            if _WAS_HELD.search(before[-60:]) or "be" in before[-30:] and _BE_HELD.search(before[-30:]):
                continue  # a transcript of it; "should be held after ...", "shall be arranged and held promptly" (not yet)
            if before.endswith(("is ", "are ")) and _IF_HELD.search(before[-70:]):
                continue  # "In the event a conference is held, the parties should join it by calling": if it is ("after
                # any hearing is held": once it is)
            near = [d for d in after if d.start - me < 70] if _HELD_ON.match(text, me) or (
                after and after[0].start - me < 6) or _HELD_OBJ.match(text, me) else []
            if not near and _HELD_BEFORE.match(text, me) and text.count("held") == 1:
                far_on = [d for d in _dates_in(dates, date_starts, me, min(sb, me + 250)) if text.endswith(" on ", 0, d.start)][:1]
                near = far_on
            held_obj = _HELD_OBJ_PROC.match(text, me) if not near else None
            if held_obj is not None:
                # "The Court held a confidential discovery settlement conference for all actions in this matter on
                # Friday, March 13, 2026": the day it names after "on" (not a later setting's: "The Court held a
                # settlement conference in this action today and the Court shall hold a follow-up ... on June 5")
                today = _HELD_TODAY.search(text, me, min(sb, me + 100))
                near = [d for d in _dates_in(dates, date_starts, me, min(sb, me + 160) if today is None else today.start())
                        if text.find(" on ", max(me, d.start - 16), d.start) != -1][:1]
                if not near and today is not None and date_filed is not None:
                    out.append((ms, HearingAction("held", date_filed, about=_about(held_obj.group()))))
                    continue
            if not near:
                near = _dates_in(dates, date_starts, max(sa, ms - 25), ms)[-1:]
                if near and _SET_FOR_END.search(text, max(sa, near[0].start - 30), near[0].start):
                    continue  # "Sentencing set for 8/19/2016 at 11am, held before Judge X, Courtroom 1": where, not held
            d0 = near[0] if near else None
            day = d0.date if d0 else None
            if day is None and date_filed is not None and _TODAY_RX.match(text, me):
                day = date_filed  # "Per the telephonic conference held this date", "hearing held today"
            held_about = _held_list(win[-90:])
            if held_about == [None] and kind == "minutes" and text.startswith("minutes of ") and "motion" in win:
                held_about = ["motion hearing"]  # C.D. Cal.'s "MINUTES OF DEFENDANT'S MOTION TO DISMISS 48 held before"
            for about in held_about:  # "Initial Appearance and Arraignment held on 10/24/2008": two
                out.append((ms, HearingAction("held", day, d0.time if d0 else None, about=about)))
            if d0 is not None and near and near[0] is d0:  # "Bench trial held on 7/5/2023 and 7/6/2023": each day
                out.extend((ms, HearingAction("held", later.date, later.time, about=_about(win[-90:])))
                           for later in _date_run(text, dates, date_starts, d0, min(sb, d0.end + 40), _AND_DATE))
            continue
        if kind_a == "set":
            if mg.startswith("scheduled") and before.endswith(" as "):
                continue  # "This trial shall commence as scheduled on OCTOBER 10, 2012": no new setting
            if mg.startswith("show") and text.startswith(" or before", me):
                continue  # "Petitioner is ORDERED TO SHOW CAUSE on or before July 21, 2017 why": a deadline
            if mg.startswith("schedul") and before.endswith("the court ") and _REQUEST_THAT.search(text, max(0, ms - 60), ms):
                continue  # "the Government ... requested that the Court schedule an arraignment": asked, not set
            # (each regex runs only when a word every match of it holds is there: cheaper than the regex search)
            w25 = before[-25:]
            if ("remain" in w25 or "still" in w25 or "previously" in w25 or "currently" in w25 or "already" in w25
                    or "originally" in w25 or "presently" in w25) and _REMAINS_RX.search(w25):
                continue
            w70 = before[-70:]
            if ("adjourn" in w70 or "continu" in w70 or "reschedul" in w70 or "vacat" in w70 or "postpon" in w70
                    or "advanc" in w70 or "cancel" in w70) and _asked_to_move(w70) and not (
                    kind == "ruling" and text.find("grant", 0, ms) != -1 and sum(
                        a.lastgroup in ("set", "moved") for a in anchors) == 1):
                continue  # (but "ORDER granting 41 Motion to Continue as to X Re-Arraignment set for 4/15": its setting)
            if mg.startswith("set") and _FOR_SUBMISSION.match(text, me) or mg.startswith("schedul") and (
                    text.endswith(" to ", 0, ms) or text.endswith(" to ", 0, ms - 1)):
                continue  # a motion "set for submission" is no proceeding; "to schedule a hearing": not yet
            if mg.startswith("there"):  # "On 5/8/2023 at 10:30 AM there shall be an Initial Scheduling Conference"
                d_before = _dates_in(dates, date_starts, max(sa, ms - 60), ms)[-1:]
                obj = _SCHED_OBJ.match(text, me, sb)
                if d_before and obj is not None:
                    out.append((ms, HearingAction("set", d_before[0].date, d_before[0].time,
                                                  about=_about(obj.group()))))
                elif obj is not None:
                    # "There will be a Telephone Conference on 3/5/2024 at 11:00 a.m.": the date after the proceeding
                    d_on = _ON_DATE.match(text, obj.end(), sb)
                    d_after = _dates_in(dates, date_starts, d_on.end(), d_on.end() + 1) if d_on is not None else []
                    if d_after:
                        out.append((ms, HearingAction("set", d_after[0].date, d_after[0].time, about=_about(obj.group()))))
                continue
            head_win = before[-90:] + mg
            far = _FAR_SET.match(mg)  # "set to commence before Judge X, in Courtroom 1, ... at 9 a.m. on"
            if far is not None:
                after = _dates_in(dates, date_starts, me, min(sb, me + 200))
            elif mg.startswith("presentment") and not after:  # "for presentment of motion to amend, motion for ..."
                after = _dates_in(dates, date_starts, me, min(sb, me + 300))
            elif mg.startswith(("hearing:", "return")):  # "Confirmation hearing: 03/17/2011, 10:00 AM", "Return date:"
                after = _dates_in(dates, date_starts, me, me + 30)  # (the colon ends no sentence)
                if after and kind == "minutes" and before.endswith("date of "):
                    # bankruptcy courts' "Courtroom Minutes. Date of Hearing: 6/12/2019. RE: ...": the hearing held
                    out.append((ms, HearingAction("held", after[0].date, after[0].time, about="hearing")))
                    continue
            if not after:
                if mg.startswith("set") and _TRIAL_TERM.match(text, me) and _PROC_RX.has(before[-40:]):
                    # "Bench Trial set for the March 2018 trial term", "set on the court's 08/2017 trial docket": set,
                    # its day not stated
                    out.append((ms, HearingAction("set", about=_about(before[-60:]))))
                    continue
                if mg.startswith("setting") and (ms < 40 and _ORDER_VERB_HEAD.match(text, 0, ms + 1) or (text.endswith(
                        "; ", 0, ms) or text.endswith(" and ", 0, ms) and _RULING_WORD.search(text, 0, ms)) and ms < len(
                        _title(text))) and (
                        _HEARING_WORD.search(mg) or _HEARING_WORD.search(text, me, min(sb, me + 30))):
                    # "ORDER SETTING BRIEFING AND HEARING FOR MOTION TO REMAND", "ORDER DENYING 23 APPLICATION FOR TEMPORARY
                    # RESTRAINING ORDER AND SETTING EXPEDITED HEARING FOR MOTION FOR PRELIMINARY INJUNCTION": set, its date
                    # in the order
                    out.append((ms, HearingAction("set", about="hearing")))
                    continue
                if mg.startswith("schedul") and mg.rstrip().endswith((" a", " an")) and not before.endswith(
                        ("will ", "shall ", " to ", "will then ", "would ", "may ", "could ")):  # ("The Court will schedule an Initial Pretrial Conference by separate order")
                    # "the Court ... scheduled an in-person discovery hearing": set, its date not stated
                    obj = _SCHED_OBJ.match(text, me, sb)
                    if obj is not None:
                        out.append((ms, HearingAction("set", about=_about(obj.group()))))
                continue
            d0 = after[0]
            if d0.start - me > (200 if far else 280 if mg.startswith("presentment") else 140 if mg.startswith(
                    ("will", "appear", "shall", "show")) else 60) and not (
                    d0.start - me <= 140 and mg.startswith("set") and _PROC_BEFORE_ON.fullmatch(text, me, d0.start)) and not (
                    mg.startswith("schedul") and _HEARING_ON_PAPER_ON.fullmatch(text, me, d0.start)):
                continue  # (but "set for a settlement conference before Magistrate Judge Craig M. Kellison on <date>")
            the = before.rfind(" the ", len(before) - 70 if len(before) > 70 else 0)
            if the != -1 and before.endswith((" in", " at", "attend", " during"), 0, the) and mg.startswith((
                    "set for", "scheduled for")) and _AT_THE_PROC.match(before, before.rfind(" ", 0, the) + 1):
                continue  # "shall be prepared to discuss ... at the telephone conference scheduled for September 8": the
                # conference as set before, not set anew
            # (every _REMAINS_AFTER match holds "remain", "conver", "proceed", " be ", "take place" or "go forward as", ending within 53
            # characters of where it starts: finds in that window, cheaper than the match; the rule runs when the text
            # holds "remain", " as ", "conver" or "proceed")
            ra = text[d0.end : d0.end + 64]
            if ("remain" in ra or "conver" in ra or "proceed" in ra or " be " in ra or "take place" in ra or "forward" in ra and (
                    "remain" in text or " as " in text or "conver" in text or "proceed" in text)) and _REMAINS_AFTER.match(
                    text, d0.end):
                continue  # "The hearing set for 1/9/2015 at 9:30 a.m. remains as scheduled" (DESIGN: no action)
            if text.find("remain", d0.end, sb) != -1:
                far_rem = _REMAINS_LATER.match(text, d0.end, sb)
                if far_rem is not None and not _VAC_PROC_RX.has(text, d0.end, far_rem.end() - 12):
                    continue  # "the conference scheduled for October 1, 2026-at which ... - remains as scheduled"
            if text.find("due", max(me, d0.start - 12), d0.start) != -1 and _DUE_BY.search(
                    text, max(me, d0.start - 12), d0.start):
                continue  # "This proceeding will be held via Zoom. Show Cause Response due by 6/4/2024"
            if text.find("later than", me, d0.start) != -1 and _NO_LATER_THAN.search(text, me, d0.start):
                continue  # "DISPOSITIVE MOTIONS ... set for hearing no later than 6/26/2026": a deadline for the setting
            if text.find("file", max(me, d0.start - 36), d0.start) != -1 and _FILED_BY_DATE.search(
                    text, max(me, d0.start - 36), d0.start):
                continue  # "will hear argument on Defendant's forthcoming motion, which will be filed no later than 9/3"
            if "as scheduled" in text and _AS_SCHEDULED_RX.search(text, max(0, d0.start - 40), d0.start):
                continue  # "The status conference will proceed as scheduled on April 3" (DESIGN: no action)
            if mg.startswith(_OWN_OBJECT) and _ALREADY_SET.search(
                    text, me, d0.start):
                continue  # "will appear for the conference already scheduled for 8/31": no new setting
            # "Counsel are directed to appear on 12/19/18 at 11:00 a.m. in chambers for a pretrial conference"
            # (past the sentence end the splitter may see after "a.m.": no period or semicolon in between)
            for_at = text.find(" for ", d0.end, d0.end + 40) if mg.startswith("appear on") else -1
            if for_at != -1 and (text.find(".", d0.end, for_at) != -1 or text.find(";", d0.end, for_at) != -1
                                 or not _PROC_RX.has(text, for_at, min(len(text), for_at + 40))):
                for_at = -1
            if mg.startswith(_OWN_OBJECT):
                if not _PROC_RX.has(text, me, d0.start) and not mg.startswith(("show", "presentment")) and not (
                        mg.startswith("appear on") and _SHOW_CAUSE_AFTER.match(text, d0.end)) and not (
                        mg.startswith("appear before") and _PROC_RX.has(text, d0.end, min(sb, d0.end + 60))) and for_at == -1:
                    continue  # ("ORDERED to appear on May 17 at 10:00 a.m. and SHOW CAUSE why ...": the OSC hearing)
            elif not _PROC_RX.has(head_win) and not _PROC_RX.has(text, me, d0.start) and "return date" not in head_win and not (
                    ms - sa < 12 and text.startswith(("ruling is ", "ruling "), sa + (text[sa] == " "))) and (
                    "heard" not in mg) and not (  # ("request for a preliminary injunction will be heard on March 15")
                    ms - sa < 300 and _LONG_HEAD.match(text, sa, ms)) and not (
                    text.find(":", sa - 3, sa) != -1 and _LONG_HEAD.match(
                        text, max(text.rfind(". ", 0, sa - 3), text.rfind(": ", 0, sa - 3)) + 1, ms)):
                continue  # ("A hearing regarding the Motion to Transfer Case to ... (D.I. 22) is now set for": a hearing;
                # "A status conference for Group B which includes: X, Y and Z, is scheduled for": the sentence split at
                # its colon)
            if text.find("papers", d0.end, d0.end + 200) != -1 or text.find("appearance", d0.end, d0.end + 200) != -1:
                papers = _ON_PAPERS.search(text, d0.end, d0.end + 200)  # (the finds: words every match contains)
                if papers is not None and not _UNLESS_AFTER.match(text, papers.end()):
                    continue  # (D.N.J.'s motion days: "... will be decided on the papers unless otherwise notified": set)
            if not mg.startswith("presentment") and _DEADLINE_RX.has(_clause(before[-45:]) + mg) and not (
                    _HEARING_WORD.search(before[-30:] + mg)) and not (  # ("Amended NOTICE of Motion ... for presentment")
                    _HEARING_ON_HEAD.search(_clause(before[-100:]))) and not text.startswith(" hearing", me):
                continue  # (but "a motion hearing on 248 Joint Discovery Letter Brief is set for", "filed by Warner Bros
                # Discovery Inc. Motion set for hearing on": a hearing)
            if for_at != -1 and not _PROC_RX.has(text, me, d0.start):
                about = _about(text[for_at : for_at + 40])
            elif mg.startswith(_OWN_OBJECT):
                about = _about(text[me : d0.start]) or _about(head_win) or _about(text[d0.end : d0.end + 60])
            elif mg.startswith("schedul") and d0.start - me > 60 and (on := _SCHED_OBJ.match(text, me, d0.start)):
                about = _about(on.group())  # (the proceeding, not the long name of the paper it is on)
            else:
                about = _about(head_win) or _about(text[me : d0.start]) or _about(text[sa : min(ms, sa + 90)])
            out.append((ms, HearingAction("set", d0.date, d0.time, about=about)))
            if "s " in text[ms : d0.start] and _PLURAL_PROC.search(text, ms, d0.start):
                # "The Court scheduled further status conferences for 8/14/2019; 9/18/2019; and 10/17/2019": each
                # (past the sentence end: the splitter may end a sentence at ";")
                out.extend((ms, HearingAction("set", later.date, later.time, about=about))
                           for later in _date_run(text, dates, date_starts, d0, d0.end + 120, _LIST_DATE_SEP))
            if text.find(" and ", d0.end, min(sb, d0.end + 80)) != -1:
                # "set for a Final Pretrial Conference on April 11 at 10:00 a.m. and Jury Trial on April 22": two
                second = _dates_in(dates, date_starts, d0.end, min(sb, d0.end + 80))[:1]
                more = _AND_PROC_ON.match(text, d0.end, second[0].start) if second else None
                if more is not None:
                    out.append((more.start(), HearingAction("set", second[0].date, second[0].time,
                                                            about=_about(more.group()))))
            continue
        if kind_a == "moved":
            if text.endswith("set/", max(0, ms - 4), ms):
                continue  # CM/ECF's "Set/Reset Hearings" heading: the settings follow
            if "submission date" in before[-90:]:
                continue  # E.D. La.'s "submission date for the motion ... is CONTINUED to": a deadline, no proceeding
            if _DETAINED.match(text, me) or _EXCLUDED.search(text, me, min(sb, me + 60)):
                continue
            if not after and mg.startswith("adjourned") and _NO_NEW_DATE.match(text, me) and _VAC_PROC_RX.has(
                    before[-120:]):
                # "The status conference set for 5/4/2021 is ADJOURNED. The Court will reschedule if necessary": off
                # the calendar, no new date (DESIGN: vacated)
                old_d = _dates_in(dates, date_starts, max(sa, ms - 80), ms)[-1:]
                if old_d and _SET_FOR_END.search(text, max(sa, old_d[0].start - 30), old_d[0].start):
                    about = _about(text[max(sa, ms - 120) : old_d[0].start])
                    if any(a.lastgroup in ("set", "moved") and not sa <= a.start() < sb for a in anchors):
                        # the entry resets it elsewhere: "... is adjourned. Sentencing reset for 4/22": one move
                        out.append((ms, HearingAction("moved", None, None, old_d[0].date, about)))
                    else:
                        out.append((ms, HearingAction("vacated", old_d[0].date, old_d[0].time, about=about)))
                continue
            if (not after or after[0].start - me > 90) and mg.startswith(("continued", "postponed", "held")) and (
                    _NO_NEW_DATE.match(text, me)) and _VAC_PROC_RX.has(before[-120:]) and not (
                    ms < 40 and text.startswith(_HELD_CONTINUED_GRANTED)):
                if not (_DEADLINE_RX.has(_clause(before[-40:])) and not _HEARING_WORD.search(before[-40:])):
                    out.extend((ms, h) for h in _moved_without_date(text, sa, m, dates))
                continue
            if not after:
                if ms < 70 and mg.startswith("continuing") and _ORDER_VERB_HEAD.match(text, 0, ms + 1):
                    # "ORDER CONTINUING HEARING ON DEFENDANT'S MOTION TO DISMISS": moved, the new date in the order
                    what = _ORDER_CONTINUING_WHAT.match(text, me)
                    if what is not None and _VAC_PROC_RX.has(what.group()) and not _DEADLINE_RX.has(what.group()):
                        out.append((ms, HearingAction("moved", None, None, None, _about(what.group()))))
                continue
            if mg.startswith("continued") and text.startswith(" for ", me) and _FOR_FURTHER.match(text, me) and (
                    after[0].start - me < 90):
                # "The matter is continued for a further conference regarding discovery on August 6, 2026": a new one
                out.append((ms, HearingAction("set", after[0].date, after[0].time,
                                              about=_about(text[me : after[0].start]))))
                continue
            if _BE_MOVED.search(before[-12:]) and _REQUEST_THAT.search(text, max(sa, ms - 200), ms) and (
                    not _CONT_GRANTED.search(text)):
                continue  # "plaintiff requests that the conference be adjourned to 8/29; NO.": asked, not granted
            prev: FoundDate | None = None
            new = after[0]
            if mg.startswith("continuance") and _OF_THE.fullmatch(text, me, new.start):
                continue  # "Motion for Continuance of the October 5, 2020 Trial": the old date, a request's title
            old_new = _OLD_THEN_NEW.search(text, me, new.start) if new.start - me < 120 else None
            if mg.startswith("continu") and _GENERALLY.match(text, me):
                was = new if _SET_FOR_END.search(text, me, new.start) else None
                out.append((ms, HearingAction("moved", None, None, was.date if was else None,
                                              _about(text[me : new.start]) or _about(before[-90:]))))
                continue
            if _FROM.match(text, me) and len(after) >= 2 or old_new is None and len(after) >= 2 and (
                    _SET_FOR_END.search(text, me, new.start) and _TO_NEW.match(text, after[0].end, after[1].start)):
                # ("The Court resets the Conference set for 10/12/2016 at 10:00 am to 11/21/2016 at 10:00am")
                prev, new = after[0], after[1]
            elif old_new is not None:
                # the first date is the old one: its new one follows " to ", or is stated elsewhere
                nxt = after[1] if len(after) >= 2 and _TO_NEW.match(text, after[0].end, after[1].start) else None
                if nxt is None and _VAC_PROC_RX.has(text, max(sa, ms - 90), new.start):
                    if mg.startswith(("continu", "resett", "reschedul")) and _GENERALLY.match(text, me):
                        out.append((ms, HearingAction("moved", None, None, new.date, _about(text[me : new.start]))))
                        continue  # "CONTINUING generally the sentencing hearing set for 8/29/14"
                    out.append((ms, HearingAction("moved", None, None, new.date,
                                                  _about(text[max(sa, ms - 90) : new.start]))))
                    continue
                if nxt is not None:
                    prev, new = after[0], nxt
                    if new.start - me > 200:
                        continue
                    out.append((ms, HearingAction("moved", new.date, new.time, prev.date,
                                                  about=_about(text[me : prev.start]) or _about(before[-90:]))))
                    continue
            else:
                lo = max(sa, ms - 80)
                dot = text.rfind(". ", lo, ms)
                if dot > 0 and text[dot - 1].isdigit() and orig[dot + 2 : dot + 3].isupper():
                    lo = dot + 1  # "... in Courtroom 7. Final Pretrial Conference is RE-SET": the sentence before
                bd = _dates_in(dates, date_starts, lo, ms)
                if bd:
                    prev = bd[-1]
            if new.start - me > 90:
                continue
            if cont_title is not None and ms < 70 and mg.startswith("continuing") and _SET_FOR_END.search(
                    text, max(me, new.start - 16), new.start):
                continue  # "CLERKS NOTICE CONTINUING MOTION HEARING AND CASE MANAGEMENT CONFERENCE Motion Hearing set for
                # 4/18/2013 ... Case Management Conference set for 4/18/2013": the title's continuance moves each setting
            if text.find("papers", new.end, new.end + 200) != -1 and _DECIDED_ON_PAPERS.search(text, new.end, new.end + 200):
                continue  # "Motion reset for 9/16 ... will be decided on the papers and no appearances are required"
            ctx = before[-90:] + text[ms : new.start]
            if not _PROC_RX.has(ctx) and not (prev is not None and _PROC_RX.has(text, max(sa, ms - 200), prev.start)):
                if new.start - me < 4 and mg.startswith("continuing") and (proc_after := _DATE_PROC_AFTER.match(text, new.end)):
                    # "ORDER CONTINUING APRIL 1, 2020, MOTIONS HEARING by District Judge X": the date is the old one
                    out.append((ms, HearingAction("moved", None, None, new.date, _about(proc_after.group()))))
                continue  # (a long subject: "The conference regarding ... (Doc. No. 20) previously scheduled for")
            if _DEADLINE_RX.has(_clause(before[-40:])) and not _HEARING_WORD.search(before[-40:]):
                continue
            if new.start - me < 40 and _DEADLINE_RX.has(text, me, new.start) and not _HEARING_WORD.search(
                    text, me, new.start):
                continue  # "Reset Discovery deadline to 8/22/03": a deadline moved
            if text.find("due", max(me, new.start - 12), new.start) != -1 and _DUE_BY.search(
                    text, max(me, new.start - 12), new.start):
                continue  # "CLERKS NOTICE CONTINUING CASE MANAGEMENT CONFERENCE Case Management Statement due by 9/5":
                # a deadline (the conference's new date is in its "set for")
            out.append((ms, HearingAction(
                "moved", new.date, new.time, prev.date if prev else None,
                about=_about(before[-90:]) or _about(text[me : new.start]),
            )))
            continue
        if kind_a == "vacated":
            word = mg
            ctx_b = text[max(sa, ms - 100) : ms]
            if (word.startswith("will") or _WILL_BE.search(ctx_b[-28:])) and _CONDITION.search(text, sa, ms):
                continue  # "If a stipulation of dismissal is filed ..., the hearing will be stricken": not yet
            if ctx_b.endswith(("to be ", "to be  ")) and (_UPON_AFTER.match(text, me) or "cause" in ctx_b[-80:] and (
                    _CAUSE_TO_BE.search(ctx_b[-80:]))):
                continue  # "status hearing to be vacated upon the filing of dismissal documents": not yet ("Counsel
                # appearing without their clients will cause the settlement conference to be canceled": a warning)
            if word == "stricken" and text.startswith(" from the record", me):
                continue  # "Defendants' five pretrial motions filed after the May 31, 2021 deadline are STRICKEN from the record"
            if "deadline" in ctx_b[-70:] and _DEADLINE_FOR.search(ctx_b[-70:]):
                continue  # "The deadline for the filing of trial briefs is vacated": a deadline, no proceeding
            if not word.endswith(("ed", "en")) and _VACATED_NOT_PROC.match(text, me):
                continue  # "VACATES the existing pretrial deadlines", "VACATING THE PRELIMINARY PRETRIAL CONFERENCE ORDER
                # (Doc. No. 6)", "Order Vacating In Forma Pauperis Status": what it vacates is no proceeding
            if word.startswith("vacated") and text.startswith(" and ", me) and _AND_MOVED.match(text, me):
                continue  # "The Bench Trial is VACATED and CONTINUED to 4/20/2015": one move (its anchor follows)
            if word == "terminated" and ctx_b.endswith("ddl "):
                continue  # "stat conf ddl terminated": a deadline ended, no proceeding
            if word == "terminated" and text.endswith("case ", max(0, ms - 5), ms):
                continue  # "(MD JS-6, Case Terminated)": the case closed, no proceeding vacated
            if word.startswith("vacat") and _VACATED_ORDER.match(text, me):
                continue  # "VACATING [20] Order Referring Settlement Conference": an order, not the conference
            if word.startswith(("vacat", "cancel")) and text.endswith((" to ", " to  "), max(0, ms - 6), ms) and (
                    _MOTION_TO.search(text, max(0, ms - 30), ms)) and (
                    kind not in ("ruling", "minutes") or _motion_ruled(text, sa, sb, ms, me) != "granted"):
                continue  # "Motion to Vacate, Set Aside or Correct Sentence (2255)", "denying 12 Motion to Cancel the
                # Status Conference": a motion, not a vacatur ("granting 99 Motion to Vacate Settlement Conference" is)
            ctx_a = text[me : min(sb, me + 100)]
            lo220 = max(sa, ms - 220)  # (a long subject's start: "The oral argument on ..., set for <date>, is")
            if word.startswith("remov") and word.endswith(("docket", "calendar", "setting")) and "trial" in word:
                # "ORDER removing this case from the Court's trial calendar for February 25, 2013", "this case is
                # removed from the August 26, 2019, trial docket": the trial, on the date named in it or after "for"
                named = _dates_in(dates, date_starts, ms, me) or [
                    d for d in _dates_in(dates, date_starts, me, min(sb, me + 40)) if text.endswith(" for ", 0, d.start)]
                dd = named[0] if named else None
                out.append((ms, HearingAction("vacated", dd.date if dd else None, dd.time if dd else None,
                                              about=_about(word[word.rfind(" ", 0, word.find("trial") - 1) + 1 :]))))
                continue
            if word.startswith("will"):  # "the hearing set for 4/14 will be on the briefs", "motions will not be heard"
                if not (_VAC_PROC_RX.has(ctx_b) or word.endswith("heard") and "motion" in ctx_b[-40:]):
                    continue
            elif not (_VAC_PROC_RX.has(ctx_b) or _VAC_PROC_RX.has(ctx_a[:50]) or _LONG_SUBJECT.search(text, lo220, ms)
                      and _VAC_PROC_RX.has(text, lo220, ms) or _MOTION_SET_FOR.search(ctx_b)):
                # (past the sentence's end as split: "Warner Bros. Discovery, Inc.'s Motion")
                sfh = _SET_FOR_HEARING_ON.search(text, me, me + 250) if word == "vacates" else None
                sfh_on = _dates_in(dates, date_starts, sfh.end(), sfh.end() + 30)[:1] if sfh is not None and not (
                    _NEW_SENTENCE_RX.search(text, me, sfh.start())) else []
                if sfh_on:
                    # "the Court VACATES Defendants' Motion to Dismiss 22, and ... Motion to Dismiss 23, both filed on
                    # February 4, 2025, and set for hearing on March 6, 2025": the motions' hearing goes with them (both
                    # labelers of unseen13)
                    out.append((ms, HearingAction("vacated", sfh_on[0].date, sfh_on[0].time, about="motion hearing")))
                continue  # ("the oral argument on Defendant's Motion for ... (Rec. Doc. 52), set for <date>, is")
            if _OBJECT_OF.search(ctx_b) and not _PROC_RX.has(ctx_b[-40:]) and not (
                    ms < 40 and _HEAD_ORDER_RX.match(text, 0, ms)) and not word.endswith("s"):
                continue  # ("PAPERLESS ORDER Cancelling ... Hearing set for"; "This order VACATES the hearing": its subject)
            cand_a = _dates_in(dates, date_starts, me, min(sb, me + 100))
            cand_b = _dates_in(dates, date_starts, max(sa, ms - 100), ms)
            active = not word.endswith("ed") and not word.startswith(("off", "adjourned")) and word != "stricken" and not (
                word.endswith(("briefs", "papers", "record")))
            if not active and len(cand_b) >= 2:
                # "The trial set for 3/4 and the final pretrial conference set for 2/25 are VACATED": each one
                # ("The 10/26/2020 Trial Preparation Conference and 11/2/2020 Jury Trial are VACATED": each date before
                # its proceeding)
                each = [d for d in cand_b if (_VAC_PROC_RX.has(text, max(sa, d.start - 50), d.start)
                        and not _DEADLINE_RX.has(text, max(sa, d.start - 30), d.start)) or _DATE_THEN_PROC.match(text, d.end)]
                if len(each) >= 2 and " and " in text[each[0].end : each[-1].start]:
                    for d in each:
                        after_d = _DATE_THEN_PROC.match(text, d.end)
                        out.append((ms, HearingAction("vacated", d.date, d.time, about=_about(
                            after_d.group() if after_d is not None else text[max(sa, d.start - 50) : d.start]))))
                    continue
            d1 = (cand_a[:1] or cand_b[-1:]) if active else (cand_b[-1:] or cand_a[:1])
            if not d1 and _SUBMISSION_RX.search(text, max(0, sa - 300), sb):
                d1 = _dates_in(dates, date_starts, max(0, sa - 300), sa)[-1:]
            dd = d1[0] if d1 else None
            about = _about(ctx_b[-70:]) or _about(ctx_a[:60]) or _about(text[lo220:ms])
            day = dd.date if dd else None
            if day is None and date_filed is not None and text.find("today", max(sa, ms - 60), min(sb, me + 40)) != -1 and (
                    _FOR_TODAY.search(text, max(sa, ms - 60), min(sb, me + 40))):
                day = date_filed  # "the scheduling conference set for today is canceled", "cancels today's hearing"
            if ctx_b.find("whether", len(ctx_b) - 40) != -1 or text.endswith(("avoid ", "avoid the "), 0, ms):
                continue  # "a pre-motion letter to avoid cancellation of the final conference", "an order indicating
                # whether the conference is cancelled": not (yet) cancelled
            out.append((ms, HearingAction("vacated", day, dd.time if dd else None, about=about)))
            continue
    if kind != "filing" and dates:  # (_old_settings tries only the M/D/Y dates no other reading has taken)
        taken: dict[dt.date | None, list[tuple[int, str | None]]] = {}
        for i, h in out:
            taken.setdefault(h.date, []).append((i, h.about))
            taken.setdefault(h.previous_date, []).append((i, h.about))
        out.extend(_old_settings(text, dates, taken))
    if sched_head and dates:
        listed = listed + _colon_list(text, dates)
    if not out and _will_start(text, kind):
        reserved_end = -1
        for d in dates:  # "The April 9 pretrial conference will take place beginning at 9 a.m.": set that day
            if text.find("reserve", max(0, d.start - 30), d.start) != -1 and _RESERVE_BEFORE.search(
                    text, max(0, d.start - 30), d.start) or 0 <= d.start - reserved_end < 8 and text[
                    reserved_end : d.start].strip(" ,") in ("and", ""):
                # "I DIRECT the parties to reserve April 9, 2025, for a pretrial conference and May 8, 2025, for a
                # subsequent pretrial check-in": set, each
                rf = _RESERVED_FOR.match(text, d.end)
                if rf is not None and not _DEADLINE_RX.has(rf.group(1)):
                    out.append((d.start, HearingAction("set", d.date, d.time, about=_about(rf.group(1)))))
                    reserved_end = rf.end()
                continue
            if text.endswith("the ", max(0, d.start - 4), d.start):
                tp = _DATE_PROC_WILL.match(text, d.end)
                if tp is not None and not _DEADLINE_RX.has(tp.group(1)):
                    at = _TIME_AFTER.match(text, tp.end())
                    out.append((d.start, HearingAction("set", d.date, d.time or (_new_time("to " + at.group(1)) if at else None),
                                                       about=_about(tp.group(1)))))
    if listed:
        seen_dates = {h.date for _, h in out}
        out.extend((i, h) for i, h in listed if h.date not in seen_dates)
    if intro is not None:
        # "TEXT MINUTE ENTRY for proceedings held before Judge X in Lincoln on 5/26/2016": the date of the proceedings
        sa, sb = _sent_of(sents, sent_starts, intro.start())
        on = _INTRO_ON.search(text, intro.end(), min(sb, intro.end() + 120))
        if on is None and not any(h.action == "held" for _, h in out):
            # "MINUTE ENTRY for proceedings held before Judge X: Telephone Status Conference on 1/2/2019."
            later_on = _INTRO_ON.search(text, intro.end(), min(len(text), intro.end() + 150))
            if later_on is not None and _PROC_RX.has(text, intro.end(), later_on.start()) and not _anchors(
                    text[intro.end() : later_on.start()]):
                on = later_on
        d1 = _dates_in(dates, date_starts, on.end(), on.end() + 12)[:1] if on is not None else []
        if d1 and not any(h.action == "held" for _, h in out):  # the intro is the only "held"
            about = (_about(text[intro.end() : on.start()]) if on is not None else None) or _about(text[: intro.start()])
            out.append((intro.start(), HearingAction("held", d1[0].date, d1[0].time, about=about)))
        elif d1:  # "... on 10/15/2013. Initial Appearance held. Arraignment held.": held that day
            out = _held_on(out, d1[0].date)
    if ("minute" in text[:12] or text.startswith("schedule set on")) and any(h.action == "held" and h.date is None for _, h in out):
        mof = _MINUTE_OF_RX.match(text)  # N.D. Ill.'s "MINUTE ORDER of 3/3/04 by Hon. X: Status hearing held": that day
        day_of = _dates_in(dates, date_starts, mof.end(), mof.end() + 2)[:1] if mof is not None else []
        if day_of:
            out = _held_on(out, day_of[0].date)
    if kind == "minutes" and "court smart" in text and any(h.action == "held" and h.date is None for _, h in out):
        # C.D. Cal.'s minutes close with the recording's stamp, "Court Smart: CS 05/01/2026": the day of the proceeding
        cs = text.rfind("court smart")
        day_of = _dates_in(dates, date_starts, cs, cs + 30)[:1]
        if day_of:
            out = _held_on(out, day_of[0].date)
    if kind == "minutes" and not any(h.action == "held" for _, h in out):
        old = _OLD_MINUTES.match(text)
        if old is not None:
            seen: set[str] = set()
            for ev in _OLD_EVENT.finditer(text, old.start(1), min(len(text), old.start(1) + 200)):
                name = _OLD_NAMES.get(ev.group().split()[0], ev.group())
                if name not in seen:  # "first appearance of dft X ... arraigned": two proceedings held
                    seen.add(name)
                    out.append((ev.start(), HearingAction("held", None, None, None, name)))
    if kind == "minutes" and len(out) > 1:
        # "Final Pretrial Conference set for 2/22 ... final pretrial conference held on 2/18": the minutes' heading
        # names the setting they report on; only a setting stated after the "held" is a new one
        held_at = {h.about: i for i, h in out if h.action == "held" and h.about}
        out = [(i, h) for i, h in out if not (h.action == "set" and h.about in held_at and i < held_at[h.about])]
    if not out and ("advanced to" in text or "moved to" in text or "changed to" in text or "rescheduled to" in text):
        tm = _TIME_MOVE.search(text)
        if tm is not None:
            sa, _ = _sent_of(sents, sent_starts, tm.start())
            d_before = _dates_in(dates, date_starts, sa, tm.start())[-1:]
            day = d_before[0].date if d_before else None
            if day is None and date_filed is not None and "tomorrow" in text[sa : tm.start()]:
                day = date_filed + dt.timedelta(days=1)  # "Tomorrow's status hearing is moved to 9:30 AM"
            if day is not None and _VAC_PROC_RX.has(text, sa, tm.start()):
                out.append((tm.start(), HearingAction("moved", day, None, day, _about(text[sa : tm.start()]))))
            elif day is None and "today" in text[sa : tm.start()] and _VAC_PROC_RX.has(text, sa, tm.start()):
                # "THE RULE 16 CONFERENCE ORIGINALLY SCHEDULED FOR 2:30 TODAY IS NOW RESCHEDULED TO 10:30 AM": the
                # day the order calls today is not stated
                out.append((tm.start(), HearingAction("moved", None, _new_time(tm.group()), None,
                                                      _about(text[sa : tm.start()]))))
    if not out and " now " in text:
        now = _NOW_STARTS.search(text)
        if now is not None:
            sa, _ = _sent_of(sents, sent_starts, now.start())
            d_before = _dates_in(dates, date_starts, sa, now.start())[-1:]
            if d_before and _VAC_PROC_RX.has(text, sa, now.start()):
                # "the Discovery Hearing previously set for 8/19/2026 will now be heard at 02:00 PM": the same day, a
                # new time
                day = d_before[0].date
                out.append((now.start(), HearingAction("moved", day, _new_time("to " + now.group(1)), day,
                                                       _about(text[sa : d_before[0].start]))))
    if out and ("time" in text or " to " in text):
        only = _TIME_ONLY.search(text)
        if only is not None:
            # "advanced to 8:15 AM": the new time, when stated there or in a "from <time> to <time>" of the entry
            from_time = _FROM_TIME_RX.search(text)
            new_time = _new_time(only.group()) or (_new_time(text[from_time.end() :]) if from_time is not None else None)
            out = [(i, HearingAction("moved", h.date, new_time or h.time, h.date, h.about) if h.action == "set" else h)
                   for i, h in out]
    if len(out) == 1 and out[0][1].action == "set" and " now " in text:
        now = _NOW_STARTS.search(text)
        if now is not None and now.start() > out[0][0]:
            # "the hearing scheduled for 3/12/2025, will now start at 4:00 PM": the same day, a new time
            i, h = out[0]
            out = [(i, HearingAction("moved", h.date, _new_time("to " + now.group(1)) or h.time, h.date, h.about))]
    if (text.find("cancel", 0, 30) != -1 or text.find("vacating", 0, 30) != -1) and _CANCELLATION_HEAD.match(text):
        # "NOTICE OF CANCELLATION of Pre-Trial Conference set for 11/18/16 ... and Jury Trial set for 12/12/16": each
        # setting it names is cancelled
        out = [(i, HearingAction("vacated", h.date, h.time, about=h.about) if h.action == "set" else h) for i, h in out]
    if sents and text.find("vacating", 0, 40) != -1 and _ORDER_VACATING_HEAD.match(text):
        # "ORDER vacating the Final Pretrial Conference set for March 17, 2016 and the Jury Trial set for May 2, 2016",
        # "ORDER vacating the March 17, 2016, Final Pretrial Conference and the May 2, 2016, Jury trial": the heading's
        # verb governs each setting it lists
        title_end = sents[0][1]
        out = [(i, HearingAction("vacated", h.date, h.time, about=h.about) if h.action == "set" and i < title_end else h)
               for i, h in out]
        have = {h.date for _, h in out if h.action == "vacated"}
        for d in _dates_in(dates, date_starts, 0, title_end):
            proc_at = _DATE_PROC_AFTER.match(text, d.end) if d.date not in have else None
            if proc_at is not None:
                out.append((d.start, HearingAction("vacated", d.date, d.time, about=_about(proc_at.group()))))
                have.add(d.date)
        out.sort(key=lambda x: x[0])
    if len(out) == 2 and out[0][1].action == "set" and out[1][1].action == "vacated" and out[1][1].date is None:
        # "a pretrial conference and a motion hearing were scheduled for August 30, 2016. ... are CANCELED": what
        # was set for that day is what the later sentence cancels
        (i0, h0), (i1, h1) = out
        if i0 < i1 and _WERE_SET.search(text, max(0, i0 - 16), i0 + 16) and h1.about is not None and (
                _proceeding_word(h0.about) == _proceeding_word(h1.about)):
            out = [(i1, HearingAction("vacated", h0.date, h0.time, about=h1.about))]
    if len(out) > 1 and sents:
        # "CLERK'S NOTICE VACATING MOTION HEARING. ... The hearing on this matter, currently scheduled for May 16, 2024
        # is hereby VACATED": the heading names what the body vacates, with its date
        title_end = sents[0][1]
        if (text.find("vacating", 0, title_end) != -1 or text.find("cancel", 0, title_end) != -1) and any(h.action == "vacated" and h.date is not None and i >= title_end for i, h in out):
            out = [(i, h) for i, h in out if not (h.action == "vacated" and h.date is None and i < title_end)]
    if kind == "minutes" and "c/s " in text:
        # C.D. Cal.'s "MINUTES OF Motion Hearing held before Judge X: ... Court Recorder: C/S 3/3/14": the recording's
        # day is the hearing's
        cs = text.find("c/s ")
        at_cs = [d for d in dates if d.start == cs + 4]
        if at_cs:
            out = _held_on(out, at_cs[0].date)
    if kind != "filing" and date_filed is not None and text.find("this date", 0, 200) != -1:
        pt = _PURSUANT_TODAY.search(text, 0, 200)
        if pt is not None and not any(h.action == "held" for _, h in out):
            # D. Neb.'s "ORDER - Pursuant to a telephone conference this date, Defendants ... shall file": held that day
            out.insert(0, (pt.start(), HearingAction("held", date_filed, about=pt.group("p"))))
    return _settle(out, cont_title) if out or kind == "filing" else _no_appearance(text, orig, date_filed)


_PURSUANT_TODAY: Final = re.compile(
    r"\b(?:pursuant\s{1,3}to|per|following)\s{1,3}(?:a|the)\s{1,3}(?P<p>(?:[a-z-]{1,15}\s{1,3}){0,2}?(?:conference|hearing))\s{1,3}"
    r"(?:held\s{1,3})?(?:on\s{1,3})?this\s{1,3}date\b")


def _held_on(out: list[tuple[int, HearingAction]], day: dt.date | None) -> list[tuple[int, HearingAction]]:
    """`out` with every undated "held" dated `day` (the day the minutes' heading or stamp gives)."""
    return [(i, HearingAction("held", day, h.time, None, h.about) if h.action == "held" and h.date is None else h)
            for i, h in out]


def _will_start(text: str, kind: str) -> bool:
    """Whether the entry may say "The April 9 conference will take place ..." or "reserve <date> for trial"."""
    return kind != "filing" and ("will" in text and (
        "take place" in text or "begin" in text or "commence" in text or "start" in text) or "reserve" in text)


def _no_appearance(text: str, orig: str, date_filed: dt.date | None) -> tuple[HearingAction, ...]:
    """N.D. Ill.'s "Parties need not appear as to this motion # 397 on 1/5/2011": that day's presentment is off."""
    i = text.find("appear")  # (one scan: the word is rare; then where either phrase starts)
    if i != -1:
        i = text.find("need not appear", max(0, i - 9))
        if i == -1:
            i = text.find("no appearance")
    na = _NEED_NOT_APPEAR.match(text, i) if i != -1 else None
    if na is None:
        return ()
    on = [d for d in find_dates(orig, date_filed, text) if na.end() - 4 <= d.start < na.end() + 14]
    return (HearingAction("vacated", on[0].date, on[0].time, about="motion"),) if on else ()


def _sent_of(sents: list[tuple[int, int]], sent_starts: list[int], pos: int) -> tuple[int, int]:
    """The sentence span holding `pos` (a one-character span when none does)."""
    k = bisect_right(sent_starts, pos) - 1
    if k >= 0 and pos < sents[k][1]:
        return sents[k]
    return pos, pos + 1


def _dates_in(dates: list[FoundDate], date_starts: list[int], a: int, b: int) -> list[FoundDate]:
    """The dates that start in [a, b)."""
    return dates[bisect_left(date_starts, a) : bisect_left(date_starts, b)]


def _date_run(text: str, dates: list[FoundDate], date_starts: list[int], first: FoundDate, end: int,
              sep: re.Pattern[str]) -> list[FoundDate]:
    """The dates listed after `first` (starting before `end`), each joined to the one before it by `sep`."""
    run: list[FoundDate] = []
    last_end = first.end
    for later in _dates_in(dates, date_starts, first.end, end):
        if not sep.fullmatch(text, last_end, later.start):
            break
        run.append(later)
        last_end = later.end
    return run


_CONT_GRANTED: Final = re.compile(r"grant|so\s{1,3}ordered|approved")


# a change of the time of day only: the setting moves within its date
# (every match starts with a key: found with str.find, then matched there; a regex scan of every position is slow)
_TIME_ONLY: Final = _Finder(
    ("change", "time", "moved", "reset", "advanced", "changing", "advancing"),
    r"(?:change\s{1,3}(?:in|of)\s{1,3}time|time\s{1,3}change)\s{1,3}only|time\s{1,3}only\b"
    # N.D. Cal.'s headings "CLERK'S NOTICE ADVANCING TIME RE 8/14/2026 CASE MANAGEMENT CONFERENCE", "CLERKS NOTICE
    # CHANGING ZOOM DISCOVERY HEARING TIME"
    r"|(?:changing|advancing)\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,3}?time\b"
    r"|(?:moved|changed|reset|advanced)\s{1,3}to\s{1,3}\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,2}[ap]\.?m\b)?",
    short=0,
)


_WILL_BE: Final = re.compile(r"\b(?:will|would|shall|may)\s{1,3}be\s{1,3}(?:[a-z]{2,14}ly\s{1,3})?$")
_CONDITION: Final = re.compile(r"\b(?:if|unless|should\s{1,3}(?:the|a|any|plaintiff|defendant|either)|in\s{1,3}the\s{1,3}event)\b")
_MOTION_TO: Final = re.compile(r"(?:motion|petition|application|request)s?\s{1,3}(?:[a-z]{1,12}\s{1,3})?to\s{1,3}$")
_VACATED_ORDER: Final = re.compile(
    r"\s{1,3}(?:the\s{1,3}|its\s{1,3})?(?:court'?s\s{1,3})?(?:\[?\d{1,5}\]?\s{1,3})?(?:[a-z-]{1,15}\s{1,3}){0,2}?order\b"
    r"(?!\s{1,3}to\s{1,3}show\s{1,3}cause\s{1,3}(?:re:?\s[^.;]{0,40}?)?hearing)")
# between a move's verb and its first date: that date is the old one ("now set for", "previously scheduled for",
# "from"); the new one follows " to "
_OLD_THEN_NEW: Final = re.compile(r"\b(?:now|previously|currently|presently|originally)\s{1,3}(?:set|scheduled)\s{1,3}(?:for|on)\b"
                           r"|\bfrom\s{1,3}$|\bfrom\s{1,3}(?:[\w:.]{1,8}\s{1,3}){0,2}$")
_TO_NEW: Final = re.compile(r"[^;.]{0,40}?\bto\s{1,3}(?:[a-z]{3,9},?\s{1,3})?$")
# a vacated motion's hearing, further on: "VACATES ... Motion to Dismiss 23, ... and set for hearing on March 6, 2025"
# (not past a new sentence: ". The ...")
_SET_FOR_HEARING_ON: Final = re.compile(r"\b(?:set|noticed|scheduled)\s{1,3}for\s{1,3}hearing\s{1,3}on\s")
_NEW_SENTENCE_RX: Final = re.compile(r"\.\s{1,3}(?:the|it|this|all|any|in|if|on|a|an|no)\s")
# a subject whose date ends it, right before the verb: "..., set for Wednesday, January 11, 2023, is"
# N.D. Ill.'s "ruling on motion ... 192 set for 4/5/2013 is stricken": the motion's date, which reads as set when set
_MOTION_SET_FOR: Final = re.compile(
    r"\b(?:motion|ruling)\b[^.;]{0,120}?\bset\s{1,3}for\s{1,3}[\w/:,. ]{4,40}?\s(?:is|are)\s{1,3}$")
_NEED_NOT_APPEAR: Final = re.compile(  # (matched where str.find saw its first words)
    r"(?:need\s{1,3}not\s{1,3}appear|no\s{1,3}appearances?\s{1,3}(?:is|are)\s{1,3}(?:necessary|required))"
    r"[^.;]{0,60}?\bon\s{1,3}")
_WERE_SET: Final = re.compile(r"\b(?:was|were|had\s{1,3}been|have\s{1,3}been)\s{1,3}(?:set|scheduled)\s{1,3}(?:for|on)\b")
# (also with its time, room and judge: "The Motion hearing set for January 16, 2026, at 10:30 AM in Courtroom 3C before
# Magistrate Judge Elsa M. Bullard is CANCELLED")
_LONG_SUBJECT: Final = re.compile(
    r"(?:set|scheduled)\s{1,3}(?:for|on)\s{1,3}[\w ,/:.]{4,40}?(?:\d|\b[ap]\.?m\b\.?)"
    r"(?:,?\s{1,3}(?:in|before)\s{1,3}[\w ,.'-]{1,80}?)?,?\s{1,3}(?:is|are)\s{1,3}(?:hereby\s{1,3})?(?:taken\s{1,3})?$")
_OF_THE: Final = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3})?")
_SET_FOR_END: Final = re.compile(r"(?:set|scheduled)\s{1,3}(?:for|on)\s{1,3}$")
_GENERALLY: Final = re.compile(r"\s{1,3}(?:generally|indefinitely|sine\s{1,3}die)\b")


def _named_after(title: str, i: int) -> str:
    """What a title names after its word at `i`: up to 120 characters, up to a ";" (what follows is set anew)."""
    named = title[i : i + 120]
    return named[: named.find(";")] if ";" in named else named


_RULING_WORD: Final = re.compile(r"\b(?:(?P<g>grant(?:ing|s|ed)?|allow(?:ing|s|ed))|den(?:y|ying|ies|ied))\b")
_PAPER_RULED: Final = re.compile(
    r"(?:(?!motion|request|application|stipulation)[^;]){0,160}?\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?"
    r"(?:(?P<g>granted|allowed)|denied)\b")
# "Motion to Vacate and Reset Scheduling Conference": a move (its own anchor)
_VACATE_AND_MOVE: Final = re.compile(r"\s{1,3}(?:and|&|or)\s{1,3}(?:re-?set|reschedul|continu|postpon)")


def _motion_ruled(text: str, sa: int, sb: int, ms: int, me: int) -> str | None:
    """How the sentence rules on the motion whose relief starts at `ms` ("granting 99 Motion to Vacate ...", "Motion to
    Vacate ... is GRANTED"): "granted", "denied" or None (only named, granted in part, or a motion to vacate and
    reset)."""
    if _VACATE_AND_MOVE.match(text, me):
        return None
    after = _PAPER_RULED.match(text, me, max(sb, min(len(text), me + 200)))
    if after is not None:
        if after.group("g") and text.startswith(" in part", after.end()):
            return None
        return "granted" if after.group("g") else "denied"
    words = list(_RULING_WORD.finditer(text, sa, ms))
    if not words:
        return None
    return "granted" if words[-1].group("g") else "denied"


# a bankruptcy court's event name, its outcome a grant: "Minute of Hearing Held and Continued. OUTCOME: Granted on an
# interim basis; Final hearing set for 4/30/2026": nothing is continued, the final hearing is set (both labelers of
# unseen20)
_HELD_CONTINUED_GRANTED: Final = "minute of hearing held and continued. outcome: granted"


def _continued(text: str, kind: str, sents: list[tuple[int, int]]) -> str | None:
    """What the entry continues: the words after "continue" in a ruling's title or a minutes' title that denies
    nothing, or in a sentence granting a continuance ("Defense oral motion to continue-Granted."); else None."""
    if text.startswith(_HELD_CONTINUED_GRANTED):
        return None
    if kind in ("ruling", "minutes"):
        title = _title(text)
        ct = _CONT_TITLE.search(title) if (
            "continu" in title or "reschedul" in title or "adjourn" in title) else None
        if ct is None and kind == "ruling" and "resetting" in title:
            ct = _ORDER_RESETTING.match(title)  # "ORDER RESETTING PRETRIAL CONFERENCE. Pretrial Conference set for"
        if ct is not None and kind == "ruling" and "den" in title:
            dn = _DENIED_RX.search(title, 0, ct.start())
            if dn is not None and "grant" not in title and title.find("motion", dn.end(), ct.start()) != -1:
                ct = None  # "ORDER denying 71 Status Report (construed as a Motion for Continuance)": nothing moves
        if ct is not None and (kind == "ruling" or not _DENIED_RX.search(title)):
            named = _named_after(title, ct.end())
            if kind == "ruling" and not _PROC_RX.has(named):
                # "ORDER TO CONTINUE - Interest of Justice as to X; granting 51 MOTION to Continue Re-Arraignment
                # Hearing": the next continuance in the title names what is continued
                ct2 = _CONT_TITLE.search(title, ct.end())
                if ct2 is not None and _PROC_RX.has(_named_after(title, ct2.end())):
                    return _named_after(title, ct2.end())
            return named
    if kind in ("notice", "other") and (text.find("notice", 0, 30) != -1 or text.find("reset", 0, 12) != -1) or (
            kind == "filing" and text.startswith("notice of continued hearing")):  # (a party's, bankruptcy courts')
        rs = _NOTICE_RESET.search(text, 0, 60)
        if rs is None or rs.start() > 0:  # (the leftmost match: the heading's, at 0, before one further on)
            rs = _NOTICE_RESET_HEAD.match(text, 0, 60) or rs
        if rs is not None:
            return text[rs.end() : rs.end() + 300]  # "NOTICE of Resetting as to X. ... set for"
    if kind == "filing" or "continu" not in text and "adjourn" not in text and "reschedul" not in text:
        return None  # ("Defense counsel's request to adjourn the Final Pretrial Conference is granted.")
    if text.find("hearing continued", 0, 40) != -1:
        hc = _HEARING_CONTINUED.match(text)
        if hc is not None:  # bankruptcy courts' event: "(E)Hearing Continued (RE: ...) Hearing to be held on"
            return text[hc.end() : hc.end() + 123]
    for a, b in sents[:8]:
        ct = _CONT_TITLE.search(text, a, b)
        if ct is not None and _CONT_GRANTED.search(text, a, b) and not _DENIED_RX.search(text, a, b):
            return text[ct.end() : min(b, ct.end() + 70)]
    return None


# "ORDER RESETTING PRETRIAL CONFERENCE": a ruling's heading that names what it moves
_ORDER_RESETTING: Final = re.compile(r"\W{0,5}(?:[a-z]{1,12}\s{1,3}){0,2}?order\s{1,3}resetting\b")
_DISCUSSED_AT: Final = re.compile(
    r"(?:the\s{1,3}[\d/]{6,10}|today'?s)\s{1,3}(?:[\w-]{1,12}\s{1,3}){0,3}?(?:conference|hearing)\b")
_HEARING_CONTINUED: Final = re.compile(r"^\W{0,3}(?:\(e\)\s{0,2})?(?:[a-z]{1,15}\s{1,3}){0,2}?hearing\s{1,3}continued\b")

# older minutes that name the proceeding without "held": "MINUTES: TELE HRG RE DISCOVERY before Judge X",
# "MINUTES of status call proceedings before Judge X", "PROCEEDING before Judge X; Joint Status Conf; Ct Rptr"
_MINUTES_OF_PROC: Final = re.compile(
    r"^\W{0,5}(?:minutes\s{0,3}(?::|of)?\s{1,3}|proceeding\s{1,3}before\s{1,3}[^;:]{1,60};\s{0,3})(?:the\s{1,3})?"
    r"(?P<p>(?:[a-z/&-]{1,15}\s{1,3}){0,3}?(?:hrg|hearing|conf|conference|call|trial|sentencing|arraignment))\b")
_SHORT_WORDS: Final = {**_FULL_WORD, "tele": "telephonic", "stat": "status"}  # (clerks' abbreviations)


def _minutes_held(clean: str, hearings: tuple[HearingAction, ...]) -> tuple[HearingAction, ...]:
    """The proceeding older minutes name was held (date unknown), unless the entry says it was held, vacated or
    moved."""
    m = _MINUTES_OF_PROC.match(clean)
    if m is None and not hearings and clean.startswith(("minutes re: ", "minutes re ")) and " appeared " in clean:
        # Bankr. D. Minn.'s "Minutes re: 23 Amended motion of X to ... Kevin Walsh appeared on behalf of X; ...": the
        # hearing on the motion was held (its day unsaid)
        return (HearingAction("held", about="hearing"),)
    if m is None or any(h.action in ("held", "vacated", "moved") for h in hearings):
        return hearings
    about = " ".join(_SHORT_WORDS.get(w, w) for w in m.group("p").split())
    return (*hearings, HearingAction("held", about=about))


_ORDER_VACATING_HEAD: Final = re.compile(
    r"^\W{0,5}(?:[a-z]{1,12}\s{1,3}){0,2}?order\s{1,3}vacating\s(?![^.;]{0,160}\b(?:re-?set|continu|re-?schedul|re-?noticed|advanc|setting|scheduling))")
# a proceeding named right after its date: "the May 2, 2016, Jury trial"
_DATE_PROC_AFTER: Final = re.compile(r",?\s{1,3}(?:[a-z-]{1,15}\s{1,3}){0,3}?(?:conference|hearing|trial|sentencing|arraignment|argument)\b")
_CANCELLATION_HEAD: Final = re.compile(
    r"^\W{0,5}(?:clerk'?s\s{1,3})?notice\s{1,3}(?:of\s{1,3}cancel+ation\b|vacating\b(?![^.]{0,80}\bre-?set))")
_TERMINATE_HEAD: Final = re.compile(r"^\W{0,5}(?:order,?\s{1,3})?terminate\s{1,3}(?:deadlines\s{1,3}and\s{1,3})?hearings?\b")
_NOTICE_RESET: Final = re.compile(
    r"notice(?<!\wnotice)\s{1,3}(?:of\s{1,3})?(?:re-?scheduling|resetting|rescheduled|continuing|continuance|continued\s{1,3}hearing)\b")
_NOTICE_RESET_HEAD: Final = re.compile(  # (apart: a "^" branch would turn off the fast scan of the one above)
    # (CM/ECF's "Reset Deadlines as to 16 MOTION to Dismiss. Motion Hearing set for <date>": the motion's hearing reset,
    # as both labelers who met it read it; "Set/Reset Deadlines as to" is either)
    r"\W{0,3}amended\s{1,3}(?:[a-z]{1,12}\s{1,3})?notice\s{1,3}of\s{1,3}hearing|\W{0,5}reset\s{1,3}(?:hearings?\b|deadlines\s{1,3}as\s{1,3}to\b)")
def _clause(before: str) -> str:
    """The end of `before` from its last comma or semicolon: "file the complaint by 8/22, reset the conference"."""
    i = max(before.rfind(", "), before.rfind("; "))
    return before[i + 2 :] if i >= 0 else before


_NO_NEW_DATE: Final = re.compile(
    r"\s{0,3}(?:to\s{1,3}be\s{1,3}(?:re-?set|re-?scheduled|re-?noticed|determined)|without\s{1,3}(?:a\s{1,3})?date|"
    r"to\s{1,3}a\s{1,3}(?:later|future|new)?\s{0,3}date\b(?!\s{1,3}(?:of|on)\b)|"
    r"indefinitely|generally|until\s{1,3}further|sine\s{1,3}die|pending\b|[.;)]|$)")


def _moved_without_date(text: str, sa: int, m: re.Match[str], dates: list[FoundDate]) -> list[HearingAction]:
    """"The conference set for May 11 and the trial set for June 1 are CONTINUED to be reset": moved, no new date,
    one per proceeding named before the verb (with its old date when stated)."""
    seg_start = max(sa, m.start() - 200)
    found: list[HearingAction] = []
    seen: set[str] = set()
    props = _ABOUT_FINDER.finditer(text, seg_start, m.start())
    # one name of two words ("sentencing hearing", "status conference"): its date follows the last word
    props = [pm for k, pm in enumerate(props) if not (
        k + 1 < len(props) and text[pm.end() : props[k + 1].start()].isspace())]
    for k, pm in enumerate(props):
        word = pm.group()
        if pm.start() > 0 and text[pm.start() - 1].isalpha():
            continue  # "pretrial"
        if word in seen or word in ("setting", "status", "proceeding", "proceedings"):
            continue
        nxt = props[k + 1].start() if k + 1 < len(props) else m.start()
        prev = next((d for d in dates if pm.end() <= d.start < nxt), None)
        seen.add(word)
        # (from the end of the name before it: "the pretrial conference and the trial are continued" names two)
        about = _about(text[max(seg_start, pm.start() - 30, props[k - 1].end() if k else 0) : pm.end()])
        found.append(HearingAction("moved", None, None, prev.date if prev else None, about))
    return found
