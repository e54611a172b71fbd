from __future__ import annotations

from pathlib import Path

import pytest

from parsers.build_info import stale_compiled

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture
def corpus() -> Path:
    """../shared/corpus, or skip: a user's clone has no shared/."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to test a compiled parser module older than its source (it would test the old code)."""
    stale = stale_compiled()
    if stale:
        raise pytest.UsageError(
            f"compiled parser modules older than their source: {', '.join(stale)}; run `make install` "
            "(or DOCKET_MONITOR_PURE=1 make install for a pure-Python build)")
