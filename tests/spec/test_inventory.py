"""Inventory: every operation, parameter and field the vendor's API documents list is in the spec.

Both documents are parsed here (tests/spec/document.py): the 2020 draft and the vendor's guide as published
today (2026-05), so a row added to either document without the spec fails this test. Where a document's name
for a field is wrong, CORRECTIONS says where the spec has it instead and which errata entry records the
decision.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from spec_toolkit.spec import Operation, Spec
from tests.spec.document import DocumentedOperation, current_operations, documented_operations

DOCUMENTED = documented_operations()
CURRENT = current_operations()
# Every operation section of both documents, labelled with the document's year.
BOTH = [("2020", documented) for documented in DOCUMENTED] + [("2026", documented) for documented in CURRENT]

# (operationId, document's field) -> (the spec's field, errata id). Fields are dotted paths from the body root.
CORRECTIONS: dict[tuple[str, str], tuple[str, str]] = {
    # documented as an Object one level up; the service has a boolean in `zoneState`
    ("list_availability_zones", "availabilityZoneInfo.available"): ("availabilityZoneInfo.zoneState.available", "E09"),
    ("create_server", "server.personality.content"): ("server.personality.contents", "E30"),
    ("list_servers", "id"): ("servers.id", "E18"),
    ("list_servers", "links"): ("servers.links", "E18"),
    ("list_servers", "name"): ("servers.name", "E18"),
    # today's detail-list table names the NHN attributes `server.` where its other rows say `servers.`
    ("list_servers_detail", "server.NHN-EXT-ATTR:ephemeral_disk_size"): (
        "servers.NHN-EXT-ATTR:ephemeral_disk_size", "E80"
    ),
    ("list_servers_detail", "server.NHN-EXT-ATTR:protect"): ("servers.NHN-EXT-ATTR:protect", "E80"),
    ("list_servers_detail", "status"): ("servers.status", "E26"),
    ("get_server", "status"): ("server.status", "E26"),  # today's get table puts `status` at the root
}

# Fields whose documented type is wrong, beyond what CORRECTIONS renames (the errata id is checked there).
TYPE_CORRECTIONS = {("list_availability_zones", "availabilityZoneInfo.available")}


def normalize_path(path: str) -> str:
    """`{server_id}` and `{serverId}` name the same parameter (errata E39)."""
    return re.sub(r"\{([^}]+)\}", lambda m: "{" + m.group(1).replace("_", "").lower() + "}", path)


def spec_operation(spec: Spec, documented: DocumentedOperation) -> Operation:
    for operation in spec.operations():
        if operation.method.upper() == documented.method and normalize_path(operation.path) == normalize_path(
            documented.path
        ):
            return operation
    raise AssertionError(f"{documented.method} {documented.path} ({documented.title}) is not in the spec")


def find_schemas(spec: Spec, schema: Any, segments: list[str]) -> list[dict[str, Any]]:
    """The schemas found at a dotted field path, through refs, compositions, arrays and maps."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return []
    if not segments:
        return [schema]
    found = []
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key, []):
            found += find_schemas(spec, branch, segments)
    if "items" in schema:
        found += find_schemas(spec, schema["items"], segments)
    head, rest = segments[0], segments[1:]
    if head in schema.get("properties", {}):
        found += find_schemas(spec, schema["properties"][head], rest)
    elif head.startswith('"') and isinstance(schema.get("additionalProperties"), dict):
        found += find_schemas(spec, schema["additionalProperties"], rest)  # "Network 이름": a map key
    return found


def json_types(spec: Spec, schema: Any) -> set[str]:
    """Every JSON type a schema admits (through refs and compositions)."""
    schema = spec.resolve(schema)
    declared = schema.get("type", [])
    types = {declared} if isinstance(declared, str) else set(declared)
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key, []):
            types |= json_types(spec, branch)
    return types


# The document's "형식" column -> JSON types the spec may use for it. The document writes "Object" for
# lists too (errata E04), and "-" where it gives no type.
DOCUMENTED_TYPES = {
    "String": {"string"}, "Enum": {"string"}, "Datetime": {"string"}, "UUID": {"string"},
    "Integer": {"integer"}, "Float": {"number"}, "Boolean": {"boolean"},
    "Object": {"object", "array"}, "Array": {"array"}, "none": {"null"}, "-": None,
}


def assert_type_matches(spec: Spec, schemas: list[dict[str, Any]], documented: str, label: str) -> None:
    wanted = DOCUMENTED_TYPES[documented]
    if wanted is None:
        return
    types = set().union(*(json_types(spec, s) for s in schemas))
    assert types & wanted, f"{label}: documented {documented}, spec has {sorted(types)}"


def split_field(name: str) -> list[str]:
    return re.findall(r'"[^"]*"|[^.]+', name)


def body_schemas(spec: Spec, operation: Operation, direction: str) -> list[dict[str, Any]]:
    if direction == "request":
        content = spec.resolve(operation.spec.get("requestBody", {})).get("content", {})
        return [media["schema"] for media in content.values()]
    schemas = []
    for status, response in operation.spec["responses"].items():
        if status.startswith("2"):
            content = spec.resolve(response).get("content", {})
            schemas += [media["schema"] for media in content.values()]
    return schemas


def documented_id(labelled: tuple[str, DocumentedOperation]) -> str:
    year, documented = labelled
    return f"{year} {documented.method} {documented.path} {documented.title}"


def test_every_documented_operation_is_in_the_spec(spec):
    assert len(DOCUMENTED) == 25, "the 2020 document has 25 operations"
    found = {spec_operation(spec, documented).operation_id for documented in DOCUMENTED}
    # The seven server actions share one operation; the detail list has a path the document omits.
    assert len(found) == 19


def test_every_operation_of_todays_document_is_in_the_spec(spec):
    assert len(CURRENT) == 34, "today's document has 34 operations"
    assert sum(len(d.request) + len(d.response) for d in CURRENT) == 321, "today's document has 321 rows"
    found = {spec_operation(spec, documented).operation_id for documented in CURRENT}
    # The nine server actions share one operation.
    assert len(found) == 26


def test_todays_document_marks_the_operations_outside_it(spec):
    """`x-outside-vendor-document` is on exactly the operations neither vendor document describes."""
    documented = {spec_operation(spec, d).operation_id for d in DOCUMENTED + CURRENT} | {"list_versions"}
    for operation in spec.operations():
        outside = operation.spec.get("x-outside-vendor-document", False)
        assert outside == (operation.operation_id not in documented), operation.operation_id


def test_actions_outside_the_vendor_documents_are_marked(spec):
    """An action variant is marked `x-outside-vendor-document` exactly when neither document has its body row."""
    documented = {
        row.name
        for labelled in BOTH
        if spec_operation(spec, labelled[1]).operation_id == "server_action"
        for row in labelled[1].request
        if row.kind == "Body" and "." not in row.name
    }
    variants = spec.resolve({"$ref": "#/components/schemas/ServerActionRequest"})["oneOf"]
    for variant in map(spec.resolve, variants):
        outside = variant.get("x-outside-vendor-document", False)
        assert outside == (variant["x-action-name"] not in documented), variant["x-action-name"]


@pytest.mark.parametrize("labelled", BOTH, ids=map(documented_id, BOTH))
def test_every_documented_parameter_is_in_the_spec(spec, labelled):
    _, documented = labelled
    operation = spec_operation(spec, documented)
    path_params = {p["name"].lower() for p in map(spec.resolve, operation.parameters) if p["in"] == "path"}
    query_params = {p["name"] for p in map(spec.resolve, operation.parameters) if p["in"] == "query"}
    security = operation.spec.get("security", spec.document.get("security"))
    for row in documented.request:
        if row.kind == "Url":
            assert row.name.lower() in path_params, f"path parameter {row.name} missing"
        elif row.kind == "Query":
            assert row.name in query_params, f"query parameter {row.name} missing"
            parameter = next(p for p in map(spec.resolve, operation.parameters) if p["name"] == row.name)
            assert_type_matches(spec, [parameter["schema"]], row.format, f"query parameter {row.name}")
        elif row.kind == "Header":
            assert row.name == "tokenId" and security == [{"XAuthToken": []}], "X-Auth-Token must be required"


@pytest.mark.parametrize("direction", ["request", "response"])
@pytest.mark.parametrize("labelled", BOTH, ids=map(documented_id, BOTH))
def test_every_documented_field_is_in_the_spec(spec, labelled, direction):
    _, documented = labelled
    operation = spec_operation(spec, documented)
    rows = documented.request if direction == "request" else documented.response
    schemas = body_schemas(spec, operation, direction)
    for row in rows:
        if row.kind == "Header" and direction == "response":
            headers = {
                name
                for status, response in operation.spec["responses"].items()
                if status.startswith("2")
                for name in spec.resolve(response).get("headers", {})
            }
            assert row.name in headers, f"response header {row.name} missing"
            continue
        if row.kind != "Body":
            continue
        name = row.name
        if (operation.operation_id, name) in CORRECTIONS:
            name, errata = CORRECTIONS[operation.operation_id, name]
            assert errata in operation.spec.get("x-errata", []), f"{row.name}: correction must cite {errata}"
        if operation.operation_id == "get_server" and name.startswith("servers."):
            name = "server." + name.removeprefix("servers.")  # the get table says `servers.` (errata E26)
            assert "E26" in operation.spec["x-errata"]
        found = [hit for schema in schemas for hit in find_schemas(spec, schema, split_field(name))]
        assert found, f"{direction} field {row.name} of {operation.operation_id} is not in the spec"
        if (operation.operation_id, row.name) not in TYPE_CORRECTIONS:
            assert_type_matches(spec, found, row.format, f"{operation.operation_id} {direction} field {row.name}")
