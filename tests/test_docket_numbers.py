"""Docket-number normalisation and matching."""

from __future__ import annotations

import pytest

from parsers.docket_numbers import normalize_docket_number, same_case


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # district, C.D. Cal. spellings of Chhoeun v. Marin
        ("8:17-cv-01898", "8:17-cv-01898"),
        ("8:17-cv-01898-CJC-GJS", "8:17-cv-01898"),
        ("8:17-CV-1898", "8:17-cv-01898"),
        ("SACV 17-01898", "8:17-cv-01898"),
        ("SACV17-1898-CJC", "8:17-cv-01898"),
        ("SACV 17-01898-CJC (GJSx)", "8:17-cv-01898"),
        ("8:17cv1898", "8:17-cv-01898"),
        ("  8:17-cv-01898  ", "8:17-cv-01898"),
        ("8 : 17 cv 1898", "8:17-cv-01898"),
        # other C.D. Cal. prefixes: Western (2), Southern (8), Eastern (5) divisions
        ("CV 18-05741", "2:18-cv-05741"),
        ("LACV18-5741-DMG", "2:18-cv-05741"),
        ("LA 18-5741", "2:18-cv-05741"),
        ("EDCV 19-00123-JGB", "5:19-cv-00123"),
        ("ED 19-123", "5:19-cv-00123"),
        ("SA 17-1898", "8:17-cv-01898"),
        ("SACR 18-00012-CJC", "8:18-cr-00012"),
        ("CR 18-12", "2:18-cr-00012"),
        ("LACR 18-12", "2:18-cr-00012"),
        ("EDCR 18-12", "5:18-cr-00012"),
        # no office digit, no prefix
        ("17-cv-1898", "17-cv-01898"),
        ("17cv1898", "17-cv-01898"),
        # other districts: judge initials and defendant numbers dropped
        ("1:17-cr-00554-MKB", "1:17-cr-00554"),
        ("2:18-cr-00123-JAK-1", "2:18-cr-00123"),
        ("1:12-cv-04402-PKC-CLP", "1:12-cv-04402"),
        ("08:17-cv-01898", "8:17-cv-01898"),
        # bankruptcy and appellate: cleaned only
        ("17-11234-SHL", "17-11234-shl"),
        (" 18-00079 ", "18-00079"),
        ("22-1214", "22-1214"),
        ("22 - 1214", "22-1214"),
        # not docket numbers
        ("", None),
        ("   ", None),
        ("Chhoeun v. Marin", None),
        ("XYCV 17-1898", None),
        ("5:18-~gr-00001", None),
        ("8:17-cv-", None),
    ],
)
def test_normalize_docket_number(raw: str, expected: str | None) -> None:
    assert normalize_docket_number(raw) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("8:17-cv-01898-CJC-GJS", "SACV 17-01898", True),
        ("8:17-cv-01898", "8:17cv1898", True),
        ("17-cv-1898", "8:17-cv-01898-CJC", True),  # one side lacks the office: ignored
        ("8:17-cv-01898", "17-cv-01898", True),
        ("17-cv-1898", "17-cv-01898", True),
        ("2:17-cv-01898", "8:17-cv-01898", False),  # both offices given and different
        ("CV 17-1898", "SACV 17-1898", False),
        ("8:17-cv-01898", "8:17-cr-01898", False),
        ("8:17-cv-01898", "8:17-cv-01899", False),
        ("8:17-cv-01898", "8:18-cv-01898", False),
        ("17-11234-shl", "17-11234", True),  # bankruptcy judge suffix
        ("17-11234-shl", "17-11235-shl", False),
        ("22-1214", "22-1214", True),
        ("22-1214", "22-1215", False),
        ("17-1898", "17-cv-01898", False),  # appellate/bankruptcy vs district
        ("", "", False),
        ("garbage", "garbage", False),
    ],
)
def test_same_case(a: str, b: str, expected: bool) -> None:
    assert same_case(a, b) is expected
    assert same_case(b, a) is expected
