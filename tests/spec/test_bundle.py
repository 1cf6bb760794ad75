"""The committed bundle is a valid OpenAPI 3.1 document and is what the source bundles to."""

from __future__ import annotations

import subprocess

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from spec_toolkit.paths import BUNDLE, REDOCLY, SPEC_SOURCE


def test_bundle_is_valid_openapi_3_1():
    document, _ = read_from_filename(str(BUNDLE))
    assert document["openapi"].startswith("3.1")
    validate(document)


def test_bundle_is_fresh(tmp_path):
    if not REDOCLY.exists():
        pytest.fail("Redocly CLI is missing: run `npm ci` (the nox sessions do it)")
    fresh = tmp_path / "bundle.yaml"
    subprocess.run([str(REDOCLY), "bundle", str(SPEC_SOURCE), "--output", str(fresh)], check=True, capture_output=True)
    assert fresh.read_text(encoding="utf-8") == BUNDLE.read_text(encoding="utf-8"), (
        "openapi/toast-compute-api.yaml is stale: run `nox -s bundle` and commit the result"
    )


def test_document_copy_matches_shared_document():
    from tests.paths import API_DOCUMENT, SHARED

    shared = SHARED / "toast-compute-api.md"
    if not shared.exists():
        pytest.skip(f"shared reference folder not found at {SHARED}")
    assert API_DOCUMENT.read_bytes() == shared.read_bytes(), "openapi/document/ is out of date with the shared document"
