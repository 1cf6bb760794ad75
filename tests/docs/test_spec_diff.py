"""scripts/spec_diff.py: each rule fires on its breaking change and stays quiet on a compatible one."""

from __future__ import annotations

import copy

import pytest
import yaml

from scripts.spec_diff import diff, main, spec_at
from tests.docs.helpers import MINI_SPEC

SERVERS = "/v2/{tenantId}/servers"
SERVER = "/v2/{tenantId}/servers/{serverId}"


def rules(old: dict, new: dict) -> tuple[set[str], set[str]]:
    """(breaking rules, compatible rules) that fired."""
    changes = diff(old, new)
    return {c.rule for c in changes if c.breaking}, {c.rule for c in changes if not c.breaking}


@pytest.fixture
def old(mini_spec):
    return mini_spec


@pytest.fixture
def new(old):
    return copy.deepcopy(old)


def schemas(spec):
    return spec["components"]["schemas"]


def create_server_fields(spec):
    return schemas(spec)["CreateServerRequest"]["properties"]["server"]


def test_identical_documents_have_no_changes(old, new):
    assert diff(old, new) == []


def test_operation_removed(old, new):
    del new["paths"][SERVER]["delete"]
    assert rules(old, new) == ({"operation-removed"}, set())


def test_operation_added_is_compatible(old, new):
    new["paths"][SERVER]["put"] = {"operationId": "updateServer", "responses": {"200": {"description": "ok"}}}
    assert rules(old, new) == (set(), {"operation-added"})


def test_operation_id_changed(old, new):
    new["paths"][SERVER]["delete"]["operationId"] = "removeServer"
    assert rules(old, new)[0] == {"operation-id-changed"}


def test_renamed_path_parameter_is_the_same_operation(old, new):
    item = new["paths"].pop(SERVER)
    item["parameters"][1]["name"] = "server_id"
    new["paths"]["/v2/{tenantId}/servers/{server_id}"] = item
    breaking, _ = rules(old, new)
    assert "operation-removed" not in breaking
    assert {"parameter-removed", "parameter-added-required"} <= breaking  # the generated call's argument changes


def test_response_field_removed_is_found_through_refs(old, new):
    del schemas(new)["ServerSummary"]["properties"]["progress"]
    changes = [c for c in diff(old, new) if c.breaking]
    assert {c.rule for c in changes} == {"response-field-removed"}
    assert "GET /v2/{tenantId}/servers (listServers) 200 response.servers[].progress" in {c.where for c in changes}


def test_response_field_added_is_compatible(old, new):
    schemas(new)["ServerSummary"]["properties"]["locked"] = {"type": "boolean"}
    assert rules(old, new) == (set(), {"response-field-added"})


@pytest.mark.parametrize("new_type", ["string", ["integer", "null"]])
def test_response_field_retyped(old, new, new_type):
    schemas(new)["ServerSummary"]["properties"]["progress"]["type"] = new_type
    assert rules(old, new) == ({"response-field-retyped"}, set())


def test_description_change_is_compatible(old, new):
    schemas(new)["ServerSummary"]["properties"]["progress"]["description"] = "Build progress, 0-100."
    new["paths"][SERVERS]["get"]["summary"] = "List servers"
    assert rules(old, new) == (set(), {"description-changed"})


def test_response_field_no_longer_required(old, new):
    schemas(new)["ServerSummary"]["required"].remove("name")
    assert rules(old, new) == ({"response-field-optional"}, set())


def test_new_required_request_field(old, new):
    create_server_fields(new)["required"].append("imageRef")
    assert rules(old, new) == ({"request-field-required"}, set())


def test_new_required_request_field_is_not_also_reported_as_added(old, new):
    create_server_fields(new)["properties"]["availability_zone"] = {"type": "string"}
    create_server_fields(new)["required"].append("availability_zone")
    assert rules(old, new) == ({"request-field-required"}, set())


def test_optional_request_field_added_and_required_dropped_are_compatible(old, new):
    create_server_fields(new)["properties"]["availability_zone"] = {"type": "string"}
    create_server_fields(new)["required"].remove("flavorRef")
    assert rules(old, new)[0] == set()


def test_request_field_removed(old, new):
    del create_server_fields(new)["properties"]["key_name"]
    assert rules(old, new) == ({"request-field-removed"}, set())


@pytest.mark.parametrize(
    "change",
    [{"maxLength": 63}, {"minLength": 1}, {"pattern": "^[a-z0-9-]+$"}, {"format": "hostname"}, {"enum": ["web"]}],
)
def test_request_field_newly_constrained(old, new, change):
    create_server_fields(new)["properties"]["name"].update(change)
    assert rules(old, new)[0] == {"request-field-constrained"}


def test_request_object_closed_to_extra_fields(old, new):
    schemas(old)["CreateServerRequest"]["properties"]["server"].pop("additionalProperties")
    assert rules(old, new)[0] == {"request-field-constrained"}


def test_relaxed_request_constraint_is_compatible(old, new):
    create_server_fields(new)["properties"]["name"]["maxLength"] = 1000
    new["paths"][SERVERS]["get"]["parameters"][1]["schema"].pop("minimum")
    assert rules(old, new) == (set(), {"request-constraint-relaxed"})


def test_request_type_narrowed_and_widened(old, new):
    create_server_fields(new)["properties"]["flavorRef"]["type"] = "integer"
    assert rules(old, new)[0] == {"request-type-narrowed"}
    create_server_fields(new)["properties"]["flavorRef"]["type"] = ["string", "integer"]
    assert rules(old, new) == (set(), {"request-type-widened"})


def test_enum_value_removed(old, new):
    schemas(new)["ServerStatus"]["enum"].remove("BUILD")
    assert rules(old, new) == ({"enum-value-removed"}, set())


def test_value_added_to_a_closed_response_enum_is_breaking(old, new):
    schemas(new)["ServerStatus"]["enum"].append("SHELVED_OFFLOADED")  # also a request filter: compatible there
    assert rules(old, new) == ({"response-enum-value-added"}, {"enum-value-added"})


def test_value_added_to_an_open_enum_is_compatible(old, new):
    schemas(new)["VmStateKnown"]["enum"].append("rescued")  # ServerSummary.vm_state: anyOf [VmStateKnown, string]
    assert rules(old, new) == (set(), {"enum-value-added"})


def test_success_code_changed(old, new):
    responses = new["paths"][SERVER]["delete"]["responses"]
    responses["202"] = responses.pop("204")
    breaking, compatible = rules(old, new)
    assert breaking == {"success-code-removed"}
    assert compatible == {"success-code-added"}


def test_error_response_added_is_compatible(old, new):
    new["paths"][SERVER]["delete"]["responses"]["409"] = {"description": "Locked."}
    assert rules(old, new) == (set(), {"error-response-added"})


def test_response_body_removed(old, new):
    del new["paths"][SERVERS]["post"]["responses"]["202"]["content"]
    assert rules(old, new)[0] == {"response-body-removed"}


def test_parameter_added_as_required(old, new):
    new["paths"][SERVERS]["get"]["parameters"].append({"name": "marker", "in": "query", "required": True})
    assert rules(old, new) == ({"parameter-added-required"}, set())


def test_optional_parameter_added_is_compatible(old, new):
    new["paths"][SERVERS]["get"]["parameters"].append({"name": "marker", "in": "query", "schema": {"type": "string"}})
    assert rules(old, new) == (set(), {"parameter-added"})


def test_parameter_made_required_or_removed(old, new):
    new["paths"][SERVERS]["get"]["parameters"][1]["required"] = True
    assert rules(old, new)[0] == {"parameter-made-required"}
    del new["paths"][SERVERS]["get"]["parameters"][1]
    assert rules(old, new)[0] == {"parameter-removed"}


def test_request_body_made_required(old, new):
    old["paths"][SERVERS]["post"]["requestBody"]["required"] = False
    assert rules(old, new)[0] == {"request-body-made-required"}


def test_unions_are_directional(old, new):
    boot = {"type": "object", "properties": {"imageRef": {"type": "string"}}}
    volume = {"type": "object", "properties": {"volumeId": {"type": "string"}}}
    for spec in (old, new):
        schemas(spec).update(BootImage=boot, BootVolume=volume)
        union = {"oneOf": [{"$ref": "#/components/schemas/BootImage"}, {"$ref": "#/components/schemas/BootVolume"}]}
        create_server_fields(spec)["properties"]["boot"] = copy.deepcopy(union)
        schemas(spec)["ServerSummary"]["properties"]["boot"] = copy.deepcopy(union)
    create_server_fields(new)["properties"]["boot"]["oneOf"].pop()  # request: a shape clients send is gone
    assert rules(old, new) == ({"request-variant-removed"}, set())
    create_server_fields(new)["properties"]["boot"] = copy.deepcopy(create_server_fields(old)["properties"]["boot"])
    schemas(new)["ServerSummary"]["properties"]["boot"]["oneOf"].append({"type": "string", "title": "legacy"})
    assert rules(old, new) == ({"response-variant-added"}, set())  # response: a shape clients can't read


def test_cli_exit_status_only_fails_with_flag(old, new, tmp_path, capsys):
    del schemas(new)["ServerSummary"]["properties"]["progress"]
    old_file, new_file = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old_file.write_text(yaml.safe_dump(old))
    new_file.write_text(yaml.safe_dump(new))
    assert main(["--old", str(old_file), str(new_file)]) == 0
    output = capsys.readouterr().out
    assert "Breaking changes for clients (2):" in output and "[response-field-removed]" in output
    assert main(["--old", str(old_file), str(new_file), "--fail-on-breaking"]) == 1
    assert main(["--old", str(old_file), str(old_file), "--fail-on-breaking"]) == 0


def test_old_document_is_read_from_git():
    assert spec_at("HEAD", MINI_SPEC) == yaml.safe_load(MINI_SPEC.read_text(encoding="utf-8"))
    assert spec_at("HEAD", MINI_SPEC.with_name("no-such-spec.yaml")) is None


def test_recursive_schemas_terminate(old, new):
    for spec in (old, new):
        schemas(spec)["ServerSummary"]["properties"]["parent"] = {"$ref": "#/components/schemas/ServerSummary"}
    schemas(new)["ServerSummary"]["properties"]["progress"]["type"] = "number"
    breaking = [c for c in diff(old, new) if c.breaking]
    assert {c.rule for c in breaking} == {"response-field-retyped"}
    assert any(c.where.endswith("servers[].progress") for c in breaking)  # reported once, not endlessly


def test_response_headers(old, new):
    location = {"required": True, "schema": {"type": "string", "format": "uri"}}
    old["paths"][SERVERS]["post"]["responses"]["202"]["headers"] = {"Location": copy.deepcopy(location)}
    new["paths"][SERVERS]["post"]["responses"]["202"]["headers"] = {"Location": dict(location, required=False)}
    assert rules(old, new) == ({"response-header-optional"}, set())
    new["paths"][SERVERS]["post"]["responses"]["202"]["headers"] = {"Location": location, "X-Request-Id": {}}
    assert rules(old, new) == (set(), {"response-header-added"})
    del new["paths"][SERVERS]["post"]["responses"]["202"]["headers"]
    assert rules(old, new) == ({"response-header-removed"}, set())


def test_a_shared_schema_description_change_is_reported_once(old, new):
    schemas(new)["ServerStatus"]["description"] = "Nova's server status."
    changes = diff(old, new)
    assert [c.rule for c in changes] == ["description-changed"]
