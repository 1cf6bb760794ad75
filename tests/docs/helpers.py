"""What the reference-site and spec-diff tests share: the scripts under test and the fixture spec."""

from __future__ import annotations

import sys

from tests.paths import ROOT

sys.path.insert(0, str(ROOT / "scripts"))  # scripts/ is not a package; its modules import each other by name

FIXTURES = ROOT / "tests" / "docs" / "fixtures"
MINI_SPEC = FIXTURES / "mini-compute.yaml"
MINI_ERRATA = FIXTURES / "errata.yaml"
REPORTS = ROOT / "reports"
