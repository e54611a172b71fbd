"""Which parser modules run compiled (mypyc, see setup.py) and whether a compiled one is older than its source.

An editable install compiles the docket-text modules in place; Python then prefers the compiled module over the
.py beside it, so an edited .py has no effect until the next `make install`. `stale_compiled()` names such modules
(the test suite refuses to run on them).
"""

from __future__ import annotations

import importlib.machinery
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_SUFFIXES = sorted(importlib.machinery.EXTENSION_SUFFIXES, key=len, reverse=True)  # ".cpython-311-...so" before ".so"


def compiled_modules(package_dir: Path = _HERE) -> list[str]:
    """Names of the modules of this package that are compiled extensions, sorted."""
    names = set()
    for path in package_dir.iterdir():
        for suffix in _SUFFIXES:
            if path.name.endswith(suffix):
                names.add(path.name[: -len(suffix)])
                break
    return sorted(names)


def stale_compiled(package_dir: Path = _HERE) -> list[str]:
    """Compiled modules whose .py source changed after they were built."""
    stale = []
    for name in compiled_modules(package_dir):
        source = package_dir / f"{name}.py"
        builds = [p for s in _SUFFIXES if (p := package_dir / f"{name}{s}").exists()]
        if source.exists() and any(source.stat().st_mtime > b.stat().st_mtime for b in builds):
            stale.append(name)
    return stale


def describe(package_dir: Path = _HERE) -> str:
    """One line for benchmarks: 'compiled (mypyc): dates, docket_text, ...' or 'pure Python'."""
    names = compiled_modules(package_dir)
    return f"compiled (mypyc): {', '.join(names)}" if names else "pure Python"
