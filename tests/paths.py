"""Where the tests' own material and the shared reference material are (the spec's paths: spec_toolkit.paths)."""

from __future__ import annotations

from spec_toolkit.paths import ROOT

API_DOCUMENT = ROOT / "openapi" / "document" / "toast-compute-api.md"
# The vendor's guide as published today: TOAST-DOCS/Compute-Instance ko/public-api.md at edf2628 (2026-05-12).
CURRENT_API_DOCUMENT = ROOT / "openapi" / "document" / "public-api-2026-05.ko.md"
# The team's shared reference folder sits beside the clone (in CI too); tests that need it skip without it.
SHARED = ROOT.parent / "shared"
NOVA_SAMPLES = SHARED / "reference" / "nova-api-samples"

__all__ = ["API_DOCUMENT", "CURRENT_API_DOCUMENT", "NOVA_SAMPLES", "ROOT", "SHARED"]
