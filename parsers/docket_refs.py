"""References an entry's text makes to other docket entries: "[185]", "(Dkt. No. 185)", CM/ECF's link text
"granting 21 Motion", "re 185 Order" (docket numbers, in order of appearance)."""

from __future__ import annotations

import re
from typing import Final

from parsers.docket_scan import _Finder

_REF_BRACKET: Final = re.compile(r"\[(\d{1,5})(?:-\d{1,3})?\]")
_REF_DKT: Final = re.compile(r"(?:dkt\.?|docket|ecf|doc\.?)\s{0,2}(?:nos?\.?|#|entry)?\s{0,2}(\d{1,5})\b")
# CM/ECF's link text: "granting 21 Motion", "re 185 Order", "finding as moot 5 Motion"
_REF_LINK: Final = re.compile(
    r"(?:re:?|granting|denying|on|moot)\s{1,2}(\d{1,5})\s{1,2}(?=(?:(?:joint|ex\s{1,2}parte|first|second|"
    r"amended|emergency|unopposed|letter|sealed)\s{1,2})?(?:motion|application|stipulation|request|letter|notice|"
    r"order|report|objection|proposed|petition))"
)
_REF_CAND: Final = re.compile(r"(?:re:?|granting|denying|on|moot) (?=\d)")  # the candidates _refs finds with str.find
_REF_KEYS: Final = ("re ", "re: ", "granting ", "denying ", "on ", "moot ")

_REF_DKT_FINDER: Final = _Finder(("dkt", "doc", "ecf"), _REF_DKT.pattern, short=0)  # _REF_DKT, found with str.find


def _refs(text: str) -> tuple[int, ...]:
    found: list[tuple[int, int]] = []
    ascii_ = text.isascii()
    digits: list[int] = []  # where an ASCII digit follows a space (found with one fast one-character scan per digit)
    if ascii_:
        any_digit = False
        for d in "0123456789":
            if d not in text:  # (a one-character `in` is a memchr: cheaper than the find)
                continue
            any_digit = True
            j = text.find(d)
            while j != -1:
                if j >= 2 and text[j - 1] == " ":
                    digits.append(j)
                j = text.find(d, j + 1)
        if not any_digit:
            return ()  # every reference is a number
    if "[" in text:
        found.extend((m.start(), int(m.group(1))) for m in _REF_BRACKET.finditer(text))
    for m in _REF_DKT_FINDER.finditer(text):  # (its own `in` tests skip the absent keys)
        found.append((m.start(), int(m.group(1))))
    if ascii_:
        # a link word, one space, a digit (what _REF_CAND finds), found from the digits: at most one key ends
        # before a given digit (their last characters differ)
        for j in digits:
            k = j - 1
            # (= which of _REF_WORDS text[:k] ends with, by its last letters: most digits are ruled out by one)
            c = text[k - 1]
            if c == "n" or c == "e":  # "on", "re"
                if k < 2 or text[k - 2] != ("o" if c == "n" else "r"):
                    continue
                i = k - 2
            elif c == ":":  # "re:"
                if k < 3 or text[k - 2] != "e" or text[k - 3] != "r":
                    continue
                i = k - 3
            elif c == "t":
                if not text.endswith("moot", 0, k):
                    continue
                i = k - 4
            elif c == "g":
                if text.endswith("denying", 0, k):
                    i = k - 7
                elif text.endswith("granting", 0, k):
                    i = k - 8
                else:
                    continue
            else:
                continue
            if i == 0 or not text[i - 1].isalpha():
                # (a match needs at most 5 digits and a space after them: most candidates, dates, have neither)
                e = j + 1
                while e < len(text) and "0" <= text[e] <= "9":
                    e += 1
                if e - j > 5 or e == len(text) or not text[e].isspace():
                    continue
                lm = _REF_LINK.match(text, i)
                if lm is not None:
                    found.append((i, int(lm.group(1))))
    else:
        n = len(text)
        for key in _REF_KEYS:  # a link word, one space, a digit (what _REF_CAND finds; no key ends another one)
            if key not in text:
                continue
            i = text.find(key)
            while i != -1:
                j = i + len(key)
                if j < n and text[j].isdecimal() and (i == 0 or not text[i - 1].isalpha()):
                    lm = _REF_LINK.match(text, i)
                    if lm is not None:
                        found.append((i, int(lm.group(1))))
                i = text.find(key, i + 1)
    if not found:
        return ()
    out: list[int] = []
    for _, n in sorted(found):
        if n not in out:
            out.append(n)
    return tuple(out)


_REF_WORDS: Final = ("re", "re:", "granting", "denying", "on", "moot")  # _REF_KEYS without their space
