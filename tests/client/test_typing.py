"""The client is typed: py.typed shipped, and `mypy --strict` clean on the generated package, the layer and
an example consumer (the same command as `nox -s typecheck`)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.paths import ROOT

pytestmark = pytest.mark.client


def test_packages_ship_py_typed() -> None:
    assert (ROOT / "generated_client" / "toast_compute_client" / "py.typed").is_file()
    assert (ROOT / "toast_compute" / "py.typed").is_file()


def test_mypy_strict() -> None:
    targets = ["generated_client/toast_compute_client", "toast_compute", "examples"]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache"), *targets],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-10000:] + result.stderr[-3000:]
    assert result.stdout.startswith("Success: no issues found")
