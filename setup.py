"""Build script: the docket-text parser is compiled with mypyc when it can be (~1.4x faster).

Everything else is in pyproject.toml. The compiled modules are the same source files as the pure ones (mypyc
compiles type-annotated Python); when mypyc or a C compiler is missing, or DOCKET_MONITOR_PURE=1 is set, the
package installs as pure Python and behaves the same, only slower. `monitor parse --version`... see README.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

# the docket-text parser: pure functions over str, where the time goes (see scripts/bench.py)
COMPILED = [
    "parsers/dates.py",
    "parsers/docket_facts.py",
    "parsers/docket_scan.py",
    "parsers/docket_refs.py",
    "parsers/docket_orders.py",
    "parsers/docket_settle.py",
    "parsers/docket_about.py",
    "parsers/docket_lists.py",
    "parsers/docket_titles.py",
    "parsers/docket_hearings.py",
    "parsers/docket_text.py",
]


class OptionalBuildExt(build_ext):
    """A failed compile is a warning, not a failed install: the pure-Python modules are always there."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler, no Python headers...
            self._skip(exc)

    def build_extension(self, ext: Any) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:
            self._skip(exc)

    @staticmethod
    def _skip(exc: BaseException) -> None:
        print(f"docket-monitor: parser not compiled, installing pure Python ({exc})", file=sys.stderr)


def ext_modules() -> list[Any]:
    if os.environ.get("DOCKET_MONITOR_PURE"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        print(f"docket-monitor: mypyc unavailable, installing pure Python ({exc})", file=sys.stderr)
        return []
    return list(mypycify(COMPILED, opt_level="3"))


setup(ext_modules=ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
