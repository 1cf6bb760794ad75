"""spec_toolkit.spec on a small document: `$ref` chains, the status-range fallback, validators."""

from __future__ import annotations

import pytest

from spec_toolkit.paths import BUNDLE
from spec_toolkit.spec import Spec, load_bundle

DOCUMENT = {
    "openapi": "3.1.0",
    "paths": {
        "/things/{id}": {
            "parameters": [{"$ref": "#/components/parameters/Id"}],
            "get": {
                "operationId": "get_thing",
                "responses": {
                    "200": {"$ref": "#/components/responses/Thing"},
                    "4XX": {"description": "Fault.", "content": {"application/json": {"schema": {"type": "object"}}}},
                },
            },
            "delete": {"operationId": "delete_thing", "responses": {"204": {"description": "Gone."}}},
        }
    },
    "components": {
        "parameters": {"Id": {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}},
        "responses": {
            "Thing": {"$ref": "#/components/responses/ThingBody"},  # a chain of two refs
            "ThingBody": {
                "description": "A thing.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            },
        },
        "schemas": {
            "Thing": {
                "type": "object", "required": ["size"], "properties": {"size": {"$ref": "#/components/schemas/Size"}},
            },
            "Size": {"type": "integer", "minimum": 1},
            "Loop": {"$ref": "#/components/schemas/Loop"},
            "a/b": {"type": "string"},
        },
    },
}


@pytest.fixture
def spec() -> Spec:
    return Spec(DOCUMENT)


def test_operations_and_their_parameters(spec):
    assert spec.operation_ids() == ["get_thing", "delete_thing"]
    assert spec.resolve(spec.operation("get_thing").parameters[0])["name"] == "id"
    with pytest.raises(KeyError):
        spec.operation("list_things")


def test_resolve_follows_chains_and_escaped_pointers(spec):
    assert spec.resolve({"$ref": "#/components/responses/Thing"})["description"] == "A thing."
    assert spec.resolve({"$ref": "#/components/schemas/a~1b"}) == {"type": "string"}
    assert spec.resolve({"type": "string"}) == {"type": "string"}


@pytest.mark.parametrize("ref", ["#/components/schemas/Loop", "other.yaml#/components/schemas/Thing"])
def test_resolve_refuses_circular_and_external_refs(spec, ref):
    with pytest.raises(ValueError, match="cannot resolve"):
        spec.resolve({"$ref": ref})


def test_response_falls_back_to_the_status_range(spec):
    get_thing = spec.operation("get_thing")
    assert spec.response(get_thing, 200)["description"] == "A thing."
    assert spec.response(get_thing, 404)["description"] == "Fault."
    assert spec.response(get_thing, 500) is None
    assert spec.response_schema(get_thing, "200") == {"$ref": "#/components/schemas/Thing"}
    assert spec.response_schema(spec.operation("delete_thing"), 204) is None
    assert spec.request_schema(get_thing) is None


def test_validator_resolves_refs_of_a_schema_taken_out_of_the_document(spec):
    validator = spec.validator(spec.response_schema(spec.operation("get_thing"), 200))
    assert validator.is_valid({"size": 3})
    assert [error.message for error in validator.iter_errors({"size": 0})] == ["0 is less than the minimum of 1"]
    assert not spec.component_validator("Thing").is_valid({})


def test_the_bundle_is_loaded_once():
    assert load_bundle() is load_bundle()
    assert load_bundle().document == Spec.load(BUNDLE).document
