"""Where the OpenAPI description and its companions are in the repository: defined here only."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"
SPEC_SOURCE = OPENAPI / "src" / "openapi.yaml"  # the hand-written root document
BUNDLE = OPENAPI / "toast-compute-api.yaml"  # the one bundled document every tool consumes
IDENTITY_SOURCE = OPENAPI / "identity" / "openapi.yaml"  # the identity service's token call, its own document
IDENTITY_BUNDLE = OPENAPI / "toast-identity-api.yaml"
ERRATA = OPENAPI / "errata.yaml"
ERRATA_MARKDOWN = OPENAPI / "ERRATA.md"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
