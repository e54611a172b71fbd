"""Docket-number normalisation and matching.

District numbers take many spellings: 8:17-cv-01898, 8:17-cv-01898-CJC-GJS, 8:17-CV-1898, 8:17cv1898,
and C.D. Cal.'s letter prefixes "SACV 17-01898", "SACV17-1898-CJC (GJSx)". All normalise to the canonical
"O:YY-tt-NNNNN" ("8:17-cv-01898"): office digit, two-digit year, lower-case type, five-digit number; judge
initials and defendant numbers are dropped. Without an office digit or a known prefix ("17-cv-1898") the
result has no office ("17-cv-01898") and `same_case` compares such a number ignoring the other's office.

Bankruptcy ("17-11234-shl") and appellate ("22-1214") numbers are only cleaned (whitespace, case);
`same_case` also ignores a bankruptcy judge suffix ("17-11234-shl" is the case "17-11234").
"""

from __future__ import annotations

import functools
import re

__all__ = ["normalize_docket_number", "same_case", "CACD_PREFIXES"]

# C.D. Cal. prefixes -> (office digit, case type). Western Division (Los Angeles) = 2,
# Southern Division (Santa Ana) = 8, Eastern Division (Riverside) = 5.
CACD_PREFIXES: dict[str, tuple[str, str]] = {
    "CV": ("2", "cv"),
    "LACV": ("2", "cv"),
    "LA": ("2", "cv"),
    "SACV": ("8", "cv"),
    "SA": ("8", "cv"),
    "EDCV": ("5", "cv"),
    "ED": ("5", "cv"),
    "CR": ("2", "cr"),
    "LACR": ("2", "cr"),
    "SACR": ("8", "cr"),
    "EDCR": ("5", "cr"),
}

# What may follow the case number: judge initials, defendant number, "(GJSx)"... ignored.
_SUFFIX = r"(?:[\s\-(][\w\s()\-.]*)?"
_DISTRICT_RE = re.compile(
    rf"^(?:(?P<office>\d{{1,2}})\s*:\s*)?(?P<yy>\d{{2}})\s*-?\s*(?P<type>[a-z]{{1,4}})\s*-?\s*(?P<num>\d{{1,7}}){_SUFFIX}$"
)
_PREFIXED_RE = re.compile(rf"^(?P<prefix>[a-z]{{2,4}})\s*(?P<yy>\d{{2}})\s*-\s*(?P<num>\d{{1,7}}){_SUFFIX}$")
_SHORT_RE = re.compile(r"^(?P<yy>\d{2})-(?P<num>\d{1,7})(?:-(?P<judge>[a-z]{2,6}))?$")
_SPACES_RE = re.compile(r"\s+")


def _canonical(office: str | None, yy: str, case_type: str, num: str) -> str:
    number = f"{yy}-{case_type}-{int(num):05d}"
    return f"{int(office)}:{number}" if office else number


@functools.lru_cache(maxsize=8192)
def normalize_docket_number(s: str) -> str | None:
    """Canonical form of a docket number, or None when `s` is not one.

    Cached: a court feed's items are matched against every watched case on each poll."""
    text = _SPACES_RE.sub(" ", s).strip().lower()
    if not text:
        return None
    district = _DISTRICT_RE.match(text)
    if district:
        return _canonical(district["office"], district["yy"], district["type"], district["num"])
    prefixed = _PREFIXED_RE.match(text)
    if prefixed:
        known = CACD_PREFIXES.get(prefixed["prefix"].upper())
        if known is None:
            return None
        office, case_type = known
        return _canonical(office, prefixed["yy"], case_type, prefixed["num"])
    compact = text.replace(" ", "")
    if _SHORT_RE.match(compact):
        return compact
    return None


def _core(number: str) -> tuple[str | None, str]:
    """(office, rest) for a district number; (None, number without judge suffix) otherwise."""
    if ":" in number:
        office, rest = number.split(":", 1)
        return office, rest
    short = _SHORT_RE.match(number)
    if short:
        return None, f"{short['yy']}-{short['num']}"
    return None, number


def same_case(a: str, b: str) -> bool:
    """True when `a` and `b` name the same case; an office missing on one side is not a difference."""
    na, nb = normalize_docket_number(a), normalize_docket_number(b)
    if na is None or nb is None:
        return False
    if na == nb:
        return True
    office_a, rest_a = _core(na)
    office_b, rest_b = _core(nb)
    if rest_a != rest_b:
        return False
    return office_a is None or office_b is None or office_a == office_b


def match_key(s: str) -> str | None:
    """A key that two numbers of the same case always share (the number without office or judge): for indexing
    many watched cases, then confirming with `same_case`."""
    n = normalize_docket_number(s)
    return _core(n)[1] if n is not None else None
