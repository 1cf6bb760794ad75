"""Load an OpenAPI document and read it: operations, `$ref` resolution (on `referencing`), validators."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from spec_toolkit.paths import BUNDLE

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
URI = "urn:toast-compute-api"  # the name the document is registered under, for `$ref` lookups
JSON = "application/json"


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    spec: dict[str, Any]  # the operation object
    path_item: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.spec["operationId"])

    @property
    def parameters(self) -> list[dict[str, Any]]:
        """The path item's parameters, then the operation's (unresolved: they may be `$ref`s)."""
        return [*self.path_item.get("parameters", []), *self.spec.get("parameters", [])]


class Spec:
    """One OpenAPI document (a dict read from YAML), read-only: do not change `document` in place."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._registry: Registry[Any] = Registry().with_resource(URI, DRAFT202012.create_resource(document))
        self._resolver = self._registry.resolver(URI)

    @classmethod
    def load(cls, path: Path) -> Spec:
        return cls(load_yaml(path))

    def operations(self) -> Iterator[Operation]:
        for path, item in (self.document.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield Operation(method, path, item[method], item)

    def operation_ids(self) -> list[str]:
        return [operation.operation_id for operation in self.operations()]

    def operation(self, operation_id: str) -> Operation:
        found = next((op for op in self.operations() if op.spec.get("operationId") == operation_id), None)
        if found is None:
            raise KeyError(f"no operation {operation_id!r}")
        return found

    def resolve(self, node: Any) -> Any:
        """The object a local `$ref` names (through chains of refs); anything else as it is."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#") or ref in seen:
                raise ValueError(f"cannot resolve $ref {ref!r} (external or circular)")
            seen.add(ref)
            node = self._resolver.lookup(ref).contents
        return node

    def response(self, operation: Operation, status: int | str) -> dict[str, Any] | None:
        """The (resolved) response an operation documents for `status`, or its `NXX` range; None if neither."""
        responses = {str(code): response for code, response in operation.spec.get("responses", {}).items()}
        declared = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
        return None if declared is None else self.resolve(declared)

    def response_schema(self, operation: Operation, status: int | str, media: str = JSON) -> Any:
        """The (unresolved) schema of a response body, or None when none is documented."""
        response = self.response(operation, status) or {}
        return (response.get("content") or {}).get(media, {}).get("schema")

    def request_schema(self, operation: Operation, media: str = JSON) -> Any:
        """The (unresolved) schema of the request body, or None when the operation takes none."""
        body = self.resolve(operation.spec.get("requestBody")) or {}
        return (body.get("content") or {}).get(media, {}).get("schema")

    def validator(self, schema: Any) -> Draft202012Validator:
        """A JSON Schema 2020-12 validator (formats checked) for a schema of this document: its local
        `$ref`s are pointed at the registered document, so they resolve wherever the schema came from."""
        rooted = {"$schema": "https://json-schema.org/draft/2020-12/schema", **_rebase_refs(schema)}
        return Draft202012Validator(rooted, registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER)

    def component_validator(self, name: str) -> Draft202012Validator:
        return self.validator({"$ref": f"#/components/schemas/{name}"})


def _rebase_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: (URI + v if k == "$ref" and v.startswith("#") else _rebase_refs(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_rebase_refs(v) for v in node]
    return node


@functools.cache
def load_bundle() -> Spec:
    """The committed bundle, read once per process."""
    return Spec.load(BUNDLE)
