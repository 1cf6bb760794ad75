"""What the reference-site and spec-diff tests share: the fixture spec and where reports go."""

from __future__ import annotations

from tests.paths import ROOT

FIXTURES = ROOT / "tests" / "docs" / "fixtures"
MINI_SPEC = FIXTURES / "mini-compute.yaml"
MINI_ERRATA = FIXTURES / "errata.yaml"
REPORTS = ROOT / "reports"
