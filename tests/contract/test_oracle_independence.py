"""The suite's oracle is independent of the system it tests: only the adapter that starts the embedded
mock imports `toast_compute_mock`."""

from __future__ import annotations

import ast

from tests.paths import ROOT


def imported_modules(source: str) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_only_the_embedded_mock_adapter_imports_the_mock():
    importers = sorted(
        path.relative_to(ROOT / "contract_tests").as_posix() for path in (ROOT / "contract_tests").rglob("*.py")
        if any(m.split(".")[0] == "toast_compute_mock" for m in imported_modules(path.read_text(encoding="utf-8")))
    )
    assert importers == ["targets/embedded_mock.py"]
