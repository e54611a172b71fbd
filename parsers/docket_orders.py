"""Order type and disposition of a docket entry (DESIGN.md: `order_type`, `disposition`)."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from typing import Final, cast

from parsers.docket_facts import Disposition, HearingAction, OrderType
from parsers.docket_scan import (
    _APPROVED_RX,
    _CREDITORS_MEETING_RX,
    _DEADLINE_NOTICE_RX,
    _DEADLINE_RX,
    _DENIED_RX,
    _DISP_RX,
    _MENTION_RX,
    _RULING_WORDS,
    _SCHED_ENTERED,
    _SCHED_RX,
    _SLASH_DATE_RX,
    _SUBJECTS,
    _VAC_PROC_RX,
    _Finder,
    _implied_grant,
    _is_end,
    _sentences,
)

log = logging.getLogger(__name__)


_DISP_NAMES: Final[dict[str, Disposition]] = {
    "gip": "granted_in_part", "ext": "extended", "dis": "dissolved", "den": "denied", "gr": "granted"
}


def _disposition(seg: str, pos: int) -> Disposition | None:
    """The disposition word that governs the subject at `pos` in `seg`: the last one before, else the first after."""
    return _disposition_of(seg, _DISP_RX.finditer(seg), pos)


def _disposition_of(seg: str, found: list[re.Match[str]], pos: int) -> Disposition | None:
    """_disposition, given the _DISP_RX matches in `seg` (`found`, in order)."""
    before: Disposition | None = None
    after: Disposition | None = None
    after2: Disposition | None = None  # the next one after, in the subject's own predicate
    own: Disposition | None = None  # "the motion for preliminary injunction (Doc. 12) is DENIED": its own predicate
    own_end = -1
    named_ext = False
    named_end = -1
    before_end = 0
    for m in found:
        if seg.endswith(" be ", max(0, m.start() - 4), m.start()) and _FUTURE_RX.search(seg, max(0, m.start() - 20), m.start()):
            continue  # "No extensions of time will be granted unless ...": a rule for later, not a ruling
        if seg.endswith(" being ", max(0, m.start() - 7), m.start()):
            continue  # "failure to respond may result in the Defendant being granted the relief": a warning
        kind = m.lastgroup
        if kind == "dis" and before == "denied" and seg.endswith("to ", max(0, m.start() - 3), m.start()):
            continue  # "denying [5] Motion to Dissolve Preliminary Injunction": what was asked, and refused
        if seg.endswith("order ", max(0, m.start() - 6), m.start()) and _NAMED_ORDER_RX.search(
                seg, max(0, m.start() - 40), m.start()) or named_end >= 0 and _GIP_JOIN_RX.fullmatch(
                seg, named_end, m.start()):
            named_end = m.end()  # "ORDER RE: ORDER GRANTING IN PART DENYING IN PART MOTION TO DISMISS": an earlier
            continue  # order's words
        if kind == "gr" and seg.startswith("approved by ", m.start()) and _ORDER_APPROVED_RX.search(
                seg, max(0, m.start() - 40), m.start()):
            continue  # "PRE-TRIAL ORDER approved by Judge X": the judge signed the order, which grants nothing
        if kind == "ext" and _PAPER_NAMED_RX.search(seg, max(0, m.start() - 30), m.start()):
            named_ext = True  # "The Stipulation Extending Date for ... is hereby DENIED": the paper's name
            continue
        d = _DISP_NAMES[kind or "gr"]
        if m.start() < pos:
            if before != "granted_in_part" or seg.find(";", before_end, m.start()) != -1:
                # (a "granting in part" of another paper, in its own clause, is not this one's: "granting in part
                # and denying in part 113 Motion in Limine; denying 114 Motion for Summary Judgment")
                before = d
                before_end = m.end()
        elif after is None:
            after = d
            if m.start() - pos < 60 and _OWN_PREDICATE_RX.search(seg, max(pos, m.start() - 24), m.start()) and (
                    seg.find(";", pos, m.start()) == -1):  # (not another paper's, in its own clause)
                own, own_end = d, m.end()
        elif after2 is None and own is not None and m.start() - own_end < 60 and _AND_AS_TO_RX.fullmatch(
                seg, own_end, m.start()):
            after2 = d
    if own is not None:
        # "... is ALLOWED as to the Massachusetts subclass and DENIED as to the nationwide class"
        return "granted_in_part" if own == "granted" and after2 == "denied" else own
    if before == "granted" and after == "denied":
        return "granted_in_part"  # "granting [62] motion to continue ..., denying motion for a trial setting"
    return before or after or ("extended" if named_ext else None)


_GIP_JOIN_RX: Final = re.compile(r"(?:\s{1,3}|in\s{1,3}part|and|,){0,6}")
_SIGNATURE_TITLE: Final = re.compile(
    r"\W{0,5}(?:(?:minute|text|electronic|paperless|oral)\s{1,3})?(?:entry\s{1,3})?order\s{1,3}(?:(?:entered|signed|issued)\s{1,3}by\s"
    # D. Nev.'s "MINUTE ORDER IN CHAMBERS of the Honorable Magistrate Judge X, on 1/4/2017."
    r"|(?:in\s{1,3}chambers\s{1,3})?of\s{1,3}the\s{1,3}honorable\s)[^;:]{0,60}?\bon\s{1,3}[\d/]{6,10}$")
_ENTERS_SCHEDULE: Final = re.compile(r"\b(?:enters|sets)\s{1,3}the\s{1,3}following\s{1,3}(?:[a-z]{1,12}\s{1,3})?schedule\b")
# D. Neb.'s "ORDER SETTING FINAL PROGRESSION OF CASE", "FINAL PROGRESSION ORDER"; S.D. Ga.'s "RULE 26(f) ORDER": scheduling
# orders by name (looked for in a title only, where _SCHED_RX finds nothing: two more keys would cost every search)
_PROGRESSION_RX: Final = re.compile(r"progression\s{1,3}(?:order|of\s{1,3}(?:the\s{1,3})?case)|rule\s{1,3}26\s{0,3}(?:\(f\))?\s{1,3}order")
# an order whose substance is a response's deadline: "ORDER directing Plaintiff to file a response to Defendant's 27
# MOTION for Summary Judgment by March 13, 2017"
_ORDER_TO_RESPOND_RX: Final = re.compile(
    r"order\s{1,3}(?:directing|requiring)\s{1,3}(?:the\s{1,3})?(?:[\w']{1,15}\s{1,3}){1,2}?to\s{1,3}(?:file\s{1,3}(?:an?\s{1,3})?)?"
    r"(?:response|respond)\s{1,3}to\b")
# a motion named, then how it is ruled on in the passive (a period only before a docket number: "(Dkt. No. 23)")
_RULED_AS: Final = r"(?:[^.;]|\.(?=\s{0,2}(?:no\.?\s{0,2})?\d)){0,40}?\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?"
# cross motions for one relief, one granted and one denied: the relief named (a word it needs), then the granting and
# the denying of a motion for it
_CROSS_MOTIONS: Final[dict[str, tuple[str, re.Pattern[str], re.Pattern[str]]]] = {
    relief: (word, re.compile(r"\bgrant\w{0,4}\b[^.;]{0,80}?\b" + name + r"\b|\b" + name + _RULED_AS + r"granted\b"),
             re.compile(r"\bden(?:y|ied|ying|ies)\b[^.;]{0,80}?\b" + name + r"\b|\b" + name + _RULED_AS + r"denied\b"))
    # (a Social Security appeal's cross motions: "denying 5 Plaintiff's Motion for Judgment on the Pleadings; granting
    # 13 Commissioner's Motion for Judgment on the Pleadings"; "Plaintiff's Motion for Summary Judgment (Docket No. 8)
    # is DENIED")
    for relief, word, name in (("judgment", "judgment", r"(?:summary\s{1,3}judgment|judgment\s{1,3}on\s{1,3}the\s{1,3}"
                                                         r"(?:administrative\s{1,3})?(?:pleadings|record))"),
                               ("preliminary_injunction", "injunction", r"preliminary\s{1,3}injunction"))
}
# ("this case shall be STAYED until ...", "the dispositive motion briefing in this case shall be STAYED")
_CASE_STAYED_RX: Final = re.compile(
    r"\b(?:case|action|matter|proceedings?|litigation|discovery|briefing(?:\s{1,3}in\s{1,3}this\s{1,3}(?:case|action))?)"
    r"\s{1,3}(?:is|are|(?:shall|will)\s{1,3}be)\s{1,3}(?:hereby\s{1,3})?stayed\b")
_NAMED_ORDER_RX: Final = re.compile(
    r"\b(?:re:?|regarding|of|to|vacat(?:e|es|ed|ing)|my|its)\s{1,3}(?:the\s{1,3})?(?:court'?s\s{1,3})?"
    r"(?:(?:prior|previous|earlier)\s{1,3})?(?:\[?\d{1,5}\]?\s{1,3})?order\s{1,3}$")
_ORDER_APPROVED_RX: Final = re.compile(r"\border\b[^.;]{0,30}$")
_PAPER_NAMED_RX: Final = re.compile(r"\b(?:stipulation|motion|application|request)\s{1,3}$")


_AND_AS_TO_RX: Final = re.compile(r"\s{1,3}as\s{1,3}to\s[^.;]{0,50}?\band\s{1,3}")  # "ALLOWED as to X and DENIED"
_OWN_PREDICATE_RX: Final = re.compile(r"\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?$")
_FUTURE_RX: Final = re.compile(r"\b(?:will|would|may|can|could)\s{1,3}(?:not\s{1,3})?be\s$")
# the same before a ruling word, to leave out of the "does the body rule on anything" tests
_FUTURE_RULING_RX: Final = re.compile(
    r"\b(?:(?:will|would|may|can|could)\s{1,3}(?:not\s{1,3})?be|being)\s{1,3}(?:granted|denied|dismissed|allowed|approved)\b")
_WHY_RX: Final = re.compile(r"why(?<=\bwhy)\b")  # (= \bwhy\b, with a literal prefix: the regex engine skips to "why")
# (= (?<!\bis)(?<!\bare)\s{1,3}to\s{1,3}be\s{1,3}$, starting with \s rather than the lookbehinds: the regex engine
# then skips to the spaces)
_OSC_RE_RX: Final = re.compile(r"(?:show\s{1,3}cause|\bosc)\s{1,3}(?:re:?|regarding|as\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,15}\s{1,3})?$")
# the court's injunction as the entry's heading: "ORDER AND PRELIMINARY INJUNCTION. Signed by Judge X on 7/21/14",
# "TEMPORARY RESTRAINING ORDER AGAINST DEFENDANT X", "MEMORANDUM OPINION AND PRELIMINARY INJUNCTION", "PRELIMINARY
# INJUNCTION ORDER POSTPONING EFFECTIVE DATE OF FINAL RULE" (not "Preliminary Injunction Hearing", "... Time Schedule
# Notice")
_INJUNCTION_HEAD_RX: Final = re.compile(
    r"\W{0,5}(?:redacted\s{1,3}(?:\[?\d{1,5}\]?\s{1,3})?)?"  # ("REDACTED 35 PRELIMINARY INJUNCTION ORDER")
    r"(?:memorandum\s{1,3}(?:(?:opinion|decision)\s{1,3})?(?:and|&)\s{1,3}|opinion\s{1,3}(?:and|&)\s{1,3})?"
    r"(?:(?:amended|modified|stipulated|consent|agreed)\s{1,3})?(?:order\s{1,3}(?:and|&|of)\s{1,3})?"
    r"(?:preliminary\s{1,3}injunction|temporary\s{1,3}restraining\s{1,3}order|permanent\s{1,3}injunction)(?:\s{1,3}order)?"
    r"\s{0,3}(?:[.;:(]|$|signed\b|entered\b|against\b|as\s{1,3}to\b|by\s{1,3}(?:the\s{1,3})?(?:hon|judge|chief|district|magistrate)"
    r"|issued\b|and\s{1,3}order\b|(?:postponing|enjoining|restraining|prohibiting|staying)\b)")
# a paper a party is to file, or may: "ORDERING Plaintiff to file a Notice of Voluntary Dismissal", "Defendants were
# granted leave to file motions to dismiss", "Plaintiff may file a notice of dismissal" (what it asks is not this
# order's ruling)
_TO_FILE_PAPER_RX: Final = re.compile(
    r"(?:to(?<!\wto)|may(?<!\wmay)|shall(?<!\wshall)|must(?<!\wmust))\s{1,3}file\s{1,3}(?:(?:an?|the|any|its|their|his|her)\s{1,3})?(?:(?:joint|amended|renewed|proper|formal|separate|appropriate|dispositional)\s{1,3})?"
    # (E.D. Cal.'s "to file appropriate papers to dismiss or conclude this action")
    r"(?:notices?|stipulations?|motions?|requests?|applications?|papers|documents)\s{1,3}(?:of|for|to)\s{1,3}(?:(?:voluntary|partial)\s{1,3})?$")
# a paper answering an order or a motion: "Respondents' Response to the Order to Show Cause (Doc. 10)", "ORDER:
# Plaintiffs Response to the Motion to Stay (Dkt. 13) is due by April 28, 2026"
_RESPONSE_TO_RX: Final = re.compile(r"(?:response|reply|objection|opposition|answer)s?\s{1,3}(?:to|re:?)\s{1,3}"
                                    r"(?:the\s{1,3})?(?:court's\s{1,3})?(?:\[?\d{1,5}\]?\s{1,3})?"
                                    r"(?:(?:order|motion|application|request)\s{1,3}(?:to|for)\s{1,3})?$")
# "... Reply in further support of Defendant's Motion to Dismiss": the motion's relief is only named
_IN_SUPPORT_RX: Final = re.compile(r"in\s{1,3}(?:further\s{1,3})?support\s{1,3}of\s{1,3}(?:[\w'.]{1,15}\s{1,3}){0,3}?"
                                   r"motions?\s{1,3}to\s{1,3}$")
# a condition: "If this case is dismissed prior to this hearing, ..."
_IF_RX: Final = re.compile(r"\b(?:if|unless|once|when|until|whether)\s{1,3}(?:(?:this|the)\s{1,3})?(?:case|action|matter|complaint|petition)"
                           r"\s{1,3}(?:is|are|has\s{1,3}been|should\s{1,3}(?:not\s{1,3})?be)\s{1,3}$"
                           # ("their position(s) as to whether the Court should enter judgment promptly")
                           r"|\bwhether\s{1,3}(?:the\s{1,3})?court\s{1,3}(?:should|will|would|may)\s{1,3}(?:\w{1,15}\s{1,3})?$")
# a motion about an earlier ruling: "Motion for Reconsideration re 25 Order on Motion to Dismiss", "Motion to Alter or
# Amend Judgment": its subject is the reconsideration, the relief only named
_RECONSIDER_RX: Final = re.compile(
    r"(?:reconsider\w{0,5}|clarif\w{0,7}|relief\s{1,3}from|vacate|set\s{1,3}aside)\b[^.;]{0,60}$")
# a judgment undone is a ruling on the judgment: "Motion to Vacate Default Judgment", "Motion for Relief from Judgment"
# (Rule 60(b)), "Motion to Set Aside Default Judgment", as most labelers read it (not "Motion for an Indicative Ruling on
# a Motion for Relief from Judgment": the ruling indicated is to come)
_UNDO_JUDGMENT_RX: Final = re.compile(
    r"(?:relief\s{1,3}from|vacate|set\s{1,3}aside)\s{1,3}(?:the\s{1,3})?(?:(?:default|final|clerk'?s)\s{1,3})?(?:entry\s{1,3}of\s{1,3})?$")
# one motion denied in part and granted in part: "Defendant's motion to dismiss ... is DENIED, and defendant's motion to
# dismiss ... is GRANTED"
_DENIED_THEN_GRANTED_RX: Final = re.compile(r"\bdenied\b[^.;]{0,30}?,?\s{1,3}and\s{1,3}[^.;]{0,150}?\bis\s{1,3}(?:hereby\s{1,3})?granted\b")
# what a magistrate judge may do on consent: "conduct all proceedings in this case including trial, the entry of final
# judgment" (no judgment entered)
_CONSENT_TO_MJ_RX: Final = re.compile(r"\bconduct\s{1,3}(?:any\s{1,3}(?:or\s{1,3})?)?all\s{1,3}(?:further\s{1,3})?proceedings\b[^.;]{0,90}$")
# an earlier order named by its number: "Memorandum Opinion and Order re 19 Order to Show Cause"
_RE_NUMBERED_RX: Final = re.compile(r"\bre:?\s{1,3}\[?\d{1,5}\]?\s{1,3}(?:order\s{1,3}to\s{1,3})?$")
# "the Order to Show Cause re: Dismissal for Lack of Prosecution 17 is DISCHARGED": the OSC is what is ruled on
_OSC_RULED_RX: Final = re.compile(r"[^.;]{0,60}?\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?(?:discharged|vacated|dissolved|withdrawn)\b")
_STAY_OF_RX: Final = re.compile(
    r"\bstay(?:ing|s)?\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?(?:(?:execution|enforcement)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?)?$")
_ENFORCE_RX: Final = re.compile(r"\benforc\w{0,4}\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?:\w{1,10}\s{1,3})?$")
_TO_BE_RX: Final = re.compile(r"\s(?<!\bis\s)(?<!\bare\s)\s{0,2}to\s{1,3}be\s{1,3}$|\b(?:may|might|could|can|will)\s{1,3}be\s{1,3}$")


_SUBJECT_WORDS: Final = ("tro", "restrain", "enjoin", "injunct", "certif", "judgment", "dismiss", "discontinu",
                         "withdraw", "stay", "cause", "osc", "decree", "abeyance", "conditional approval")
_ALL_WORDS: Final = (1 << len(_SUBJECT_WORDS)) - 1


def _subject_words(seg: str, within: int = _ALL_WORDS) -> int:
    """Which _SUBJECT_WORDS `seg` holds (bit k: word k), tested only for the words in `within` (the words of a text
    that `seg` is part of: a word absent from it is absent from `seg`)."""
    found = 0
    bit = 1
    for word in _SUBJECT_WORDS:
        if within & bit and word in seg:
            found |= bit
        bit <<= 1
    return found


def _subject(seg: str, within: int = _ALL_WORDS, strong: bool = False) -> tuple[OrderType | None, int]:
    """The relief `seg` rules on (the earliest in DESIGN's list) and where it is named. A relief only denied as moot,
    or a judgment only to be entered later, yields to any other ruled on ("granting 36 Motion to Dismiss; denying as
    moot 47 Motion for Summary Judgment": a dismissal); `strong`: such a relief does not count at all."""
    # the subjects whose pattern can match: the words each of its matches contains
    w = _subject_words(seg, within)
    if not w:
        return None, -1
    weak: tuple[OrderType, int] | None = None
    cands: list[int] = []
    if w & 0b111:  # tro, restrain, enjoin
        cands.append(0)  # temporary_restraining_order
    if w & 0b1000:  # injunct
        cands.append(1)  # preliminary_injunction
    if w & 0b1000000001100:  # enjoin, injunct, decree
        cands.append(2)  # permanent_injunction
    if w & 0b100000000010000:  # certif, conditional approval (an FLSA collective's)
        cands.append(3)  # class_certification
    if w & 0b100000:  # judgment
        cands.append(4)
    if w & 0b111000000:  # dismiss, discontinu, withdraw
        cands.append(5)  # dismissal
    if w & 0b10001000000000:  # stay, abeyance (a case "held in abeyance")
        cands.append(6)
    if w & 0b110000000000:  # cause, osc
        cands.append(7)  # order_to_show_cause
    for k in cands:
        name, rx = _SUBJECTS[k]
        for m in rx.finditer(seg):
            around = seg[max(0, m.start() - 60) : m.end() + 60]
            if _MENTION_RX.has(around) and not ("extend" in around or "dissolv" in around) and _mentioned(seg, m):
                continue  # ("This case is STAYED pending resolution of ...": the stay is ordered, the rest mentioned)
            if name != "order_to_show_cause" and (_WHY_RX.search(seg, max(0, m.start() - 40), m.start())
                                                  or _OSC_RE_RX.search(seg, max(0, m.start() - 30), m.start())
                                                  and (seg.lstrip(" *:").startswith(("order to show cause", "osc"))
                                                       or _OSC_RULED_RX.match(seg, m.end()))):
                continue  # "ORDER TO SHOW CAUSE why this action should not be dismissed", "... re Dismissal"
            if name == "order_to_show_cause" and _RE_NUMBERED_RX.search(seg, max(0, m.start() - 24), m.start()) and (
                    not _OSC_RULED_RX.match(seg, m.end())):
                continue  # "Memorandum Opinion and Order re 19 Order to Show Cause. ... should be dismissed": the OSC named
            if seg.find("withdraw", max(0, m.start() - 60), m.start()) != -1 and _WITHDRAWN_RX.search(
                    seg, max(0, m.start() - 60), m.start()):
                continue  # "Withdrawing Plaintiff's Motion for Preliminary Injunction": withdrawn, not ruled on
            if _ASPECT_OF_RX.search(seg, max(0, m.start() - 90), m.start()):
                continue  # "Page Limits for Motion to Dismiss Briefing", "REDACTIONS TO ORDER ON MOTION TO DISMISS"
            if name == "dismissal" and _DISMISS_MOTION_RX.match(seg, m.end()):
                continue  # "dismissing as moot [10-1] motion to Extend Time": a ruling on that motion, not a dismissal
            if (name in _INJUNCTIONS or name == "judgment") and _STAY_OF_RX.search(seg, max(0, m.start() - 40), m.start()):
                continue  # "Motion to Stay Preliminary Injunction Pending Appeal": the stay is the subject
            if name == "judgment" and seg.find("proceedings", max(0, m.start() - 120), m.start()) != -1 and (
                    _CONSENT_TO_MJ_RX.search(seg, max(0, m.start() - 120), m.start())):
                continue  # "consent to have a United States Magistrate Judge conduct all proceedings in this case including
                # trial, the entry of final judgment": what a magistrate judge may do, no judgment
            if name == "judgment" and seg.find("enforc", max(0, m.start() - 30), m.start()) != -1 and _ENFORCE_RX.search(
                    seg, max(0, m.start() - 30), m.start()):
                continue  # "Order on Motion to Enforce Judgment": enforcing a judgment entered, none entered now
            if _TO_BE_RX.search(seg, max(0, m.start() - 16), m.start()) or _RESPONSE_TO_RX.search(
                    seg, max(0, m.start() - 40), m.start()) or seg.find("support", max(0, m.start() - 60), m.start()) != -1 and (
                    _IN_SUPPORT_RX.search(seg, max(0, m.start() - 60), m.start())) or _IF_RX.search(
                    seg, max(0, m.start() - 40), m.start()) or (
                    name != "stay" and _RECONSIDER_RX.search(seg, max(0, m.start() - 70), m.start()) and not (
                        name == "judgment" and _UNDO_JUDGMENT_RX.search(seg, max(0, m.start() - 40), m.start())
                        and seg.find("indicative", max(0, m.start() - 70), m.start()) == -1)):
                continue  # "CASE TO BE DISMISSED": a ruling to come, not this entry's ("is to be dismissed" rules)
            if seg.find("file", max(0, m.start() - 70), m.start()) != -1 and _TO_FILE_PAPER_RX.search(
                    seg, max(0, m.start() - 70), m.start()):
                continue  # "ORDERING Plaintiff to file a Notice of Voluntary Dismissal", "leave to file motions to dismiss"
            if seg.find("result", max(0, m.start() - 60), m.start()) != -1 and _RESULT_IN_RX.search(
                    seg, max(0, m.start() - 60), m.start()):
                continue  # "Failure to respond ... may result in the action being dismissed": a warning
            if seg.find("recommend", max(0, m.start() - 150), m.start()) != -1 and _RECOMMENDED_RX.search(
                    seg, max(0, m.start() - 150), m.start()):
                continue  # "RECOMMENDING that ... judgment be entered in favor of the plaintiff": not this order's ruling
            if ("moot" in seg or name == "judgment" or "convert" in seg) and _yields(seg, m, name):
                if weak is None and not strong:
                    weak = cast(OrderType, name), m.start()
                continue
            return cast(OrderType, name), m.start()
    return weak if weak is not None else (None, -1)


# a relief only denied as moot ("denying as moot 47 Motion for Summary Judgment", "the Motion for Summary Judgment is
# DENIED AS MOOT"), a judgment only to be entered ("judgment shall be entered", "the Clerk shall enter judgment"), a
# relief a motion asks to convert a paper into ("Motion to Convert ... Motion to Dismiss into a Motion for Summary
# Judgment")
_RECOMMENDED_RX: Final = re.compile(r"\brecommend\w{0,4}\s{1,3}(?:that\b[^;]{0,150}|(?:the\s{1,3})?)$")
_RESULT_IN_RX: Final = re.compile(r"\bresult\w{0,3}\s{1,3}in\s{1,3}(?:[\w']{1,15}\s{1,3}){0,4}?(?:being\s{1,3})?$")
_MOOT_BEFORE_RX: Final = re.compile(r"\b(?:den(?:ying|ied|ies)|dismissing|terminating|striking|finding)\s{1,3}as\s{1,3}moot\b[^;.]{0,70}$")
_MOOT_AFTER_RX: Final = re.compile(
    r"[^.;]{0,60}?\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?(?:(?:denied|dismissed|terminated|stricken)\s{1,3}(?:as\s{1,3})?)?moot\b")
_JUDGMENT_LATER_RX: Final = re.compile(
    r"\s{1,3}(?:shall|will|is\s{1,3}to|to)\s{1,3}(?:be\s{1,3})?(?:entered|issue|enter)\b|\s{1,3}accordingly\b")
_ENTER_JUDGMENT_RX: Final = re.compile(
    r"\b(?:shall|will|must|to|should|directed\s{1,3}to)(?:,[^,]{0,30},)?\s{1,3}enter\s{1,3}(?:an?\s{1,3})?"
    r"(?:(?:final|separate)\s{1,3})?$")  # ("the Clerk of Court must, without further notice, enter a judgment of dismissal")
_CONVERT_INTO_RX: Final = re.compile(r"\bconvert\w{0,4}\b[^.;]{0,90}?\binto\s{1,3}(?:an?\s{1,3})?(?:motion\s{1,3}for\s{1,3})?(?:(?:partial\s{1,3})?summary\s{1,3})?$")


def _yields(seg: str, m: re.Match[str], name: str) -> bool:
    lo = max(0, m.start() - 100)
    if "moot" in seg and (_MOOT_BEFORE_RX.search(seg, lo, m.start()) or _MOOT_AFTER_RX.match(seg, m.end())):
        return True
    if name == "judgment" and (_JUDGMENT_LATER_RX.match(seg, m.end()) or _ENTER_JUDGMENT_RX.search(seg, lo, m.start())):
        return True
    return "convert" in seg and _CONVERT_INTO_RX.search(seg, lo, m.start()) is not None


def _mentioned(seg: str, m: re.Match[str]) -> bool:
    """Whether the relief matched at `m` is only mentioned: a mention phrase before it, or after it one that does not
    look forward ("The Motion for a TRO is DENIED AS MOOT in light of the stipulation": "in light of" governs what
    follows it, not the TRO)."""
    lo = max(0, m.start() - 60)
    for x in _MENTION_RX.finditer(seg, lo, m.end()):
        # a forward-looking phrase governs its own clause: "Having reviewed Plaintiff's response, the OSC is ..."
        if not (_FORWARD_MENTION_RX.match(seg, x.start()) and ", " in seg[x.end() : m.start()]):
            return True
    lo = m.end()
    hi = lo + 60
    colon = seg.find(":", lo, hi)  # ("Letter Motion to Stay: Granted in part as ordered during ...": a new clause)
    return any(not _FORWARD_MENTION_RX.match(seg, x.start()) for x in _MENTION_RX.finditer(seg, lo, hi if colon == -1 else colon))


# what a paper or order is about when it is about another paper: its page limits, its redactions, an earlier order on
# it ("ORDER RE: ORDER GRANTING IN PART DENYING IN PART MOTION TO DISMISS"): the relief after it is only named. (Every
# branch starts at a word: one \b in front of them all, tried once per position, not once per branch)
_ASPECT_OF_RX: Final = re.compile(
    r"\b(?:page\s{1,3}limit\w{0,2}\s{1,3}(?:for|on|in|of)\b|redact\w{0,5}\b[^.;]{0,40}?\b(?:to|of|in)\s{1,3}(?:the\s{1,3})?"
    r"(?:court'?s\s{1,3})?order\b|(?:re:?|regarding)\s{1,3}(?:\[?\d{1,5}\]?\s{1,3})?order\s{1,3}(?:granting|denying|on)\b"
    r"|under\s{1,3}seal\b[^.;]{0,60}?\bin\s{1,3}(?:further\s{1,3})?support\s{1,3}of\b"
    r"|(?:exhibits?|declarations?|portions?)\s{1,3}(?:filed|lodged|submitted)\s{1,3}(?:with|in\s{1,3}support\s{1,3}of)\b"
    # ("ORDER EXTENDING TIME FOR PETITIONER TO RESPOND TO THE ORDER TO SHOW CAUSE")
    r"|(?:right|shall|must|may|leave|time|deadline)\s{1,3}(?:for\s{1,3}(?:[\w'-]{1,20}\s{1,3}){1,2}?)?(?:to\s{1,3})?respond\s{1,3}to\b"
    # ("Plaintiff is granted to and including January 3, 2020, to respond to the motion of defendants ... to dismiss or
    # for summary judgment")
    r"|to\s{1,3}respond\s{1,3}to\s{1,3}the\s{1,3}motion\s{1,3}of\b"
    # ("denying 14 Motion to Dismiss without prejudice with leave to renew by motion for summary judgment")
    r"|renew\w{0,3}\s{1,3}(?:(?:it|them)\s{1,3})?(?:by|as|in)\b"
    r"|(?:extension\s{1,3}of\s{1,3}time|deadline)\s{1,3}to\s{1,3}file\b"  # ("Extension of Time to File Motion for Summary Judgment")
    # "Supplemental Submission in Support of Motion for Class Certification", "Brief of Amici Curiae in Support of the
    # Part of Plaintiff's Motion for a Preliminary Injunction", "the Court's order resolving Plaintiff's Motion for PI",
    # "to Seal Portions of Perplexity's Opposition to Plaintiff's Motion for Preliminary Injunction"
    r"|in\s{1,3}(?:further\s{1,3})?(?:support\s{1,3}of|opposition\s{1,3}to)\b|order\s{1,3}resolving\b"
    # ("Motion for Leave to File Response to Plaintiffs' Partial Motion for Summary Judgment")
    r"|(?:response|reply|opposition|objection|sur-?reply)s?\s{1,3}to\b"
    # ("REQUEST TO STAY BRIEFING ON MOTION TO DISMISS", "adopts the jointly proposed briefing schedule for cross-motions
    # for summary judgment")
    r"|briefing\s{1,3}(?:on|of|re:?|regarding|(?:and\s{1,3}hearing\s{1,3})?schedule\s{1,3}(?:for|on|of|re:?|regarding))\b"
    # ("an amicus brief in connection with the summary judgment motions", "word limits shall apply to summary judgment
    # motions", "sealing issues relating to summary judgment and Daubert briefing")
    r"|in\s{1,3}connection\s{1,3}with\b|(?:issues|matters)\s{1,3}relating\s{1,3}to\b|sealing\s{1,3}order\s{1,3}(?:for|re:?|regarding)\b"
    r"|(?:word|page)\s{1,3}limits?\s{1,3}(?:shall\s{1,3}|will\s{1,3})?appl\w{1,3}\s{1,3}to\b"
    # a paper that may or may not come: "If a notice of dismissal has not yet been filed, the parties shall file"
    r"|if\s{1,3}(?:an?\s{1,3}|the\s{1,3}|no\s{1,3}|any\s{1,3})?(?:[\w-]{1,15}\s{1,3}){0,2}?(?:notice|stipulation|motion)s?\s{1,3}(?:of|for|to)\s"
    # a paper yet to be filed: "Plaintiff shall file a motion for default judgment ... no later than June 25"
    r"|(?:shall|must|may|is\s{1,3}to|are\s{1,3}to)\s{1,3}(?:file|submit|bring|renew)\s{1,3}(?:an?\s{1,3}|its\s{1,3}|his\s{1,3}|her\s{1,3}|their\s{1,3}|any\s{1,3})?"
    r"(?:[\w-]{1,15}\s{1,3}){0,2}?(?:motion|application|request)s?\s{1,3}(?:for|to)\s"
    r"|seal\w{0,3}\s{1,3}(?:portions?\s{1,3}of\s{1,3})?[^.;]{0,40}?\b(?:opposition|response|reply|brief|declaration|exhibits?)\b)"
    r"[^.;]{0,60}$")
_WITHDRAWN_RX: Final = re.compile(
    r"\bwithdraw(?:ing|n|s)?\s{1,3}(?:the\s{1,3})?(?:[\w']{1,15}\s{1,3}){0,3}?(?:motion|application|request)s?\s{1,3}"
    r"(?:for|to)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?$")
# a title naming what the order does besides dates ("ORDER STRIKING ...", "ORDER OF REFERRAL TO PROBATION ...",
# "INTERESTED PERSONS ORDER"): the deadlines it sets serve that
_NAMED_SUBJECT_RX: Final = re.compile(
    r"\b(?:striking|referral|consolidat\w{0,5}|garnish\w{0,4}|interested\s{1,3}persons|detention|sealing|unsealing|"
    r"protective|appointing|substitut\w{0,5}|withdraw\w{0,4}|remand\w{0,3}|transfer\w{0,5}|terminating|initial\s{1,3}review)\b")
_LIFT_MOTION_GRANTED: Final = re.compile(
    r"grant(?:ed|ing|s)?\s{1,3}(?:[\w'\[\]-]{1,20}\s{1,3}){0,6}?(?:motion|application|request|stipulation)s?\s{1,3}"
    r"(?:[\w'-]{1,20}\s{1,3}){0,4}?(?:to\s{1,3}lift|lifting)\b"
    r"|(?:motion|application|request)\s{1,3}(?:to\s{1,3}lift|lifting)\s[^.;]{0,60}?\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?granted\b")
_SHOW_CAUSE_ORDERED_RX: Final = re.compile(r"\b(?:directed|ordered|required)\s{1,3}to\s{1,3}show\s{1,3}cause\b")
_DEADLINE_EXTENDED_RX: Final = re.compile(
    r"\b(?:deadlines?|due\s{1,3}dates?|time)\b[^.;]{0,80}?\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?extended\b")
_STRIKING_REQUEST_RX: Final = re.compile(
    r"\W{0,5}(?:(?:text|minute|paperless)\s{1,3})?order\s{1,3}striking\s{1,3}\[?\d{1,5}\]?\s{1,3}(?:[\w'-]{1,20}\s{1,3}){0,3}?"
    r"(?:motion|petition|request|application)s?\b")
_MOVE_REQUEST_GRANTED: Final = re.compile(
    r"\b(?:request|application|motion|letter)s?\s{1,3}(?:[\w'-]{1,20}\s{1,3}){0,6}?to\s{1,3}(?:adjourn|continue|reschedule|postpone)\b"
    r"[^.;]{0,80}?\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?granted\b")
_MOTIONS_WORD_RX: Final = re.compile(r"\b(?:motion|application|request|petition)s?\b")
_DISMISS_MOTION_RX: Final = re.compile(
    r"\w{0,4}\s{1,3}(?:as\s{1,3}moot,?\s{1,3})?(?:with(?:out)?\s{1,3}prejudice[^\[\d]{0,40})?\[?\d[\d-]{0,6}\]?\s{1,3}"
    r"(?:[\w'-]{1,15}\s{1,3}){0,3}?motion"
    # D. Del.'s "I dismiss as moot D.I. 798": the paper at that number, no case
    r"|\w{0,2}\s{1,3}as\s{1,3}moot,?\s{1,3}(?:(?:d\.i\.|ecf\s{1,3}no\.?|doc\.|dkt\.)\s{0,3}\[?\d"
    r"|(?:[\w'.-]{1,20}\s{1,3}){0,3}?(?:motion|stipulation|application|request|petition|letter)\b)")
_FORWARD_MENTION_RX: Final = re.compile(
    r"in\s{1,3}light\s{1,3}of|pending\s|until\s|in\s{1,3}anticipation|ha(?:s|ving)\s{1,3}(?:reviewed|received|considered)")
_DEADLINE_CONTINUED_RX: Final = re.compile(
    r"\bdeadlines?\b(?:[^.;]|\.(?=\s{0,2}\d)){0,100}?\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?continued\s{1,3}(?:to|until)\s{1,3}(?:\d|[a-z]{3,9}\.?\s{1,3}\d"
    r"|a\s{1,3}(?:later\s{1,3})?date\s{1,3}to\s{1,3}be\s{1,3}(?:determined|set)\b)")  # (D. Minn.'s "... is CONTINUED to a date to be determined")
_CONTINUE_STAY_RX: Final = re.compile(r"\bcontinu\w{0,3}\s{1,3}(?:(?:the\s{1,3}|its\s{1,3})?stay\b|holding\s)")
_MEMO_REFERRAL_RX: Final = re.compile(r"\bmotion\s{1,3}referred\s{1,3}to\s{1,3}magistrate\s{1,3}judge\b")
_NOTIFY_WHETHER_RX: Final = re.compile(
    r"order\s{1,3}requiring\s[^.;]{0,60}?\bto\s{1,3}notify\s{1,3}(?:the\s{1,3})?court\s{1,3}(?:whether|if)\b")
_OSC_HEARING_AT: Final = re.compile(r"show\s{1,3}cause\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,2}?hearing\b")
_ORDER_LIFTING_STAY_RX: Final = re.compile(r"(?:,|;|\band)\s{1,3}(?:order\s{1,3})?lifting\s{1,3}(?:the\s{1,3})?stay\b")
_MANDATE_RULES_RX: Final = re.compile(r"affirm|revers|remand|vacat|dismiss|withdraw|judgment")
_CLERK_STAY_RX: Final = re.compile(r"case\s{1,3}stay(?:ed|\s{1,3}(lifted))\W{0,10}(?:\(|$)")
_TITLE_CACHE: Final[list[tuple[str, str]]] = [("", "")]


def _title(text: str) -> str:
    """The first sentence, split at ". " only (not at "ORDER by Judge X:"), at most 600 characters (cached for the
    text last asked about: the order and the hearing rules both need it)."""
    hit = _TITLE_CACHE[0]
    if hit[0] is text:
        return hit[1]
    title = _first_sentence(text)
    _TITLE_CACHE[0] = (text, title)
    return title


def _first_sentence(text: str) -> str:
    n = min(len(text), 600)
    i = text.find(". ", 0, n)
    while i != -1:
        if _is_end(text, i):
            return text[:i]
        i = text.find(". ", i + 2, n)
    return text[:n]


def _clause_end(text: str, pos: int) -> int:
    """Where the ';'-separated clause holding `pos` ends."""
    i = text.find(";", pos)
    return len(text) if i == -1 else i


def _first_disposition(text: str) -> Disposition | None:
    # (the first of finditer's matches is search's: one scan, not two)
    found = _DISP_RX.finditer(text)
    return _disposition_of(text, found, found[0].end()) if found else None


_GIP_RX: Final = re.compile(r"grant[a-z]{0,4}\s{1,3}in\s{1,3}part|in\s{1,3}part\s{1,3}(?:grant|and\s{1,3}den)")


def _own_gip(text: str, order_type: str | None = None) -> bool:
    """A "granted in part" in the first 800 characters that is not an earlier order's name ("ORDER RE: ORDER GRANTING
    IN PART DENYING IN PART MOTION TO DISMISS") nor a recommendation's, and (given `order_type`, a relief) not another
    paper's ruled on in its own clause ("granting in part 113 Motion in Limine; denying 114 Motion for Summary
    Judgment": the judgment is denied)."""
    for m in _GIP_RX.finditer(text, 0, 800):
        start = m.start() if m.group().startswith("grant") else max(0, m.start() - 12)
        if not (text.find("order ", max(0, start - 8), start) != -1 and _NAMED_ORDER_RX.search(
                text, max(0, start - 40), start)) and not (text.find("recommend", max(0, start - 150), start) != -1
                                                           and _RECOMMENDED_RX.search(text, max(0, start - 150), start)):
            if order_type is None or order_type in ("other_order", "scheduling_order"):
                return True
            semi = text.find(";", m.end(), 800)
            if semi == -1 and text.find(";", 0, m.start()) == -1 or _subject(
                    text[text.rfind(";", 0, m.start()) + 1 : semi if semi != -1 else 800])[0] == order_type:
                return True  # (one clause, or the clause of the relief itself)
    return False


def _order(text: str, kind: str, hearings: tuple[HearingAction, ...]) -> tuple[OrderType | None, Disposition | None]:
    if "deadline" in text and (text.find("day deadline", 40) != -1 or text.find("day-deadline", 40) != -1):
        # E.D. Cal.'s docketing note after the signature, "Thirty Day Deadline", "14-Day Deadline": when a response is
        # due, not what the order rules on
        text = _DAY_DEADLINE_RX.sub(" ", text)
    order_type, d = _order_base(text, kind, hearings)
    if d == "extended" and order_type == "scheduling_order" and "granting" in text[:300] and (
            _GRANTING_PAPER_RX.search(text, 0, 300)):
        d = "granted"  # "ORDER FOR FURTHER EXTENSION OF TIME ... by Judge X granting 20 Stipulation": the paper granted
    if order_type == "scheduling_order" and d is None and "continued" in text and _DEADLINE_CONTINUED_RX.search(
            text, 0, 600) and not _DISP_RX.has(text, 0, 600):
        d = "extended"  # "ORDER: The deadline to object to the report is CONTINUED to 2/5/2026" (its title runs on)
    if order_type == "other_order" and d is None and "striking" in text[:40] and _STRIKING_REQUEST_RX.match(text):
        d = "denied"  # "ORDER STRIKING 159 Petition filed by X for Removal of Counsel": the relief asked, refused
    if d == "dissolved" and "grant" in text[:600] and (order_type == "stay" and _LIFT_MOTION_GRANTED.search(text, 0, 600)):
        # "ORDER granting 121 Motion to Lift Stay", "plaintiffs' motion to lift stay 197 is granted": the motion granted
        # (the court's own "the Court hereby LIFTS the stay" stays dissolved), as every labeler read it
        d = "granted"
    elif d == "dissolved" and order_type not in ("stay", "order_to_show_cause", "class_certification") and (
            order_type not in _INJUNCTIONS):
        # "ORDER LIFTING ADMINISTRATIVE CLOSURE: Plaintiff's 26 Unopposed Motion to Reopen Case is granted": dissolved
        # is for an injunction, a stay, an OSC or a certification undone; what else is lifted, granted
        d = "granted"
    if order_type is not None and d != "denied" and (text.find("declin", 0, 120) != -1 or text.find("electing", 0, 120) != -1):
        dm = _DECLINES_RX.search(text, 0, 120)
        if dm is not None and not _DISP_RX.has(text, 0, dm.start()):
            # "ORDER DECLINING TO RELATE CASES", "ORDER Electing Not to Adopt the Parties' 31 Stipulation to Extend ...":
            # what was asked, refused (the stipulation's implied grant does not hold)
            d = "denied"
    if order_type == "other_order" and text.find("scheduling order", 0, 40) != -1 and _SCHED_ORDER_HEADING.match(text):
        # "SEALED SCHEDULING ORDER: The Clerk of Court is directed to file this Order under seal": the heading says what
        # the order is (its sealing is how it is filed)
        order_type = "scheduling_order"
    if order_type is not None and d != "granted_in_part" and kind in ("ruling", "minutes") and (
            "in part" in text[:800] and _own_gip(text, order_type)):
        return order_type, "granted_in_part"  # "it is hereby ORDERED that defendants' motions are granted in part"
    return order_type, d


def _conditional(seg: str) -> bool:
    """Whether the sentence `seg` (after its list number) states a condition: "If the Court denies ...", "2. Should
    Defendant move to dismiss ...": it rules on nothing yet."""
    return seg.lstrip(" (0123456789.)").startswith(("if ", "unless ", "in the event ", "should "))


def _later_relief_ruled(text: str, sents: list[tuple[int, int]]) -> tuple[OrderType, Disposition] | None:
    """A relief of DESIGN's list a body sentence rules on in the passive ("... motion for summary judgment 60 is
    DENIED", "parties' stipulation to stay discovery is DENIED without prejudice"), not in a condition ("Should
    Defendant move to dismiss ..., the ... schedule is approved") nor named after the ruling word ("granting
    Defendants' motion ... and provides directives concerning the Court's earlier order to show cause")."""
    for a, b in sents:
        if not _DISP_RX.has(text, a, b):
            continue
        seg = text[a:b]
        if _conditional(seg):
            continue
        subj, pos = _subject(seg, strong=True)
        if subj is None:
            continue
        found = _DISP_RX.finditer(seg)
        if not found or found[0].start() < pos:
            continue
        d = _order_disposition(seg, pos, subj, found)
        if d is not None:
            return subj, d
    return None


def _order_base(
    text: str, kind: str, hearings: tuple[HearingAction, ...]
) -> tuple[OrderType | None, Disposition | None]:
    if text.find("plea", 0, 200) != -1 and _PLEA_ACCEPTED_RX.match(_title(text)[:300]):
        # "Plea Agreement Accepted as to X", "PETITION TO ENTER PLEA OF GUILTY AND ORDER ENTERING PLEA"
        return "other_order", "granted"
    if kind in ("filing", "notice") and text.find("notice", 0, 20) != -1 and _COURT_DEADLINE_NOTICE.match(text) and (
            "briefing" in text[:80] or _SLASH_DATE_RX.search(text)):
        return "scheduling_order", None  # the court's notice of deadlines (a party's notice is filed by it)
    if kind in ("filing", "other") and text.find("due", 0, 160) != -1 and "filed by" not in text and (
            _CLERK_DUE_RX.match(text)):
        return "scheduling_order", None  # a clerk's deadline entry: "Statement of Social Security Number due 1/29/2010"
    if kind == "filing" and text.startswith("memorandum regarding") and _MEMO_REFERRAL_RX.search(text):
        # D. Colo.'s "MEMORANDUM regarding 24 Unopposed MOTION ... Motion referred to Magistrate Judge X. By Judge Y": the
        # district judge's referral of the motion, docketed as a memorandum
        return "other_order", None
    if kind == "filing":
        return ("other_order", "granted") if "approved" in text and _APPROVED_RX.search(text) else (None, None)
    if kind in ("other", "notice") and any(h.action == "held" for h in hearings) and (
            kind == "other" or _RULING_WORDS.has(text)):
        # a record of a proceeding without a minutes heading: "Motions Hearing held on 7/31 re [14] MOTION for TRO.
        # Motion DENIED for reasons stated on the record": read as minutes
        return _minutes_order(text, _sentences(text), hearings)
    if text.startswith("mandate of usca") and not _DISP_RX.has(text) and not _MANDATE_RULES_RX.search(text):
        # "MANDATE of USCA as to 82 Notice of Appeal to the Ninth Circuit, filed by X": the appeal's end docketed; what
        # it decided is not said (three labelers of three)
        return None, None
    if kind in ("other", "filing") and text.startswith("adr clerk's notice appointing"):
        return "other_order", None  # N.D. Cal.'s "ADR Clerk's Notice Appointing Joshua Masur as Mediator" (two of two)
    if kind == "other" and text.startswith("clerk's entry of dismissal"):
        # E.D. Va.'s "Clerk's Entry of Dismissal APPROVING 57 Notice of Voluntary Dismissal ... as to Plaintiffs X only":
        # the dismissal entered on the notice (as the two labelers who met it read it)
        return "dismissal", "granted" if text.startswith(" approving", 26) else None
    if kind == "other" and text.startswith("case referred to ") and _REFERRED_TO_MJ_RX.match(text):
        return "other_order", None  # "CASE REFERRED to Magistrate Judge X for Discovery": the judge's referral, docketed
    if kind == "other" and text.startswith("case stay") and (m := _CLERK_STAY_RX.match(text)) is not None:
        # N.D. Cal.'s status events "Case Stayed (akw, COURT STAFF)" and "Case Stay Lifted. (ar)": the clerk records the
        # court's stay (its own: no disposition) and its end
        return "stay", "dissolved" if m.group(1) else None
    if kind == "other":
        # a clerk's or chambers' entry with no heading ("Mediation Conference scheduled for ...", "Reset Answer
        # Deadline for X: Answer due by 7/12/2017")
        return ("scheduling_order", None) if any(h.action != "held" for h in hearings) or _DEADLINE_NOTICE_RX.match(
            text) or text.find("the court sets ") != -1 and _COURT_SETS_RX.search(text) or text.find(
            "entry", 0, 40) != -1 and _CHAMBERS_ENTRY_RX.match(text) and _DEADLINE_ORDER_RX.has(text) and (
            _WHEN_RX.search(text)) else (None, None)
    if kind == "notice":
        if hearings and any(h.action != "held" for h in hearings) or _DEADLINE_NOTICE_RX.match(text) or (
                text.find("creditors", 0, 80) != -1 and _CREDITORS_MEETING_RX.match(text) and _SLASH_DATE_RX.search(text)
                and text.find("concluded", 0, 80) == -1):  # (the trustee's "Meeting of Creditors Held and Concluded": no notice)
            # (the court's notice of the meeting of creditors states its date; a transmittal of it states none)
            return "scheduling_order", None
        return None, None
    sents = _sentences(text)
    if not sents:
        return None, None
    if kind == "minutes":
        return _minutes_order(text, sents, hearings)
    title = _title(text)
    if "convert" in title and _TRO_TO_PI_RX.search(title):
        return "preliminary_injunction", "granted"  # the TRO becomes a preliminary injunction: one is issued
    t0 = 0  # (where the title's words start: "** ORDER ...")
    while t0 < len(title) and (title[t0] == " " or title[t0] == "*"):
        t0 += 1
    if title.startswith(("order of detention", "order of temporary detention"), t0):
        # "ORDER OF DETENTION Pending Hearing ... Detention Hearing set for": detained ("(granting 4 ORAL Motion for
        # Detention)": granted)
        return "other_order", _first_disposition(title)
    if title.startswith(("order to show cause why", "order to show cause entered", "order to show cause re"), t0) and (
            not _DISP_RX.has(title)):
        # "ORDER TO SHOW CAUSE WHY FINAL JUDGMENT SHOULD NOT BE ENTERED ... including a permanent injunction", "ORDER
        # TO SHOW CAUSE entered re 5 Motion for TRO": the reliefs it names are what cause is shown about
        return "order_to_show_cause", None
    if (title.startswith(("order to respond", "order for response"), t0) or title.startswith(
            ("order directing", "order requiring"), t0) and _ORDER_TO_RESPOND_RX.match(title, t0)) and not _DISP_RX.has(title):
        # M.D. Ga.'s "ORDER TO RESPOND to 25 MOTION to Dismiss", "ORDER directing Plaintiff to file a response to
        # Defendant's 27 MOTION for Summary Judgment by March 13, 2017": a response's deadline
        return "scheduling_order", None
    if title.startswith("order submitting", t0) and not _DISP_RX.has(title):
        # S.D. Cal.'s "ORDER Submitting (Doc. 10) Defendant's Motion To Dismiss, ... The Court submits these motions on
        # the parties' papers, and vacates the motion hearing": taken under submission, ruled on later
        return "scheduling_order", None
    if "notify" in title and _NOTIFY_WHETHER_RX.match(title, t0) and not _DISP_RX.has(title):
        # E.D. Cal.'s "ORDER REQUIRING Defendant to Notify Court Whether a Settlement Conference Would be Beneficial ...
        # Thirty-Day Deadline": what it orders is an answer by a date (four labelers of six read it so)
        return "scheduling_order", None
    if "withdrawing" in title[:40] and _WITHDRAWING_MOTION_RX.match(title, t0):
        return "other_order", None  # "(E)Order Withdrawing Motion for Relief from Stay": the motion's relief is only named
    ref = _REFERRAL_RX.search(title, 0, 120) if "refer" in title[:120] else None
    if ref is not None and title.endswith(" to ", 0, ref.start()):
        ref = None  # a paper's "... MOTION to Stay Subproceeding and for Order to Refer to Mediation": named, not ordered
    if ref is not None:
        # referring a motion or the case to a magistrate judge rules on nothing in it; "ORDER APPROVING AND ENTERING
        # 456 JOINT STIPULATION AND ORDER REFERRING CLAIMANT DISPUTES TO SPECIAL MASTER" grants the stipulation
        st = title.find(" and stay", ref.end())  # "... REFERRING CASE TO ADR PROJECT AND STAYING CASE FOR 120 DAYS"
        if st != -1 and _STAYING_CASE_RX.match(title, st + 5):
            return "stay", _order_disposition(title, st + 5, "stay")
        if title.find("lifting", ref.end()) != -1 and _ORDER_LIFTING_STAY_RX.search(title, ref.end()):
            return "stay", "dissolved"  # S.D. Ill.'s "ORDER REFERRING CASE to Magistrate Judge X, ORDER LIFTING STAY"
        return "other_order", _first_disposition(title[: ref.start()])
    tsched = _SCHED_RX.search(title)
    if tsched is None and ("progression" in title or "rule 26" in title):
        tsched = _PROGRESSION_RX.search(title)
    tsubj, tpos = _subject(title)
    if tsubj is not None and any(h.action != "held" for h in hearings) and (_HEARING_ON_RX.search(
            title, max(0, tpos - 70), tpos) or _RELIEF_HEARING_RX.match(title, tpos) or _SET_FOR_HEARING_RX.match(
            title, tpos)) and not _DISP_RX.has(title):
        # "The hearing on the motion for summary judgment is moved to 2/1": the relief names the proceeding moved,
        # the order rules on its date only
        tsubj, tpos = None, -1
    if tsubj is not None and any(h.action != "held" for h in hearings) and _ANSWER_TO_RX.search(
            title, max(0, tpos - 70), tpos) and not _DISP_RX.has(title):
        # "pltf shall serve its ... answer to the Hillman dfts' motion to dismiss [31-1] on or before 9/22/95; Rule 16
        # Scheduling Conf ... is rescheduled": the relief is what a paper is due about, the order rules on dates
        tsubj, tpos = None, -1
    while tsched is not None and tpos != -1 and tsched.start() < tpos and title.find(";", tsched.start(), tpos) != -1 and (
            _DISP_RX.has(title, title.rfind(";", 0, tsched.start()) + 1, title.find(";", tsched.start(), tpos))) and (
            _DISP_RX.has(title, title.rfind(";", 0, tpos) + 1, _clause_end(title, tpos))):
        # "ORDER denying as moot the 78 Motion for Extension of Time; granting 30 Motion to Dismiss": the dates are
        # another paper's ruling, not what the relief's hearing is moved by
        tsched = _SCHED_RX.search(title, title.find(";", tsched.start(), tpos))
    if tsched is not None and (tsubj is None or tsched.start() < tpos):
        # a scheduling title, but the body changes an injunction: "The TRO [190] is extended through the hearing"
        changed = _changed_injunction(text, sents)
        if changed is not None:
            return changed
    if tsubj is not None:
        if tsched is not None and tsched.start() < tpos and not (
            " and " in title and _AND_OTHER_RULING_RX.search(title, tsched.end() - 1, tpos + 16) is not None) and not (
            tsubj in ("temporary_restraining_order", "stay") and ("extend" in title or "dissolv" in title)
            or tsubj == "stay" and "continu" in title and _CONTINUE_STAY_RX.search(title) is not None
        ) and not (tsubj == "order_to_show_cause" and _OSC_TITLE_RX.search(title, max(0, tpos - 12), tpos) and (
            _OSC_HEARING_AT.match(title, tpos) is None)):
            # "granting stipulation to continue the hearing on the motion for preliminary injunction"
            return "scheduling_order", _order_disposition(title, tsched.start(), "scheduling_order")
        d = _order_disposition(title, tpos, tsubj)
        if d is None and tsubj == "class_certification" and _CLASS_CERTIFIED_RX.search(title):
            d = "granted"  # "... and is certified as a Class Action for purposes of settlement only": certified
        if d == "granted" and tsubj in _INJUNCTIONS and _TO_EXTEND_RX.search(title, 0, tpos):
            d = "extended"  # "ORDER GRANTING STIPULATION TO EXTEND TEMPORARY RESTRAINING ORDER": the TRO is extended
        if d is None and len(sents) > 1 and not (tsubj == "dismissal" and title.startswith("dismissing", tpos)):
            # (a title that itself dismisses has said how: "ORDER DISMISSING CASE as insufficient to proceed. Motion to
            # appoint counsel is denied as moot" denies nothing of the dismissal)
            seg3 = text[: sents[min(len(sents), 3) - 1][1]]
            if not ("outstanding" in seg3 or "pending" in seg3) or not _OTHER_MOTIONS_MOOT.search(seg3):
                d = _order_disposition(seg3, tpos, tsubj)
            if d is None and title.find("re", max(0, tpos - 50), tpos) != -1 and _RE_MOTION_RX.search(
                    title, max(0, tpos - 50), tpos):
                # "OPINION AND ORDER re 9 Motion to Dismiss ... Defendant's motion to dismiss ... is DENIED, and
                # defendant's motion to dismiss ... is GRANTED": the body's ruling on the motion the title names (not a
                # ruling to come: "If Plaintiff timely files an amended complaint, the Court will deny the ... motion")
                for a, b in sents[1:4]:
                    seg_b = text[a:b]
                    if _DISP_RX.has(seg_b) and not _conditional(seg_b) and " will " not in seg_b:
                        bsubj, bpos = _subject(seg_b, strong=True)
                        if bsubj == tsubj:
                            d = _order_disposition(seg_b, bpos, tsubj)
                            if d == "denied" and _DENIED_THEN_GRANTED_RX.search(seg_b, bpos):
                                d = "granted_in_part"  # (the same motion, denied as to some claims, granted as to others)
                            break
        if d is None and "motion" in title and _RE_MOTION_RX.search(title, max(0, tpos - 50), tpos) and not _DISP_RX.has(
                text) and (
                any(h.action != "held" for h in hearings) or _DEADLINE_RX.has(
                    text.replace("memorandum opinion", "") if "memorandum opinion" in text else text)):
            # "TEXT ORDER re 17 MOTION TO DISMISS. Responses are due on or before November 27": the motion's dates (the
            # court's own "MEMORANDUM OPINION re 17 Claimants' Motion to Dismiss" names no paper due)
            return "scheduling_order", None
        if d == "denied" and tsubj == "stay" and title.startswith("staying", tpos):
            d = None  # "ORDER (1) Denying ... 49 MOTION to Reopen Discovery, (2) Conditionally Appointing Counsel, and (3)
            # Staying Case": the court's own stay; the denial is another paper's
        if (d is not None or tsubj == "dismissal") and _PRECEDENCE[tsubj] > 0:
            earlier = _earlier_ruling(text, sents[1:4], _PRECEDENCE[tsubj], d)
            if earlier is not None:
                return earlier  # "... Motion for PI is DENIED. The TRO ... is DISSOLVED": DESIGN's list puts the TRO first
        return tsubj, d
    if tsched is not None and (_rules_on_other_motion(title) or (_OTHER_RULING.has(_extension_scope(title)) or (
            "detention" in title and _TEMPORARY_DETENTION.search(title))) and not _DEADLINE_NOTICE_RX.match(title)
            or _ruled_before_dates(title, tsched.start())
            # ("ORDER VACATING HEARING ON 118 MOTION FOR WITHDRAWAL AS COUNSEL FOR PLAINTIFF; AND GRANTING 118 MOTION")
            or "; and " in title and _LATER_CLAUSE_RULING_RX.search(title) is not None and _rules_on_paper_not_about_dates(title)):
        # "ORDER appointing counsel and setting status hearing", "ORDER SCHEDULING A DETENTION HEARING AND FOR
        # TEMPORARY DETENTION": a ruling on more than dates ("JOINT STIPULATION TO EXTEND TIME ... AND TO RELATE
        # CASES ... Signed by Judge X": the signed stipulation grants)
        return "other_order", _first_disposition(title) or ("granted" if _implied_grant(title) else None)
    if tsched is not None:
        d = _order_disposition(title, tsched.start(), "scheduling_order")
        if d is None and len(sents) > 1:
            d = _first_disposition(text[sents[1][0] : sents[min(len(sents), 6) - 1][1]])
        elif d == "granted" and len(sents) > 1 and not _DISP_RX.has(title):
            # a grant implied by the heading ("STIPULATION AND ORDER"), the body's own word said: "... the deadline
            # for Defendant to answer is extended to", "The stipulation is DENIED"
            body_d = _first_disposition(text[sents[1][0] : sents[min(len(sents), 6) - 1][1]])
            if body_d in ("extended", "denied"):
                d = body_d
        if d is None and "endorsement:" in text:  # "MEMO ENDORSEMENT on re: ... ENDORSEMENT: Application granted."
            e = text.find("endorsement:")
            d = _first_disposition(text[e : e + 120])
            if d is None and "request" in text[:e] and "so ordered" in text[e:] and not _DENIED_RX.search(text, e):
                d = "granted"  # "... request a 30 day adjournment ... ENDORSEMENT: A status conference shall be held
                # on December 23 ... So ordered": what the letter asked, ordered
        if d is not None and len(sents) > 1:
            later = _later_relief_ruled(text, sents[1:4])
            if later is not None:
                # "MEMORANDUM OPINION AND ORDER; that Defendants' motion for leave to file answers ... out of time 62 is
                # GRANTED. ... It is further ORDERED that Plaintiff's motion for summary judgment 60 is DENIED": a
                # relief DESIGN's list puts before dates, ruled on in the body
                return later
        return "scheduling_order", d
    # a generic title ("ORDER.", "TEXT ORDER:"): a subject the body rules on (a disposition word in its sentence)
    rest = sents[1:8]
    body_rest = text[rest[0][0] : rest[-1][1]] if rest else ""
    disp_keys = _DISP_RX.keys_in(body_rest)  # (one scan per key, not per sentence)
    dismissed = "dismissed" in body_rest  # "ORDER adopting [5] R&R. The Petition ... is DISMISSED WITHOUT PREJUDICE"
    # "... granting 9 Stipulation with modification. The case is stayed until ..." (a case, not a deadline, stayed)
    stayed = "stayed" in body_rest and _CASE_STAYED_RX.search(body_rest) is not None
    # "TEXT-ONLY ORDER. The filing of an amended complaint renders defendant's motion to dismiss 96 MOOT"
    mooted = "moot" in body_rest and "render" in body_rest
    best: tuple[OrderType, Disposition | None] | None = None
    weak: tuple[OrderType, Disposition | None] | None = None
    for a, b in rest if disp_keys or dismissed or stayed or mooted else ():
        seg = text[a:b]
        if not (disp_keys and _DISP_RX.has(seg, keys=disp_keys)
                or dismissed and "dismissed" in seg and "recommend" not in seg or stayed and _CASE_STAYED_RX.search(seg)
                or mooted and "render" in seg and "moot" in seg):
            continue
        if _conditional(seg):
            continue  # "If Plaintiffs fail to respond to this Order, Defendants' oral motion to dismiss will be granted"
        subj, pos = _subject(seg, strong=True)
        if subj is None:
            subj, pos = _subject(seg)  # (a relief only mooted: when nothing else is ruled on)
            if subj is not None and (weak is None or _PRECEDENCE[subj] < _PRECEDENCE[weak[0]]):
                weak = subj, _order_disposition(seg, pos, subj)
        elif best is None or _PRECEDENCE[subj] < _PRECEDENCE[best[0]]:
            # of several rulings in the body the earliest in DESIGN's list wins ("the PI is DENIED. The TRO ... is
            # DISSOLVED": the TRO)
            disp = _order_disposition(seg, pos, subj)
            if disp is None and subj == "stay" and _STAY_ASKED.search(text, 0, a) and _first_disposition(text[:a]) == "granted":
                # "granting 9 Stipulation with modification. The case is stayed until ...", "ORDER. The 21 stipulation is
                # granted. This action is stayed.": asked
                disp = "granted"
            elif disp is None and subj == "dismissal" and text.find("sever", 0, a) != -1 and (
                    _first_disposition(text[:a]) == "granted"):
                disp = "granted"  # "ORDER GRANTING MOTIONS TO SEVER. ... Defendants X and Y are SEVERED and DISMISSED
                # from this case": what the motions asked (both labelers of unseen18; not "Application to Proceed In
                # Forma Pauperis ... is granted. The Complaint ... is dismissed": the court's own)
            best = subj, disp
    if best is None:
        best = weak
    if best is not None:
        return best
    if "show cause" in body_rest and _SHOW_CAUSE_ORDERED_RX.search(body_rest):
        # "ORDER: The Report and Recommendation 16 is ACCEPTED and ADOPTED. Plaintiffs are directed to show cause, in
        # writing within ten days, why this case should not be dismissed": an order to show cause
        return "order_to_show_cause", None
    je = _JUDGMENT_ENTERED.search(body_rest) if "entered" in body_rest else None
    if je is not None and not _RECOMMENDED_RX.search(body_rest, max(0, je.start() - 150), je.start()):
        return "judgment", None  # "ORDER. Judgment is entered in favor of defendants."
    # (a generic title: short, but for the defendant it names: "ORDER AND SPEEDY TRIAL FINDING as to X")
    as_to = title.find(" as to ")
    # (or a title that is only its signature: "MINUTE ORDER entered by Magistrate Judge X on 7/8/2025.")
    # (not when the title states its own disposition: "ORDER granting 12 Motion to Remand. Plaintiff's request for fees
    # ... is DENIED" is the grant)
    for a, b in sents[1:4] if ((len(title) if as_to == -1 else as_to) < 40 or (
            title.find(" by ", 0, 40) != -1 or title.find(" honorable ", 0, 50) != -1) and _SIGNATURE_TITLE.match(
            title)) and not _DISP_RX.has(title) else ():
        if text.find("continued", a, b) != -1 and _DEADLINE_CONTINUED_RX.search(text, a, b) and not _DISP_RX.has(text, a, b):
            return "scheduling_order", "extended"  # "ORDER. Plaintiffs' deadline to file ... is continued to September 14"
        if _DISP_RX.has(text, a, b):
            if _SCHED_RX.has(text, a, b) and not _OTHER_RULING.has(text, a, b):
                return "scheduling_order", _first_disposition(text[a:b])

            if _MOTIONS_WORD_RX.search(text, a, b):
                # "ORDER as to X. ... the Court DENIES the 46 Motions. The hearing on the motions ... is CANCELED":
                # the ruling on the motions, not the hearing's date
                return "other_order", _first_disposition(text[a:b])
            break
    # (_order_disposition(title, <end of title's first disposition word, else len(title)>, "other_order"), with one
    # scan for the disposition words)
    found = _DISP_RX.finditer(title)
    d = _order_disposition(title, found[0].end() if found else len(title), "other_order", found)
    body = text[: sents[min(len(sents), 6) - 1][1]]
    if any(h.action != "held" for h in hearings) and d in (None, "granted", "granted_in_part") and not _OTHER_RULING.has(
            body) and (d is None or not _rules_on_paper_not_about_dates(title)):
        if d is None and "endorsement:" in body:  # "MEMO ENDORSEMENT on re: 51 Letter. ENDORSEMENT: Granted. The ..."
            e = body.find("endorsement:")
            d = _first_disposition(body[e : e + 60])
        if d is None and "granted" in body and _MOVE_REQUEST_GRANTED.search(body, len(title)):
            d = "granted"  # "TEXT ORDER: The Court has reviewed the parties' joint letter. Defense counsel's request to
            # adjourn the Final Pretrial Conference is granted. The Final Pretrial Conference shall take place on"
        return "scheduling_order", d
    # (with a proceeding held, only CM/ECF's own deadline events: "ORDER for proceedings held before Magistrate Judge X:
    # Telephonic Status Conference held on 5/20/2026. ... Status Report due by 7/10/2026")
    if d is None and (not hearings or " due by " in body and all(h.action == "held" for h in hearings)) and (
            _DEADLINE_ORDER_HINT.has(body)) and _DEADLINE_ORDER_RX.has(body) and not (
            _NAMED_SUBJECT_RX.search(title)) and not (
            _RULING_WORDS.has(_FUTURE_RULING_RX.sub(" ", body) if " be " in body or " being " in body else body)
            or _OTHER_RULING.has(body)) and _WHEN_RX.search(body):
        return "scheduling_order", None
    if d == "granted" and "stipulat" in title and not _OTHER_RULING.has(title):
        nxt = next(((a, b) for a, b in sents if a >= len(title)), None)
        if nxt is None and ": " in title and title.find(" due ", title.find(": ")) != -1:
            nxt = (title.find(": ") + 2, len(title))  # "STIPULATION and ORDER signed by Judge X on 1/30/15: Administrative
            # Record due by 6/1/2015."
        if nxt is not None and (_SCHED_RX.has(text, *nxt) or text.find(" due ", *nxt) != -1 and _DEADLINE_ORDER_RX.has(
                text[nxt[0] : nxt[1]])) and not _OTHER_RULING.has(text, *nxt):
            # "... the Court GRANTS the stipulated request. Plaintiffs' deadline ... is CONTINUED to 7/1/2026"
            return "scheduling_order", d
    if d == "granted" and title.endswith(("request", "motion", "application")) and _BARE_PAPER_TITLE.search(title):
        nxt = next(((a, b) for a, b in sents if a >= len(title)), None)
        if nxt is not None and (_SCHED_RX.has(text, *nxt) or _HAVE_UNTIL_RX.search(text, *nxt)) and not (
                _OTHER_RULING.has(text, *nxt)):
            # "TEXT ORDER granting 12 Letter Request. Plaintiff shall have until May 30, 2016 to effectuate service":
            # what was asked, dates
            return "scheduling_order", d
    if d is None and len(sents) > 1:
        seg = text[: sents[min(len(sents) - 1, 4)][1]]
        d = _disposition(seg, len(seg)) if len(title) < 40 else _first_disposition(seg)
        if d is None and _implied_grant(seg):
            d = "granted"
    if d is None and not hearings and title.find("order", 0, 30) != -1 and title.find("re", 5, 60) != -1 and (
            _ORDER_ABOUT_PROC_RX.match(title)):
        return "scheduling_order", None  # "ORDER REGARDING SETTLEMENT CONFERENCE, signed by ...", "ORDER REGARDING TRIAL"
    return "other_order", d


# a second ruling after the setting: "ORDER Setting Settlement Conference and Staying Case", "... and Granting Motion
# to Stay" (not "setting hearing and scheduling briefing on the motion to stay": dates still)
_AND_OTHER_RULING_RX: Final = re.compile(
    r"\s(?:and|&)\s{1,3}(?:granting|denying|staying|dismissing|appointing|referring|approving|adopting|striking|"
    r"certifying|remanding|transferring|consolidating|lifting|terminating|enjoining)\b")


# an order about a proceeding, no more said: "ORDER REGARDING TRIAL signed by", "ORDER before the Court on it's own
# motion re: Trial on Monday, January 24, 2022" (not "ORDER regarding trial exhibits")
_ORDER_ABOUT_PROC_RX: Final = re.compile(
    r"\W{0,5}(?:[a-z]{1,12}\s{1,3}){0,2}?order\s{1,3}(?:before\s{1,3}the\s{1,3}court\s{1,3}on\s{1,3}it'?s\s{1,3}own\s{1,3}motion"
    r"\s{1,3}(?:in\s{1,3})?)?(?:regarding|re:?|concerning)\s{1,3}(?:the\s{1,3})?(?:(?:jury|bench)\s{1,3})?"
    r"(?:trial|(?:final\s{1,3})?pre-?trial\s{1,3}conference|settlement\s{1,3}conference|status\s{1,3}conference|mediation)"
    r"(?=\s{0,3}(?:[,.;(]|$|on\s|signed\b|by\s))")


# a relief named as what a proceeding is about: "hearing on the pending motion for", "argument regarding"
# "SCHEDULING ORDER TO SHOW CAUSE", "ORDER TO SHOW CAUSE": an order to show cause, whatever dates it also sets
_VACATING_OSC_RX: Final = re.compile(r"\bvacat(?:e|es|ed|ing)\s{1,3}(?:the\s{1,3}|its\s{1,3})?(?:court'?s\s{1,3})?(?:\[?\d{1,5}\]?\s{1,3})?"
                                     r"order\s{1,3}to\s{1,3}show\s{1,3}cause\b(?!\s{1,3}(?:re:?\s[^.;]{0,40}?)?hearing)")
_TO_EXTEND_RX: Final = re.compile(r"\bto\s{1,3}extend\s{1,3}(?:the\s{1,3})?$")
_OSC_TITLE_RX: Final = re.compile(r"\border\s{1,3}to\s{1,3}$")
_HEARING_ON_RX: Final = re.compile(
    r"(?:(?:hearing|argument|conference)\s{1,3}(?:on|re:?|regarding|concerning|as\s{1,3}to)|under\s{1,3}submission|"
    r"motions?\s{1,3}submitted|(?:takes|taking)(?:\s{1,3}under\s{1,3}advisement)?|submission\s{1,3}date\s{1,3}(?:for|of|on))"
    r"\s{1,3}(?:the\s{1,3})?"
    r"(?:(?:[\w'\[\]-]{1,20}\s{1,3}){0,4}?(?:cross-?\s?)?(?:motion|application|petition|request)\w{0,2}\s{1,3}(?:for|to)"
    r"|order\s{1,3}to\s{1,3}show\s{1,3}cause\s{1,3}re:?)\s{1,3}(?:[\w'-]{1,20}\s{1,3}){0,2}$")
# a relief naming a proceeding: "The Preliminary Injunction hearing is continued to 2/1"
_RELIEF_HEARING_RX: Final = re.compile(
    r"(?:temporary\s{1,3}restraining\s{1,3}order|tro|preliminary\s{1,3}injunction|permanent\s{1,3}injunction|"
    r"class\s{1,3}certification|summary\s{1,3}judgment|default\s{1,3}judgment|dismissal|dismiss,?|stay)\s{1,3}"
    r"(?:motion\s{1,3})?(?:evidentiary\s{1,3})?(?:hearing|conference|argument)\b")
# "The plaintiffs' 56 MOTION for Preliminary Injunction is set for an Evidentiary Hearing on 2/9/2015"
_SET_FOR_HEARING_RX: Final = re.compile(
    r"[^.;]{0,60}?\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?(?:re)?(?:set|scheduled|noticed)\s{1,3}for\s{1,3}(?:an?\s{1,3})?"
    r"(?:[\w-]{1,15}\s{1,3}){0,2}(?:hearing|argument)\b")
_TRO_TO_PI_RX: Final = re.compile(
    r"convert\w{0,3}\s{1,3}(?:the\s{1,3})?(?:temporary\s{1,3}restraining\s{1,3}order|tro)\s{1,3}(?:\[?\d{1,5}\]?\s{1,3})?"
    r"(?:in)?to\s{1,3}(?:a\s{1,3})?preliminary\s{1,3}injunction")
_MOTION_MOOT_RX: Final = re.compile(
    r"motions?\s{1,3}to\s{1,3}dismiss[^.;]{0,80}?\b(?:dismissed|terminated|stricken)\s{1,3}(?:as\s{1,3})?moot"
    # "the pending motion to dismiss (D.I. 18 ) is DISMISSED without prejudice": the motion, not the case
    r"|motions?\s{1,3}to\s{1,3}dismiss(?:\s{1,3}or\s{1,3}transfer)?\b(?:[^.;]|\.(?=\w|\s{0,2}\d)){0,60}?\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?"
    r"(?:dismissed|terminated|stricken|withdrawn)\b(?!\s{1,3}(?:and|as\s{1,3}to)\b)"
    # "The filing of an amended complaint renders defendant's motion to dismiss 96 MOOT"
    r"|\brenders?\s{1,3}(?:[\w']{1,15}\s{1,3}){0,3}?motions?\s{1,3}to\s{1,3}dismiss\b[^.;]{0,40}?\bmoot\b")
# (not "CASE REFERRED to Judge X as possibly related", the clerk's question of relation; nor to private ADR)
_REFERRED_TO_MJ_RX: Final = re.compile(r"case\s{1,3}referred\s{1,3}to\s{1,3}(?:(?:the\s{1,3})?(?:u\.s\.\s{1,3}|united\s{1,3}"
                                       r"states\s{1,3})?magistrate\s{1,3}judge)\b(?![^.;]{0,60}\bpossibly\s{1,3}related)")
_DECLINES_RX: Final = re.compile(
    r"\bdeclin(?:es|ed|ing)\s{1,3}to\s{1,3}(?:adopt|approve|enter|sign|relate|grant)\b|\belecting\s{1,3}not\s{1,3}to\s{1,3}adopt\b")
_DAY_DEADLINE_RX: Final = re.compile(r"\b(?:[a-z]{1,10}[- ])?(?:\(?\d{1,3}\)?[- ])?day[- ]deadlines?\b\.?")
_SCHED_ORDER_HEADING: Final = re.compile(r"\W{0,5}(?:sealed\W{0,5}\s{0,3}){0,2}scheduling\s{1,3}order\s{0,3}[:.]")
_RENDERS_MOOT_RX: Final = re.compile(
    r"\brenders?\s{1,3}(?:[\w']{1,15}\s{1,3}){0,4}?(?:motion|application|request|petition)s?\b[^.;]{0,80}?\bmoot\b")
_GENERIC_RULING_RX: Final = re.compile(
    r"\b(?:grant(?:s|ed|ing)?|den(?:ies|ied|ying|y))\s{1,3}(?:the\s{1,3})?(?:said\s{1,3})?motion\b(?!\s{1,3}(?:to|for)\b)"
    r"|\bmotion\s{1,3}(?:is\s{1,3})?(?:hereby\s{1,3})?(?:granted|denied)\b")
# (matched at the start of the title: the entry itself accepts the plea)
_PLEA_ACCEPTED_RX: Final = re.compile(
    r"\W{0,5}(?:(?:guilty|plea|agreement|of)\s{1,3}){1,3}(?:is\s{1,3}(?:hereby\s{1,3})?)?accepted\b"
    r"|[^.]{0,80}?\border\s{1,3}(?:accepting|entering)\s{1,3}(?:the\s{1,3})?(?:defendant's\s{1,3})?(?:guilty\s{1,3})?plea\b")
_DISMISS_DONE: Final = re.compile(
    r"dismissed|dismissing|discontinu|order\s{1,3}(?:for|of)\s{1,3}dismissal\b[^.]{0,60}?\bre:?\s{1,3}(?:\[?\d{1,5}\]?\s{1,3})?"
    r"(?:joint\s{1,3})?stipulation")
_DISMISS_ENTERED: Final = re.compile(  # (apart: a branch starting with a group would turn off the fast scan above)
    r"(?:entering|approving|so\s{1,3}ordering)\s{1,3}(?:\[?\d{1,5}\]?\s{1,3})?"
    r"(?:\w{1,12}\s{1,3})?(?:notice|stipulation)\s{1,3}of\s{1,3}(?:voluntary\s{1,3})?dismissal")
# the stay was asked for (a motion, stipulation, request, letter, joint or agreed paper): granted; on the court's own:
# no disposition, as for a dismissal
def _stay_word_end(seg: str) -> int:
    """Where the last "stayed"/"staying" of `seg` ends: a request after it is not what was ordered ("... are hereby
    STAYED, pending a ruling on the motion to remand ... submit a proposed order lifting the stay")."""
    return max(seg.rfind("stayed"), seg.rfind("staying")) + 7


_STAY_ASKED: Final = re.compile(
    r"\b(?:motions?\s{1,3}(?:to|for|\[?\d)|(?:request|stipulat\w{0,6}|application|letter|agree\w{0,4}|consent|joint\w{0,2}"
    r"|unopposed|moved|moves|asks?|asked|propos\w{0,4})\b)")
# the dismissal was asked for (a stipulation, a motion, a notice): granted; on the court's or clerk's own: no disposition
_DISMISS_ASKED: Final = re.compile(
    r"in\s{1,3}light\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:parties'?\s{1,3})?(?:joint\s{1,3})?stipulat|on\s{1,3}consent|dismiss\w{0,4}\s{1,3}(?:upon|on|pursuant\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:[\w'.]{1,12}\s{1,3}){0,2}?"
    r"(?:motion|request|stipulation|application|notice)|^\W{0,5}order\s{1,3}(?:for|of)\s{1,3}dismissal|"
    r"(?:stipulat\w{0,6}|motion|request|application|notice)\s{1,3}(?:[\w'-]{1,15}\s{1,3}){0,3}?(?:for|of|to)\s{1,3}"
    r"(?:\w{1,12}\s{1,3})?(?:dismiss|discontinu)|voluntar\w{0,3}\s{1,3}dismiss|^\W{0,5}(?:\w{1,12}\s{1,3}){0,2}stipulat"
    r"|pursuant\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:parties'?\s{1,3})?(?:joint\s{1,3})?stipulation|rule\s{1,3}41\(a\)")
_WITHDRAWING_MOTION_RX: Final = re.compile(
    r"(?:\(e\)\s{0,2})?order\s{1,3}(?:granting\s{1,3})?withdrawing\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,15}\s{1,3}){0,2}?motion\b")
_ANSWER_TO_RX: Final = re.compile(
    r"\b(?:answer|respond|response|reply|opposition|oppose|brief)\s{1,3}(?:to|in\s{1,3}opposition\s{1,3}to)\s{1,3}(?:the\s{1,3})?"
    r"(?:[\w'&-]{1,15}\s{1,3}){0,4}?(?:motion|application|petition)\s{1,3}(?:to|for)\s{1,3}(?:\w{1,12}\s{1,3})?$")
_CLASS_CERTIFIED_RX: Final = re.compile(r"\b(?:is|are)\s{1,3}(?:hereby\s{1,3})?(?:conditionally\s{1,3})?certified\b")
_STAYING_CASE_RX: Final = re.compile(r"stay(?:ing|s)?\s{1,3}(?:the\s{1,3}|this\s{1,3})?(?:case|action|proceedings?|litigation)\b")
_REFERRAL_RX: Final = re.compile(r"\brefer(?:ring|s|red)?\b(?!\s{1,3}to\s{1,3}(?:the|its|his|her)\b)")
# an order that only fixes when papers are due: "shall file ... by", "no later than", "shall have 20 days to"
# chambers' unheaded entry setting dates: "No hearing required. The Court sets a single letter briefing schedule ...
# Each side shall file a single letter brief ... by September 17, 2026"
_COURT_SETS_RX: Final = re.compile(r"\bthe\s{1,3}court\s{1,3}sets\s{1,3}[^.;]{0,200}?(?:schedule|deadline|date)"
                                   r"[^;]{0,300}?\b(?:by|on|for)\s{1,3}(?:\d|[a-z]{3,9}\.?\s{1,3}\d)")
_DEADLINE_ORDER_RX: Final = _Finder(  # (only whether it occurs: has(); the likeliest keys first)
    ("shall", "must", "due", "no", "order", "direct", "will", "may", "on", "comply"),
    # ("the parties shall meet and confer, and file a joint status report")
    r"(?:shall|may|must|will)\s{1,3}(?:(?:\w{1,15}\s{1,3}){0,2}?|meet\s{1,3}and\s{1,3}confer,?\s{1,3}and\s{1,3})(?:file|submit|respond|reply)\b"
    r"|(?:shall|must)\s{1,3}be\s{1,3}(?:filed|submitted|served)\s{1,3}(?:by|on|no)\s"  # "Amicus briefs ... must be filed by 3/13"
    r"|shall\s{1,3}have\s{1,3}(?:\w{1,10}\s{1,3}){0,2}?(?:days|weeks)|no\s{1,3}later\s{1,3}than|on\s{1,3}or\s{1,3}before"
    r"|\bdue\s{1,3}(?:by|on|within)\s{1,3}(?:\d|[a-z]{3,9}\.?\s{1,3}\d)"  # CM/ECF's "Status Report due by 4/14/2019"
    # "the Court ORDERS Defendant Mann to file his answer to the Second Amended Complaint by 8/17/2026"
    # ("the Court directs the Parties to meet and confer and to submit a joint status report by 5:00 PM on July 10")
    r"|\b(?:orders?|directs?)\s{1,3}(?:[\w'.]{1,20}\s{1,3}){1,4}?to\s{1,3}(?:\w{1,12}\s{1,3}){0,5}?"
    r"(?:file|submit|respond|answer|reply)\b[^.;]{0,120}?\bby\s{1,3}(?:\d|[a-z]{3,9}\.?\s{1,3}\d)"
    # "Parties are directed to meet and confer and file a proposed briefing schedule ... by Friday, July 17, 2026"
    r"|(?:directed|ordered)\s{1,3}to\s{1,3}(?:\w{1,12}\s{1,3}){0,5}?(?:file|submit|respond|answer|reply|propose)\b[^.;]{0,120}?"
    r"\bby\s{1,3}(?:(?:mon|tues|wednes|thurs|fri)day,?\s{1,3})?(?:\d|[a-z]{3,9}\.?\s{1,3}\d)"
    # "the Parties are ORDERED to comply with the following schedule. The Defendants shall produce ..."
    r"|comply\s{1,3}with\s{1,3}the\s{1,3}following\s{1,3}(?:[\w-]{1,12}\s{1,3})?schedule\b",
    short=0)
# a deadline states when: a date, or a number of days or weeks ("The Clerk shall file the report" sets none)
_WHEN_RX: Final = re.compile(r"\d|\b(?:days?|weeks?|months?)\b")
# the court's notices whose substance is deadlines: "Notice of deadlines to correct filing deficiencies", "NOTICE OF
# FILING AND ORDER SETTING BRIEFING SCHEDULE", "Notice to File Proof of Claim ... due by", "Notice by the Court ... due"
# a title granting a paper it does not name the relief of: "TEXT ORDER granting 12 Letter Request"
_BARE_PAPER_TITLE: Final = re.compile(r"\bgrant(?:ing|s|ed)\s{1,3}(?:\[?\d{1,5}\]?\s{1,3})?(?:letter\s{1,3})?(?:request|motion|application)$")
_HAVE_UNTIL_RX: Final = re.compile(r"\bshall\s{1,3}have\s{1,3}until\s{1,3}(?:\d|[a-z]{3,9}\.?\s{1,3}\d)")
_COURT_DEADLINE_NOTICE: Final = re.compile(
    r"^\W{0,5}(?:clerk'?s\s{1,3})?notice\s{1,3}(?:of\s{1,3}(?:filing\s{1,3}and\s{1,3}(?:order\s{1,3}setting|publication\s{1,3}of)\s{1,3}"
    r"briefing\s{1,3}schedule|deadlines?\b|(?:filing\s{1,3})?fees?\s{1,3}due\b)|to\s{1,3}file\s{1,3}proof\s{1,3}of\s{1,3}claims?\b"
    # (D. Utah's "NOTICE - This case is assigned to a magistrate judge. To consent or request reassignment, use the form
    # ... within 15 days ... Form due by 9/11/2012")
    r"|by\s{1,3}the\s{1,3}court\b|-\s{1,3}this\s{1,3}case\s{1,3}is\s{1,3}assigned\s{1,3}to\s{1,3}a\s{1,3}magistrate\s{1,3}judge\b)"
    r"(?![^.;]{0,200}?\bfiled\s{1,3}by\b)")
_TEMPORARY_DETENTION: Final = re.compile(r"\b(?:for|of)\s{1,3}(?:temporary\s{1,3})?detention\b|\btemporary\s{1,3}detention\b")
# a clerk's entry that opens with the paper due and its date (a bankruptcy court's deficiency deadlines), not a
# party's paper that states a deadline ("STATEMENT OF ERRORS by Plaintiff ... due by", "Stipulation - ans due")
_CLERK_DUE_RX: Final = re.compile(
    r"^\W{0,5}(?!(?:stipulation|motion|report|return|summons|response|reply|objection|notice|statement\s{1,3}of\s{1,3}"
    r"specific|draft|proposed|chapter\s{1,3}\d{1,2}\s{1,3}(?:voluntary\s{1,3})?petition)\b)"
    r"(?:required\s{1,3}by\b|(?!by\b|\sby\b)[^.;]){3,140}?\bdue(?:\s{1,3}by)?\s{1,3}\d{1,2}/\d{1,2}/\d{2,4}")
# C.D. Cal.'s chambers entry: "(IN CHAMBERS) TEXT-ONLY ENTRY by Magistrate X: ... Any opposition to this motion is
# due by September 18, 2025" (the court's deadline; one that only informs sets none)
_CHAMBERS_ENTRY_RX: Final = re.compile(r"\W{0,5}(?:\(?in\s{1,3}chambers\)?\s{1,3})?text[\s-]{1,3}only\s{1,3}entry\b")
_DEADLINE_ORDER_HINT: Final = _Finder(("file", "submit", "respond", "reply", "days", "weeks", "later", "before", "due",
                                       "propose"),
                                      r"file|submit|respond|reply|days|weeks|later|before|due|propose", short=40,
                                      lits=("file", "submit", "respond", "reply", "days", "weeks", "later", "before",
                                            "due", "propose"))
# rulings in a minute entry or minute order that are about neither dates nor a listed relief
_OTHER_RULING: Final = _Finder(
    ("appoint", "allows", "allowed", "relieved", "exonerat", "vacates the order", "remanded", "detained", "released",
     "under seal", "to seal", "relat", "reassign", "authoriz", "approving", "consolidating", "order of consolidation",
     "sever", "set aside", "stipulation to consolidate", "referred to"),
    r"appoint(?:s|ed|ing)\b|allow(?:s|ed)\b|relieved\b|exonerat|vacates\s{1,3}the\s{1,3}order|remanded|detained|released"
    r"|under seal\b|to seal\b|relat(?:e|ing)\s{1,3}(?:the\s{1,3})?cases?\b|reassign(?!ed\s{1,3}(?:civil\s{1,3})?case)"
    # a bankruptcy court's relief beside its dates: "Interim Order Authorizing ... Use of Cash Collateral ... A final
    # hearing ... will be held", "Order (I) Scheduling a Combined Hearing ..., (II) Approving the Solicitation Procedures"
    r"|authoriz(?:es|ing)\s{1,3}(?:the\s{1,3})?(?:debtors?|trustees?|use|payment|employment|retention|sale|assumption|"
    r"rejection|entry)\b|approving\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,15}\s{1,3})?(?:solicitation|procedures|disclosure|sale|"
    r"settlement|retention|employment|bid|assumption|rejection|compromise)"
    # "ORDER CONSOLIDATING CASES AND SETTING SCHEDULE", "ORDER Severing Defendant X and Setting Dates": a ruling on the
    # case's parties or cases beside its dates
    r"|consolidating\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,15}\s{1,3}){0,2}?(?:cases|actions|matters)\b|order of consolidation"
    # "STIPULATION TO CONSOLIDATE CASES AND SET BRIEFING SCHEDULE AND ORDER ... Granting 41 Stipulation" (both labelers)
    r"|stipulation to consolidate\b"
    # "this case is hereby referred to the calendar of Honorable X for ... discovery scheduling", "Case is referred to
    # Hon. Mark D. Fox. So Ordered": a referral beside the dates (both labelers of unseen and unseen8)
    r"|referred to (?:the calendar of )?(?:the )?(?:hon\b|honorable|magistrate|a united states magistrate)"
    r"|sever(?:s|ed|ing)\b"
    # "ORDER ON JOINT STIPULATION TO SET ASIDE AND VACATE CLERKS ENTRY OF DEFAULT AND EXTEND TIME TO RESPOND"
    r"|set\s{1,3}aside\s{1,3}(?:and\s{1,3}vacate\s{1,3})?(?:the\s{1,3})?(?:clerk'?s\s{1,3})?entry\s{1,3}of\s{1,3}default\b",
    short=30,
    lits=("exonerat", "remanded", "detained", "released", "order of consolidation", "stipulation to consolidate"),
)
def _changed_injunction(text: str, sents: list[tuple[int, int]]) -> tuple[OrderType, Disposition] | None:
    """An injunction a body sentence extends or dissolves (DESIGN.md: a relief the entry changes is its subject)."""
    for a, b in sents[1:8]:
        seg = text[a:b]
        if "extend" not in seg and "dissolv" not in seg:
            continue
        subj, pos = _subject(seg)
        if subj in _INJUNCTIONS:
            d = _disposition(seg, pos)
            if d in ("extended", "dissolved"):
                return subj, d
    return None


def _earlier_ruling(
    text: str, sents: list[tuple[int, int]], rank: int, title_d: Disposition | None
) -> tuple[OrderType, Disposition | None] | None:
    """A ruling in the body (a disposition word and a subject in one sentence) on a subject ranked before `rank`
    in DESIGN's list, with a disposition of its own; or a judgment the body enters on the title's ruling ("THE
    MOTION TO DISMISS IS GRANTED. JUDGMENT IS ENTERED IN FAVOR OF DEFENDANTS")."""
    for a, b in sents:
        if rank > _PRECEDENCE["judgment"] and "entered" in text[a:b] and _JUDGMENT_NOW_ENTERED.search(text, a, b):
            return "judgment", title_d
        if not _DISP_RX.has(text, a, b) and "enjoined" not in text[a:b]:  # ("Defendant is permanently enjoined")
            continue
        seg = text[a:b]
        subj, pos = _subject(seg, strong=True)
        if subj is not None and _PRECEDENCE[subj] < rank and not _conditional(seg):
            # (not "If a stay is not ordered by the Ninth Circuit ..., the Receiver is directed to ... achieve
            # compliance with the Consent Decree": a condition, no ruling)
            d = _order_disposition(seg, pos, subj)
            if d is not None:
                return subj, d
    return None


_RE_MOTION_RX: Final = re.compile(r"\bre:?\s{1,3}(?:\[?\d{1,5}\]?\s{1,3})?(?:[\w'-]{1,15}\s{1,3}){0,3}?motions?\s{1,3}(?:to|for)\s{1,3}$")
# (entered by this order, not "judgment shall be entered", a judgment to be entered separately: the order's own ruling,
# a dismissal, is its subject)
_JUDGMENT_NOW_ENTERED: Final = re.compile(r"\bjudgments?\s{1,3}(?:is\s{1,3})?(?:hereby\s{1,3})?entered\b")
_JUDGMENT_ENTERED: Final = re.compile(
    r"\bjudgments?\s{1,3}(?:is\s{1,3}|shall\s{1,3}be\s{1,3}|be\s{1,3})?(?:hereby\s{1,3})?entered\b")
_PRECEDENCE: Final[dict[str, int]] = {name: k for k, (name, _) in enumerate(_SUBJECTS)}
_INJUNCTIONS: Final = frozenset(("temporary_restraining_order", "preliminary_injunction", "permanent_injunction"))


def _order_disposition(seg: str, pos: int, subj: str, found: list[re.Match[str]] | None = None) -> Disposition | None:
    """(`found`: _DISP_RX.finditer(seg), when the caller has it.)"""
    if subj == "order_to_show_cause":
        d = _disposition(seg[:pos], pos)
    else:
        d = _disposition_of(seg, _DISP_RX.finditer(seg) if found is None else found, pos)
    if d == "denied" and subj in _INJUNCTIONS and " from den" in seg and all(
            seg.endswith(" from ", 0, m.start()) for m in _DENIED_RX.finditer(seg)):
        d = "granted"  # "... are permanently enjoined from denying a marriage license": what is enjoined, no ruling word
    if d == "denied" and subj == "dismissal" and seg.startswith("dismissing", pos) and seg.endswith(" and ", 0, pos):
        return "granted"  # "Order Denying Confirmation of Chapter 13 Plan and Dismissing Case": the case is dismissed
    cross = _CROSS_MOTIONS.get(subj) if d in ("denied", "granted_in_part") else None
    if cross is not None and cross[0] in seg and not ("in part" in seg and _GIP_RX.search(seg)) and cross[1].search(
            seg) and cross[2].search(seg):
        # "DENYING the plaintiff's 16 Motion for Summary Judgment and GRANTING the defendants' 17 Cross-Motion for
        # Summary Judgment", "GRANTING 33 Plaintiffs' MOTION for Preliminary Injunction, DENYING 41 Defendants' MOTION
        # for Preliminary Injunction": cross motions, one side's granted: the relief is granted
        return "granted"
    if subj == "class_certification" and d in (None, "granted") and "decertif" in seg:
        return "dissolved"  # "ORDER granting 130 Motion to Decertify Class. The FLSA collective is DECERTIFIED"
    if d is None:
        if "render" in seg and "moot" in seg and _RENDERS_MOOT_RX.search(seg):
            return "denied"  # "The amended complaint renders the motion for preliminary injunction MOOT"
        if subj == "dismissal" and ("moot" in seg or " is " in seg or " are " in seg) and _MOTION_MOOT_RX.search(seg):
            return "denied"  # "the Motion to Dismiss Counterclaims (docket 10) is DISMISSED as moot"
        if subj == "dismissal" and (_DISMISS_DONE.search(seg) or _DISMISS_ENTERED.search(seg)) and _DISMISS_ASKED.search(seg):
            return "granted"  # a request to dismiss ruled on; a dismissal on the court's own motion has none
        if subj in _INJUNCTIONS and ("enjoined" in seg or "restrained" in seg or _INJUNCTION_HEAD_RX.match(seg)):
            return "granted"  # (an entry headed by the injunction itself, "ORDER AND PRELIMINARY INJUNCTION. Signed by")
        if subj == "stay" and ("stayed" in seg or "staying" in seg) and _STAY_ASKED.search(seg, 0, _stay_word_end(seg)):
            return "granted"  # "The parties' joint request is well taken. The case is STAYED": the stay asked, ordered
            # (a stay on the court's own motion has none: "ORAL ORDER STAYING CASE. CASE STAYED FOR 30 DAYS")
        if subj == "order_to_show_cause" and ("discharg" in seg or _VACATING_OSC_RX.search(seg)):
            return "dissolved"  # "ORDER DISCHARGING ORDER TO SHOW CAUSE", "the Order to Show Cause is DISCHARGED"
        if _implied_grant(seg):
            return "granted"
    elif d == "granted_in_part" and not ("in part" in seg and _GIP_RX.search(seg)):
        # granted, then a denial: "in part" only when the denied paper has the same subject ("granting [62] motion
        # to continue ..., denying motion for a trial setting"); "granting [19] Motion to Dismiss; denying [22]
        # Motion to Amend" grants the dismissal
        den = _DENIED_RX.search(seg, pos)
        if den is not None and not seg.startswith(" as to", den.end()) and (not _same_subject(
                seg[den.end() : den.end() + 90], subj) or seg.startswith(" as moot", den.end())):
            # ("... and DENIED as to the nationwide class": in part; "granting 13 Motion to Dismiss ...; denying as moot
            # 16 Motion to Dismiss for Lack of Jurisdiction": the other motion needs no ruling, the dismissal is whole)
            return "granted"
        if den is not None and "fee" in seg and "fee" not in seg[: max(0, den.start() - 80)] and _FEES_RX.search(
                seg, max(0, den.start() - 80), den.end() + 60):
            return "granted"  # "granting 48 Motion to Compel; Plaintiff's request for attorneys' fees is denied": the fees
    return d


# an award of fees and costs asked for with a motion (its denial leaves the motion granted)
_FEES_RX: Final = re.compile(r"attorney(?<!\wattorney)(?:'s|s'|s)?\s{1,3}fees?\b|fees\s{1,3}(?:and|&)\s{1,3}costs\b"
                             r"|costs\s{1,3}(?:and|&)\s{1,3}(?:attorney'?s?'?\s{1,3})?fees\b")


_OTHER_MOTIONS_MOOT: Final = re.compile(
    r"(?:outstanding|pending)\s{1,3}motions\s{1,3}(?:are\s{1,3})?(?:hereby\s{1,3})?den(?:ied|y)")


def _same_subject(clause: str, subj: str) -> bool:
    """Whether the paper named in `clause` has the subject `subj` (for "granted in part" across two papers)."""
    other, _ = _subject(clause)
    if subj == "scheduling_order":
        return other is None and _SCHED_RX.has(clause)
    if subj == "other_order":
        return other is None and not _SCHED_RX.has(clause)
    return other == subj


_GRANTING_PAPER_RX: Final = re.compile(r"\bgranting\s{1,3}\[?\d{1,5}\]?\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,2}?(?:stipulation|motion)\b")
_ADOPTED_TENTATIVE_RX: Final = re.compile(r"\badopt(?:s|ed)\s{1,3}(?:its|the)\s{1,3}tentative\s{1,3}(?:ruling|order)\b")
_SUBMIT_PROPOSED: Final = re.compile(r"\bsubmit\s{1,3}(?:a\s{1,3}|an\s{1,3}|the\s{1,3})?proposed\b")


def _minutes_order(
    text: str, sents: list[tuple[int, int]], hearings: tuple[HearingAction, ...]
) -> tuple[OrderType | None, Disposition | None]:
    """Minutes record a proceeding; they record a ruling only when they say so (granted, denied, dismissed...),
    and a scheduling ruling when they continue a proceeding or only set dates."""
    first = sents[:20]
    # ("CASE TO BE DISMISSED", "submit a proposed stipulated order ... that the hold has been lifted": to come)
    hits = [m.start() for m in _RULING_WORDS.finditer(text, 0, first[-1][1])
            if not _TO_BE_RX.search(text, max(0, m.start() - 16), m.start())
            and (text.find("proposed", max(0, m.start() - 150), m.start()) == -1
                 or not _SUBMIT_PROPOSED.search(text, max(0, m.start() - 160), m.start()))]
    ruled = [(a, b) for a, b in first if bisect_left(hits, a) < bisect_left(hits, b)]
    scope = text[: first[-1][1]]
    words = _subject_words(scope)  # (no subject word in the scope: no sentence of it has a subject)
    ruled_spans = set(ruled)
    ruled_at = {span for span in first if span in ruled_spans}
    for k, (a, b) in enumerate(first) if words else ():
        seg = text[a:b]
        subj, pos = _subject(seg, words)
        if subj is None:
            continue
        # the relief is what a ruling sentence rules on: its own, or the next one's when that names none
        # ("Motion to dismiss hearing held. The motion is GRANTED."); a relief only mentioned is not the subject
        # ("Briefing on the motion to dismiss is revised as follows")
        if subj == "order_to_show_cause" or (a, b) in ruled_at or (
                k + 1 < len(first) and first[k + 1] in ruled_at
                and _subject(text[first[k + 1][0] : first[k + 1][1]], words)[0] is None):
            d = _disposition(seg, pos)
            if d is None and subj != "order_to_show_cause":
                if (a, b) not in ruled_at:  # "Motion Hearing held re [22] Motion for TRO. The motion is DENIED."
                    d = _first_disposition(text[first[k + 1][0] : first[k + 1][1]])
                d = d or _order_disposition(seg, pos, subj) or _first_disposition(
                    " ".join(text[x:y] for x, y in ruled))
            return subj, d
    if words and ruled:
        # "Motion Hearing held re [35] MOTION for Summary Judgment. ... Court grants motion.": the one relief named
        # is what a ruling on "the motion" rules on
        named = [_subject(text[a:b], words) for a, b in first]
        subjects = {subj for subj, _ in named if subj is not None}
        if len(subjects) == 1 and "motion" in scope:
            subj_at = min(k for k, (subj, _) in enumerate(named) if subj is not None)
            for a, b in ruled:
                k = first.index((a, b))
                if k > subj_at and _subject(text[a:b], words)[0] is None and _GENERIC_RULING_RX.search(text, a, b) and (
                        "motion" not in text[first[subj_at][1] : a]):
                    return subjects.pop(), _first_disposition(text[a:b])
    if words & 0b1111:  # (tro, restrain, enjoin, injunct) "The TRO previously entered [21] is extended ... through 1/17"
        changed = _changed_injunction(text, [(0, 0), *first])
        if changed is not None:
            return changed
    actions = {h.action for h in hearings}
    sched_entered = "schedul" in text and (_SCHED_ENTERED.search(text) is not None or "following" in text and (
        _ENTERS_SCHEDULE.search(text) is not None))  # ("the Court enters the following briefing schedule on ...")
    if "held" in actions and not sched_entered:
        if not ruled and "extended" in scope and _DEADLINE_EXTENDED_RX.search(scope):
            # "Status hearing held on 11/2/2017. ... The deadline for all expert reports is extended to 12/7/2017": the
            # minutes extend a deadline
            return "scheduling_order", "extended"
        seg = " ".join(text[a:b] for a, b in ruled)
        if ruled and all(_SCHED_RX.has(text, a, b) for a, b in ruled) and actions & {"moved", "vacated", "set"}:
            return "scheduling_order", _first_disposition(seg)  # "oral motion to continue is granted; continued to"
        if not ruled and "tentative" in scope and _ADOPTED_TENTATIVE_RX.search(scope):
            return "other_order", None  # "Status Conference held. The Court adopted its tentative ruling regarding ..."
        return ("other_order", _first_disposition(seg)) if ruled else (None, None)
    other = [(a, b) for a, b in ruled if not _SCHED_RX.has(text, a, b)]
    if other:  # a ruling on something else than dates ("finding as moot the motion to detain")
        return "other_order", _first_disposition(" ".join(text[a:b] for a, b in other))
    if actions or sched_entered or ruled:  # (every ruled sentence is about dates)
        seg = " ".join(text[a:b] for a, b in ruled)
        return "scheduling_order", _first_disposition(seg)
    return None, None




# "granting 60 Motion to Compel", "denying [12] motion for leave", "granting # 23 Motion": a ruling verb and the paper
# it rules on
_RULED_PAPER = re.compile(
    r"(?:grant(?<!\wgrant)|den(?<!\wden)(?:y|ie)|deny(?<!\wdeny))\w{0,3}\s{1,3}(?:(?:#\s{0,2})?\[?\d{1,5}(?:-\d{1,3})?\]?\s{1,3})?(?:[\w'-]{1,15}\s{1,3}){0,4}?"
    r"(?:motion|application|request|stipulation|petition)s?\b([^;.]{0,60})")


_LATER_CLAUSE_RULING_RX: Final = re.compile(r";\s{1,3}and\s{1,3}(?:grant|deny|deni)")
_PAPER_NUMBER_RX: Final = re.compile(r"\b(\d{1,5})\b")
_NAMED_PAPER_RX: Final = re.compile(
    r"\b(\d{1,5})\]?\s{1,3}(?:[\w'-]{1,15}\s{1,3}){0,3}?(?:motion|application|request|stipulation|petition)\s{1,3}"
    r"(?:for|to)\s[^;.]{1,60}")


def _rules_on_paper_not_about_dates(title: str) -> bool:
    """"ORDER granting 61 Motion for Protective Order. The Motion Hearing set for 3/18 is CANCELLED": the ruling is
    on a paper about something else than dates (other_order comes before scheduling_order)."""
    if "grant" not in title and "den" not in title:
        return False
    m = _RULED_PAPER.search(title)
    if m is None:
        return False
    paper = m.group()
    if not m.group(1).strip(" ,"):
        # "granting 25 Stipulation.": a paper the title does not say the subject of, unless it named it before by its
        # number ("ORDER VACATING HEARING ON 118 MOTION FOR WITHDRAWAL AS COUNSEL FOR PLAINTIFF; AND GRANTING 118 MOTION")
        num = _PAPER_NUMBER_RX.search(paper)
        if num is None:
            return False
        named = _NAMED_PAPER_RX.search(title, 0, m.start())
        while named is not None and named.group(1) != num.group(1):
            named = _NAMED_PAPER_RX.search(title, named.end(), m.start())
        if named is None:
            return False
        paper = named.group()
    return not _SCHED_RX.has(paper) and not _VAC_PROC_RX.has(paper)


def _ruled_before_dates(title: str, sched_at: int) -> bool:
    """Whether a clause before the dates' one rules on a paper not about dates ("DENYING DEFENDANTS 321 MOTION TO
    VACATE; SETTING HEARING ON PLAINTIFFS MOTION FOR CONTEMPT SANCTIONS", "granting 47 Motion for Jury Trial and
    Setting Trial Date")."""
    semi = title.rfind("; ", 0, sched_at)
    if semi != -1 and title[semi + 2 : sched_at] in ("", "order "):
        # (the dates' clause starts with them: "...; SETTING HEARING ON ...", "...; ORDER SETTING ...")
        m = _RULED_PAPER.search(title, 0, semi)
        return m is not None and not _SCHED_RX.has(m.group())
    if title.endswith(" and ", 0, sched_at) and title.startswith(("setting", "scheduling", "resetting"), sched_at):
        # "ORDER granting 18 and 25 Motions to Intervene and setting zoom video conference for": a paper whose relief
        # is named ("... Ex Parte Application and RESETTING Hearings": what it asked is the resetting)
        m = _RULED_PAPER.search(title, 0, sched_at - 5)
        return m is not None and m.group(1).startswith((" to ", " for ")) and not _SCHED_RX.has(m.group())
    return False


def _extension_scope(title: str) -> str:
    """The title up to what an extension of time is for: "granting 19 Motion for Extension of Time to File
    Response/Reply re 17 MOTION to Intervene ..., 10 MOTION to Seal Document": the papers after "re" are what the
    responses answer, not rulings (both labelers of fresh2)."""
    ext = title.find("extension of time")
    if ext == -1:
        return title
    re_at = title.find(" re ", ext, ext + 80)
    return title if re_at == -1 else title[:re_at]


def _rules_on_other_motion(title: str) -> bool:
    """Whether the title rules on two papers, one of them not about dates ("granting 60 Motion to Compel; granting
    60 Motion to Continue"): DESIGN's precedence puts other_order before scheduling_order."""
    if "grant" not in title and "den" not in title:
        return False
    # ("... the Court denies the motion without prejudice": the same paper again)
    ruled = [m.group() for m in _RULED_PAPER.finditer(title) if not _SAME_PAPER_RX.match(m.group())]
    if len(ruled) == 1 and " and " in title:
        # one verb, two numbered papers: "granting 27 Motion to Amend Complaint and 28 Motion for Extension of Time"
        m = _RULED_PAPER.search(title)
        a = _AND_PAPER.search(title, m.start()) if m is not None else None
        if m is not None and a is not None:
            ruled = [title[m.start() : a.start()], a.group()]
    return len(ruled) > 1 and any(not _SCHED_RX.has(r) for r in ruled)


_SAME_PAPER_RX: Final = re.compile(r"\w{1,10}\s{1,3}(?:the|said|this)\s{1,3}(?:motion|application|request|stipulation|petition)\b")
_AND_PAPER: Final = re.compile(
    r"\band\s{1,3}(?:(?:plaintiff|defendant|petitioner|respondent|movant)s?'s?\s{1,3})?\[?\d{1,5}(?:-\d{1,3})?\]?\s{1,3}"
    r"(?:[\w'-]{1,15}\s{1,3}){0,4}?(?:motion|application|request|stipulation|petition)\b[^;.]{0,60}")
