"""The optional mypyc build of the docket-text parser: which modules are compiled, and stale ones refused."""

from __future__ import annotations

import importlib.machinery
import os
from pathlib import Path

import parsers.docket_text
from parsers.build_info import compiled_modules, describe, stale_compiled

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # e.g. ".cpython-311-x86_64-linux-gnu.so"


def _package(tmp_path: Path, built_after_source: bool) -> Path:
    (tmp_path / "__init__.py").write_text("")
    (tmp_path / "helpers.py").write_text("")  # pure: no compiled twin
    source, built = tmp_path / "dates.py", tmp_path / f"dates{SUFFIX}"
    source.write_text("")
    built.write_bytes(b"\x7fELF")
    older, newer = (1_000_000, 2_000_000) if built_after_source else (2_000_000, 1_000_000)
    os.utime(source, (older, older))
    os.utime(built, (newer, newer))
    return tmp_path


def test_pure_package(tmp_path: Path) -> None:
    (tmp_path / "dates.py").write_text("")
    assert compiled_modules(tmp_path) == []
    assert stale_compiled(tmp_path) == []
    assert describe(tmp_path) == "pure Python"


def test_compiled_module_built_after_its_source(tmp_path: Path) -> None:
    pkg = _package(tmp_path, built_after_source=True)
    assert compiled_modules(pkg) == ["dates"]
    assert stale_compiled(pkg) == []
    assert describe(pkg) == "compiled (mypyc): dates"


def test_source_edited_after_the_build_is_stale(tmp_path: Path) -> None:
    assert stale_compiled(_package(tmp_path, built_after_source=False)) == ["dates"]


def test_this_install_runs_what_build_info_says() -> None:
    compiled = "docket_text" in compiled_modules()
    assert parsers.docket_text.__file__ is not None
    assert parsers.docket_text.__file__.endswith(".py") is not compiled
