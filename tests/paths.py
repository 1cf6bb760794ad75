"""Where the tests' own material is (the spec's paths: spec_toolkit.paths), and the one place that says which
checks need the team's shared reference folder.

Every test runs from the repository alone, except these optional checks, which compare the repository's
copies with their sources in the shared folder beside the clone (`../shared`, as in the team's checkout) and
skip without it, saying so (`needs_shared`):

- tests/spec/test_bundle.py `test_document_copy_matches_shared_document`: openapi/document/ is the shared
  API document (`../shared/toast-compute-api.md`).
- tests/spec/test_nova_samples.py `test_the_copied_samples_are_the_shared_ones` (tests/fixtures/nova-api-samples/
  is byte for byte the shared samples) and `test_every_shared_sample_is_classified` (each upstream sample
  of `../shared/reference/nova-api-samples/` is either checked or listed as out of scope).
"""

from __future__ import annotations

from pathlib import Path

from spec_toolkit.paths import ROOT

API_DOCUMENT = ROOT / "openapi" / "document" / "toast-compute-api.md"
# The vendor's guide as published today: TOAST-DOCS/Compute-Instance ko/public-api.md at edf2628 (2026-05-12).
CURRENT_API_DOCUMENT = ROOT / "openapi" / "document" / "public-api-2026-05.ko.md"
# Upstream Nova samples the tests read, copied into the repository.
NOVA_SAMPLES = ROOT / "tests" / "fixtures" / "nova-api-samples"
# The team's shared reference folder beside the clone: only the optional checks above read it.
SHARED = ROOT.parent / "shared"
SHARED_NOVA_SAMPLES = SHARED / "reference" / "nova-api-samples"


def needs_shared(path: Path) -> str | None:
    """The skip reason of an optional check that reads `path` in the shared folder, or None when it is there."""
    if path.exists():
        return None
    return (f"optional check: needs the team's shared reference folder beside the clone ({path} not found); "
            "tests/paths.py lists the checks that need it")


__all__ = ["API_DOCUMENT", "CURRENT_API_DOCUMENT", "NOVA_SAMPLES", "ROOT", "SHARED", "SHARED_NOVA_SAMPLES",
           "needs_shared"]
