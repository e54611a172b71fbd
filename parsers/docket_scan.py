"""Docket-text scanning shared by the order and hearing rules: cleaning, references, document kind, sentences,
and the precompiled patterns. Every regex is precompiled, uses bounded repetition only, and runs on ASCII-lowercased
text of at most _CAP characters."""

from __future__ import annotations

import logging
import re
import types
from typing import Any, Final

log = logging.getLogger(__name__)


_CAP: Final = 20_000
_I: Final = 0  # every pattern below runs on ASCII-lowercased text (see _lower); no IGNORECASE: it is slow
# A pattern searched through a whole entry begins each branch with a literal: sre then skips in C to the places of
# its first letters. A leading \b or look-behind turns that off (up to 50 times slower on a long entry), so it is
# written after the word: r"tro(?<!\wtro)" is r"\btro", r"order(?<!on\sorder)" is r"(?<!on\s)order".

# -- cleaning: stamps that are not dates of anything
_STAMP_RX: Final = re.compile(  # every branch starts with "(": fast scanning
    r"\((?:Entered|Filed on|Filed)\s{0,3}:?\s{0,3}[\d/]{6,10}\)"
    r"|\((?:Modified|Main Document \d{1,5} replaced) on [\d/]{6,10}[^()]{0,80}\)"
    r"|\(\s{0,2}[a-z]{1,6}(?:\s{0,2},\s{0,2}[a-zA-Z .]{0,30})?\)"
)
_SIGNED_RX: Final = re.compile(
    r"Modified on [\d/]{6,10}[^.()]{0,80}"
    r"|[Ss]igned by (?:[^.;]|(?<=[ .][A-Z])\.|(?<=Jr)\.|(?<=Sr)\.){0,80}? on [\d/]{6,10}\.?"  # ("Morrison C. England, Jr. on")
    r"|SIGNED BY (?:[^.;]|(?<=[ .][A-Z])\.|(?<=JR)\.|(?<=SR)\.){0,80}? ON [\d/]{6,10}\.?"
    r"|[\d/]{6,10} ENTERED AND COPIES [A-Z -]{0,30}\.?"  # E.D. Pa.'s stamp: "4/18/16 ENTERED AND COPIES E-MAILED."
    r"|(?:Ordered|Entered) by [^.;]{0,80}? on [\d/]{6,10}\.?",
)

# -- what kind of document the entry is
_FILING_HEAD: Final = re.compile(
    r"^[\W\d]{0,10}(?:\*?redacted\*?\s{1,3}|bnc\s{1,3})?(?:(?:defendant|plaintiff|government|petitioner|respondent|movant"
    r"|debtor|trustee|creditor)s?['\u2019]?s?"
    r"\s{1,3}|magistrate\s{1,3}judge\s{1,3}|material\s{1,3}witness\s{1,3})?"
    r"(?:(?:first|second|third|amended|joint|ex parte|exparte/consent|exparte|emergency|renewed|cross-?|oral|"
    r"supplemental|corrected|unopposed|consent|stipulated|sealed|agreed|notice of|assented(?:\s{1,3}|-)to)\]?\s{1,3}){0,4}"
    r"(?:motion|application|opposition|response|reply|memorandum(?!,?\s{1,3}(?:and|&)\s{1,3}(?:order|opinion)(?!,\s{1,3}reports?\s{1,3}and\s{1,3}recommendation)|,?\s{1,3}opinion"
    r"|[\s-]{1,3}(?:decision|ruling)|\s{1,3}order|\s{1,3}of\s{1,3}(?:decision|opinion))|brief|declaration|affidavit|stipulation(?!\s{1,3}(?:and|&)\s{1,3}(?:(?:agreed|consent)\s{1,3})?order)|"
    r"submitted\s{1,3}order|pro\s{1,3}hac\s{1,3}vice\s{1,3}(?:application|petition)|registration\s{1,3}of\s{1,3}(?:foreign\s{1,3})?judgment|"
    r"\[?proposed|lodged|reports?\s{1,3}(?:and|&)\s{1,3}(?:recommendations?|recommended\s{1,3}decision)|"
    r"findings\s{1,3}(?:of\s{1,3}fact\s{1,3})?(?:and|&)\s{1,3}recommendations?|transcript|exhibit|summons|complaint|answer|"
    r"certificate|certification\s{1,3}of\s{1,3}(?:counsel|no\s{1,3}objection)|state\s{1,3}court\s{1,3}(?:order|record|pleadings?|docket)|return(?:ed)?\s{1,3}(?:receipt|of\s{1,3}service|mail)|letter(?!\s{1,3}order)|request|objection|appeal|notice of appeal|sentencing memorandum|"
    r"waiver|addendum|pre-?sentence|consent(?!\s{1,3}(?:order|decree|judgment))|election\s{1,3}of\s{1,3}counsel|witness|exhibit|trial brief|status report|joint report|praecipe|"
    r"petition|redacted(?!\s{1,3}(?:\d{1,5}\s{1,3})?(?:[a-z-]{1,15}\s{1,3}){0,3}?(?:judgment|order))|subpoena|cja|appearance(?!\s{1,3}(?:hearing|held))|bond(?!\s{1,3}(?:review\s{1,3})?hearing)|submission|notice(?!\s{1,3}(?:(?:and|&)\s{1,3}order\b|of\s{1,3}(?:hearing|change|continuance|time\s{1,3}change|determination|e-filed\s{1,3}calendar|cancel+ation|reassignment|(?:reference|referral)\s{1,3}and\s{1,3}order|referral\b|"
    r"rescheduling|resetting)|to\s{1,3}(?:counsel|parties|appear)|regarding\s{1,3}hearing)))\b",
    _I,
)
_RULING_HEAD: Final = re.compile(
    r"^[\W\d]{0,10}(?:\(e\)\s{0,3}|chapter\s{1,3}\d{1,2}\s{1,3})?(?:\*?redacted\*?\s{1,3})?"
    # ("FINDINGS OF FACT, CONCLUSIONS OF LAW, AND ORDER (I) APPROVING THE DISCLOSURE STATEMENT ...")
    # ("(Text-Only) ORDER in Response to ...", "Clerk`s Text Order - ...", "SO ORDERED Granting 18 UNOPPOSED Motion")
    r"(?:findings\s{1,3}of\s{1,3}fact,\s{1,3}conclusions\s{1,3}of\s{1,3}law,\s{1,3})?(?:[A-Za-z/'`.&-]{1,20}\)?\s{1,3}){0,7}?"
    r"(?:order|judgment|decree|minutes?|minute entry|opinion|decision|ruling|civil minutes|endorsement|standing\s{1,3}orders"
    r"|so[\s-]{1,3}ordered)\b",
    _I,
)
_COURT_NOTICE_HEAD: Final = re.compile(
    r"^[\W\d]{0,10}(?:(?:court|clerk'?s?|scheduling|paperless|electronic)\s{1,3}){0,2}(?:notice\s{1,3}(?:cancel+ing|vacating|resetting|"
    r"re-?scheduling|continuing|setting)\b|notice\s{1,3}of\s{1,3}(?:[a-z-]{1,15}\s{1,3}){0,3}"
    r"(?:hearing|conference|trial|sentencing|arraignment|status|setting|resetting|rescheduling)"
    r"|notice\s{1,3}(?:of\s{1,3}(?:hearing|change|"
    r"continuance|rescheduling|resetting|correction|deficiency)|to\s{1,3}(?:counsel|parties|appear)|regarding\s{1,3}hearing)|set/?reset|"
    r"set\s{1,3}(?:hearing|deadlines)|reset\s{1,3}(?:hearing|deadlines)|terminate\s{1,3}(?:deadlines|hearings)|"
    r"utility\s{1,3}(?:re)?setting\s{1,3}(?:deadlines|hearings)|"
    # S.D.N.Y.'s chambers notice: "NOTICE: The Initial Pretrial Conference originally scheduled for July 10 is adjourned"
    r"notice:\s{1,3}(?:the\s{1,3})?(?:[a-z-]{1,15}\s{1,3}){0,4}?(?:hearing|conference|trial|sentencing|arraignment)\s{1,3}"
    r"(?:originally\s{1,3}|previously\s{1,3})?(?:scheduled|set)\b|"
    r"notice\s{1,3}(?:[a-z-]{1,15}\s{1,3}){0,3}?(?:hearing|conference|trial|sentencing|arraignment|docket\s{1,3}call"
    r"|calendar\s{1,3}call)\s{1,3}(?:set|reset|continued)\b|"
    r"(?:[a-z]{1,15}\s{1,3}){0,3}(?:hearing|conference|trial|sentencing|arraignment|calendar call)\s{1,3}"
    r"(?:set|reset|continued|held|vacated|scheduled\b(?!\s{1,3}(?:for|on)\b)))",
    _I,
)
# the words a _FILING_HEAD match can start with (its first letters are the text's first ones, within 12 characters)
_FILING_FIRST: Final = frozenset((
    "redacted", "bnc", "assented", "first", "second", "third", "amended", "joint", "ex", "emergency", "renewed", "supplemental", "cross", "oral",
    "corrected", "unopposed", "consent", "stipulated", "sealed", "notice", "motion", "application", "opposition",
    "response", "reply", "memorandum", "brief", "declaration", "affidavit", "stipulation", "proposed", "lodged",
    "report", "reports", "findings", "transcript", "exhibit", "summons", "complaint", "answer", "certificate", "letter",
    "request", "objection", "appeal", "sentencing", "waiver", "addendum", "pre", "presentence", "witness", "trial",
    "status", "praecipe", "petition", "subpoena", "cja", "appearance", "bond", "defendant", "defendants", "election",
    "plaintiff", "plaintiffs", "government", "governments", "petitioner", "petitioners", "respondent", "respondents",
    "movant", "movants", "magistrate", "material", "exparte", "agreed", "submission", "debtor", "debtors", "trustee",
    "trustees", "creditor", "creditors", "certification", "return", "returned", "submitted", "state", "registration", "pro"))


def _first_word(head: str) -> str:
    """The first run of a-z letters when it starts within the first 12 characters, else ""."""
    n = min(len(head), 40)
    k = 0
    while k < n and head[k] not in _AZ:
        k += 1
        if k > 11:
            return ""
    e = k + 1
    while e < n and head[e] in _AZ:
        e += 1
    return head[k:e]


_AZ: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


_MINUTES_HEAD: Final = re.compile(
    r"^[\W\d]{0,10}(?:(?:amended|civil|criminal|text|electronic|sealed|courtroom|clerk'?s|non-?document|paperless"
    r"|text[\s-]?only\))\s{1,3}){0,2}(?:minute|clerk'?s\s{1,3}notes|hearing\s{1,3}memo\b)", _I)
_MINUTE_ORDER: Final = re.compile(
    r"minute\s{1,3}order|in\s{1,3}chambers|order(?<!\worder)(?<!on\sorder)(?<!re\sorder)(?<!re:\sorder)\b(?!\s{1,3}to\s{1,3}show)")
_RULING_SPECIAL: Final = re.compile(
    r"^\W{0,5}(?:notice\s{1,3}of\s{1,3}document\s{1,3}discrepanc|mandate\b|certified\s{1,3}(?:true\s{1,3})?copy(?!\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:notice|complaint|petition|docket|"
    r"indictment|motion|transcript)\b)"
    r"|bankruptcy\s{1,3}case\s{1,3}closed)")
# ("Notice of Meeting of Creditors", "Chapter 7 Indiv/Joint--Notice of Meeting of Creditors", "First Meeting of Creditors")
_SLASH_DATE_RX: Final = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")
_CREDITORS_MEETING_RX: Final = re.compile(
    r"^\W{0,5}(?:chapter\s{1,3}\d{1,2}\s{1,3}(?:[\w/&]{1,12}\s{0,3}){0,2}-{0,2}\s{0,3})?(?:notice\s{1,3}of\s{1,3})?(?:first\s{1,3})?"
    r"meeting\s{1,3}of\s{1,3}creditors")
_NOT_RULING: Final = re.compile(r"^\W{0,5}judgments?\s{1,3}(?:and\s{1,3}commitment\s{1,3})?returned")

# -- subjects, in precedence order
_SUBJECTS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("temporary_restraining_order", re.compile(r"temporary\s{1,3}restraining\s{1,3}order|tro(?<!\wtro)s?\b|temporar(?:y|ily)\s{1,3}(?:restrain|enjoin)", _I)),
    # (a motion for "injunctive relief" before judgment asks for a preliminary injunction: "denying 10 MOTION for
    # injunctive relief filed by X")
    ("preliminary_injunction", re.compile(r"preliminary\s{1,3}injunct|injunction\s{1,3}pending\s{1,3}appeal"
                                          r"|motion\s{1,3}for\s{1,3}(?:(?:emergency|immediate)\s{1,3})?injunctive\s{1,3}relief"
                                          r"|application\s{1,3}for\s{1,3}(?:(?:emergency|immediate)\s{1,3})?injunctive\s{1,3}relief", _I)),
    # a consent decree entered is a permanent injunction; a proposed one, or compliance with one, is only mentioned
    ("permanent_injunction", re.compile(
        r"permanent(?:ly)?\s{1,3}(?:injunct|enjoin)|consent(?<!proposed\sconsent)(?<!with\sconsent)(?<!to\sconsent)\s{1,3}decree", _I)),
    ("class_certification", re.compile(
        r"class\s{1,3}certification|certif(?:y|ying|ication\s{1,3}of)\s{1,3}(?:a\s{1,3}|the\s{1,3})?"
        r"(?:\w{1,20}\s{1,3})?class\b|class\s{1,3}action\s{1,3}certif|decertif|certified\s{1,3}as\s{1,3}an?\s{1,3}class\b"
        r"|conditional(?:ly)?\s{1,3}certif|conditional\s{1,3}approval\s{1,3}of\s{1,3}(?:an?\s{1,3})?(?:[\w-]{1,10}\s{1,3}){0,2}"
        r"(?:class|collective)\b"
        r"|certify\s{1,3}(?:this|the)\s{1,3}(?:case|action|suit|matter)\s{1,3}as\s{1,3}a\s{1,3}class\b", _I)),  # (an FLSA collective action's "conditional certification")
    ("judgment", re.compile(r"judgment(?<!prejudgment)(?<!post-judgment)(?<!execution\sof\sjudgment)(?<!execution\sof\sthe\sjudgment)s?\b(?!\s{1,3}(?:to\s{1,3}(?:issue|follow|enter)|briefing|motions?\s{1,3}(?:are\s{1,3})?due))")),
    ("dismissal", re.compile(r"dismiss(?!al\s{1,3}(?:papers|documents))|discontinu(?!\w{0,4}\s{1,3}(?:service|supply|utility))|withdraw(?:ing|n|al\s{1,3}of)\s{1,3}(?:the\s{1,3}|this\s{1,3}|its\s{1,3})?appeal\b")),
    # (a case or habeas petition held in abeyance is stayed; a motion held in abeyance is only put off)
    # (to stay one deadline, "motion to stay deadline for responding to the complaint", puts off a date: no stay)
    ("stay", re.compile(r"stay(?:ed|ing|s)?\b(?!\s{1,3}away|\s{1,3}(?:the\s{1,3})?deadline\s)|hold(?:ing|s)?\s{1,3}(?:in\s{1,3}abeyance\s{1,3}(?:the\s{1,3})?"
                        r"(?:case|action|petition|proceedings?|matter)\b|(?:the\s{1,3}|this\s{1,3})?(?:case|action|petition|"
                        r"proceedings?|matter)\s{1,3}in\s{1,3}abeyance)")),
    # (a party's "Motion for Order to Show Cause" asks for one: ruled on, no order to show cause is issued by the ruling)
    ("order_to_show_cause", re.compile(
        r"show\s{1,3}cause(?<!motion\sfor\sorder\sto\sshow\scause)(?<!motion\sfor\san\sorder\sto\sshow\scause)"
        r"|osc(?<!\wosc)\b", _I)),
)
_SHORT: Final = 80  # below this window length one regex scan is cheaper than one str.find per key


def _probe() -> None:
    """(A plain function: compiled by mypyc, it is no longer a Python function object.)"""


_MYPYC: Final = not isinstance(_probe, types.FunctionType)  # this module runs compiled with mypyc




_MULTI_KEYS: Final = 8  # (measured: 3 keys scan faster one at a time)


def _automaton(keys: tuple[str, ...]) -> Any:
    """An Aho-Corasick automaton over `keys` (every occurrence of every key in one pass over a text), or None where
    ahocorasick_rs is not installed: the callers then test one key at a time (same results, slower)."""
    try:
        import ahocorasick_rs
    except ImportError:  # pragma: no cover - an install without it
        return None
    return ahocorasick_rs.AhoCorasick(list(keys), matchkind=ahocorasick_rs.MatchKind.Standard)


class _Finder:
    """A pattern whose every match starts with one of `keys`: candidates are found with str.find (C speed) and
    confirmed with an anchored match. Scanning every position with a large alternation is several times slower
    on a whole entry; on a short window (< `short` characters, measured per pattern) the plain regex scan is the
    cheaper one. A key absent from the window is skipped with one `in` test (cheaper than a failing find)."""

    def __init__(self, keys: tuple[str, ...], pattern: str, short: int = _SHORT, lits: tuple[str, ...] = (),
                 compiled_short: int | None = None) -> None:
        self.keys = keys
        self.rx = re.compile(pattern)
        # compiled with mypyc, the key loop costs less (the regex scan the same): a lower threshold pays. Only where
        # the keys find every place the pattern can match (same results either way: the threshold is speed only)
        self.short = compiled_short if _MYPYC and compiled_short is not None else short
        # keys that are whole branches of the pattern (a plain word): where one occurs, the pattern matches
        self.lits = frozenset(lits)
        if not self.lits <= frozenset(keys):
            raise ValueError(f"_Finder: lits {sorted(self.lits - frozenset(keys))} are not keys of {pattern[:40]!r}")
        # every key's places in one pass, for finditer and search (which need them all; has stops at the first match:
        # one key at a time is cheaper there). With a few keys, one scan per key is cheaper than the automaton's call
        self.ac: Any = _automaton(keys) if len(keys) >= _MULTI_KEYS else None

    def _starts(self, text: str, pos: int, end: int) -> list[int]:
        sub = text if pos == 0 and end == len(text) else text[pos:end]
        if self.ac is not None:
            found = [i + pos for _, i, _ in self.ac.find_matches_as_indexes(sub, overlapping=True)]
            found.sort()
            return found
        out: list[int] = []
        for key in self.keys:
            if key not in sub:  # (`in` is cheaper than a find that fails)
                continue
            i = text.find(key, pos, end)
            while i != -1:
                out.append(i)
                i = text.find(key, i + 1, end)
        out.sort()
        return out

    def has(self, text: str, pos: int = 0, endpos: int | None = None, keys: tuple[str, ...] | None = None) -> bool:
        """Whether the pattern occurs (stops at the first match found, in any order). `keys`: the keys a text that
        holds this window holds (see keys_in), when known: the others cannot be in the window either."""
        end = len(text) if endpos is None else min(endpos, len(text))
        if end - pos < self.short:
            return self.rx.search(text, pos, end) is not None
        rx = self.rx
        lits = self.lits
        sub = text if pos == 0 and end == len(text) else text[pos:end]
        for key in self.keys if keys is None else keys:
            if key not in sub:
                continue
            if key in lits:
                return True
            i = text.find(key, pos, end)
            while i != -1:
                if rx.match(text, i, end) is not None:
                    return True
                i = text.find(key, i + 1, end)
        return False

    def keys_in(self, text: str) -> tuple[str, ...]:
        """The keys that occur in `text`."""
        return tuple([key for key in self.keys if key in text])

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        if end - pos < self.short:
            return self.rx.search(text, pos, end)
        rx = self.rx
        if self.ac is not None:  # the leftmost match: the places of every key, in order, until the pattern matches
            last = -1
            for i in self._starts(text, pos, end):
                if i != last:
                    m = rx.match(text, i, end)
                    if m is not None:
                        return m
                    last = i
            return None
        # the leftmost match: for each key, its first place where the pattern matches, looked for only before the
        # best place found so far (the same match as trying every key's places in order)
        sub = text if pos == 0 and end == len(text) else text[pos:end]
        best = end
        found: re.Match[str] | None = None
        for key in self.keys:
            if best == end:
                if key not in sub:
                    continue
                lim = end
            else:
                lim = min(end, best + len(key) - 1)  # (an occurrence starting before `best`)
            i = text.find(key, pos, lim)
            while i != -1:
                m = rx.match(text, i, end)
                if m is not None:
                    best = i
                    found = m
                    break
                i = text.find(key, i + 1, lim)
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        if end - pos < self.short:
            return list(self.rx.finditer(text, pos, end))
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


_SCHED_RX: Final = _Finder(
    ('continu', 'reschedul', 'reset', 'renot', 're-not', 'adjourn', 'postpone', 'set', 'scheduling', 'extension', 'extention', 'extend', 'enlarge', 'deadline', 'briefing', 'time', 'vacat', 'cancel', 'advanc', 'further', 'more', 'additional', 'shorten', 'change', 'amending', 'oral', 'expedit', 'motion', 'request', 'application', 'trial', 'exclud', 'stipulation', 'case', 'out', 'ext', 'ans', 'pretrial', 'pre-trial', 'modif'),
    r"continu(?<!discontinu)(?!\w{0,4}\s{1,3}(?:sealing|under\s{1,3}seal|(?:unsecured\s{1,3})?bond|detention|release|representation|in\s{1,3}forma"
    # a debtor's first-day relief: "Authorizing the Debtors to (A) Continue Using the Cash Management System", "Continue
    # Their Customer Programs", "Continue Intercompany Transactions", "continue to operate"
    r"|using|their|its|intercompany|insurance|operat|on\s{1,3}probation|in\s{1,3}(?:full\s{1,3})?(?:effect|force)"
    r"|prosecut|with\s{1,3}(?:this|the)\s{1,3}(?:action|case|litigation)"
    r"|(?:the\s{1,3})?(?:[a-z]{1,15}\s{1,3}){0,3}?programs?\b"
    r"|to\s{1,3}(?:use|operate|pay|maintain|honor|perform|administer|employ)\b))|re-?not(?:e|ed|ing)\b|reschedul|reset|adjourn|postpone|set\s{1,3}(?:for\s{1,3}submission|(?:a\s{1,3})?(?:hearing|conference|"
    r"trial|date|deadline|schedule|sentencing|briefing))|scheduling|exten(?:sion|tion)(?!\s{1,3}of\s{1,3}(?:the\s{1,3})?page)"
    r"|extend(?!\w{0,4}\s{1,3}(?:the\s{1,3})?page)|enlarge|deadline|"
    r"briefing\s{1,3}schedule|time\s{1,3}to\s{1,3}(?:file|respond|answer|reply)|out\s{1,3}of\s{1,3}time\b|(?:vacat|(?<=to\s)cancel)\w{0,4}\s{1,3}(?:the\s{1,3})?"
    r"(?:[\w']{1,15}\s{1,3}){0,3}(?:hearing|conference|trial|mediation)"
    r"|(?:setting|advanc(?:e|es|ed|ing))\s{1,3}(?:a\s{1,3}|the\s{1,3})?(?:[a-z-]{1,15}\s{1,3}){0,2}"
    r"(?:hearing|conference|trial|schedule|deadlines?|dates?|sentencing|status)"
    r"|(?:further|more|additional|shortened|shorten|enlarge\w{0,3})\s{1,3}time|additional\s{1,3}(?:[a-z-]{1,12}\s{1,3})?days"
    r"|(?:motion|request\w{0,2}|application)\s{1,3}(?:for\s{1,3}|to\s{1,3}(?:schedule|set|hold)\s{1,3})?(?:an?\s{1,3})?"
    r"(?:[a-z0-9-]{1,12}\s{1,3}){0,2}conference"
    r"|stipulation\s{1,3}(?:re:?|regarding)\s{1,3}(?:the\s{1,3})?(?:[a-z-]{1,12}\s{1,3}){0,3}conference"
    r"|modif\w{0,8}\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?(?:[\w-]{1,15}\s{1,3}){0,2}(?:cut-?\s?off|deadlines?|schedul\w{0,5})"
    r"|trial\s{1,3}(?:setting|management\s{1,3}order)|exclud\w{0,3}\s{1,3}time|time\s{1,3}(?:is\s{1,3})?exclud"
    r"|stipulation\s{1,3}to\s{1,3}(?:respond|answer|ans\b|reply|extend)|ext\.?\s{1,3}(?:of\s{1,3}time|answer\b|ans\b)|ans(?:wer)?\s{1,3}(?:now\s{1,3})?due\b"
    r"|case\s{1,3}management\s{1,3}(?:and\s{1,3}scheduling\s{1,3})?order|case\s{1,3}schedule\b"
    r"|pre-?trial\s{1,3}(?:preparation\s{1,3}|and\s{1,3}trial\s{1,3})order"
    # "ORDER AND REASONS re 22 Request/Statement of Oral Argument ... the requests for oral argument are DENIED"
    r"|(?:(?<=motion for )|(?<=motions for )|(?<=request for )|(?<=requests for )|(?<=request of )|(?<=statement of ))"
    r"oral\s{1,3}argument"
    r"|change\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?(?:trial|hearing|conference|sentencing)\s{1,3}date"
    # "ORDER AMENDING 10 Pretrial Order and Case Management Plan"
    r"|(?:(?<=motion to )|(?<=motion for )|(?<=motions to )|(?<=motions for )|(?<=application to )|(?<=application for )"
    r"|(?<=request to )|(?<=request for )|(?<=requests for ))expedit"  # ("Motion to Expedite")
    r"|amending\s{1,3}(?:the\s{1,3})?(?:court's\s{1,3})?(?:\[?\d{1,5}\]?\s{1,3})?(?:[\w-]{1,15}\s{1,3}){0,2}?"
    r"(?:scheduling\s{1,3}order|case\s{1,3}management\s{1,3}(?:plan|order)|pre-?trial\s{1,3}order)",
    short=20, compiled_short=16,
    lits=("reschedul", "reset", "adjourn", "postpone", "scheduling", "extension", "extention", "extend", "enlarge",
          "deadline"),
)
_MENTION_RX: Final = _Finder(
    ("remain", "supersed", "previously", "as", "pending", "in", "anticipat", "forthcoming", "contemplat", "until", "has",
     "have", "having", "appropriate", "suitable", "set", "submission"),
    r"remains?\s{1,3}in\s{1,3}(?:full\s{1,3})?(?:force|effect)|supersed(?!eas|ing\s{1,3}(?:indictment|information))|previously|as\s{1,3}ordered|pending\s{1,3}"
    r"(?:resolution|the|a|ruling|decision|determination|disposition|outcome)\b|ha(?:s|ve)\s{1,3}not\s{1,3}(?:yet\s{1,3})?(?:filed|moved)\b|"
    r"ha(?:s|ving)\s{1,3}(?:reviewed|received|considered)\b|(?:appropriate|suitable)\s{1,3}for\s{1,3}(?:decision|determination|"
    r"resolution)|set\s{1,3}for\s{1,3}submission|submission\s{1,3}date|until\s{1,3}(?:the\s{1,3})?entry\s{1,3}of|in\s{1,3}light\s{1,3}of|in\s{1,3}anticipation|anticipated|forthcoming|contemplated",
    short=100, compiled_short=16,
)
_DISP_RX: Final = _Finder(
    ('grant', 'den', 'extend', 'extension', 'extention', 'in part', 'in  part', 'approv', 'allow', 'adopt', 'dissolv', 'lift', 'overrul',
     'sustain', 'award', 'confirming', 'vacat', 'as moot', 'dismissing'),  # (most frequent first: `has` and `search` stop early)
    r"(?P<gip>grant[a-z]{0,4},?\s{1,3}in\s{1,3}part|in\s{1,3}part\s{1,3}(?:grant|and\s{1,3}den))"
    r"|(?P<ext>extend(?:ed|ing|s)\b|(?<!to\s)extend\b|(?<!for\s)(?<!an\s)exten[st]ion\b|(?<=have\san\s)exten[st]ion\b)"
    r"|(?P<dis>dissolv|lift(?:ed|ing|s)?\b(?<!proposed\sorder\slifting)|vacat(?:e|es|ed|ing)\b(?=\s{1,3}(?:the\s{1,3})?(?:\[?\d{1,5}\]?\s{1,3})?"
    r"(?:temporary\s|preliminary\s|stay\b|tro\b|injunction)))"
    r"|(?P<den>den(?:y|ied|ying|ies)\b|overrul(?:ed|es|ing)\b|(?<=not\s)approved\b"  # ("Proposed Stipulated Protective Order 38 is NOT APPROVED")
    r"|(?:(?<=dismissed\s)|(?<=dismissing\s)|(?<=dismiss\s)|(?<=dismisses\s))as\s{1,3}moot(?=,?\s{1,3}(?:without\s{1,3}"
    r"prejudice[^\[\d]{0,40})?(?:(?:d\.i\.|ecf\s{1,3}no\.?|doc\.|dkt\.)\s{0,3})?\[?\d"
    # D. Del.'s "I DISMISS AS MOOT Ross's Stipulation to Extend Time": the paper, denied (moot)
    r"|\s{1,3}(?:[\w'.-]{1,20}\s{1,3}){0,3}?(?:motion|stipulation|application|request|petition|letter)\b)"
    # D.V.I.'s "dismissing 129 MOTION for Protective Order": the motion is denied (moot), not a case dismissed
    r"|dismissing(?=\s{1,3}\[?\d{1,5}\]?\s{1,3}(?:(?:joint|emergency|amended|renewed)\s{1,3})?motion\b))"
    r"|(?P<gr>grant(?:ed|ing|s)?\b|sustain(?:ed|s|ing)\b|(?<!\bas\s)(?<!not\s)(?<!-)approv(?:ed|ing|es)\b|adopt(?:ed|ing|s)?\b(?!\s{1,3}(?:the\s{1,3})?(?:\[?\d{1,5}\]?\s{1,3})?(?:magistrate\s{1,3}judge'?s?\s{1,3})?"
    r"reports?\s{1,3}and\s{1,3}recommendation)|(?<!otherwise\s)allow(?:ed|ing)\b"
    # D. Mass.'s "The Court ALLOWS Defendants' motions to dismiss" (not "Court allows Defendant to visit with father")
    r"|(?<=court\s)allows(?=\s{1,3}(?:the\s{1,3})?(?:[\w'-]{1,20}\s{1,3}){0,3}?(?:motion|application|request|petition)s?\b)"
    r"|confirming\b"
    r"|award(?:ed|ing)\b)",
    short=0,
)
# implied grants: the court's order on a party's paper that states no disposition word
_GRANT_HEAD_RX: Final = re.compile(
    r"\W{0,5}(?:stipulation\s{1,3}and\s{1,3}order|stipulated\s{1,3}order|order\s{0,3}/\s{0,3}stipulation)"
    r"|\W{0,5}(?:(?:amended|final)\s{1,3})?(?:stipulated|agreed|consent)\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,3}?(?:order|judgment|decree)\b"
    # (in a ruling) a party's paper carrying the court's order: "STIPULATION ... and ORDER", "... and Order Thereon"
    r"|\W{0,5}(?:(?:first|second|third|amended|joint|stipulated|consent|unopposed|ex\s{1,3}parte)\s{1,3}){0,3}"
    r"(?:stipulation|motion|application|request|agreement)\b"
    r"|\W{0,5}(?:[\w'-]{1,20}\s{1,3}){0,3}(?:stipulation|agreement|consent)\s{1,3}(?:and|&)\s{1,3}(?:protective\s{1,3})?order"
    # D. Mass.'s "Judge X: ORDER entered. Amended Confidentiality Stipulation and Protective Order"
    r"|\W{0,5}order\s{1,3}entered\.\s{1,3}(?:[\w'-]{1,20}\s{1,3}){0,3}(?:stipulation|stipulated|agreed|consent)\b"
    # a bankruptcy court's "Interim Order (I) Authorizing the Debtors to ...", "Order for Admission Pro Hac Vice of X"
    r"|\W{0,5}(?:(?:interim|final|amended|supplemental|second)\s{1,3}){0,2}order\s{1,3}(?:\([a-z0-9]{1,4}\)\s{1,3})?authoriz"
    r"|\W{0,5}order\s{1,3}for\s{1,3}admission\s{1,3}pro\s{1,3}hac\b"
    # "** TEXT ONLY ORDER **ORDER accepting and entering [15] Stipulation for Extension of Deadline"
    r"|[^.]{0,40}?\border\s{1,3}(?:accepting|entering|adopting)(?:\s{1,3}and\s{1,3}(?:accepting|entering|adopting))?"
    r"\s{1,3}(?:\[?\d{1,5}\]?\s{1,3})?(?:the\s{1,3})?(?:parties'?\s{1,3})?(?:joint\s{1,3})?stipulation"
)
_GRANT_WORD_RX: Final = re.compile(r"(?:is(?<!\wis)(?<!\bit\sis)|are(?<!\ware)|be(?<!\wbe)|been(?<!\wbeen)|was(?<!\wwas)|were(?<!\wwere))\s{1,3}(?:hereby\s{1,3})?(?:allowed|approved|so\s{1,3}ordered)\b")
# "So Ordered" signs a chambers order; on a party's stipulation, letter or request it grants it
# (three patterns: in one, the fast scan needs every branch to start with a literal, not a group or "^")
_SO_ORDERED_RX: Final = re.compile(r"(?:stipulation|letter|request|application)\b[^.]{0,200}?\bso\s{1,3}ordered\b")
_SO_ORDERED_LETTER: Final = re.compile(r"letter(?<!\wletter)\b[^()]{0,300}?\bendorsement:\s{0,3}so\s{1,3}ordered\b")
# "MEMO ENDORSEMENT on [1191] MOTION TO WITHDRAW AS COUNSEL OF RECORD. ENDORSEMENT: SO ORDERED.": the paper endorsed
_SO_ORDERED_MEMO: Final = re.compile(r"memo\s{1,3}endorsement\s{1,3}on\b[^()]{0,300}?\bendorsement:\s{0,3}so\s{1,3}ordered\b")
_SO_ORDERED_HEAD: Final = re.compile(
    r"\W{0,5}so\s{1,3}ordered\b[^.]{0,40}?\b(?:stipulation|letter|request|application|motion)\b")
_PRO_HAC_RX: Final = re.compile(
    r"(?:(?<!to\s)be|is|are|been|hereby)\s{1,3}admitted\s{1,3}pro\s{1,3}hac|admitting\b[^.;]{0,60}?pro\s{1,3}hac"
    r"|\bto\s{1,3}appear\s{1,3}pro\s{1,3}hac")


def _implied_grant(seg: str) -> bool:
    """Whether `seg` grants without a disposition word ("STIPULATION and ORDER", "is allowed", "admitted pro hac
    vice"). Each pattern runs only when a cheap substring test says it can match."""
    if _GRANT_HEAD_RX.match(seg) is not None:
        return True
    if ("allowed" in seg or "approved" in seg or "ordered" in seg) and _GRANT_WORD_RX.search(seg) is not None:
        return True
    if "ordered" in seg and (_SO_ORDERED_RX.search(seg) is not None or _SO_ORDERED_HEAD.match(seg) is not None or (
            "endorsement" in seg and (_SO_ORDERED_LETTER.search(seg) is not None or _SO_ORDERED_MEMO.match(seg) is not None))):
        return True
    # an order that only names a motion ("ORDER re 12 Motion for Leave") states no disposition: none is implied
    return "pro hac" in seg and _PRO_HAC_RX.search(seg) is not None


_DEADLINE_NOTICE_RX: Final = re.compile(
    r"^\W{0,5}(?:(?:set/reset|set|reset|utility\s{1,3}(?:re)?setting)\s{1,3}(?:scheduling\s{1,3}order\s{1,3})?deadlines?(?:/hearings)?\b"
    # CM/ECF's bare event names: "Set/Reset Hearings", "Set/Reset Motion and R&R Deadlines/Hearings"
    r"|set/reset\s{1,3}(?:[\w&-]{1,12}\s{1,3}){0,4}?(?:deadlines?|hearings?)(?:/(?:hearings|deadlines))?\s{0,3}$"
    r"|(?:deadline\s{1,3}updated;?\s{1,3})?reset\s{1,3}(?:[a-z]{1,12}\s{1,3}){1,2}?deadlines?\b"
    r"|notice\s{1,3}of\s{1,3}deadlines?\b"
    r"|rule\s{1,3}16\s{1,3}notice\b|clerk'?s\s{1,3}notice\s{1,3}(?:to\s{1,3}[^.;:]{1,60}?\s)?re:?\s{1,3}consent\s{1,3}or\s{1,3}declination\b)")
_APPROVED_RX: Final = re.compile(r"approved\s{1,3}(?:on\s{1,3})?\d{1,2}/\d{1,2}/\d{2,4}")
_SCHED_ENTERED: Final = re.compile(  # (one literal prefix: a fast scan)
    r"schedul(?:ing\s{1,3}order\s{1,3}(?:entered|issued|to\s{1,3}issue)|e\s{1,3}(?:is\s{1,3})?(?:hereby\s{1,3})?set\b)")
_RULING_WORDS: Final = _Finder(
    ('grant', 'den', 'dismiss', 'stayed', 'enjoin', 'certif', 'moot', 'sustained', 'overruled', 'appoint', 'allows',
     'relieved', 'exonerat', 'vacates the order', 'revoked', 'bench warrant', 'withdraws', 'approve', 'lifted', 'detain'),
    r"(?:grant(?:ed|s|ing)?|den(?:ied|ies|ying)|dismiss(?:ed|es|ing)|stayed|enjoin(?:ed|s)|"
    # (not "the Certified Administrative Record", "a certified copy")
    r"certif(?:ied|ies)(?!\s{1,3}(?:administrative\s{1,3})?(?:record|copy|copies|transcripts?|mail|list)\b)|"
    r"moot|sustained|overruled|appoints|allows|relieved|exonerated|vacates\s{1,3}the\s{1,3}order|revoked|approve[ds]|lifted|"
    r"bench\s{1,3}warrant\s{1,3}(?:issued|to\s{1,3}issue|withdrawn|recalled)|withdraws\s{1,3}the"
    r"|(?:(?<=ordered\s)|(?<=orders\sdefendant\s)|(?<=order\sdefendant\s)|(?<=orders\sthe\sdefendant\s)"
    r"|(?<=orders\sdefendants\s))detained|detains\s{1,3}(?:the\s{1,3})?defendant)\b",
    short=30,
)

# -- hearings
_PROC: Final = (
    r"hearing|conference|trial|sentenc|arraign|plea\b|argument|appearance|calendar|status|proceeding|"
    r"show\s{1,3}cause|markman|rule\s{1,3}(?:11|16)|allocution|detention|voir|"
    r"osc\b|hrg|cmc\b|conf\b|revocation|motions?\b|docket\s{1,3}call|jury\s{1,3}selection|preliminary\s{1,3}exam|tutorial"
    r"|mediation\b"  # (a court-conducted mediation: "Mediation is scheduled for Wednesday, October 21, 2009")
)
_PROC_RX: Final = _Finder(  # (keys in falling frequency: `has` stops at the first match)
    ("hearing", "trial", "proceeding", "appearance", "status", "sentenc", "conf", "motion", "rule", "plea", "docket",
     "arraign", "calendar", "detention", "markman", "show", "argument", "revocation", "voir", "osc", "hrg", "cmc",
     "allocution", "jury", "preliminary", "tutorial", "mediation"),
    _PROC,
    short=60, compiled_short=16,
    lits=("hearing", "trial", "sentenc", "arraign", "argument", "appearance", "calendar", "status", "proceeding",
          "markman", "allocution", "detention", "voir", "hrg", "revocation"),
)
# what can be vacated: a proceeding, not a motion or a plea ("Terminated motions", "plea ... stricken")
_VAC_PROC_RX: Final = _Finder(  # (keys in falling frequency: `has` stops at the first match)
    ("hearing", "conf", "trial", "proceeding", "appearance", "status", "sentenc", "arraign", "calendar", "detention",
     "markman", "show", "argument", "revocation", "osc", "hrg", "cmc", "allocution", "notice", "docket", "jury",
     "preliminary", "mediation"),
    r"hearing|conf|trial|sentenc|arraign|argument|appearance|calendar|status|proceeding|show\s{1,3}cause|markman|mediation\b|"
    r"allocution|detention|osc\b|hrg|cmc\b|revocation|notice\s{1,3}of\s{1,3}motion\s{1,3}date|docket\s{1,3}call|"
    r"jury\s{1,3}selection|preliminary\s{1,3}exam",
    short=40, compiled_short=16,
    lits=("hearing", "conf", "trial", "sentenc", "arraign", "argument", "appearance", "calendar", "status",
          "proceeding", "markman", "allocution", "detention", "hrg", "revocation"),
)
_DEADLINE_RX: Final = _Finder(
    ("due", "deadline", "ddl", "cut", "brief", "response", "reply", "filing", "discovery", "disclos", "report",
     "amend", "statement", "expert", "objection", "memorand", "exhibit", "witness", "last", "time"),
    r"due\b|deadline|ddl\b|cut-?\s?off|briefs?\b|response|reply|filing|discovery|disclos|"
    r"time\s{1,3}to\s{1,3}(?:file|respond|answer|reply|serve|move|object)|"
    r"report\b|amend|statement|expert|objection|memorand|exhibit|witness\s{1,3}list|last\s{1,3}day",
    short=30, compiled_short=16,
    lits=("deadline", "response", "reply", "filing", "discovery", "disclos", "amend", "statement", "expert",
          "objection", "memorand", "exhibit"),
)
# the action words: (group, its branches, what follows any of them). Every branch starts with a lowercase letter or
# a group of alternatives that do; at a place only the branches starting with its letter can match, so each letter
# gets a pattern of only those (in the same order: the same match as the whole alternation, without trying ~90
# branches that cannot match there)
_ANCHOR_GROUPS: Final[tuple[tuple[str, tuple[str, ...], str], ...]] = (
    ("notheld", (r"not\s{1,3}(?:held|called)\b",), ""),
    ("held", (
        "held", r"came\s{1,3}before\s{1,3}the\s{1,3}court\s{1,3}for",
        r"discussed\s{1,3}(?:on\s{1,3}the\s{1,3}record\s{1,3})?(?:during|at)\s{1,3}(?=the\s|today)",
        r"(?:conducted|completed|begun|commenced)(?=\s{1,3}(?:on|before|in)\b)",
    ), r"\b(?!\s{1,3}(?:to\s{1,3}answer|in\s{1,3}abeyance|that|liable|in\s{1,3}custody|no\s{1,3}later|on\s{1,3}or\s{1,3}before))"),
    ("moved", (
        r"cont\.?(?=\s{1,3}to\s{1,3}\d)", "continued", "continuing", "continues", "continuance", r"re-?set(?:ting|s)?",
        r"re-?schedul(?:ed|es)", "rescheduling", r"advanc(?:ed|es|ing)", r"adjourned(?!\s{1,3}(?:sine|without)\s)",
        "postponed", r"(?:moved|changed)(?=\s{1,3}(?:to|from)\b)", r"moved\s{1,3}up",
        r"(?:will|shall)\s{1,3}now\s{1,3}be\s{1,3}held",
        # "The hearing on motion set for September 3, 2025, is hereby held in abeyance pending ...": off, no new date
        r"held\s{1,3}in\s{1,3}abeyance",
    ), r"\b"),
    ("vacated", (
        r"vacat(?:ed|es|ing|e)", r"off\s{1,3}(?:the\s{1,3})?calendar", "stricken", "strikes",
        r"cancel+(?:ed|s|ing|ation\s{1,3}of)?", r"adjourned\s{1,3}(?:sine\s{1,3}die|without\s{1,3}(?:a\s{1,3})?date)",
        r"removed\s{1,3}from\s{1,3}(?:the\s{1,3})?(?:court's\s{1,3})?calendar", "terminated",
        # "ORDER removing this case from the Court's trial calendar for February 25, 2013", "this case is removed
        # from the August 26, 2019, trial docket"
        r"remov(?:ed|ing)\s{1,3}(?:(?:this|the)\s{1,3}(?:case|action|matter)\s{1,3})?from\s{1,3}(?:the\s{1,3})?"
        r"(?:court's\s{1,3})?(?:[a-z]{3,9}\.?\s{1,3}\d{1,2},?\s{1,3}\d{4},?\s{1,3}|\d{1,2}/\d{1,2}/\d{2,4},?\s{1,3})?"
        r"(?:(?:jury|bench)\s{1,3})?trial\s{1,3}(?:calendar|docket|setting)",
        r"will\s{1,3}(?:be\s{1,3}(?:decided\s{1,3}|submitted\s{1,3}|determined\s{1,3})?on\s{1,3}the\s{1,3}"
        r"(?:briefs|papers|record)|not\s{1,3}be\s{1,3}heard|be\s{1,3}deemed\s{1,3}submitted)",
    ), r"\b"),
    ("set", (
        r"set(?:ting|s)?\b(?:\s{1,3}(?:for|on)\b|\s{1,3}(?=\d{1,2}/\d{1,2}/\d)|\s{1,3}(?:a|an|the)?\s{0,3}"
        r"(?:[a-z/]{1,20}\s{1,3}){0,6}(?:for|on)\b)",
        r"scheduled\s{1,3}(?:for|on|(?:with|before)\s{1,3}(?:[\w.-]{1,15}\s{1,3}){1,5}?on)\b",
        r"schedule\s{1,3}for(?=\s{1,3}(?:[a-z]{3,9}\.?\s{1,3})?\d)", r"schedul(?:es?|ing)\s{1,3}(?:a|an|the)\s{1,3}",
        r"scheduled\s{1,3}(?:a|an)\s{1,3}",
        # "The Court scheduled further status conferences for 8/14/2019; 9/18/2019; and 10/17/2019"
        r"scheduled\s{1,3}(?:(?:a|an|the)\s{1,3})?(?:[a-z/-]{1,20}\s{1,3}){0,3}?(?:hearings?|conferences?|trials?)\s{1,3}"
        r"(?:for|on)\b",
        r"(?:scheduled|schd\.)\s{1,3}(?=\d{1,2}/\d{1,2}/\d)", r"hearing:\s{0,3}(?=\d{1,2}/\d{1,2}/\d)", r"return\s{1,3}date:\s",
        r"(?:will|shall|to)\s{1,3}be\s{1,3}(?:held|heard|conducted)\s{1,3}on\b", r"(?:will|shall)\s{1,3}be\s{1,3}held\b",
        r"(?:will|shall)\s{1,3}be\s{1,3}heard\s{1,3}commencing\s{1,3}(?=(?:at|on)\s)",
        r"(?:will|shall)\s{1,3}(?:be|commence|begin)\s{1,3}(?=(?:at|on)\s)(?!on\s{1,3}(?:trial|vacation|leave)\b)",
        r"(?:set|scheduled)\s{1,3}to\s{1,3}(?:commence|begin|start)\b",
        r"begins\s{1,3}(?=(?:on\s{1,3})?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))",
        r"(?:will|shall)\s{1,3}hold\b",
        r"appear\s{1,3}(?:(?:in\s{1,3}person|personally|telephonically|remotely|by\s{1,3}(?:video|telephone|zoom))\s{1,3})?"
        r"(?:for|at|on|before\s{1,3}(?:this|the)\s{1,3}court\s{1,3}on)\b", r"presentment\b",
        r"show\s{1,3}cause\s{1,3}(?:before|on)\b", r"will\s{1,3}hear\b",
        # ("will take place before the Undersigned on", "shall take place in-person on")
        r"(?:will|shall)\s{1,3}(?:happen|take\s{1,3}place|occur)\s{1,3}(?:(?:in[\s-]person|remotely|telephonically|virtually"
        r"|by\s{1,3}(?:telephone|video\w{0,10}|zoom)|via\s{1,3}[\w-]{1,15}|before\s{1,3}(?:the\s{1,3})?(?:[\w.'-]{1,20}\s{1,3}){0,4}?[\w.'-]{1,20})"
        r"\s{1,3})?(?:on\b|(?=at\s{1,3}\d))",
        # "the parties shall attend a telephone status conference on Monday, June 27"
        r"(?:shall|will|must)\s{1,3}(?:personally\s{1,3})?(?:attend|participate\s{1,3}in)\s{1,3}(?=(?:a|an|the)\s)",
        r"ready\s{1,3}for\s{1,3}(?:jury\s{1,3}|bench\s{1,3})?trial\s{1,3}on\b",
        r"placed\s{1,3}on\s{1,3}(?:the\s{1,3})?(?:[a-z]{1,15}\s{1,3})?calendar\b",
        r"there\s{1,3}(?:shall|will)\s{1,3}be\s{1,3}(?:a|an)\s",
    ), ""),
)


def _first_letters(branch: str) -> str:
    """The letters a branch of _ANCHOR_GROUPS can start with: its first, or those of its leading "(?:a|b)"."""
    if branch[:1].isalpha() and branch[:1].islower():
        return branch[0]
    if not branch.startswith("(?:"):
        raise ValueError(f"docket_scan: an anchor branch must start with a letter or '(?:': {branch[:30]!r}")
    depth = 0
    alts: list[str] = []
    last = k = 3
    while k < len(branch):
        c = branch[k]
        if c == "\\":
            k += 2  # (an escaped character: no group or alternative)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                alts.append(branch[last:k])
                break
            depth -= 1
        elif c == "|" and depth == 0:
            alts.append(branch[last:k])
            last = k + 1
        k += 1
    return "".join(sorted(set("".join(_first_letters(a) for a in alts))))


def _anchor_pattern(letter: str | None) -> str:
    """The alternation of _ANCHOR_GROUPS' branches (those starting with `letter`, or all)."""
    out: list[str] = []
    for name, branches, after in _ANCHOR_GROUPS:
        some = [b for b in branches if letter is None or letter in _first_letters(b)]
        if some:
            out.append(f"(?P<{name}>(?:{'|'.join(some)}){after})")
    return "|".join(out)


_ANCHOR_RX: Final = re.compile(_anchor_pattern(None))  # (every branch; the letters' patterns below are what runs)
_ANCHOR_BY_LETTER: Final = {c: re.compile(_anchor_pattern(c))
                            for c in sorted({c for _, bs, _ in _ANCHOR_GROUPS for b in bs for c in _first_letters(b)})}


_MOVED_IN: Final = re.compile(r"\b(?:re-?set|continued|re-?scheduled|advanced|adjourned)\b")


def _moved_in(s: str) -> bool:
    """_MOVED_IN.search(s), run only when a word every match holds is there."""
    return ("re" in s or "continued" in s or "advanced" in s or "adjourned" in s) and _MOVED_IN.search(s) is not None


_ANCHOR_KEYS: Final = ("not", "held", "conducted", "completed", "begun", "commenced", "contin", "set", "advanc", "adjourn", "postpon", "moved", "changed", "to be",
                       "vacat", "off", "strikes", "stricken", "cancel", "terminat", "sched", "will", "shall", "appear",
                       "presentment", "placed", "there", "ready", "schd.", "hearing:", "show cause", "return date:", "came",
                       "begins", "discussed", "cont ", "cont.", "removing")
# "set" also finds "reset" and "re-set", "sched" "resched" and "re-sched", "moved" "removed" (see _anchors); a key
# may find more places than the pattern can match at (the pattern decides) but must find every one it can match at


# keys where every branch of _ANCHOR_RX that can start there has whitespace right after the key (no other branch
# starts with the key's first letter)
_SPACE_AFTER: Final = frozenset(("not", "will", "shall", "appear", "off", "placed"))


_ANCHOR_AC: Final = _automaton(_ANCHOR_KEYS)
_SPACE_AFTER_INDEX: Final = frozenset(k for k, key in enumerate(_ANCHOR_KEYS) if key in _SPACE_AFTER)


def _anchors(text: str) -> list[re.Match[str]]:
    """Action words, found in two steps: a fast literal scan, then the full pattern at each candidate."""
    out: list[re.Match[str]] = []
    end = 0
    starts = _anchor_starts_ac(text) if _ANCHOR_AC is not None else _anchor_starts_find(text)
    starts.sort()
    for i in starts:
        if i < end or (i > 0 and text[i - 1].isalnum()):
            continue
        rx = _ANCHOR_BY_LETTER.get(text[i])
        m = rx.match(text, i) if rx is not None else None
        if m is not None and m.lastgroup == "set" and _moved_in(m.group()):
            continue  # "Trial Setting reset for": the reset is the anchor
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def _anchor_starts_ac(text: str) -> list[int]:
    """Where an anchor can start (unordered): every key found in one pass."""
    starts: list[int] = []
    n = len(text)
    for k, i, j in _ANCHOR_AC.find_matches_as_indexes(text, overlapping=True):
        if k in _SPACE_AFTER_INDEX and not (j < n and text[j].isspace()):
            continue
        starts.append(i)
        _re_start(text, _ANCHOR_KEYS[k], i, starts)
    return starts


def _anchor_starts_find(text: str) -> list[int]:
    """The same, one str.find scan per key (where ahocorasick_rs is missing)."""
    starts: list[int] = []
    n = len(text)
    for key in _ANCHOR_KEYS:
        if key not in text:  # cheaper than a find that fails
            continue
        ws = key in _SPACE_AFTER
        i = text.find(key)
        while i != -1:
            j = i + len(key)
            if ws and not (j < n and text[j].isspace()):
                i = text.find(key, i + 1)  # ("notice", "appearance", "office": the pattern needs a space here)
                continue
            starts.append(i)
            _re_start(text, key, i, starts)
            i = text.find(key, i + 1)
    return starts


def _re_start(text: str, key: str, i: int, starts: list[int]) -> None:
    """The start of "removed", "reset", "re-set", "reschedule", "re-schedule" where `key` is found inside it."""
    if key == "moved":
        if i >= 2 and text[i - 2 : i] == "re":
            starts.append(i - 2)  # "removed"
    elif key == "set" or key == "sched":
        if i >= 2 and text[i - 2 : i] == "re":
            starts.append(i - 2)  # "reset", "reschedule"
        elif i >= 3 and text[i - 3 : i] == "re-":
            starts.append(i - 3)  # "re-set", "re-schedule"


_SENT_END: Final = re.compile(  # candidates only; abbreviations ("No.", "Jan.") and "a.m." are judged by _is_end
    r"[;\n]|\.(?:(?<=(?:[^\W_]|[)\]])(?:[^\W_]|[)\]])\.)|(?<=[ap]\.m\.))(?=\s)|:(?<=[^\W\d_]:)(?=\s)"
)


def _WORDCH(c: str) -> bool:  # noqa: N802
    return c.isalnum() or c in ")]"


_ABBREV: Final = frozenset(
    ["no", "nos", "dkt", "doc", "docs", "ecf", "v", "vs", "inc", "co", "corp", "ltd", "llc", "jr", "sr", "mr", "mrs", "ms", "dr", "hon", "st", "fed", "civ", "crim", "proc", "app", "supp", "cir", "cal", "ct", "dist", "esq", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "seq", "sec", "approx", "schd", "rec", "conf"]
)


_ABBREV_ENDS: Final = tuple(sorted(_ABBREV))  # for str.endswith: a cheap test that rules most words out
# the same, by last letter ("." after "e", "y", "a", "h"...: no abbreviation ends there)
_ABBREV_BY_LAST: Final[dict[str, tuple[str, ...]]] = {
    c: tuple(a for a in _ABBREV_ENDS if a[-1] == c) for c in sorted({a[-1] for a in _ABBREV})}


_STARTERS: Final = frozenset(
    ["the", "a", "an", "all", "any", "both", "counsel", "parties", "plaintiff", "plaintiffs", "defendant", "defendants", "it", "if", "no", "this", "in", "by", "so", "signed", "ordered", "each", "further", "there",
     "time", "government", "defendant's", "plaintiff's", "court", "sentencing", "jury"]
)


def _is_end(text: str, i: int) -> bool:
    """Whether the "." at `i` (followed by a space) ends a sentence."""
    if i >= 3 and text[i - 3 : i + 1] in ("a.m.", "p.m."):
        nxt = text[i + 2 : i + 14].split(" ", 1)[0]
        return nxt in _STARTERS
    if i < 2:
        return False
    c1, c2 = text[i - 1], text[i - 2]  # (_WORDCH inlined)
    if not ((c1.isalnum() or c1 in ")]") and (c2.isalnum() or c2 in ")]")):
        return False
    grp = _ABBREV_BY_LAST.get(c1)  # (the abbreviations ending in c1)
    if grp is None or not text.endswith(grp, max(0, i - 6), i):
        return True  # the word before "." (a suffix of those 6 characters) cannot be an abbreviation
    j = i - 1
    while j > 0 and i - j < 6 and text[j - 1].isalpha():
        j -= 1
    return text[j:i] not in _ABBREV

_REMAINS_RX: Final = re.compile(r"(?:remains?|remain\s{1,3}as|still|previously|currently|presently|already|originally)\s{0,3}$", _I)
_SUBMISSION_RX: Final = re.compile(r"under\s{1,3}submission|submitted\s{1,3}on\s{1,3}the\s{1,3}papers|without\s{1,3}oral", _I)
_ABOUT_STRIP: Final = re.compile(r"^(?:the|a|an|any|all|minutes\s{1,3}of|and|this|that|is|as\s{1,3}to)\s{1,3}", _I)
_ABOUT_RX: Final = re.compile(
    r"hearing|conference|trial|sentencing|psr|arraignment|plea\b|argument|appearance|calendar\s{1,3}call|"
    r"setting|proceedings?|teleconference|status|jury\s{1,3}selection|examination|docket\s{1,3}call|voir\s{1,3}dire|mediation\b"
)
# _ABOUT_RX, found by its keys when compiled with mypyc (cheaper there); plain Python keeps the regex scan
_ABOUT_FINDER: Final = _Finder(
    ("hearing", "conference", "trial", "sentencing", "psr", "arraignment", "plea", "argument", "appearance", "calendar",
     "setting", "proceeding", "teleconference", "status", "jury", "examination", "docket", "voir", "mediation"),
    _ABOUT_RX.pattern,
    short=1 << 30,
    compiled_short=16,
)
_ABOUT_STOP: Final = frozenset(["the", "a", "an", "any", "all", "and", "this", "that", "is", "of", "minutes", "for", "to", "re:", "re", "on", "by", "hereby", "sets", "set", "court", "schedules", "minute", "entry", "courtroom", "clerk's", "proceedings", "-", "ordered", "it", "further", "during", "discussed", "as", "at", "given", "continuing"])


_SOFT_WRAP_RX: Final = re.compile(r"(?<=[\w,:(])[ \t]*\n[ \t]*(?=[a-z0-9(])")


def _clean(text: str) -> tuple[str, str]:
    """Cap, drop CM/ECF stamps (case-sensitive, on the original); the result and its ASCII-lowercase twin
    (same positions: every pattern here runs on the twin)."""
    text = text[:_CAP].replace("\x00", " ")
    if "\n" in text:
        # a docket printed to PDF and copied wraps its lines mid-sentence ("Initial Conference set for\n9/9/2016 at
        # 03:15 PM", "(Entered:\n06/21/2016)"): one line again (a line that ends a sentence or a list item stays)
        text = _SOFT_WRAP_RX.sub(" ", text)
    if "(Attachment" in text:
        text = _strip_attachments(text)
    if "(" in text:
        text = _STAMP_RX.sub(" ", text)
    text = _drop_signed(text)  # (it returns `text` itself when none of its words is there)
    if "public access to court proceedings" in text:
        text = _PUBLIC_ACCESS_RX.sub(" ", text)
    return text, _lower(text)


# N.D. Ill.'s boilerplate on telephonic hearings ("Persons granted remote access to proceedings are reminded ...
# denial of entry to future hearings"): no ruling, no proceeding of this case
_PUBLIC_ACCESS_RX: Final = re.compile(
    r"To ensure public access to court proceedings,[^()]{0,700}?(?:deemed necessary by the Court\.|(?=Mailed notice)|$)")


_SIGNED_KEYS: Final = ("Modified on", "Signed by", "Ordered by", "Entered by")  # (what _drop_signed finds)


def _drop_signed(text: str) -> str:
    """_SIGNED_RX.sub(" ", text), found with str.find: scanning every position with the alternation is slow."""
    starts: list[int] = []
    if "Modified on" in text:  # (cheaper than a find that fails)
        i = text.find("Modified on")
        while i != -1:
            starts.append(i)
            i = text.find("Modified on", i + 1)
    # the three "... by" keys, found by their common end (one scan, not three: "Filed by" makes it frequent)
    i = text.find("ed by")
    while i != -1:
        if text.endswith(("Sign", "sign"), 0, i):
            starts.append(i - 4)
        elif text.endswith(("Order", "Enter"), 0, i):
            starts.append(i - 5)
        i = text.find("ed by", i + 1)
    if "ENTERED AND COPIES" in text:  # (its date starts the stamp)
        i = text.find("ENTERED AND COPIES")
        while i != -1:
            k = i - 2
            while k >= 0 and (text[k].isdigit() or text[k] == "/"):
                k -= 1
            if k < i - 2 and text[i - 1] == " ":
                starts.append(k + 1)
            i = text.find("ENTERED AND COPIES", i + 1)
    if "SIGNED BY" in text:  # (older courts' capitals: "SIGNED BY HONORABLE X ON 4/15/16")
        i = text.find("SIGNED BY")
        while i != -1:
            starts.append(i)
            i = text.find("SIGNED BY", i + 1)
    if not starts:
        return text
    starts.sort()
    parts: list[str] = []
    last = 0
    for i in starts:
        if i < last:
            continue
        e = _signed_end(text, i)
        if e != -1:
            if text.endswith(".", 0, e):
                # (the sentence it ended still ends: "... Motion to Proceed IFP signed by Judge X on 11/23/2010. Clerk
                # shall ..." -> "... IFP. Clerk shall", its period on the word, where the sentence splitter sees it)
                prev = text[last:i].rstrip()
                parts.append(prev)
                parts.append(" " if prev.endswith(".") else ". ")  # ("Mozaffary. Signed by X on 7/11/05. Transmitted")
            else:
                parts.append(text[last:i])
                parts.append(" ")
            last = e
    parts.append(text[last:])
    return "".join(parts)


_ON_DATE_RX: Final = re.compile(r" on [\d/]{6,10}\.?")  # (the end of _SIGNED_RX's "Signed by" branch)


def _signed_end(text: str, i: int) -> int:
    """Where _SIGNED_RX's match at `i` ends (-1: none). The common "Signed by Judge X on 3/4/2019", with no period or
    semicolon before its first " on ", is read with str.find (the same match: the branch's lazy loop stops at the
    first " on <date>"); the rest by the pattern, whose loop tries its alternatives at every character."""
    if text.startswith(("Signed by ", "signed by "), i):
        j = text.find(" on ", i + 10, i + 94)  # (the loop takes at most 80 characters)
        if j != -1 and text.find(".", i + 10, j) == -1 and text.find(";", i + 10, j) == -1:
            m = _ON_DATE_RX.match(text, j)
            if m is not None:
                return m.end()
    m = _SIGNED_RX.match(text, i)
    return -1 if m is None else m.end()


def _strip_attachments(text: str) -> str:
    """Drop "(Attachments: # 1 Exhibit A (part 1), # 2 ...)" lists, nested parentheses included (a linear scan)."""
    parts: list[str] = []
    i = 0
    while True:
        j = text.find("(Attachment", i)
        if j == -1:
            break
        depth, end, k = 1, -1, j + 1
        limit = min(len(text), j + 8000)
        while k < limit:  # jump from parenthesis to parenthesis (str.find), not character by character
            o = text.find("(", k, limit)
            c = text.find(")", k, limit)
            if c == -1:
                break
            if o != -1 and o < c:
                depth += 1
                k = o + 1
                continue
            depth -= 1
            k = c + 1
            if depth == 0:
                end = k
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
    if text.isascii():
        return text.lower()
    # bytes.lower maps only A-Z, and UTF-8 writes every other character with bytes >= 0x80: an A-Z-only
    # translate, several times faster (surrogatepass: lone surrogates round-trip too)
    low = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    # a typographic apostrophe (pasted from a word processor: "today’s conference") reads as the plain one
    return low.replace("\u2019", "'") if "\u2019" in low else low


# a party's paper that carries the court's order: "STIPULATION ... and ORDER by Judge X", "... and Order Thereon"
# (it starts with a character class, not with the lookbehind: the regex engine then skips to the spaces and slashes)
_WITH_ORDER_RX: Final = re.compile(
    r"[/\s](?:(?<=/)|(?<=\s)(?<!proposed\s)(?:and|&)\s{1,3}(?:(?!proposed)[\w']{1,12}\s{1,3})?)order\b(?:\s{1,3}(?:thereon|by\b|of\s{1,3}court|sealing|granting|allowing|directing|extending|for\s{1,3}modification|as\s{1,3}to)|\s{0,3}(?:[;:.(]|$))")
_WITH_ORDER_HEAD: Final = re.compile(
    r"^[\W\d]{0,10}(?:(?:first|second|third|amended|joint|stipulated|consent|unopposed|ex\s{1,3}parte)\s{1,3}){0,3}"
    r"(?:stipulation|motion|application|request|agreement|consent|letter|petition)")


# the words _kind tests for in an entry's first 200 characters, each with the bits it sets when its first
# occurrence ends within so many characters (one pass over the head finds them all)
_K_ORDER: Final = 1
_K_MINUTES_HEAD: Final = 2  # minute/notes within 50, memo within 20
_K_NOTICE_HINT: Final = 4  # notice/set/held/continued/terminate/vacated within 110
_K_CREDITORS: Final = 8  # within 80
_K_SPECIAL: Final = 16  # mandate/certified/discrepanc/closed within 50
_K_RETURNED: Final = 32  # within 45
_K_IS_ARE: Final = 64
_K_FILED: Final = 128
_K_SO_ORDERED: Final = 256
_K_SIGNED_BY: Final = 512
_K_ORDERED_BY: Final = 1024
_K_CJA: Final = 2048  # appointment of / approved / authorization to pay
_K_FILED_BY: Final = 4096
_K_RULING_HINT: Final = 8192  # order/minute/judgment/decision/ruling/decree/opinion/endorsement
_KIND_WORDS: Final[tuple[tuple[str, tuple[tuple[int, int], ...]], ...]] = (
    ("order", ((_K_ORDER, 200), (_K_RULING_HINT, 200))),
    ("minute", ((_K_MINUTES_HEAD, 50), (_K_RULING_HINT, 200))),
    ("notes", ((_K_MINUTES_HEAD, 50),)),
    ("memo", ((_K_MINUTES_HEAD, 20),)),
    ("notice", ((_K_NOTICE_HINT, 110),)),
    ("set", ((_K_NOTICE_HINT, 110),)),
    ("held", ((_K_NOTICE_HINT, 110),)),
    ("continued", ((_K_NOTICE_HINT, 110),)),
    ("terminate", ((_K_NOTICE_HINT, 110),)),
    ("vacated", ((_K_NOTICE_HINT, 110),)),
    ("scheduled", ((_K_NOTICE_HINT, 110),)),
    ("creditors", ((_K_CREDITORS, 80),)),
    ("mandate", ((_K_SPECIAL, 50),)),
    ("certified", ((_K_SPECIAL, 50),)),
    ("discrepanc", ((_K_SPECIAL, 50),)),
    ("closed", ((_K_SPECIAL, 50),)),
    ("returned", ((_K_RETURNED, 45),)),
    (" is ", ((_K_IS_ARE, 200),)),
    (" are ", ((_K_IS_ARE, 200),)),
    ("filed", ((_K_FILED, 200),)),
    ("so ordered", ((_K_SO_ORDERED, 200),)),
    ("signed by", ((_K_SIGNED_BY, 200),)),
    ("ordered by", ((_K_ORDERED_BY, 200),)),
    ("appointment of", ((_K_CJA, 200),)),
    ("approved", ((_K_CJA, 200),)),
    ("authorization to pay", ((_K_CJA, 200),)),
    (" filed by", ((_K_FILED_BY, 200),)),
    ("judgment", ((_K_RULING_HINT, 200),)),
    ("decision", ((_K_RULING_HINT, 200),)),
    ("ruling", ((_K_RULING_HINT, 200),)),
    ("decree", ((_K_RULING_HINT, 200),)),
    ("opinion", ((_K_RULING_HINT, 200),)),
    ("endorsement", ((_K_RULING_HINT, 200),)),
)
_KIND_KEYS: Final = tuple(w for w, _ in _KIND_WORDS)
_KIND_BITS: Final = tuple(b for _, b in _KIND_WORDS)
_KIND_AC: Final = _automaton(_KIND_KEYS)


def _kind_words(head: str) -> int:
    """The _K_ bits of `head` (at most 200 characters)."""
    return _kind_words_ac(head) if _KIND_AC is not None else _kind_words_find(head)


def _kind_words_ac(head: str) -> int:
    """The same, every word found in one pass."""
    mask = 0
    for k, _, j in _KIND_AC.find_matches_as_indexes(head, overlapping=True):
        for bit, lim in _KIND_BITS[k]:
            if j <= lim:
                mask |= bit
    return mask


def _kind_words_find(head: str) -> int:
    """The same, one scan per word (where ahocorasick_rs is missing)."""
    mask = 0
    for k, key in enumerate(_KIND_KEYS):
        i = head.find(key)
        if i != -1:  # (the first occurrence ends first)
            for bit, lim in _KIND_BITS[k]:
                if i + len(key) <= lim:
                    mask |= bit
    return mask


def _kind(text: str, signed: bool = False, raw: str = "") -> str:
    """'ruling', 'minutes', 'notice' (a court notice of dates), 'filing' or 'other'. `signed`: the entry is signed
    ("Signed by", "Ordered by"); or `raw`, the entry's original text, says so (tested only when it matters)."""
    head = text[:200]
    if head.startswith(("so ordered stipulation", "so-ordered stipulation")):
        return "ruling"  # S.D.N.Y. bankruptcy's "So Ordered Stipulation Signed On 3/8/2022. Between ... Extending Time"
    # each pattern runs only when a word it needs is there, within the characters where a match can hold it (same
    # results)
    w = _kind_words(head)
    if w & _K_ORDER and _WITH_ORDER_HEAD.match(head):
        i = head.find(". ")
        if _WITH_ORDER_RX.search(text, 0, min(len(text), 400 if i == -1 else max(i + 1, 200))):
            return "ruling"
    if w & _K_MINUTES_HEAD and _MINUTES_HEAD.match(head):
        return "ruling" if _MINUTE_ORDER.search(head, 0, 60) else "minutes"
    # (in any match of _COURT_NOTICE_HEAD its word ends within the first 102 characters: 10 + 13 for the opening,
    # 3 words of 18, a proceeding of 13, 3 spaces, "continued")
    if w & _K_NOTICE_HINT and _COURT_NOTICE_HEAD.match(head):
        return "notice"
    # (_RULING_SPECIAL's words end within its first 50 characters, _NOT_RULING's within 45: cheap tests first)
    if w & _K_CREDITORS and _CREDITORS_MEETING_RX.match(head):
        return "notice"  # the court's notice of the meeting of creditors (a trustee's meeting, no court proceeding)
    if w & _K_SPECIAL and _RULING_SPECIAL.match(head):
        return "ruling"
    if _first_word(head) in _FILING_FIRST and _FILING_HEAD.match(head) or w & _K_RETURNED and _NOT_RULING.match(head):
        if w & _K_IS_ARE and not w & _K_FILED and _RULED_CLAUSE.search(head) and not head.lstrip(" *").startswith(
                ("findings", "report")):  # (E.D. Cal.'s "FINDINGS and RECOMMENDATIONS ... The matter is referred to Judge X")
            return "ruling"  # the clerk's ruling on it: "Defendant's Unopposed Application ... is GRANTED"
        if w & _K_SO_ORDERED and _is_signed(signed, raw):
            return "ruling"  # "STIPULATION OF DISMISSAL WITH PREJUDICE SO ORDERED. Signed by Judge X"
        if w & _K_SIGNED_BY and head.lstrip(" *").startswith("stip") and _SIGNED_BY_JUDGE_RX.search(head):
            return "ruling"  # "Stipulation - ans due 12/6/01 signed by Judge X": the judge signed it, so ordered
        if head.lstrip(" *").startswith(("stip", "joint stip")) and _is_signed(signed, raw) and (
                _SIGNED_BY_JUDGE_RX.search(raw.lower()) is not None):
            return "ruling"  # "JOINT STIPULATION TO EXTEND TIME ... Signed by Judge X on 06/24/2026" (past the head)
        if w & _K_ORDERED_BY and _ORDERED_BY_JUDGE_RX.search(head):
            return "ruling"  # "STIPULATION FOR EXTENSION OF TIME ...: IT IS HEREBY ORDERED by Judge X that ..."
        if w & _K_CJA and head.lstrip(" *").startswith("cja") and (_is_signed(signed, raw) or _BY_JUDGE_RX.search(head)):
            return "ruling"  # "CJA 20 ... Appointment of Attorney X for Y. Signed by Judge Z": the appointment
        return "filing"
    if w & _K_FILED_BY and not _COURT_HEAD.match(head) and not _is_signed(signed, raw) and _outside_parens(
            head, head.find(" filed by")):
        return "filing"  # "STATEMENT OF RECENT DECISION ... filed by Plaintiffs", "Bail Spreadsheet ... filed by"
    if _is_signed(signed, raw) or w & _K_RULING_HINT and _RULING_HEAD.match(head):
        return "ruling"
    if w & _K_IS_ARE and _RULED_CLAUSE.search(head):
        return "ruling"  # a clerk's text ruling without heading: "Defendant's Application for Extension ... is GRANTED"
    return "other"


_DENIED_RX: Final = re.compile(r"\bden(?:y|ied|ying|ies)\b")
_COURT_HEAD: Final = re.compile(
    r"^[\W\d]{0,10}(?:[a-z/'.-]{1,20}\s{1,3}){0,3}?(?:order|judgment|decree|minutes?|ruling|opinion|mandate|endorsement)\b")
# "by the Hon. Chief U.S. District Judge": the judge a paper is signed or ordered by
_BY_JUDGE: Final = (r"by\s{1,3}(?:the\s{1,3})?(?:hon(?:orable|\.)?\s{1,3})?(?:chief\s{1,3}|senior\s{1,3})?(?:u\.?s\.?\s{1,3})?"
                    r"(?:district\s{1,3}|magistrate\s{1,3})?judge\b")
_BY_JUDGE_RX: Final = re.compile(r"\b" + _BY_JUDGE)
_ORDERED_BY_JUDGE_RX: Final = re.compile(r"\b(?:it\s{1,3}is\s{1,3}(?:hereby\s{1,3})?|so\s{1,3})ordered\s{1,3}" + _BY_JUDGE)
_SIGNED_BY_JUDGE_RX: Final = re.compile(r"\bsigned\s{1,3}" + _BY_JUDGE)
_RULED_CLAUSE: Final = re.compile(
    r"(?:is(?<!\wis)|are(?<!\ware))\s{1,3}(?:hereby\s{1,3})?(?:granted|denied|referred|dismissed|stayed|overruled|sustained|extended)\b")


def _outside_parens(text: str, i: int) -> bool:
    """Whether position `i` of `text` is outside parentheses ("Hearing Cancelled (Re: related document(s) 20 Motion
    filed by X)": the filer is the related paper's, not this entry's)."""
    return text.count("(", 0, i) <= text.count(")", 0, i)


def _is_signed(signed: bool, raw: str) -> bool:
    return signed or bool(raw) and (raw.find("igned by", 0, _CAP) != -1 or raw.find("Ordered by", 0, _CAP) != -1)




_SENT_CACHE: Final[dict[int, tuple[str, list[tuple[int, int]]]]] = {}


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (cached for the entry being parsed: the order and the hearing rules both need them)."""
    hit = _SENT_CACHE.get(0)
    if hit is not None and hit[0] is text:
        return hit[1]
    spans = _split_sentences(text)
    _SENT_CACHE[0] = (text, spans)
    return spans


def _split_sentences(text: str) -> list[tuple[int, int]]:
    """Ends: ";", a newline, ". " after two letters/digits (not "a.m.", "S.", "No.", judged as _is_end does) and ": "
    after a letter. Candidates are found with str.find (a regex scan of every position is several times slower).
    Each "." is judged inline with _is_end's rule (after two word characters "a.m." cannot occur, so only the
    abbreviation test remains)."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    ends: list[int] = []
    abbrev = _ABBREV
    abbrev_ends = _ABBREV_BY_LAST
    for c in ";\n":
        i = text.find(c)
        while i != -1:
            ends.append(i)
            i = text.find(c, i + 1)
    i = text.find(".", 2)
    while i != -1:
        if i + 1 >= n or text[i + 1].isspace():
            c1 = text[i - 1]
            c2 = text[i - 2]
            if (c1.isalnum() or c1 == ")" or c1 == "]") and (c2.isalnum() or c2 == ")" or c2 == "]"):
                grp = abbrev_ends.get(c1)  # (the abbreviations ending in c1: usually none or a few)
                if grp is None or not text.endswith(grp, i - 6 if i > 6 else 0, i):
                    ends.append(i)  # the word before "." (a suffix of those 6 characters) is no abbreviation
                else:
                    j = i - 1
                    while j > 0 and i - j < 6 and text[j - 1].isalpha():
                        j -= 1
                    if text[j:i] not in abbrev:
                        ends.append(i)
            elif c1 == "m" and i >= 3 and text[i - 3 : i + 1] in ("a.m.", "p.m.") and (
                    text[i + 2 : i + 14].split(" ", 1)[0] in _STARTERS):
                ends.append(i)  # "... at 11:00 a.m. Time is excluded ...": a sentence's first word follows
        i = text.find(".", i + 1)
    i = text.find(":", 1)
    while i != -1:
        if (i + 1 >= n or text[i + 1].isspace()) and text[i - 1].isalpha() and not (
                (text[i - 2 : i] == "re" or text[i - 2 : i] == "on") and (i < 3 or not text[i - 3].isalnum())):
            # (not "re:": "Status conference re: Chapter 11 case - CONTINUED TO 9/25/19"; not "on:": "Minutes of
            # Hearing held on: 01/21/2010")
            ends.append(i)
        i = text.find(":", i + 1)
    ends.sort()
    for i in ends:
        if i > start:
            spans.append((start, i))
        start = i + 1
    if start < n:
        spans.append((start, n))
    return spans
