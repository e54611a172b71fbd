"""House rules that keep the core pure: parsers/ and notifiers/ never import monitor/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("path", sorted([*REPO.glob("parsers/*.py"), *REPO.glob("notifiers/*.py")]),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_pure_packages_do_not_import_monitor(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert "monitor" not in imported
    if path.parent.name == "parsers":  # and the parsers do no I/O of their own
        assert not imported & {"httpx", "sqlite3", "sqlite_utils", "socket", "smtplib", "urllib3", "requests"}
