"""The committed bundles (compute, and identity, network and block storage beside it) are valid OpenAPI 3.1
documents and are what their sources bundle to."""

from __future__ import annotations

import subprocess

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from spec_toolkit.paths import BUNDLE, REDOCLY, SERVICE_DOCUMENTS, SPEC_SOURCE

# (source, committed bundle) of each OpenAPI document the project describes.
DOCUMENTS = [(SPEC_SOURCE, BUNDLE), *SERVICE_DOCUMENTS]
DOCUMENT_IDS = [bundle.name for _, bundle in DOCUMENTS]


@pytest.mark.parametrize("bundle", [bundle for _, bundle in DOCUMENTS], ids=DOCUMENT_IDS)
def test_bundle_is_valid_openapi_3_1(bundle):
    document, _ = read_from_filename(str(bundle))
    assert document["openapi"].startswith("3.1")
    validate(document)


@pytest.mark.parametrize(("source", "bundle"), DOCUMENTS, ids=DOCUMENT_IDS)
def test_bundle_is_fresh(tmp_path, source, bundle):
    if not REDOCLY.exists():
        pytest.fail("Redocly CLI is missing: run `npm ci` (the nox sessions do it)")
    fresh = tmp_path / "bundle.yaml"
    subprocess.run([str(REDOCLY), "bundle", str(source), "--output", str(fresh)], check=True, capture_output=True)
    assert fresh.read_text(encoding="utf-8") == bundle.read_text(encoding="utf-8"), (
        f"openapi/{bundle.name} is stale: run `nox -s bundle` and commit the result"
    )


def test_document_copy_matches_shared_document():
    from tests.paths import API_DOCUMENT, SHARED, needs_shared

    shared = SHARED / "toast-compute-api.md"
    if reason := needs_shared(shared):
        pytest.skip(reason)
    assert API_DOCUMENT.read_bytes() == shared.read_bytes(), "openapi/document/ is out of date with the shared document"
