"""The project's rules for the description: error responses, openness of responses, links.

The naming rules (operationIds, schema names, tags) are Redocly rules in redocly.yaml, run by `nox -s lint`."""

from __future__ import annotations

from typing import Any

import pytest

from spec_toolkit.spec import load_bundle

SPEC = load_bundle()
OPERATIONS = list(SPEC.operations())
IDS = [op.operation_id for op in OPERATIONS]

ID_PARAMETERS = {
    "serverId", "keypairName", "volumeId", "flavorId", "key", "serverGroupId", "imageId", "networkLabel", "floatingIpId"
}
STATEFUL = {
    "create_keypair", "create_server", "update_server", "delete_server", "server_action",
    "attach_volume", "attach_volume_by_path", "detach_volume",
    "create_server_metadata", "update_server_metadata", "update_server_metadata_item", "delete_server_metadata_item",
}
FAULT = "#/components/schemas/ComputeFault"


def test_operation_count():
    """28 operations of the vendor's documents (19 of 2020, 26 of today's), 14 outside both (marked)."""
    assert len(IDS) == 42


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_error_responses(operation):
    responses = operation.spec["responses"]
    if operation.operation_id == "list_versions":
        assert operation.spec["security"] == []
        return
    assert operation.spec.get("security", SPEC.document["security"]) == [{"XAuthToken": []}]
    expected = {"400", "401", "403"}
    path_params = {SPEC.resolve(p)["name"] for p in operation.parameters if SPEC.resolve(p)["in"] == "path"}
    if path_params & ID_PARAMETERS:
        expected.add("404")
    if "requestBody" in operation.spec:
        expected |= {"413", "415"}
    if operation.operation_id in STATEFUL:
        expected.add("409")
    assert expected <= set(responses), f"missing {sorted(expected - set(responses))}"
    for status, response in responses.items():
        if not status.startswith("4"):
            continue
        schema = SPEC.resolve(response)["content"]["application/json"]["schema"]
        wanted = "#/components/schemas/KeystoneError" if status == "401" else FAULT
        assert schema == {"$ref": wanted}, f"{status} must use {wanted}"


def response_schemas() -> list[tuple[str, Any]]:
    found = []
    for operation in OPERATIONS:
        for status, response in operation.spec["responses"].items():
            for media in SPEC.resolve(response).get("content", {}).values():
                found.append((f"{operation.operation_id} {status}", media["schema"]))
    return found


def walk(schema: Any, seen: set[str]):
    """Yield every schema object reachable from `schema` (following refs once)."""
    if isinstance(schema, dict) and "$ref" in schema:
        if schema["$ref"] in seen:
            return
        seen.add(schema["$ref"])
        yield from walk(SPEC.resolve(schema), seen)
        return
    if not isinstance(schema, dict):
        return
    yield schema
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key, []):
            yield from walk(branch, seen)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from walk(schema[key], seen)
    for prop in schema.get("properties", {}).values():
        yield from walk(prop, seen)


@pytest.mark.parametrize(("label", "schema"), response_schemas(), ids=[label for label, _ in response_schemas()])
def test_responses_are_open_objects(label, schema):
    for node in walk(schema, set()):
        assert node.get("additionalProperties") is not False, f"{label}: a response object is closed"


@pytest.mark.parametrize(("label", "schema"), response_schemas(), ids=[label for label, _ in response_schemas()])
def test_no_closed_enums_on_server_controlled_values(label, schema):
    """An enum in a response is only allowed beside an open branch of the same type (anyOf [Known, type])."""
    open_enums: set[int] = set()
    for node in walk(schema, set()):
        branches = node.get("anyOf", [])
        plain_types = {b.get("type") for b in branches if "type" in b and "enum" not in b and "$ref" not in b}
        for branch in branches:
            target = SPEC.resolve(branch)
            if "enum" in target and target.get("type") in plain_types:
                open_enums.add(id(target))
    for node in walk(schema, set()):
        if "enum" in node and node["enum"] != [""]:  # EmptyString is a sentinel, not a set of states
            assert id(node) in open_enums, f"{label}: closed enum {node['enum']}"


def test_create_operations_link_to_the_operations_that_use_the_resource():
    def links(operation_id: str, status: str) -> set[str]:
        response = SPEC.resolve(SPEC.operation(operation_id).spec["responses"][status])
        for link in response["links"].values():
            target = SPEC.operation(link["operationId"])
            target_params = {SPEC.resolve(p)["name"] for p in target.parameters if SPEC.resolve(p)["in"] == "path"}
            assert set(link["parameters"]) <= target_params
        return {link["operationId"] for link in response["links"].values()}

    assert links("create_keypair", "200") == {"get_keypair", "delete_keypair"}
    assert {"get_server", "update_server", "delete_server", "server_action", "list_volume_attachments",
            "attach_volume"} <= links("create_server", "202")
    assert links("attach_volume", "200") == {"get_volume_attachment", "detach_volume"}


def link_graph() -> dict[str, set[str]]:
    """operationId -> the operations a link of one of its responses leads to."""
    graph: dict[str, set[str]] = {}
    for operation in SPEC.operations():
        for response in operation.spec["responses"].values():
            for link in (SPEC.resolve(response).get("links") or {}).values():
                graph.setdefault(operation.operation_id, set()).add(link["operationId"])
    return graph


@pytest.mark.parametrize("chain", [
    ["create_server", "create_server_metadata", "server_action", "server_action", "delete_server"],
    ["create_server", "update_server_metadata_item", "get_server_metadata_item"],
    ["create_server_group", "create_server", "get_server_group"],
], ids=lambda chain: " -> ".join(chain))
def test_the_stateful_chains_of_the_additions_follow_links(chain):
    """Issue 10's scenarios (create, metadata, shelve, unshelve, delete; placement policy, server, members)
    are paths of links, so the contract suite's state machine can walk them."""
    graph = link_graph()
    missing = [f"{a} -> {b}" for a, b in zip(chain, chain[1:], strict=False) if b not in graph.get(a, set())]
    assert not missing, f"no link for {missing}"


def test_server_action_variants_are_named_one_key_objects():
    variants = SPEC.resolve({"$ref": "#/components/schemas/ServerActionRequest"})["oneOf"]
    names = set()
    for ref in variants:
        assert set(ref) == {"$ref"}, "every variant is a named component"
        variant = SPEC.resolve(ref)
        assert variant["additionalProperties"] is False and len(variant["required"]) == 1
        assert list(variant["properties"]) == variant["required"]
        names.add(variant["required"][0])
    assert names == {
        "os-start", "os-stop", "reboot", "resize", "confirmResize", "createImage", "addSecurityGroup",
        "removeSecurityGroup",
        "shelve", "unshelve", "os-getConsoleOutput", "addFloatingIp", "removeFloatingIp",
    }


def test_region_servers():
    first = SPEC.document["servers"][0]
    assert first["variables"]["region"]["enum"] == ["kr1", "kr2", "kr3", "jp1"]
    assert any("toast.com" in server["url"] for server in SPEC.document["servers"])


def undescribed_properties() -> list[str]:
    missing = []

    def visit(label: str, node: Any) -> None:
        if not isinstance(node, dict):
            return
        for name, prop in node.get("properties", {}).items():
            if "description" not in prop and "description" not in SPEC.resolve(prop):
                missing.append(f"{label}.{name}")
            visit(f"{label}.{name}", prop)
        for key in ("allOf", "anyOf", "oneOf"):
            for branch in node.get(key, []):
                visit(label, branch)

    for name, schema in SPEC.document["components"]["schemas"].items():
        if "description" not in schema:
            missing.append(name)
        visit(name, schema)
    for name, parameter in SPEC.document["components"]["parameters"].items():
        if "description" not in parameter:
            missing.append(f"parameter {name}")
    return missing


def test_every_schema_property_and_parameter_is_described():
    assert not undescribed_properties()
