"""Resolving the readings of one entry's hearing actions: one proceeding read twice (the court's prose and the clerk's
"X set for <date>"), a setting that an order continuing it makes a move, a move and a vacatur that are one move."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Final

from parsers.docket_facts import HearingAction
from parsers.docket_scan import _PROC_RX

log = logging.getLogger(__name__)


def _proceeding_word(about: str | None) -> str | None:
    if not about:
        return None
    word = about.rsplit(" ", 1)[-1]
    return "conference" if word.endswith("conference") else word


def _names_word(title: str, word: str) -> bool:
    """`word` stands in `title` as a word of its own: "trial" is not in "RESETTING PRETRIAL CONFERENCE"."""
    i = title.find(word)
    while i > 0 and title[i - 1].isalpha():
        i = title.find(word, i + 1)
    return i != -1


_PROC_NOUNS: Final = frozenset(("hearing", "conference", "trial", "sentencing", "arraignment", "argument"))


def _each_vacated(i: int, h: HearingAction) -> list[tuple[int, HearingAction]]:
    """A vacatur of two proceedings named together is one of each ("The final pretrial conference and jury trial are
    VACATED")."""
    if h.action != "vacated" or h.about is None or " and " not in h.about:
        return [(i, h)]
    a, b = h.about.split(" and ", 1)
    b = b[4:] if b.startswith("the ") else b
    # (each a proceeding of its own, the first qualified: not "all hearing and trial dates", "status and scheduling
    # conference", "trial date and pretrial deadlines")
    if " " not in a or a.rsplit(" ", 1)[1] not in _PROC_NOUNS or b.rsplit(" ", 1)[-1] not in _PROC_NOUNS or " and " in b:
        return [(i, h)]
    return [(i, HearingAction("vacated", h.date, h.time, h.previous_date, a)),
            (i, HearingAction("vacated", h.date, h.time, h.previous_date, b))]


# the rest of a title after its "continu": only the word's end ("granting 79 Motion to Continue.")
_NAMES_NOTHING: Final = re.compile(r"\w{0,6}\W{0,3}$")


def _settle(out: list[tuple[int, HearingAction]], cont_title: str | None = None) -> tuple[HearingAction, ...]:
    """Resolve overlapping readings of one proceeding, then drop duplicates."""
    if not out:
        return ()
    for _, h in out:
        if h.action == "vacated" and h.about is not None and " and " in h.about:
            out = [p for i, v in out for p in _each_vacated(i, v)]
            break
    if len(out) == 1 and (cont_title is None or out[0][1].action != "set"):
        return (out[0][1],)  # one reading: nothing to resolve (what the general rules below leave of it)
    vac_dates = {h.date for _, h in out if h.action == "vacated" and h.date is not None}
    moved_prev = {h.previous_date for _, h in out if h.action in ("moved", "vacated") and h.previous_date is not None}
    moved_new = {h.date for _, h in out if h.action == "moved" and h.date not in vac_dates}
    moved_from = {(h.previous_date, _proceeding_word(h.about)) for _, h in out if h.action == "moved" and h.previous_date}
    res: list[HearingAction] = []
    # a continuance that names nothing ("oral motion to continue-Granted"): the proceeding held today is moved
    held_on = {_proceeding_word(h.about): h.date for _, h in out if h.action == "held"} if (
        cont_title is not None and not _PROC_RX.has(cont_title)) else {}
    # (an entry that continues without naming what and only sets: its settings are the new dates)
    only_sets = cont_title is not None and _NAMES_NOTHING.match(cont_title) is not None and all(
        h.action == "set" for _, h in out)
    for _, h in sorted(out, key=lambda t: t[0]):
        if h.action == "set" and h.date is not None and (
            h.date in vac_dates or h.date in moved_prev or h.date in moved_new):
            continue  # "set for 1/28 is CONTINUED to ...", "set for 1/28 is VACATED", "(Time change only) reset"
        if h.action == "moved" and h.date in vac_dates:
            continue  # "reset for 4/14 is canceled"
        if h.action == "moved" and h.previous_date is None and h.date is not None and h.about and (
                (h.date, _proceeding_word(h.about)) in moved_from):
            continue  # "NOTICE Continuing Motion Hearing ... . The Motion Hearing set for 1/27 is re-set for 3/24": one move
        if h.action == "vacated" and h.date is not None and h.date in moved_prev:
            continue  # "be vacated and rescheduled to ..."
        if h.action == "set" and cont_title is not None:
            word = _proceeding_word(h.about)
            if word is None and _PROC_RX.has(cont_title) or word is not None and _names_word(cont_title, word):
                h = HearingAction("moved", h.date, h.time, None, h.about)  # an order continuing: "Trial set for <new>"
            elif word is not None and word in held_on:
                h = HearingAction("moved", h.date, h.time, held_on[word], h.about)
            elif (word == "trial" or only_sets) and not _PROC_RX.has(cont_title):
                # "ORDER TO CONTINUE - Ends of Justice. Jury Trial set for <new>": what a continuance naming nothing
                # continues is the trial (its other settings are new), or, when its title says only "Motion to
                # Continue", what it sets ("granting 79 Motion to Continue. Motion Hearing set for 10/25/2017", "granting
                # 58 Motion to Continue. Final Pretrial Conference set for 9/2/2014 ... Jury Trial set for 9/15/2014")
                h = HearingAction("moved", h.date, h.time, None, h.about)
        res.append(h)
    if any(h.action == "vacated" and h.date is not None for h in res):
        # an undated vacatur of a proceeding a dated one names is the same one; of another proceeding it stays
        # ("Status hearing set for 10/20 is stricken ... Motion hearing stricken")
        dated = {h.about for h in res if h.action == "vacated" and h.date is not None}
        res = [h for h in res if not (h.action == "vacated" and h.date is None and (
            h.about is None or h.about in dated or len(h.about.split()) < 2))]
    if any(h.action == "moved" and h.date is None for h in res):
        # an undated move of what a dated move also moves is that move ("Notice Rescheduling Hearing ... Pretrial
        # Conference previously set for 11/18/2016 at 10:30 a. m. is reset for 2/21/2017")
        dated_prev = {h.previous_date for h in res if h.action == "moved" and h.date is not None}
        dated_words = {_proceeding_word(h.about) for h in res if h.action == "moved" and h.date is not None}
        # ("ORDER CONTINUING SENTENCING HEARING ... the Sentencing Hearing set for November 2, 2026 is hereby continued
        # to February 8, 2027": "sentencing" is the sentencing hearing)
        dated_abouts = [h.about for h in res if h.action == "moved" and h.date is not None and h.about]
        res = [h for h in res if not (h.action == "moved" and h.date is None and (
            h.previous_date in dated_prev if h.previous_date is not None else (
                h.about is not None and (_proceeding_word(h.about) in dated_words or any(
                    a.startswith(h.about + " ") for a in dated_abouts)))))]
    held = [h for h in res if h.action == "held"]
    if any(h.date is not None for h in held):
        res = [h for h in res if not (h.action == "held" and h.date is None)]
    elif len(held) > 1:  # undated: one per proceeding ("first appearance ... arraigned": two were held)
        kept: dict[str | None, HearingAction] = {}
        for h in held:
            kept.setdefault(_proceeding_word(h.about), h)
        if len(kept) > 1:
            kept.pop(None, None)
        keep = {id(h) for h in kept.values()}
        res = [h for h in res if h.action != "held" or id(h) in keep]
    res = _merge_restatements(res)
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




def _merge_restatements(res: list[HearingAction]) -> list[HearingAction]:
    """One setting stated twice in other words: drop a "set" with no date when a dated "set" names the same
    proceeding ("has scheduled an Initial Case Management Conference ... Conference set for 12/19/2017"), and a
    reading with no name when a named one has the same action, date and time (the court's prose and the clerk's
    "(Pre-Motion Conference set for 8/1/2017 ...)"). A move with no old date and a dated vacatur of an earlier date
    ("motion to dismiss is continued to 11/3 ... Motion hearing date of 10/27 is stricken") are one move."""
    if len(res) < 2:
        return res
    dated_set = {_proceeding_word(h.about) for h in res if h.action == "set" and h.date is not None}
    named = {(h.action, h.date, h.time) for h in res if h.about and h.date is not None and h.action != "held"}
    timed_set = {h.date for h in res if h.action == "set" and h.date is not None and h.time is not None}
    out = [h for h in res if not (
        h.action == "set" and h.date is None and _proceeding_word(h.about) in dated_set
        or h.about is None and h.date is not None and (h.action, h.date, h.time) in named
        # "... set the matter for a status conference on 6/18 at 9:00 AM. ... presence at the hearing set for 6/18"
        or h.action == "set" and h.time is None and h.date in timed_set)]
    # "Final Pretrial Conference ... moved to 2:00 PM ... final pretrial set for 2:00": one proceeding, two names
    kept: list[HearingAction] = []
    for h in out:
        if h.action != "held" and h.about and any(
                k.action == h.action and k.date == h.date and k.about and k.about != h.about
                and (k.about.startswith(h.about) or h.about.startswith(k.about)) for k in kept):
            continue
        if h.action == "held" and h.date is not None and h.about and any(
                k.action == "held" and k.date == h.date and k.about and (
                    k.about.endswith(h.about) or h.about.endswith(k.about)
                    or k.about.split()[-2:] == h.about.split()[-2:]) for k in kept):
            continue
        kept.append(h)
    out = kept
    moved_named = {_proceeding_word(h.about) for h in out if h.action == "moved" and h.date is not None}
    # "Confirmation Hearing Continued. Confirmation Hearing to be held on 07/25": one move, stated twice
    out = [h for h in out if not (h.action == "moved" and h.date is None and h.previous_date is None
                                  and _proceeding_word(h.about) in moved_named)]
    undated = [h for h in out if h.action == "moved" and h.date is None and h.previous_date is not None]
    dated = [h for h in out if h.action == "moved" and h.date is not None and h.previous_date is None]
    if len(undated) == 1 and len(dated) == 1 and dated[0].date != undated[0].previous_date:
        u, d = undated[0], dated[0]
        out = [HearingAction("moved", d.date, d.time, u.previous_date, d.about or u.about) if h is d else h
               for h in out if h is not u]
    elif len(undated) > 1 and dated:
        # "The Calendar Call set for 2/14 and Trial Period commencing 2/21 are CONTINUED. Calendar Call reset for
        # 5/9; Jury Trial reset for ... 5/15": each proceeding's old and new date, paired by its name
        pairs: dict[int, HearingAction] = {}
        for u in undated:
            word = _proceeding_word(u.about)
            for d in dated:
                if id(d) not in pairs and word is not None and word == _proceeding_word(d.about) and (
                        d.date > u.previous_date):  # type: ignore[operator]
                    pairs[id(d)] = u
                    break
        gone = {id(u) for u in pairs.values()}
        out = [HearingAction("moved", h.date, h.time, pairs[id(h)].previous_date, h.about) if id(h) in pairs else h
               for h in out if id(h) not in gone]
    moves = [h for h in out if h.action == "moved" and h.previous_date is None and h.date is not None]
    vacs = [h for h in out if h.action == "vacated" and h.date is not None]
    if len(moves) == 1 and len(vacs) == 1:
        mv, vac = moves[0], vacs[0]
        word = _proceeding_word(mv.about)
        if vac.date is not None and mv.date is not None and vac.date < mv.date and (
                word is None or word == _proceeding_word(vac.about)):
            merged = HearingAction("moved", mv.date, mv.time, vac.date, mv.about or vac.about)
            out = [merged if h is mv else h for h in out if h is not vac]
    return out
