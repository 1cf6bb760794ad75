"""Every example validates against its schema: the spec's own, and the document's (with known exceptions)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from spec_toolkit.spec import Spec, load_bundle
from tests.spec.document import current_operations, documented_operations
from tests.spec.test_inventory import body_schemas, spec_operation

SPEC = load_bundle()

# Document examples the spec rejects on purpose: (operationId, direction) -> (a word of the error, errata id).
DOCUMENT_EXAMPLE_DEVIATIONS = {
    ("create_server", "request"): ("delete_on_termination", "E31"),
}


def media_examples(spec: Spec) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(label, schema, value) for every example of every request and response body."""
    for operation in spec.operations():
        bodies = [("request", spec.resolve(operation.spec.get("requestBody", {})))]
        bodies += [(status, spec.resolve(r)) for status, r in operation.spec["responses"].items()]
        for where, body in bodies:
            for media_type, media in body.get("content", {}).items():
                values = [("example", media["example"])] if "example" in media else []
                values += [(name, spec.resolve(ex)["value"]) for name, ex in media.get("examples", {}).items()]
                for name, value in values:
                    yield f"{operation.operation_id} {where} {media_type} {name}", media["schema"], value


def schema_examples(spec: Spec) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(label, schema, value) for the `example` of every component schema, property and parameter."""

    def walk(label: str, schema: Any) -> Iterator[tuple[str, dict[str, Any], Any]]:
        if not isinstance(schema, dict):
            return
        if "example" in schema:
            yield label, {k: v for k, v in schema.items() if k != "example"}, schema["example"]
        for name, prop in schema.get("properties", {}).items():
            yield from walk(f"{label}.{name}", prop)
        for key in ("allOf", "anyOf", "oneOf"):
            for i, branch in enumerate(schema.get(key, [])):
                yield from walk(f"{label}/{key}[{i}]", branch)

    for name, schema in spec.document["components"]["schemas"].items():
        yield from walk(name, schema)
    for name, parameter in spec.document["components"]["parameters"].items():
        if "example" in parameter:
            yield f"parameter {name}", parameter["schema"], parameter["example"]


ALL_EXAMPLES = [*media_examples(SPEC), *schema_examples(SPEC)]


def test_examples_are_found():
    assert len(ALL_EXAMPLES) > 100


@pytest.mark.parametrize(("label", "schema", "value"), ALL_EXAMPLES, ids=[e[0] for e in ALL_EXAMPLES])
def test_spec_example_is_valid(label, schema, value):
    errors = sorted(SPEC.validator(schema).iter_errors(value), key=str)
    assert not errors, f"{label}: " + "; ".join(e.message for e in errors[:3])


# The examples of both vendor documents (2020 and today's); one title can name different calls in the two.
DOCUMENT_EXAMPLES = [
    (year, documented, direction, example)
    for year, operations in (("2020", documented_operations()), ("2026", current_operations()))
    for documented in operations
    for direction, examples in (("request", documented.request_examples), ("response", documented.response_examples))
    for example in examples
]


@pytest.mark.parametrize(
    ("year", "documented", "direction", "example"),
    DOCUMENT_EXAMPLES,
    ids=[f"{y} {d.title} {direction}" for y, d, direction, _ in DOCUMENT_EXAMPLES],
)
def test_document_example_is_valid_or_a_recorded_deviation(year, documented, direction, example):
    operation = spec_operation(SPEC, documented)
    schemas = body_schemas(SPEC, operation, direction)
    errors = [list(SPEC.validator(schema).iter_errors(example)) for schema in schemas]
    valid = any(not e for e in errors)
    deviation = DOCUMENT_EXAMPLE_DEVIATIONS.get((operation.operation_id, direction))
    if deviation is None:
        assert valid, f"{year} {documented.title} {direction}: " + "; ".join(e.message for e in errors[0][:3])
    else:
        word, errata = deviation
        assert not valid, f"{year} {documented.title}: the recorded deviation ({errata}) no longer fails; remove it"
        assert any(word in str(list(e.absolute_path)) or word in e.message for e in errors[0])
        assert errata in operation.spec["x-errata"]
