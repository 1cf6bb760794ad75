"""The client is typed: py.typed shipped. `mypy --strict` itself runs in `nox -s typecheck`, one of the sessions
of the README's test command (and so of CI)."""

from __future__ import annotations

import pytest

from tests.paths import ROOT

pytestmark = pytest.mark.client


def test_packages_ship_py_typed() -> None:
    assert (ROOT / "generated_client" / "toast_compute_client" / "py.typed").is_file()
    assert (ROOT / "toast_compute" / "py.typed").is_file()
    assert (ROOT / "toast_compute_mock" / "py.typed").is_file()
