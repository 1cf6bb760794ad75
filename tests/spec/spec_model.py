"""Read-only helpers over the bundled spec: operations, schemas and JSON Schema validators."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from contract_tests.drift import Resolver
from tests.paths import BUNDLE

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    spec: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return self.spec["operationId"]

    @property
    def parameters(self) -> list[dict[str, Any]]:
        return [*self.path_item.get("parameters", []), *self.spec.get("parameters", [])]


class Spec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    @classmethod
    def load(cls, path=BUNDLE) -> Spec:
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")))

    def operations(self) -> Iterator[Operation]:
        for path, item in self.document["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    yield Operation(method, path, item[method], item)

    def operation(self, operation_id: str) -> Operation:
        return next(op for op in self.operations() if op.operation_id == operation_id)

    def resolve(self, node: Any) -> Any:
        """Follow a local `$ref` (any depth) to the object it names."""
        return Resolver(self.document).resolve(node)

    @cached_property
    def _registry(self) -> Registry:
        return Registry().with_resource("urn:spec", Resource.from_contents(self.document, DRAFT202012))

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        """A validator for `schema`, whose `#/components/...` refs resolve against the bundle."""
        rooted = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:spec-root", **schema}
        rooted = _rebase_refs(rooted)
        return Draft202012Validator(rooted, registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER)

    def component_validator(self, name: str) -> Draft202012Validator:
        return self.validator({"$ref": f"#/components/schemas/{name}"})


def _rebase_refs(node: Any) -> Any:
    """Point local refs at the registered bundle (`urn:spec#/...`)."""
    if isinstance(node, dict):
        return {k: (f"urn:spec{v}" if k == "$ref" and v.startswith("#") else _rebase_refs(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_rebase_refs(v) for v in node]
    return node
