"""Understanding docket text: order type, disposition and hearing actions (DESIGN.md, `monitor parse`).

Pure: text (and the entry's date_filed, to complete years) in, an `EntryFacts` out.

INTERFACE FROZEN: other modules (case state, differ, CLI) rely on the dataclasses and the two functions
`parse_entry` and `parse_short_description`; the implementation behind them is free to change.
It lives in parsers.docket_facts (the dataclasses), docket_scan (cleaning, kinds, sentences, shared patterns),
docket_orders (order type and disposition), docket_hearings (hearing actions), docket_lists (settings listed rather
than stated), docket_settle (one proceeding read twice), docket_about (a proceeding's short name) and dates; this
module re-exports the names.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Final

from parsers.docket_about import _about
from parsers.docket_facts import (
    DISPOSITIONS,
    ORDER_TYPES,
    Disposition,
    EntryFacts,
    HearingAction,
    HearingActionKind,
    OrderType,
)
from parsers.docket_hearings import _hearings, _minutes_held
from parsers.docket_orders import _order, _title
from parsers.docket_refs import _refs
from parsers.docket_scan import _CREDITORS_MEETING_RX, _I, _clean, _kind, _lower
from parsers.docket_titles import _revised

__all__ = [
    "DISPOSITIONS",
    "ORDER_TYPES",
    "Disposition",
    "EntryFacts",
    "HearingAction",
    "HearingActionKind",
    "OrderType",
    "parse_entry",
    "parse_short_description",
]

log = logging.getLogger(__name__)


def parse_entry(text: object, date_filed: dt.date | None = None, court: str | None = None) -> EntryFacts:
    """Full docket text -> facts. Never raises on any str input; bounded time (no regex backtracking). Anything
    but a str (None from a feed without text) has no facts. (`text` is typed `object`, not `str`, so that the
    mypyc-compiled build answers that too instead of raising TypeError at the call.)"""
    if not isinstance(text, str):
        return EntryFacts()
    try:
        return _parse_entry(text, date_filed)
    except Exception as exc:  # a parser bug must not take the monitor down; say so in notes
        log.warning("docket text not understood: %s", exc)
        return EntryFacts(notes=(f"parser error: {type(exc).__name__}",))


def parse_short_description(short: object) -> EntryFacts:
    """An RSS short description ("Order on Motion for TRO") -> what can be said (type, rarely disposition)."""
    if not isinstance(short, str):
        return EntryFacts(from_short_description=True)
    try:
        return _parse_short(short)
    except Exception as exc:
        log.warning("short description not understood: %s", exc)
        return EntryFacts(from_short_description=True, notes=(f"parser error: {type(exc).__name__}",))



# headings before the document's own title: "Judge X: ELECTRONIC ORDER ...", "EO: MINUTES: ...", "EP: MINUTES: ..."
_PREFIX_RX: Final = re.compile(
    r"\W{0,5}(?:(?P<code>[a-z]{2,3}):\s{1,3}(?=[a-z])"
    r"|(?:(?:chief|senior|district|magistrate|bankruptcy|u\.s\.|united\s{1,3}states)\s{1,3}){0,3}"
    r"judge\s{1,3}[^:;()\[\]]{1,60}?:\s{1,3}(?=[a-z]))"
)
_NO_FACTS: Final = EntryFacts()
# an attorney's CM/ECF filing stamp closing the entry: "(Curran, Patrick)", "(Owens, Gregory) (Entered: 01/12/2017)"
# (court staff sign with initials: "(rs)", "(kac, )", "(lskS, COURT STAFF)")
_PARTY_STAMP_RX: Final = re.compile(
    r"\((?:[A-Z][a-z'-]+[ -]){0,2}[A-Z][a-z'-]+, [A-Z][a-z][A-Za-z.' -]{0,30}\)\s{0,3}(?:\(Entered:[^)]{0,20}\)\s{0,3})?$")
_STRUCK_BY_ORDER_RX: Final = re.compile(
    r"\W{0,5}(?:document\s{1,3})?stricken\s{1,3}(?:pursuant\s{1,3}to|per|as\s{1,3}per)\s{1,3}[^.*\]]{0,60}?\border\b[^.*\]]{0,40}?(?:\.{2,}|\*{2,3}|\]|\s-\s)\s{0,3}")
_ORDER_ENTERED_STIP_RX: Final = re.compile(r"(?:electronic\s)?order\sentered\.\s(?=(?:joint\s|amended\s)?stipulation\b)")
_IDC_EVENT: Final = "motion re: informal discovery dispute: "  # (a C.D. Cal. event name, lowercased)
# court staff's initials closing the entry: "(cio)", "(kac, )" (an attorney's stamp is "(Curran, Patrick)")
_STAFF_STAMP_RX: Final = re.compile(r"\([a-z]{2,5}\d?,?\s{0,2}\)\s{0,3}(?:\(Entered:[^)]{0,20}\)\s{0,3})?$")
# "filed by" a filer, not by a date ("letter brief to be filed by October 5, 2026")
_FILED_BY_WHOM_RX: Final = re.compile(
    r"\bfiled\s{1,3}by\s{1,3}(?!\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,3}\d)")
def _filed_by_party(clean: str) -> bool:
    """"NOTICE of Hearing. Filed by X on behalf of Y": a party's notice (a "filed by" outside any parenthesis)."""
    i = clean.find("filed by ", 0, 200)
    if i != -1 and clean.count("(", 0, i) <= clean.count(")", 0, i):
        return True
    return _NOTICE_BY_RX.match(clean) is not None  # "Notice of Hearing by Ann Park for ...", "NOTICE by Defendant of"


_NOTICE_BY_RX: Final = re.compile(r"\W{0,5}(?:amended\s{1,3})?notice\s{1,3}(?:of\s{1,3}(?:[a-z]{1,12}\s{1,3}){1,2})?by\s")
# the court adjourns (S.D.N.Y. chambers sign their notices "Last, First" too): "... is adjourned to August 3"
_ADJOURNED_RX: Final = re.compile(r"\b(?:is|are|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:hereby\s{1,3})?adjourned\s{1,3}(?:to|until|sine)\b")
_PARTY_NOTICE_RX: Final = re.compile(r"\W{0,5}(?:(?:amended|joint|corrected)\s{1,3})?notice\b")
# tags some courts put before an entry's heading: C.D. Cal.'s "(In Chambers) Order by Magistrate Judge X re: ...",
# "[FOR STATISTICAL PURPOSES ONLY] ORDER by ..."
_LEADING_TAGS: Final = ("(in chambers) ", "[for statistical purposes only] ")
_IN_ERROR_RX: Final = re.compile(
    r"^\W{0,10}(?:(?:\w{1,12}\s{1,3}){0,3}?(?:entered|docketed|filed)\s{1,3}in\s{1,3}error\b|please\s{1,3}disregard\b"
    r"|docketed\s{1,3}on\s{1,3}(?:the\s{1,3})?wrong\s{1,3}case)")


def _parse_entry(text: str, date_filed: dt.date | None) -> EntryFacts:
    if not text or text.isspace():  # (= not text.strip(), without the copy)
        return EntryFacts()
    orig, clean = _clean(text)
    if (clean.find("error", 0, 60) != -1 or clean.find("disregard", 0, 30) != -1 or clean.find(
            "wrong", 0, 30) != -1) and _IN_ERROR_RX.match(clean):
        return EntryFacts(refs=_refs(clean))  # void: an entry the clerk marked as docketed in error
    proceeding = False
    code: str | None = None
    for tag in _LEADING_TAGS:
        if clean.startswith(tag):
            orig, clean = orig[len(tag) :], clean[len(tag) :]
            break
    if clean.find("stricken", 0, 20) != -1 and (m := _STRUCK_BY_ORDER_RX.match(clean)) is not None:
        # D.D.C.'s "STRICKEN PURSUANT TO THE ORDER FILED ON 1/23/2026.....MOTION for Summary Judgment by X", N.D. Cal.'s
        # "***DOCUMENT STRICKEN PER ORDER AT DOCKET # 33 *** OPPOSITION/RESPONSE": the clerk's note before the struck
        # paper's own text (which says what the entry is)
        orig, clean = orig[m.end() :], clean[m.end() :]
    if clean.startswith(_IDC_EVENT) and _STAFF_STAMP_RX.search(text) and not _FILED_BY_WHOM_RX.search(clean):
        # C.D. Cal. magistrate judges' staff docket under this event what the court sets for an informal discovery
        # dispute ("MOTION RE: INFORMAL DISCOVERY DISPUTE: Zoom Hearing set for ... (cio)"): the court's words follow
        orig, clean = orig[len(_IDC_EVENT) :], clean[len(_IDC_EVENT) :]
    if clean.startswith("edited entry: "):
        orig, clean = orig[14:], clean[14:]  # Bankr. D. Minn.'s "EDITED ENTRY: MOTION TO ...": the clerk's note on the text
    if ":" in clean[:90]:
        m = _PREFIX_RX.match(clean)
        if m is not None:
            code = m.group("code")
            proceeding = code == "ep"  # D. Haw.: "EP" entered proceeding, "EO" entered order
            orig, clean = orig[m.end() :], clean[m.end() :]
    if clean.startswith(("order entered. ", "electronic order entered. ")) and (m := _ORDER_ENTERED_STIP_RX.match(clean)):
        # D. Mass.'s "ORDER entered. Stipulation Regarding Voluntary Dismissal ...": the judge so-orders the paper it names
        orig, clean = "So Ordered " + orig[m.end() :], "so ordered " + clean[m.end() :]

    kind = _kind(clean, raw=text)  # (the raw text says whether the entry is signed)
    hearings = _revised(clean, orig, date_filed, kind, _hearings(clean, date_filed, kind, orig))
    if proceeding and (kind == "minutes" or kind == "other" and _EP_TOPIC.search(_title(clean))) and not any(
            h.action == "held" for h in hearings):
        # (D. Haw.'s "EP: Telephonic settlement discussions with the parties": a proceeding held, minutes or not; "EP:
        # INDICTMENT by USA" was filed in one)
        hearings = (*hearings, HearingAction("held", about=_about(_title(clean))))
    elif kind in ("minutes", "other") and (clean.find("minutes", 0, 12) != -1 or clean.find("proceeding", 0, 12) != -1):
        hearings = _minutes_held(clean, hearings)
    order_type, disposition = _order(clean, kind, hearings)
    if order_type is None and code == "eo" and kind == "other":
        order_type = "other_order"  # D. Haw.'s "EO: The parties are directed to review ...": an entered order, no ruling
    if order_type == "scheduling_order" and kind in ("notice", "other") and text.find(")", len(text) - 60) != -1 and _PARTY_NOTICE_RX.match(
            clean) and (
            _filed_by_party(clean) or _PARTY_STAMP_RX.search(text) and (" judge" not in clean and "courtroom" not in clean
                                                                        or clean.startswith("notice of hearing on motion"))
            ) and " as to " not in clean[:120] and "official notice" not in clean and not (
            "adjourned" in clean and _ADJOURNED_RX.search(clean)) and not (
            clean.find("creditors", 0, 80) != -1 and _CREDITORS_MEETING_RX.match(clean)):
        # "Notice of Hearing Date set for 8/30/2019 re 22 MOTION to Dismiss (Curran, Patrick)": a party's notice
        # (an attorney's filing stamp, "Last, First"), not the court's: the hearing is set, nothing is ordered.
        # Some courts' staff sign "Last, First" too; their notices name the judge or the courtroom ("Status
        # Conference set for ... before Magistrate Judge X. (Greene, Donna)"); the notice of the meeting of creditors is
        # always the court's (bankruptcy clerks sign "Last, First" too). D. Minn.'s "NOTICE OF HEARING ON MOTION ...
        # before Judge X. (Kimble, Janine)" is an attorney's event there (both labelers of unseen22 and unseen25)
        order_type = None
    refs = _refs(clean)
    if order_type is None and disposition is None and not hearings and not refs:
        return _NO_FACTS  # (half of all entries: one shared immutable instance, not a new one each time)
    return EntryFacts(order_type, disposition, hearings, refs)


_EP_TOPIC: Final = re.compile(
    r"\b(?:discussions?|conference|hearing|call|proceedings?|meeting|trial|arraignment|sentencing|appearance)\b")


_SHORT_RULES: Final[tuple[tuple[re.Pattern[str], OrderType | None], ...]] = (
    # (a party's paper; the clerk's "Mail Order by Certified Mail", "Notice, Proposed Order/Presentment"; not a court
    # of appeals' "Motion Order FILED" nor a "Briefing order filed")
    (re.compile(r"notice\s{1,3}of\s{1,3}appeal|presentment|^\W{0,3}(?:motion(?!\s{1,3}order)|application|"
                r"(?:agreed\s{1,3})?consent\s{1,3}to\b|transmi(?:ssion|tted)\b|"
                r"stipulation(?!\s{1,3}and\s{1,3}order)|proposed|mail\b|"
                r"memorandum\b(?!\s{1,3}(?:and\s{1,3}|and/or\s{1,3}|&\s{1,3})?(?:order|opinion))|reply|response|"
                r"opposition|brief\b|declaration|transcript|report\s{1,3}and\s{1,3}recommendation)", _I), None),
    (re.compile(r"\b2255\b", _I), "other_order"),  # "Order on Motion to Vacate (2255)": a sentence, not a date
    (re.compile(r"temporary\s{1,3}restraining|\btro\b", _I), "temporary_restraining_order"),
    (re.compile(r"preliminary\s{1,3}injunction", _I), "preliminary_injunction"),
    (re.compile(r"permanent\s{1,3}injunction", _I), "permanent_injunction"),
    (re.compile(r"class\s{1,3}certification|certify\s{1,3}class", _I), "class_certification"),
    # a court of appeals' decision: "Opinion Issued", "Unpublished per curiam opinion filed", "Case termination for
    # opinion" (not a district court's "Memorandum & Opinion")
    # ("Order on Motion to Enforce Judgment": a ruling on enforcing one, as both labelers of unseen22 read it)
    (re.compile(r"(?<!enforce )judgment|^\W{0,3}(?:(?:un)?published\s{1,3})?(?:per\s{1,3}curiam\s{1,3})?opinion\b"
                r"|termination\s{1,3}for\s{1,3}opinion", _I), "judgment"),
    (re.compile(r"dismiss|termination\s{1,3}without\s{1,3}a\s{1,3}panel", _I), "dismissal"),
    (re.compile(r"\bstay(?:ing|ed)?\b", _I), "stay"),
    (re.compile(r"show\s{1,3}cause", _I), "order_to_show_cause"),
    (re.compile(r"scheduling|continu|reset|reschedul|set\s{1,3}(?:hearing|deadlines)|extend|extension|vacat"
                r"|notice\s{1,3}of\s{1,3}(?:pre-?trial\s{1,3}conference|hearing)|adjourn|\bconference\b|\bhearing\b"
                r"|briefing|status\s{1,3}report|pretrial\s{1,3}order|case\s{1,3}management\s{1,3}plan|shorten", _I),
     "scheduling_order"),
)
# the one name that says how the court ruled: "Approval of Application for Admission Pro Hac Vice" (granted)
_SHORT_APPROVAL: Final = re.compile(r"^\W{0,3}approval\s{1,3}of\b", _I)
_SHORT_IS_ORDER: Final = re.compile(
    r"\borders?\b|\bjudgment\b|minutes?\b|\bhearing\s{1,3}(?:continued|reset|set|vacated|held\s{1,3}and\s{1,3}"
    r"(?:adjourned|continued))|set/reset|^\W{0,3}scheduling\s|"
    r"notice\s{1,3}of\s{1,3}hearing|so[\s-]{1,3}ordered|" + _SHORT_APPROVAL.pattern + r"|-\s{0,2}signed\b|memo\s{1,3}endorsement"
    r"|endorsed\s{1,3}letter|\bopinion\b|\bruling\b|findings\s{1,3}of\s{1,3}fact|entry\s{1,3}of\s{1,3}default|case\s{1,3}termination"
    r"|case\s{1,3}management\s{1,3}plan|notice\s{1,3}of\s{1,3}pre-?trial\s{1,3}conference", _I)
# the clerk's record of the dates an order set or ended: "~Util - Set/Reset Deadlines/Hearings", "1 - Terminate
# Deadlines and Hearings" (not "~Util - Add and Terminate Attorneys")
_SHORT_CLERK_DATES: Final = re.compile(
    r"^\W{0,3}(?:~?util\s{0,2}-\s{0,2}(?:set|modify)\b|\d\s{0,2}-\s{0,2}terminate\s{1,3}(?:deadlines|hearings)|set/reset)", _I)


def _parse_short(short: str) -> EntryFacts:
    """The entry's CM/ECF event names, joined by " AND " ("Order AND ~Util - Set Deadlines"): each one's subject, the
    earliest in DESIGN's list winning (a bare "Order" is other_order, before the dates)."""
    events = short[:500].split(" AND ") if isinstance(short, str) else []
    found = [t for t in map(_short_event, events) if t is not None]
    if not found:
        return EntryFacts(from_short_description=True)
    granted = len(events) == 1 and _SHORT_APPROVAL.match(_lower(events[0])) is not None
    return EntryFacts(min(found, key=ORDER_TYPES.index), "granted" if granted else None, from_short_description=True)


def _short_event(event: str) -> OrderType | None:
    s = _lower(event)
    if not s.strip():
        return None
    if _SHORT_CLERK_DATES.match(s):
        return "scheduling_order"
    if not _SHORT_IS_ORDER.search(s):
        return None
    if re.search(r"minutes\s{1,3}of\s{1,3}in\s{1,3}chambers", s, _I):
        return "other_order"
    if re.search(r"^\W{0,3}minutes?\b", s, _I) and not re.search(r"order", s, _I):
        return None
    for rx, ot in _SHORT_RULES:
        if rx.search(s):
            return ot
    return "other_order"

