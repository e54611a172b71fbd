"""Understanding docket text: order type, disposition and hearing actions (DESIGN.md, `monitor parse`).

Pure: text (and the entry's date_filed, to complete years) in, an `EntryFacts` out.

INTERFACE FROZEN: other modules (case state, differ, CLI) rely on the dataclasses and the two functions
`parse_entry` and `parse_short_description`; the implementation behind them is free to change.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from parsers.dates import FoundDate, find_dates

log = logging.getLogger(__name__)

OrderType = Literal[
    "temporary_restraining_order",
    "preliminary_injunction",
    "permanent_injunction",
    "class_certification",
    "judgment",
    "dismissal",
    "stay",
    "order_to_show_cause",
    "other_order",
    "scheduling_order",
]
Disposition = Literal["granted", "denied", "granted_in_part", "extended", "dissolved"]
HearingActionKind = Literal["set", "moved", "vacated", "held"]

# Precedence of order types when several fit: the earlier wins (DESIGN.md).
ORDER_TYPES: tuple[str, ...] = (
    "temporary_restraining_order",
    "preliminary_injunction",
    "permanent_injunction",
    "class_certification",
    "judgment",
    "dismissal",
    "stay",
    "order_to_show_cause",
    "other_order",
    "scheduling_order",
)
DISPOSITIONS: tuple[str, ...] = ("granted", "denied", "granted_in_part", "extended", "dissolved")


@dataclass(frozen=True)
class HearingAction:
    """One court proceeding that the entry sets, moves, vacates or reports held."""

    action: HearingActionKind
    date: dt.date | None = None  # for "moved": the new date
    time: dt.time | None = None
    previous_date: dt.date | None = None  # "moved" only, when stated
    about: str | None = None  # e.g. "motion for preliminary injunction", "status conference"

    def as_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "date": self.date.isoformat() if self.date else None,
            "time": self.time.strftime("%H:%M") if self.time else None,
            "previous_date": self.previous_date.isoformat() if self.previous_date else None,
            "about": self.about,
        }


@dataclass(frozen=True)
class EntryFacts:
    """What one docket entry says. `order_type` is None when the entry records no ruling."""

    order_type: OrderType | None = None
    disposition: Disposition | None = None
    hearings: tuple[HearingAction, ...] = ()
    # docket numbers the text cites in brackets, e.g. "[185]" or "(Dkt. No. 185)", in order of appearance
    refs: tuple[int, ...] = ()
    # True when parsed from an RSS short description only (disposition usually unknown)
    from_short_description: bool = False
    notes: tuple[str, ...] = field(default=())

    def as_json(self, entry_id: str | None = None) -> dict[str, Any]:
        return {
            "id": entry_id,
            "order_type": self.order_type,
            "disposition": self.disposition,
            "hearings": [h.as_json() for h in self.hearings],
        }


def parse_entry(text: str, date_filed: dt.date | None = None, court: str | None = None) -> EntryFacts:
    """Full docket text -> facts. Never raises on any str input; bounded time (no regex backtracking)."""
    try:
        return _parse_entry(text, date_filed)
    except Exception as exc:  # a parser bug must not take the monitor down; say so in notes
        log.warning("docket text not understood: %s", exc)
        return EntryFacts(notes=(f"parser error: {type(exc).__name__}",))


def parse_short_description(short: str) -> EntryFacts:
    """An RSS short description ("Order on Motion for TRO") -> what can be said (type, rarely disposition)."""
    try:
        return _parse_short(short)
    except Exception as exc:
        log.warning("short description not understood: %s", exc)
        return EntryFacts(from_short_description=True, notes=(f"parser error: {type(exc).__name__}",))



# ---------------------------------------------------------------------------------------------------------------
# Implementation. Every regex is precompiled, uses bounded repetition only, and runs on at most _CAP characters.

_CAP = 20_000
_I = 0  # every pattern below runs on ASCII-lowercased text (see _lower); no IGNORECASE: it is slow
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# -- cleaning: stamps that are not dates of anything
_STAMP_RX = re.compile(  # every branch starts with "(": fast scanning
    r"\((?:Entered|Filed on|Filed)\s{0,3}:?\s{0,3}[\d/]{6,10}\)"
    r"|\((?:Modified|Main Document \d{1,5} replaced) on [\d/]{6,10}[^()]{0,80}\)"
    r"|\(\s{0,2}[a-z]{1,6}(?:\s{0,2},\s{0,2}[a-zA-Z .]{0,30})?\)"
)
_SIGNED_RX = re.compile(
    r"Modified on [\d/]{6,10}[^.()]{0,80}"
    r"|Signed by [^.;]{0,80}? on [\d/]{6,10}\.?"
    r"|(?:Ordered|Entered) by [^.;]{0,80}? on [\d/]{6,10}\.?",
)

# -- references to other docket entries
_REF_BRACKET = re.compile(r"\[(\d{1,5})(?:-\d{1,3})?\]")
_REF_DKT = re.compile(r"(?:dkt\.?|docket|ecf|doc\.?)\s{0,2}(?:nos?\.?|#|entry)?\s{0,2}(\d{1,5})\b")
# CM/ECF's link text: "granting 21 Motion", "re 185 Order", "finding as moot 5 Motion"
_REF_LINK = re.compile(
    r"(?:re:?|granting|denying|on|moot)\s{1,2}(\d{1,5})\s{1,2}(?=(?:(?:joint|ex\s{1,2}parte|first|second|"
    r"amended|emergency|unopposed|letter|sealed)\s{1,2})?(?:motion|application|stipulation|request|letter|notice|"
    r"order|report|objection|proposed|petition))"
)
_REF_WORDS = ("re ", "re: ", "granting ", "denying ", "on ", "moot ")

# -- what kind of document the entry is
_FILING_HEAD = re.compile(
    r"^[\W\d]{0,10}(?:\*?redacted\*?\s{1,3})?(?:(?:first|second|third|amended|joint|ex parte|emergency|renewed|"
    r"supplemental|corrected|unopposed|consent|stipulated|sealed|notice of)\s{1,3}){0,4}"
    r"(?:motion|application|opposition|response|reply|memorandum(?!\s{1,3}(?:and|&)\s{1,3}order|\s{1,3}opinion"
    r"|\s{1,3}decision)|brief|declaration|affidavit|stipulation(?!\s{1,3}(?:and|&)\s{1,3}order)|\[?proposed|lodged|"
    r"reports?\s{1,3}and\s{1,3}recommendations?|findings\s{1,3}and\s{1,3}recommendations?|transcript|exhibit|summons|complaint|answer|"
    r"certificate|letter(?!\s{1,3}order)|request|objection|appeal|notice of appeal|sentencing memorandum|"
    r"waiver|addendum|pre-?sentence|consent|witness|exhibit|trial brief|status report|joint report|praecipe|"
    r"petition|redacted|subpoena|cja|appearance|bond|notice(?!\s{1,3}(?:of\s{1,3}(?:hearing|change|continuance|"
    r"rescheduling|resetting)|to\s{1,3}(?:counsel|parties)|regarding\s{1,3}hearing)))\b",
    _I,
)
_RULING_HEAD = re.compile(
    r"^[\W\d]{0,10}(?:\*?redacted\*?\s{1,3})?(?:[A-Za-z/'.-]{1,20}\s{1,3}){0,7}?"
    r"(?:order|judgment|decree|minutes?|minute entry|opinion|decision|ruling|civil minutes)\b",
    _I,
)
_COURT_NOTICE_HEAD = re.compile(
    r"^[\W\d]{0,10}(?:(?:court|clerk'?s?|scheduling)\s{1,3})?(?:notice\s{1,3}of\s{1,3}(?:[a-z-]{1,15}\s{1,3}){0,3}"
    r"(?:hearing|conference|trial|sentencing|arraignment|status|setting|resetting|rescheduling)"
    r"|notice\s{1,3}(?:of\s{1,3}(?:hearing|change|"
    r"continuance|rescheduling|resetting)|to\s{1,3}(?:counsel|parties)|regarding\s{1,3}hearing)|set/?reset|"
    r"set\s{1,3}(?:hearing|deadlines)|reset\s{1,3}hearing|terminate\s{1,3}(?:deadlines|hearings)|"
    r"(?:[a-z]{1,15}\s{1,3}){0,3}(?:hearing|conference|trial|sentencing|arraignment|calendar call)\s{1,3}"
    r"(?:set|reset|continued|held|vacated))",
    _I,
)
_MINUTES_HEAD = re.compile(
    r"^[\W\d]{0,10}(?:(?:amended|civil|criminal|text|electronic|sealed)\s{1,3}){0,2}minute", _I)
_MINUTE_ORDER = re.compile(r"minute\s{1,3}order|in\s{1,3}chambers|\border\b")
_RULING_SPECIAL = re.compile(
    r"^\W{0,5}(?:notice\s{1,3}of\s{1,3}document\s{1,3}discrepanc|mandate\b|certified\s{1,3}(?:true\s{1,3})?copy)")
_NOT_RULING = re.compile(r"^\W{0,5}judgments?\s{1,3}returned")

# -- subjects, in precedence order
_SUBJECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("temporary_restraining_order", re.compile(r"temporary\s{1,3}restraining\s{1,3}order|\btros?\b|temporar(?:y|ily)\s{1,3}(?:restrain|enjoin)", _I)),
    ("preliminary_injunction", re.compile(r"preliminary\s{1,3}injunct", _I)),
    ("permanent_injunction", re.compile(r"permanent(?:ly)?\s{1,3}(?:injunct|enjoin)", _I)),
    ("class_certification", re.compile(
        r"class\s{1,3}certification|certif(?:y|ying|ication\s{1,3}of)\s{1,3}(?:a\s{1,3}|the\s{1,3})?"
        r"(?:\w{1,20}\s{1,3})?class\b|class\s{1,3}action\s{1,3}certif|decertif", _I)),
    ("judgment", re.compile(r"judgments?\b(?!\s{1,3}to\s{1,3}(?:issue|follow|enter))")),
    ("dismissal", re.compile(r"dismiss|discontinu")),
    ("stay", re.compile(r"stay(?:ed|ing|s)?\b(?!\s{1,3}away)")),
    ("order_to_show_cause", re.compile(r"show\s{1,3}cause|\bosc\b", _I)),
)
class _Finder:
    """A pattern whose every match starts with one of `keys`: candidates are found with str.find (C speed) and
    confirmed with an anchored match. Scanning every position with a large alternation is several times slower."""

    def __init__(self, keys: tuple[str, ...], pattern: str) -> None:
        self.keys = keys
        self.rx = re.compile(pattern)

    def _starts(self, text: str, pos: int, end: int) -> list[int]:
        out: list[int] = []
        for key in self.keys:
            i = text.find(key, pos, end)
            while i != -1:
                out.append(i)
                i = text.find(key, i + 1, end)
        out.sort()
        return out

    def has(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether the pattern occurs (stops at the first match found, in any order)."""
        end = len(text) if endpos is None else min(endpos, len(text))
        match = self.rx.match
        for key in self.keys:
            i = text.find(key, pos, end)
            while i != -1:
                if match(text, i, end) is not None:
                    return True
                i = text.find(key, i + 1, end)
        return False

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        for i in self._starts(text, pos, end):
            m = self.rx.match(text, i, end)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        out: list[re.Match[str]] = []
        last = -1
        for i in self._starts(text, pos, end):
            if i < last:
                continue
            m = self.rx.match(text, i, end)
            if m is not None:
                out.append(m)
                last = max(m.end(), i + 1)
        return out


_SCHED_RX = _Finder(
    ('continu', 'reschedul', 'reset', 'adjourn', 'postpone', 'set', 'scheduling', 'extension', 'extend', 'enlarge', 'deadline', 'briefing', 'time', 'vacat', 'advanc', 'further', 'more', 'additional', 'shortened', 'motion', 'request', 'application'),
    r"continu(?<!discontinu)|reschedul|reset|adjourn|postpone|set\s{1,3}(?:a\s{1,3})?(?:hearing|conference|"
    r"trial|date|deadline|schedule|sentencing|briefing)|scheduling|extension|extend|enlarge|deadline|"
    r"briefing\s{1,3}schedule|time\s{1,3}to\s{1,3}(?:file|respond|answer|reply)|vacat\w{0,4}\s{1,3}(?:the\s{1,3})?"
    r"(?:\w{1,15}\s{1,3}){0,3}(?:hearing|conference|trial)"
    r"|(?:setting|advanc(?:e|es|ed|ing))\s{1,3}(?:a\s{1,3}|the\s{1,3})?(?:[a-z-]{1,15}\s{1,3}){0,2}"
    r"(?:hearing|conference|trial|schedule|deadlines?|dates?|sentencing|status)"
    r"|(?:further|more|additional|shortened|enlarge\w{0,3})\s{1,3}time"
    r"|(?:motion|request\w{0,2}|application)\s{1,3}(?:for\s{1,3})?(?:a\s{1,3})?(?:[a-z-]{1,12}\s{1,3}){0,2}conference",
)
_MENTION_RX = _Finder(
    ("remain", "supersed", "previously", "as", "pending", "in", "anticipat", "forthcoming", "contemplat"),
    r"remains?\s{1,3}in\s{1,3}(?:full\s{1,3})?(?:force|effect)|supersed|previously|as\s{1,3}ordered|pending\s{1,3}"
    r"(?:resolution|the|a)\b|in\s{1,3}light\s{1,3}of|in\s{1,3}anticipation|anticipated|forthcoming|contemplated",
)
_DISP_RX = _Finder(
    ('grant', 'in part', 'in  part', 'extend', 'extension', 'dissolv', 'lift', 'den', 'overrul', 'sustain', 'approv', 'so ordered', 'so  ordered', 'adopt'),
    r"(?P<gip>grant[a-z]{0,4}\s{1,3}in\s{1,3}part|in\s{1,3}part\s{1,3}(?:grant|and\s{1,3}den))"
    r"|(?P<ext>extend(?:ed|ing|s)?\b|extension\b)"
    r"|(?P<dis>dissolv|lift(?:ed|ing|s)?\b)"
    r"|(?P<den>den(?:y|ied|ying|ies)\b|overrul(?:ed|es|ing)\b)"
    r"|(?P<gr>grant(?:ed|ing|s)?\b|sustain(?:ed|s|ing)\b|approv(?:ed|ing|es)\b|so\s{1,3}ordered\b|adopt(?:ed|ing|s)?\b)",
)
_IMPLIED_GRANT_RX = re.compile(
    r"^\W{0,5}(?:stipulation\s{1,3}and\s{1,3}order|stipulated\s{1,3}order|order\s{0,3}/\s{0,3}stipulation)"
    r"|\bre:?\s{1,3}(?:\[?\d{1,5}\]?\s{1,3})(?:[a-z]{1,12}\s{1,3}){0,3}(?:motion|application|request|stipulation)"
    r"(?!\s{1,3}hearing)"
)
_DEADLINE_NOTICE_RX = re.compile(r"^\W{0,5}(?:set/reset|set|reset)\s{1,3}(?:scheduling\s{1,3}order\s{1,3})?deadlines")
_APPROVED_RX = re.compile(r"approved\s{1,3}(?:on\s{1,3})?\d{1,2}/\d{1,2}/\d{2,4}")
_SCHED_ENTERED = re.compile(r"scheduling\s{1,3}order\s{1,3}(?:entered|issued|to\s{1,3}issue)")
_RULING_WORDS = _Finder(
    ('grant', 'den', 'dismiss', 'stayed', 'enjoin', 'certif', 'moot', 'sustained', 'overruled'),
    r"(?:grant(?:ed|s|ing)?|den(?:ied|ies|ying)|dismiss(?:ed|es|ing)|stayed|enjoin(?:ed|s)|certif(?:ied|ies)|"
    r"moot|sustained|overruled)\b",
)

# -- hearings
_PROC = (
    r"hearing|conference|trial|sentenc|arraign|plea\b|argument|appearance|calendar|status|proceeding|"
    r"show\s{1,3}cause|markman|rule\s{1,3}(?:11|16)|allocution|detention|voir|"
    r"osc\b|hrg|cmc\b|conf\b|revocation|motions?\b"
)
_PROC_RX = _Finder(
    ("hearing", "conf", "trial", "sentenc", "arraign", "plea", "argument", "appearance", "calendar", "status",
     "proceeding", "show", "markman", "rule", "allocution", "detention", "voir", "osc", "hrg", "cmc", "revocation",
     "motion"),
    _PROC,
)
# what can be vacated: a proceeding, not a motion or a plea ("Terminated motions", "plea ... stricken")
_VAC_PROC_RX = _Finder(
    ("hearing", "conf", "trial", "sentenc", "arraign", "argument", "appearance", "calendar", "status",
     "proceeding", "show", "markman", "allocution", "detention", "osc", "hrg", "cmc", "revocation"),
    r"hearing|conf|trial|sentenc|arraign|argument|appearance|calendar|status|proceeding|show\s{1,3}cause|markman|"
    r"allocution|detention|osc\b|hrg|cmc\b|revocation",
)
_DEADLINE_RX = _Finder(
    ("due", "deadline", "ddl", "cut", "brief", "response", "reply", "filing", "discovery", "disclos", "report",
     "amend", "statement", "expert", "objection", "memorand", "exhibit", "witness", "last"),
    r"due\b|deadline|ddl\b|cut-?\s?off|briefs?\b|response|reply|filing|discovery|disclos|"
    r"report\b|amend|statement|expert|objection|memorand|exhibit|witness\s{1,3}list|last\s{1,3}day"
)
_ANCHOR_RX = re.compile(  # branches start with a literal (fast); the word start is checked in Python
    r"(?P<notheld>not\s{1,3}held\b)"
    r"|(?P<held>held\b(?!\s{1,3}(?:to\s{1,3}answer|in\s{1,3}abeyance|that|liable|in\s{1,3}custody)))"
    r"|(?P<moved>(?:continued|continuing|continues|continuance|re-?set(?:ting)?|re-?scheduled|rescheduling|"
    r"advanced|adjourned|postponed|moved(?=\s{1,3}(?:to|from)\b))\b)"
    r"|(?P<vacated>(?:vacat(?:ed|es|ing|e)|off\s{1,3}(?:the\s{1,3})?calendar|stricken|strikes|cancel+(?:ed|s|ing)?|"
    r"terminated)\b)"
    r"|(?P<set>set(?:ting)?\b(?:\s{1,3}(?:for|on)\b|\s{1,3}(?:a|an|the)?\s{0,3}(?:[a-z/]{1,20}\s{1,3}){0,6}"
    r"(?:for|on)\b)|scheduled\s{1,3}(?:for|on)\b|schedules?\s{1,3}(?:a|an|the)\s{1,3}"
    r"|(?:will|shall)\s{1,3}be\s{1,3}held\b|will\s{1,3}hold\b|appear\s{1,3}(?:for|at)\b|presentment\b)"
)


_MOVED_IN = re.compile(r"\b(?:re-?set|continued|re-?scheduled|advanced|adjourned)\b")
_ANCHOR_KEYS = ("not", "held", "contin", "set", "resched", "re-sched", "advanced", "adjourn", "postpon", "moved",
                "vacat", "off", "strikes", "stricken", "cancel", "terminat", "sched", "will", "shall", "appear",
                "presentment")  # "set" also finds "reset" and "re-set" (see _anchors)


def _anchors(text: str) -> list[re.Match[str]]:
    """Action words, found in two steps: a fast literal scan, then the full pattern at each candidate."""
    out: list[re.Match[str]] = []
    end = 0
    starts: list[int] = []
    for key in _ANCHOR_KEYS:
        i = text.find(key)
        while i != -1:
            starts.append(i)
            if key == "set" and i >= 2 and text[i - 2 : i] == "re":
                starts.append(i - 2)  # "reset"
            elif key == "set" and i >= 3 and text[i - 3 : i] == "re-":
                starts.append(i - 3)  # "re-set"
            i = text.find(key, i + 1)
    starts.sort()
    for i in starts:
        if i < end or (i > 0 and text[i - 1].isalnum()):
            continue
        m = _ANCHOR_RX.match(text, i)
        if m is not None and m.lastgroup == "set" and _MOVED_IN.search(m.group()):
            continue  # "Trial Setting reset for": the reset is the anchor
        if m is not None:
            out.append(m)
            end = m.end()
    return out
_SENT_END = re.compile(  # candidates only; abbreviations ("No.", "Jan.") and "a.m." are judged by _is_end
    r"[;\n]|\.(?:(?<=(?:[^\W_]|[)\]])(?:[^\W_]|[)\]])\.)|(?<=[ap]\.m\.))(?=\s)|:(?<=[^\W\d_]:)(?=\s)"
)


def _WORDCH(c: str) -> bool:  # noqa: N802
    return c.isalnum() or c in ")]"


_ABBREV = frozenset(
    ["no", "nos", "dkt", "doc", "docs", "ecf", "v", "vs", "inc", "co", "corp", "ltd", "llc", "jr", "sr", "mr", "mrs", "ms", "dr", "hon", "st", "fed", "civ", "crim", "proc", "app", "supp", "cir", "cal", "ct", "dist", "esq", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "seq", "sec", "approx"]
)


_STARTERS = frozenset(
    ["the", "a", "an", "all", "any", "both", "counsel", "parties", "plaintiff", "plaintiffs", "defendant", "defendants", "it", "if", "no", "this", "in", "on", "by", "so", "signed", "ordered", "each", "further", "there"]
)


def _is_end(text: str, i: int) -> bool:
    """Whether the "." at `i` (followed by a space) ends a sentence."""
    if i >= 3 and text[i - 3 : i + 1] in ("a.m.", "p.m."):
        nxt = text[i + 2 : i + 14].split(" ", 1)[0]
        return nxt in _STARTERS
    if i < 2 or not (_WORDCH(text[i - 1]) and _WORDCH(text[i - 2])):
        return False
    j = i - 1
    while j > 0 and i - j < 6 and text[j - 1].isalpha():
        j -= 1
    return text[j:i] not in _ABBREV

_REMAINS_RX = re.compile(r"(?:remains?|remain\s{1,3}as|still|previously|currently|already|originally)\s{0,3}$", _I)
_SUBMISSION_RX = re.compile(r"under\s{1,3}submission|submitted\s{1,3}on\s{1,3}the\s{1,3}papers|without\s{1,3}oral", _I)
_ABOUT_STRIP = re.compile(r"^(?:the|a|an|any|all|minutes\s{1,3}of|and|this|that|is|as\s{1,3}to)\s{1,3}", _I)
_ABOUT_RX = re.compile(
    r"hearing|conference|trial|sentencing|psr|arraignment|plea\b|argument|appearance|calendar\s{1,3}call|"
    r"setting|proceedings?|teleconference|status"
)
_ABOUT_STOP = frozenset(["the", "a", "an", "any", "all", "and", "this", "that", "is", "of", "minutes", "for", "to", "re:", "re", "on", "by"])


def _clean(text: str) -> tuple[str, str]:
    """Cap, drop CM/ECF stamps (case-sensitive, on the original); the result and its ASCII-lowercase twin
    (same positions: every pattern here runs on the twin)."""
    text = text[:_CAP].replace("\x00", " ")
    if "(Attachment" in text:
        text = _strip_attachments(text)
    if "(" in text:
        text = _STAMP_RX.sub(" ", text)
    if " by " in text or "Modified on" in text:
        text = _SIGNED_RX.sub(" ", text)
    return text, _lower(text)


def _strip_attachments(text: str) -> str:
    """Drop "(Attachments: # 1 Exhibit A (part 1), # 2 ...)" lists, nested parentheses included (a linear scan)."""
    parts: list[str] = []
    i = 0
    while True:
        j = text.find("(Attachment", i)
        if j == -1:
            break
        depth, end = 0, -1
        for k in range(j, min(len(text), j + 8000)):
            c = text[k]
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    end = k + 1
                    break
        if end == -1:
            break  # unbalanced: leave the rest as it is
        parts.append(text[i:j])
        parts.append(" ")
        i = end
    parts.append(text[i:])
    return "".join(parts)


def _lower(text: str) -> str:
    """ASCII-only lowercase: positions stay those of `text` (str.lower can change the length of non-ASCII)."""
    return text.lower() if text.isascii() else text.translate(_LOWER)


def _refs(text: str) -> tuple[int, ...]:
    found: list[tuple[int, int]] = []
    if "[" in text:
        found.extend((m.start(), int(m.group(1))) for m in _REF_BRACKET.finditer(text))
    if "dkt" in text or "doc" in text or "ecf" in text:
        found.extend((m.start(), int(m.group(1))) for m in _REF_DKT.finditer(text))
    for word in _REF_WORDS:
        i = text.find(word)
        while i != -1:
            if (i == 0 or not text[i - 1].isalpha()) and text[i + len(word) : i + len(word) + 1].isdigit():
                m = _REF_LINK.match(text, i)
                if m is not None:
                    found.append((i, int(m.group(1))))
            i = text.find(word, i + 1)
    out: list[int] = []
    for _, n in sorted(found):
        if n not in out:
            out.append(n)
    return tuple(out)


# a party's paper that carries the court's order: "STIPULATION ... and ORDER by Judge X", "... and Order Thereon"
_WITH_ORDER_RX = re.compile(
    r"(?<!proposed)\s(?:and|&)\s{1,3}(?:\w{1,12}\s{1,3})?order\b(?:\s{1,3}(?:thereon|by\b|of\s{1,3}court)|\s{0,3}(?:[;:.(]|$))")
_WITH_ORDER_HEAD = re.compile(
    r"^[\W\d]{0,10}(?:(?:first|second|third|amended|joint|stipulated|consent|unopposed|ex\s{1,3}parte)\s{1,3}){0,3}"
    r"(?:stipulation|motion|application|request|agreement|consent|letter)")


def _kind(text: str, signed: bool = False) -> str:
    """'ruling', 'minutes', 'notice' (a court notice of dates), 'filing' or 'other'."""
    head = text[:200]
    if " order" in head and _WITH_ORDER_HEAD.match(head):
        i = head.find(". ")
        if _WITH_ORDER_RX.search(text, 0, min(len(text), 400 if i == -1 else max(i + 1, 200))):
            return "ruling"
    if _MINUTES_HEAD.match(head):
        return "ruling" if _MINUTE_ORDER.search(head, 0, 60) else "minutes"
    if _COURT_NOTICE_HEAD.match(head):
        return "notice"
    if _RULING_SPECIAL.match(head):
        return "ruling"
    if _FILING_HEAD.match(head) or _NOT_RULING.match(head):
        return "filing"
    if _RULING_HEAD.match(head) or signed:
        return "ruling"
    return "other"


_SENT_CACHE: dict[int, tuple[str, list[tuple[int, int]]]] = {}


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (cached for the entry being parsed: the order and the hearing rules both need them)."""
    hit = _SENT_CACHE.get(0)
    if hit is not None and hit[0] is text:
        return hit[1]
    spans = _split_sentences(text)
    _SENT_CACHE[0] = (text, spans)
    return spans


def _split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        i = m.start()
        c = m.group()
        if c == "." or c == ":":
            # a sentence end: ". " after two letters/digits (not "a.m.", "S.", "No.") or ": " after a letter
            if i + 1 < n and not text[i + 1].isspace():
                continue
            if c == "." and not _is_end(text, i):
                continue
            if c == ":" and (i < 1 or not text[i - 1].isalpha()):
                continue
        if i > start:
            spans.append((start, i))
        start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _disposition(seg: str, pos: int) -> Disposition | None:
    """The disposition word that governs the subject at `pos` in `seg`: the last one before, else the first after."""
    before: Disposition | None = None
    after: Disposition | None = None
    for m in _DISP_RX.finditer(seg):
        kind = m.lastgroup
        d: Disposition = cast(Disposition, {
            "gip": "granted_in_part", "ext": "extended", "dis": "dissolved", "den": "denied", "gr": "granted"
        }[kind or "gr"])
        if m.start() < pos:
            if before != "granted_in_part":
                before = d
        elif after is None:
            after = d
    if before == "granted" and after == "denied" and re.search(r"in\s{1,3}part", seg, _I):
        return "granted_in_part"
    return before or after


_ANY_SUBJECT_KEYS = ("restrain", "tro", "injunct", "enjoin", "class", "certif", "judgment", "dismiss", "discontinu",
                     "stay", "cause", "osc")
_WHY_RX = re.compile(r"\bwhy\b")


def _subject(seg: str) -> tuple[OrderType | None, int]:
    if not any(k in seg for k in _ANY_SUBJECT_KEYS):
        return None, -1
    for name, rx in _SUBJECTS:
        for m in rx.finditer(seg):
            around = seg[max(0, m.start() - 60) : m.end() + 60]
            if _MENTION_RX.has(around) and not re.search(r"extend|dissolv", around, _I):
                continue
            if name != "order_to_show_cause" and _WHY_RX.search(seg, max(0, m.start() - 40), m.start()):
                continue  # "ORDER TO SHOW CAUSE why this action should not be dismissed"
            return cast(OrderType, name), m.start()
    return None, -1


def _title(text: str) -> str:
    """The first sentence, split at ". " only (not at "ORDER by Judge X:"), at most 600 characters."""
    n = min(len(text), 600)
    i = text.find(". ", 0, n)
    while i != -1:
        if _is_end(text, i):
            return text[:i]
        i = text.find(". ", i + 2, n)
    return text[:n]


def _first_disposition(text: str) -> Disposition | None:
    m = _DISP_RX.search(text)
    return _disposition(text, m.end()) if m else None


def _order(text: str, kind: str, hearings: tuple[HearingAction, ...]) -> tuple[OrderType | None, Disposition | None]:
    if kind == "filing":
        return ("other_order", "granted") if _APPROVED_RX.search(text) else (None, None)
    if kind == "other":
        # a clerk's or chambers' entry with no heading ("Mediation Conference scheduled for ...")
        return ("scheduling_order", None) if any(h.action != "held" for h in hearings) else (None, None)
    if kind == "notice":
        if hearings and any(h.action != "held" for h in hearings) or _DEADLINE_NOTICE_RX.match(text):
            return "scheduling_order", None
        return None, None
    sents = _sentences(text)
    if not sents:
        return None, None
    if kind == "minutes":
        return _minutes_order(text, sents, hearings)
    title = _title(text)
    tsched = _SCHED_RX.search(title)
    tsubj, tpos = _subject(title)
    if tsubj is not None:
        if tsched is not None and tsched.start() < tpos and not (
            tsubj == "temporary_restraining_order" and re.search(r"extend|dissolv", title)
        ):
            # "granting stipulation to continue the hearing on the motion for preliminary injunction"
            return "scheduling_order", _order_disposition(title, tsched.start(), "scheduling_order")
        d = _order_disposition(title, tpos, tsubj)
        if d is None and tsubj in _INJUNCTIONS and len(sents) > 1:
            d = _order_disposition(text[: sents[min(len(sents), 3) - 1][1]], tpos, tsubj)
        return tsubj, d
    if tsched is not None:
        d = _order_disposition(title, tsched.start(), "scheduling_order")
        if d is None and len(sents) > 1:
            d = _first_disposition(text[sents[1][0] : sents[min(len(sents), 3) - 1][1]])
        return "scheduling_order", d
    # a generic title ("ORDER.", "TEXT ORDER:"): a subject the body rules on (a disposition word in its sentence)
    for a, b in sents[1:8]:
        seg = text[a:b]
        if not _DISP_RX.has(seg):
            continue
        subj, pos = _subject(seg)
        if subj is not None:
            return subj, _order_disposition(seg, pos, subj)
    d = _order_disposition(title, len(title), "other_order")
    if hearings and all(h.action != "held" for h in hearings) and d in (None, "granted"):
        return "scheduling_order", d
    if d is None and len(title) < 40:
        seg = text[: sents[min(len(sents) - 1, 4)][1]]
        d = _disposition(seg, len(seg))
    return "other_order", d


_INJUNCTIONS = frozenset(("temporary_restraining_order", "preliminary_injunction", "permanent_injunction"))


def _order_disposition(seg: str, pos: int, subj: str) -> Disposition | None:
    d = _disposition(seg, pos)
    if d is None:
        if subj == "dismissal" and re.search(r"dismissed|dismissing|discontinued|be\s{1,3}dismissed", seg):
            return "granted"
        if subj in _INJUNCTIONS and re.search(r"enjoined|restrained", seg):
            return "granted"
        if _IMPLIED_GRANT_RX.search(seg):
            return "granted"
    return d


def _minutes_order(
    text: str, sents: list[tuple[int, int]], hearings: tuple[HearingAction, ...]
) -> tuple[OrderType | None, Disposition | None]:
    """Minutes record a proceeding; they record a ruling only when they say so (granted, denied, dismissed...),
    and a scheduling ruling when they continue a proceeding or only set dates."""
    first = sents[:20]
    hits = [m.start() for m in _RULING_WORDS.finditer(text, 0, first[-1][1])]
    ruled = [(a, b) for a, b in first if bisect_left(hits, a) < bisect_left(hits, b)]
    scope = text[: first[-1][1]]
    for a, b in first if any(k in scope for k in _ANY_SUBJECT_KEYS) else ():
        seg = text[a:b]
        subj, pos = _subject(seg)
        if subj is None:
            continue
        if subj == "order_to_show_cause" or ruled:
            d = _disposition(seg, pos)
            if d is None and subj != "order_to_show_cause":
                d = _order_disposition(seg, pos, subj) or _first_disposition(
                    " ".join(text[x:y] for x, y in ruled))
            return subj, d
    actions = {h.action for h in hearings}
    if "held" in actions and not _SCHED_ENTERED.search(text):
        seg = " ".join(text[a:b] for a, b in ruled)
        return ("other_order", _first_disposition(seg)) if ruled else (None, None)
    other = [(a, b) for a, b in ruled if not _SCHED_RX.has(text, a, b)]
    if other:  # a ruling on something else than dates ("finding as moot the motion to detain")
        return "other_order", _first_disposition(" ".join(text[a:b] for a, b in other))
    if actions or _SCHED_ENTERED.search(text):
        seg = " ".join(text[a:b] for a, b in ruled)
        return "scheduling_order", _first_disposition(seg)
    if not ruled:
        return None, None
    seg = " ".join(text[a:b] for a, b in ruled)
    return "other_order", _first_disposition(seg)


def _about(window: str) -> str | None:
    """A short name for the proceeding: the last proceeding word in `window` and up to three words before it."""
    last = None
    for m in _ABOUT_RX.finditer(window):
        last = m
    if last is None:
        return None
    start = window.rfind(" as to ", 0, last.start())
    head = window[max(start + 7 if start >= 0 else 0, last.start() - 40) : last.end()]
    words = [w.strip(",;:()") for w in head.split()][-5:]
    while words and (words[0] in _ABOUT_STOP or not words[0].isalpha()):
        words = words[1:]
    return " ".join(words) or None


_OLD_MINUTES = re.compile(
    r"^\W{0,3}minutes\s{1,3}before\s{1,3}[^;:]{0,150}?\b(arraigned|guilty\s{1,3}plea\s{1,3}entered|sentencing(?!\s{1,3}"
    r"(?:hearing\s{1,3})?set)|first\s{1,3}appearance|initial\s{1,3}appearance)"
)
_EXCLUDED = re.compile(r"exclud")
_HEARING_WORD = re.compile(r"hearing|conference|trial|sentenc|arraign")
_DETAINED = re.compile(r"\s{0,3}(?:detained|in\s{1,3}custody|on\s{1,3}release|to\s{1,3}(?:sing|talk|speak)|singing)")
_ADJOURN_REQUEST = re.compile(
    r"(?:application|motion|request|letter|moved|asked|asks)\w{0,2}\s{1,3}(?:\w{1,15}\s{1,3}){0,3}?to\s{1,3}"
    r"(?:adjourn|continu|reschedul|vacat|postpon|advanc)"
)
_NOT_THE_DATE = re.compile(r"(?:filed|dated|entered|docketed|signed)(?:\s{1,3}on)?\s{1,3}$")
_HELD_ON = re.compile(r"\s{1,3}(?:on|before)\b")
_TRANSCRIPT_HEAD = re.compile(r"^\W{0,5}(?:\*?redacted\*?\s{1,3})?transcript")
_PROCEEDINGS_BEFORE = re.compile(r"proceedings?\s{0,3}$")
_NO_PROC = re.compile(r"\bno\s{1,3}proceedings?\s{0,3}$")
_BEFORE_WORD = re.compile(r"\s{1,3}before\b")
_BE_HELD = re.compile(r"\bbe\s{1,3}$")
_HELD_OBJ = re.compile(r"\s{1,3}(?:a|an|the)\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,3}?on\b")
_WAS_HELD = re.compile(r"transcript")
_ON_PAPERS = re.compile(r"on\s{1,3}the\s{1,3}papers|no\s{1,3}appearances?")
_FROM = re.compile(r"\s{0,3}from\s")
_OBJECT_OF = re.compile(r"\b(?:order|judgment|deadlines?|injunction|restraining)\s{1,3}$")
_CONT_TITLE = re.compile(r"continu(?<!discontinu)|reschedul|adjourn")


_MOTION_MOVES = ("set for", "set on", "reset", "re-set", "continued", "rescheduled", "vacated", "off calendar",
                 "advanced", "adjourned")


def _may_have_hearing(text: str) -> bool:
    """A cheap necessary condition: every hearing action names a proceeding near its verb."""
    if _VAC_PROC_RX.has(text) or "plea" in text or "rule" in text or "voir" in text:
        return True
    return "motion" in text and any(w in text for w in _MOTION_MOVES)


def _hearings(text: str, date_filed: dt.date | None, kind: str, orig: str) -> tuple[HearingAction, ...]:
    if kind == "filing":
        # a party's filing sets nothing, except CM/ECF's "Motion set for hearing on <date>"
        if "for hearing" not in text and "presentment" not in text:
            return ()
        anchors = [m for m in _anchors(text) if m.lastgroup == "set" and (
            "hearing" in text[m.start() : m.end() + 9] or m.group() == "presentment")]
    elif _TRANSCRIPT_HEAD.match(text) or not _may_have_hearing(text):
        return ()
    else:
        anchors = _anchors(text)
    if not anchors:
        return ()
    dates = find_dates(orig, date_filed)
    sents = _sentences(text)
    cont_title = kind == "ruling" and _CONT_TITLE.search(_title(text)) is not None

    sent_starts = [a for a, _ in sents]
    # "filed on 8/9", "dated 9/3": not the date of a proceeding
    dates = [d for d in dates if not _NOT_THE_DATE.search(text, max(0, d.start - 16), d.start)]
    date_starts = [d.start for d in dates]

    def sent_of(pos: int) -> tuple[int, int]:
        k = bisect_right(sent_starts, pos) - 1
        if k >= 0 and pos < sents[k][1]:
            return sents[k]
        return pos, pos + 1

    def dates_in(a: int, b: int) -> list[FoundDate]:
        return dates[bisect_left(date_starts, a) : bisect_left(date_starts, b)]

    out: list[tuple[int, HearingAction]] = []
    for m in anchors:
        kind_a = m.lastgroup
        sa, sb = sent_of(m.start())
        before = text[max(sa, m.start() - 140) : m.start()]
        after = dates_in(m.end(), min(sb, m.end() + 160))
        if kind_a == "notheld":
            near = [d for d in after if d.start - m.end() < 40] or dates_in(max(sa, m.start() - 100), m.start())[-1:]
            if _PROC_RX.has(before[-90:]):
                d0 = near[0] if near else None
                out.append((m.start(), HearingAction("vacated", d0.date if d0 else None, d0.time if d0 else None,
                                                     about=_about(before[-90:]))))
            continue
        if kind_a == "held":
            if _PROCEEDINGS_BEFORE.search(before) and (_BEFORE_WORD.match(text, m.end()) or _NO_PROC.search(before)):
                continue  # "Minute Entry for proceedings held before Judge X:" introduces, the events follow
            win = before[-90:]
            if not _PROC_RX.has(win):
                if m.start() < 200 and _PROC_RX.has(text, 0, m.start()):
                    win = text[: m.start()]
                elif not _PROC_RX.has(text, m.end(), m.end() + 30):
                    continue
            if _WAS_HELD.search(before[-60:]) or _BE_HELD.search(before[-12:]):
                continue  # a transcript of it; "should be held after ..." (not yet)
            near = [d for d in after if d.start - m.end() < 70] if _HELD_ON.match(text, m.end()) or (
                after and after[0].start - m.end() < 6) or _HELD_OBJ.match(text, m.end()) else []
            if not near:
                near = dates_in(max(sa, m.start() - 25), m.start())[-1:]
            d0 = near[0] if near else None
            out.append((m.start(), HearingAction("held", d0.date if d0 else None, d0.time if d0 else None,
                                                 about=_about(win[-90:]))))
            continue
        if kind_a == "set":
            if _REMAINS_RX.search(before[-25:]) or _ADJOURN_REQUEST.search(before[-70:]):
                continue
            head_win = before[-90:] + m.group()
            if not after:
                continue
            d0 = after[0]
            if d0.start - m.end() > (140 if m.group().startswith(("will", "appear", "shall", "presentment")) else 60):
                continue
            if m.group().startswith(("appear", "will hold", "presentment")):
                if not _PROC_RX.has(text, m.end(), d0.start):
                    continue
            elif not _PROC_RX.has(head_win) and not _PROC_RX.has(text, m.end(), d0.start):
                continue
            if _ON_PAPERS.search(text, d0.end, d0.end + 200):
                continue
            if _DEADLINE_RX.has(before[-45:] + m.group()) and not _HEARING_WORD.search(before[-30:] + m.group()):
                continue
            if m.group().startswith(("appear", "will hold", "presentment")):
                about = _about(text[m.end() : d0.start]) or _about(head_win)
            else:
                about = _about(head_win) or _about(text[m.end() : d0.start])
            out.append((m.start(), HearingAction("set", d0.date, d0.time, about=about)))
            continue
        if kind_a == "moved":
            if _DETAINED.match(text, m.end()) or _EXCLUDED.search(text, m.end(), m.end() + 60):
                continue
            if not after:
                continue
            prev: FoundDate | None = None
            new = after[0]
            if _FROM.match(text, m.end()) and len(after) >= 2:
                prev, new = after[0], after[1]
            else:
                bd = dates_in(max(sa, m.start() - 80), m.start())
                if bd:
                    prev = bd[-1]
            if new.start - m.end() > 90:
                continue
            ctx = before[-90:] + text[m.start() : new.start]
            if not _PROC_RX.has(ctx):
                continue
            if _DEADLINE_RX.has(before[-40:]) and not _HEARING_WORD.search(before[-40:]):
                continue
            out.append((m.start(), HearingAction(
                "moved", new.date, new.time, prev.date if prev else None,
                about=_about(before[-90:]) or _about(text[m.end() : new.start]),
            )))
            continue
        if kind_a == "vacated":
            word = m.group(0)
            ctx_b = text[max(sa, m.start() - 100) : m.start()]
            ctx_a = text[m.end() : min(sb, m.end() + 100)]
            if not (_VAC_PROC_RX.has(ctx_b) or _VAC_PROC_RX.has(ctx_a[:50])):
                continue
            if _OBJECT_OF.search(ctx_b) and not _PROC_RX.has(ctx_b[-40:]):
                continue
            cand_a = dates_in(m.end(), min(sb, m.end() + 100))
            cand_b = dates_in(max(sa, m.start() - 100), m.start())
            active = not word.endswith("ed") and not word.startswith("off") and word != "stricken"
            d1 = (cand_a[:1] or cand_b[-1:]) if active else (cand_b[-1:] or cand_a[:1])
            if not d1 and _SUBMISSION_RX.search(text, max(0, sa - 300), sb):
                d1 = dates_in(max(0, sa - 300), sa)[-1:]
            dd = d1[0] if d1 else None
            about = _about(ctx_b[-70:]) or _about(ctx_a[:60])
            out.append((m.start(), HearingAction("vacated", dd.date if dd else None, dd.time if dd else None,
                                                 about=about)))
            continue
    if kind == "minutes" and not any(h.action == "held" for _, h in out):
        old = _OLD_MINUTES.match(text)
        if old is not None:
            out.append((0, HearingAction("held", None, None, None, _about(old.group(1)) or old.group(1).strip())))
    return _settle(out, cont_title)


def _proceeding_word(about: str | None) -> str | None:
    if not about:
        return None
    word = about.rsplit(" ", 1)[-1]
    return "conference" if word.endswith("conference") else word


def _settle(out: list[tuple[int, HearingAction]], cont_title: bool = False) -> tuple[HearingAction, ...]:
    """Resolve overlapping readings of one proceeding, then drop duplicates."""
    vac_dates = {h.date for _, h in out if h.action == "vacated" and h.date is not None}
    moved_prev = {h.previous_date for _, h in out if h.action == "moved" and h.previous_date is not None}
    moved_new = {h.date for _, h in out if h.action == "moved" and h.date not in vac_dates}
    res: list[HearingAction] = []
    for _, h in sorted(out, key=lambda t: t[0]):
        if h.action == "set" and h.date is not None and (
            h.date in vac_dates or h.date in moved_prev or h.date in moved_new):
            continue  # "set for 1/28 is CONTINUED to ...", "set for 1/28 is VACATED", "(Time change only) reset"
        if h.action == "moved" and h.date in vac_dates:
            continue  # "reset for 4/14 is canceled"
        if h.action == "vacated" and h.date is not None and h.date in moved_prev:
            continue  # "be vacated and rescheduled to ..."
        if h.action == "set" and cont_title:
            h = HearingAction("moved", h.date, h.time, None, h.about)  # an order continuing: "Trial set for <new>"
        res.append(h)
    if any(h.action == "vacated" and h.date is not None for h in res):
        res = [h for h in res if not (h.action == "vacated" and h.date is None)]
    held = [h for h in res if h.action == "held"]
    if any(h.date is not None for h in held):
        res = [h for h in res if not (h.action == "held" and h.date is None)]
    elif len(held) > 1:
        res = [h for h in res if h.action != "held" or h is held[0]]
    seen: dict[tuple[str, dt.date | None, str | None], int] = {}
    final: list[HearingAction] = []
    for h in res:
        # the court's prose and the clerk's "X set for <date>" often state one setting twice
        key = (h.action, h.date, _proceeding_word(h.about))
        if key in seen and h.action != "held":
            i = seen[key]
            if final[i].time is None and h.time is not None:
                final[i] = h
            continue
        seen[key] = len(final)
        final.append(h)
    return tuple(final)


# headings before the document's own title: "Judge X: ELECTRONIC ORDER ...", "EO: MINUTES: ...", "EP: MINUTES: ..."
_PREFIX_RX = re.compile(
    r"\W{0,5}(?:(?P<code>[a-z]{2,3}):\s{1,3}(?=[a-z])"
    r"|(?:(?:chief|senior|district|magistrate|bankruptcy|u\.s\.|united\s{1,3}states)\s{1,3}){0,3}"
    r"judge\s{1,3}[^:;()\[\]]{1,60}?:\s{1,3}(?=[a-z]))"
)
_IN_ERROR_RX = re.compile(r"^\W{0,10}(?:\w{1,12}\s{1,3}){0,3}?entered\s{1,3}in\s{1,3}error\b")


def _parse_entry(text: str, date_filed: dt.date | None) -> EntryFacts:
    if not isinstance(text, str) or not text.strip():
        return EntryFacts()
    orig, clean = _clean(text)
    if "error" in clean[:60] and _IN_ERROR_RX.match(clean):
        return EntryFacts(refs=_refs(clean))  # void: an entry the clerk marked as docketed in error
    proceeding = False
    if ":" in clean[:90]:
        m = _PREFIX_RX.match(clean)
        if m is not None:
            proceeding = m.group("code") == "ep"  # D. Haw.: "EP" entered proceeding, "EO" entered order
            orig, clean = orig[m.end() :], clean[m.end() :]
    kind = _kind(clean, "igned by" in text[:_CAP])
    hearings = _hearings(clean, date_filed, kind, orig)
    if proceeding and kind == "minutes" and not any(h.action == "held" for h in hearings):
        hearings = (*hearings, HearingAction("held", about=_about(_title(clean))))
    order_type, disposition = _order(clean, kind, hearings)
    return EntryFacts(order_type, disposition, hearings, _refs(clean))


_SHORT_RULES: tuple[tuple[re.Pattern[str], OrderType | None, Disposition | None], ...] = (
    (re.compile(r"notice\s{1,3}of\s{1,3}appeal|^\W{0,3}(?:motion|application|stipulation|proposed|memorandum\b"
                r"(?!\s{1,3}(?:and\s{1,3})?(?:order|opinion))|reply|response|opposition|brief|declaration|"
                r"transcript|report\s{1,3}and\s{1,3}recommendation)", _I), None, None),
    (re.compile(r"temporary\s{1,3}restraining|\btro\b", _I), "temporary_restraining_order", None),
    (re.compile(r"preliminary\s{1,3}injunction", _I), "preliminary_injunction", None),
    (re.compile(r"permanent\s{1,3}injunction", _I), "permanent_injunction", None),
    (re.compile(r"class\s{1,3}certification|certify\s{1,3}class", _I), "class_certification", None),
    (re.compile(r"judgment", _I), "judgment", None),
    (re.compile(r"dismiss", _I), "dismissal", None),
    (re.compile(r"\bstay\b", _I), "stay", None),
    (re.compile(r"show\s{1,3}cause", _I), "order_to_show_cause", None),
    (re.compile(r"scheduling|continu|reset|reschedul|set\s{1,3}(?:hearing|deadlines)|extend|extension|vacat"
                r"|notice\s{1,3}of\s{1,3}hearing", _I), "scheduling_order", None),
)
_SHORT_IS_ORDER = re.compile(
    r"\border\b|\bjudgment\b|minutes?\b|\bhearing\s{1,3}(?:continued|reset|set|vacated)|set/reset|"
    r"notice\s{1,3}of\s{1,3}hearing", _I)


def _parse_short(short: str) -> EntryFacts:
    s = _lower(short[:500]) if isinstance(short, str) else ""
    if not s.strip() or not _SHORT_IS_ORDER.search(s):
        return EntryFacts(from_short_description=True)
    if re.search(r"minutes\s{1,3}of\s{1,3}in\s{1,3}chambers", s, _I):
        return EntryFacts("other_order", from_short_description=True)
    if re.search(r"^\W{0,3}minutes?\b", s, _I) and not re.search(r"order", s, _I):
        return EntryFacts(from_short_description=True)
    for rx, ot, disp in _SHORT_RULES:
        if rx.search(s):
            return EntryFacts(ot, disp, from_short_description=True)
    return EntryFacts("other_order", from_short_description=True)
