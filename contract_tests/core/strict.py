"""The strict reading of the description: the fields the service sends every time are required.

The description stays tolerant for the client (`required` holds only what every deployment sends) and
marks each field the service sends every time with `x-always-sent: true`. The suite judges responses
against the strict reading derived from it: the same document with every marked property added to its
object's `required`. A missing required field is drift, and when an undocumented field in the same
object holds a value the missing field's schema accepts, the finding names it ("renamed?").
"""

from __future__ import annotations

import copy
import difflib
import threading
from dataclasses import dataclass
from typing import Any

from schemathesis.core.failures import Failure, FailureGroup

from contract_tests.core.generation import operation_id
from spec_toolkit.spec import Spec

ALWAYS_SENT = "x-always-sent"


def always_sent(properties: dict[str, Any]) -> list[str]:
    """The names of the properties marked as always sent."""
    return [name for name, prop in properties.items() if isinstance(prop, dict) and prop.get(ALWAYS_SENT) is True]


def strict_document(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` in which every object schema also requires its always-sent properties."""
    strict = copy.deepcopy(document)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                required = list(node.get("required", []))
                node_marked = [name for name in always_sent(properties) if name not in required]
                if node_marked:
                    node["required"] = required + node_marked
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(strict)
    return strict


_STRICT: dict[int, tuple[dict[str, Any], Spec]] = {}  # id(document) -> (document, its strict reading)
_LOCK = threading.Lock()


def strict_reading(document: dict[str, Any]) -> Spec:
    """The strict reading of `document`, computed once per document."""
    with _LOCK:
        cached = _STRICT.get(id(document))
        if cached is None or cached[0] is not document:
            cached = (document, Spec(strict_document(document)))
            _STRICT[id(document)] = cached
        return cached[1]


@dataclass(frozen=True)
class Missing:
    """A field the strict reading requires (or, `required` False, a documented optional field) that an
    object of the answer lacks; `renamed_to`: the undocumented field that likely replaced it."""

    path: str  # the object, e.g. `$.servers[0]`
    name: str
    required: bool
    renamed_to: str | None = None
    value: Any = None

    def describe(self) -> str:
        what = f"`{self.name}` is missing at {self.path}"
        if self.renamed_to is None:
            return what
        return f"{what}: renamed? `{self.name}` -> `{self.renamed_to}` (value {self.value!r})"


def missing_fields(spec: Spec, schema: Any, instance: Any, path: str = "$") -> list[Missing]:
    """Required fields missing in `instance` against `schema` (read in `spec`, the strict reading), and
    documented optional fields that an undocumented field in the same object seems to replace."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return []
    if isinstance(instance, list):
        items = schema.get("items")
        return [m for i, item in enumerate(instance) for m in missing_fields(spec, items, item, f"{path}[{i}]")]
    if not isinstance(instance, dict):
        return []
    properties, required, declares_map = _object_view(spec, schema)
    found: list[Missing] = []
    for name, value in instance.items():
        if name in properties:
            found += missing_fields(spec, properties[name], value, f"{path}.{name}")
    undocumented = [] if declares_map or not properties else [name for name in instance if name not in properties]
    absent = [name for name in properties if name not in instance]
    renames = _renames(spec, {name: properties[name] for name in absent}, instance, undocumented)
    for name in absent:
        candidate = renames.get(name)
        if name in required or candidate is not None:
            found.append(Missing(path, name, name in required, candidate,
                                 None if candidate is None else instance[candidate]))
    return found


def _object_view(spec: Spec, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str], bool]:
    """(properties, required names, whether other keys are map entries) of an object schema and its `allOf`."""
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    required = set(schema.get("required", []))
    for branch in schema.get("allOf", []):
        branch_properties, branch_required, _ = _object_view(spec, spec.resolve(branch))
        properties.update(branch_properties)
        required |= branch_required
    return properties, required, isinstance(schema.get("additionalProperties"), dict)


def _renames(spec: Spec, absent: dict[str, Any], instance: dict[str, Any], undocumented: list[str]) -> dict[str, str]:
    """Missing field -> the undocumented field that likely replaced it: one whose value the missing field's
    schema accepts, the most similar names paired first, each field in one pair at most."""
    pairs = sorted(
        ((difflib.SequenceMatcher(None, name, key).ratio(), name, key)
         for name, schema in absent.items() for key in undocumented
         if spec.validator(schema).is_valid(instance[key])),
        reverse=True,
    )
    renames: dict[str, str] = {}
    for _, name, key in pairs:
        if name not in renames and key not in renames.values():
            renames[name] = key
    return renames


class MissingField(Failure):
    """A field of the strict reading missing from an answer: one failure per field."""

    code = "ST990"
    kind_title = "Always-sent field missing"

    @property
    def _unique_key(self) -> str:
        return str(self.title)


def _response_schema(spec: Spec, case: Any, status: int) -> Any:
    responses = case.operation.definition.raw.get("responses", {})
    response = spec.resolve(responses.get(str(status))) or {}
    return (response.get("content") or {}).get("application/json", {}).get("schema")


def _body(response: Any) -> Any:
    try:
        return response.json() if response.content else None
    except ValueError:
        return None


def findings(document: dict[str, Any], case: Any, status: int, body: Any) -> list[Missing]:
    """What the strict reading finds in a successful answer's body (nothing for other answers)."""
    if not 200 <= status < 300 or body is None:
        return []
    spec = strict_reading(document)
    schema = _response_schema(spec, case, status)
    return [] if schema is None else missing_fields(spec, schema, body)


def strict_response_conformance(ctx: Any, response: Any, case: Any) -> bool | None:
    """The schemathesis check: each field of the strict reading that a successful answer lacks fails,
    naming the field, the operation and, when it looks renamed, the new name and its value."""
    document = case.operation.schema.raw_schema
    missing = [m for m in findings(document, case, response.status_code, _body(response)) if m.required]
    failures = [
        MissingField(operation=case.operation.label, title=f"{operation_id(case)}: {m.describe()}",
                     message=f"{case.operation.label} answered {response.status_code} without `{m.name}` at {m.path}, "
                             f"a field the description marks as sent every time (or requires).")
        for m in missing
    ]
    if len(failures) == 1:
        raise failures[0]
    if failures:
        raise FailureGroup(failures)
    return None


def drift_warnings(document: dict[str, Any], case: Any, status: int, body: Any, additive: list[str]) -> list[str]:
    """The additive-drift warnings with renames named: the "undocumented field" warning of a field that
    replaced a documented one becomes one "renamed?" warning (for an optional field), or disappears (a
    required one: `strict_response_conformance` fails on it)."""
    renames = [m for m in findings(document, case, status, body) if m.renamed_to is not None]
    replaced = {f"{m.path}.{m.renamed_to}: undocumented field" for m in renames}
    return [w for w in additive if w not in replaced] + [m.describe() for m in renames if not m.required]
