"""Upstream Nova payloads for the documented endpoints validate against the spec at the legacy /v2 level.

Samples of later microversions (`<dir>__v2.NN__<name>.json`) and of endpoints outside the document are
listed in OUT_OF_SCOPE. Samples that the spec rejects on purpose are in DEVIATIONS with the errata entry
that records why.
"""

from __future__ import annotations

import json

import pytest

from spec_toolkit.spec import load_bundle
from tests.paths import NOVA_SAMPLES, SHARED_NOVA_SAMPLES, needs_shared

SPEC = load_bundle()

# sample file stem -> (operationId, "request" or the response status)
SAMPLES = {
    "versions__versions-get-resp": ("list_versions", "200"),
    "flavors__flavors-list-resp": ("list_flavors", "200"),
    "flavors__flavors-detail-resp": ("list_flavors_detail", "200"),
    "flavors__flavor-get-resp": ("get_flavor", "200"),
    "os-availability-zone__availability-zone-list-resp": ("list_availability_zones", "200"),
    "os-keypairs__keypairs-list-resp": ("list_keypairs", "200"),
    "os-keypairs__keypairs-get-resp": ("get_keypair", "200"),
    "os-keypairs__keypairs-post-req": ("create_keypair", "request"),
    "os-keypairs__keypairs-post-resp": ("create_keypair", "200"),
    "os-keypairs__keypairs-import-post-req": ("create_keypair", "request"),
    "os-keypairs__keypairs-import-post-resp": ("create_keypair", "200"),
    "servers__servers-list-resp": ("list_servers", "200"),
    "servers__servers-details-resp": ("list_servers_detail", "200"),
    "servers__server-get-resp": ("get_server", "200"),
    "servers__server-create-req": ("create_server", "request"),
    "servers__server-create-resp": ("create_server", "202"),
    "os-multiple-create__multiple-create-post-req": ("create_server", "request"),
    "os-multiple-create__multiple-create-post-resp": ("create_server", "202"),
    "servers__server-update-req": ("update_server", "request"),
    "servers__server-update-resp": ("update_server", "200"),
    "servers__server-action-start": ("server_action", "request"),
    "servers__server-action-stop": ("server_action", "request"),
    "servers__server-action-reboot": ("server_action", "request"),
    "servers__server-action-resize": ("server_action", "request"),
    "servers__server-action-create-image": ("server_action", "request"),
    "os-security-groups__security-group-add-post-req": ("server_action", "request"),
    "os-security-groups__security-group-remove-post-req": ("server_action", "request"),
    "os-volume_attachments__list-volume-attachments-resp": ("list_volume_attachments", "200"),
    "os-volume_attachments__volume-attachment-detail-resp": ("get_volume_attachment", "200"),
    "os-volume_attachments__attach-volume-to-server-req": ("attach_volume", "request"),
    "os-volume_attachments__attach-volume-to-server-resp": ("attach_volume", "200"),
}

# Samples the spec rejects on purpose: stem -> (a word the validation error names, errata id).
DEVIATIONS: dict[str, tuple[str, str]] = {
    # TOAST requires `networks`; Nova (before 2.37) does not.
    "servers__server-create-req": ("networks", "E28"),
    # Nova also takes numeric and boolean strings; the spec asks for real integers and booleans.
    "os-multiple-create__multiple-create-post-req": ("min_count", "E32"),
}

# Samples not at the legacy /v2 level or not of a documented endpoint.
OUT_OF_SCOPE_ENDPOINTS = {
    "versions__v2-version-get-resp": "GET /v2/ is not in the document",
    "versions__v21-version-get-resp": "GET /v2.1/ is not in the document",
}


def is_microversioned(stem: str) -> bool:
    return len(stem.split("__")) == 3


def test_every_shared_sample_is_classified():
    if reason := needs_shared(SHARED_NOVA_SAMPLES):
        pytest.skip(reason)
    unclassified = [
        path.stem
        for path in SHARED_NOVA_SAMPLES.glob("*.json")
        if path.stem not in SAMPLES and path.stem not in OUT_OF_SCOPE_ENDPOINTS and not is_microversioned(path.stem)
    ]
    assert not unclassified


def test_the_copied_samples_are_the_shared_ones():
    if reason := needs_shared(SHARED_NOVA_SAMPLES):
        pytest.skip(reason)
    changed = [path.name for path in NOVA_SAMPLES.glob("*.json")
               if path.read_bytes() != (SHARED_NOVA_SAMPLES / path.name).read_bytes()]
    assert not changed, f"tests/fixtures/nova-api-samples/ differs from {SHARED_NOVA_SAMPLES}: {changed}"


def schema_for(operation_id: str, where: str) -> dict:
    operation = SPEC.operation(operation_id)
    return SPEC.request_schema(operation) if where == "request" else SPEC.response_schema(operation, where)


@pytest.mark.parametrize("stem", sorted(SAMPLES))
def test_sample_validates(stem):
    path = NOVA_SAMPLES / f"{stem}.json"
    operation_id, where = SAMPLES[stem]
    errors = list(SPEC.validator(schema_for(operation_id, where)).iter_errors(json.loads(path.read_text())))
    if stem in DEVIATIONS:
        word, errata = DEVIATIONS[stem]
        assert errors, f"{stem} now validates: drop it from DEVIATIONS ({errata})"
        assert any(word in e.message or word in str(list(e.absolute_path)) for e in errors), errors
        assert errata in SPEC.operation(operation_id).spec["x-errata"]
    else:
        assert not errors, f"{stem}: " + "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:3])
