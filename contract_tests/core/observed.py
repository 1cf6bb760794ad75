"""What the service answered, kept as evidence: per operation and status, the JSON paths of the body
with their types and how often each was seen, the values of server-controlled fields, and the headers.
Nothing that identifies the tenant is kept: no ids, names, addresses or secrets (only field names and
the values listed in `SERVER_CONTROLLED`; the keys of free-form maps such as `addresses` or `metadata`
become `*`; header values only for `SAFE_HEADERS`). `fidelity.py` compares the mock's shapes to these."""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from pathlib import Path
from typing import Any

from contract_tests.core.additive_changes import Resolver

# Fields whose values the service sets from a small vocabulary (states, fault codes): kept as values.
SERVER_CONTROLLED = {
    "status", "OS-EXT-STS:vm_state", "OS-EXT-STS:task_state", "OS-EXT-STS:power_state", "OS-DCF:diskConfig",
    "code", "rel", "version", "OS-EXT-IPS:type", "zoneName", "available",
}
SAFE_HEADERS = {"content-type"}
MAP_KEY = "*"


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


class Shapes:
    """Observed shapes per operation and status; the same for the service and for the mock."""

    def __init__(self, resolver: Resolver | None = None) -> None:
        self.resolver = resolver
        self.data: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self._lock = threading.Lock()

    def observe(self, operation_id: str, status: int, headers: dict[str, str], body: Any,
                schema: Any = None) -> None:
        with self._lock:
            entry = self.data[operation_id].setdefault(
                str(status), {"count": 0, "fields": {}, "values": {}, "headers": {}, "seen": {}}
            )
            entry["count"] += 1
            for name, value in headers.items():
                name = name.lower()
                value = (value[0] if value else "") if isinstance(value, list) else str(value)
                kept = value.split(";")[0].strip() if name in SAFE_HEADERS else MAP_KEY
                entry["headers"][name] = sorted(set(entry["headers"].get(name, [])) | {kept})
            if body is not None:
                self._walk(entry, "$", body, schema)

    def _walk(self, entry: dict[str, Any], path: str, value: Any, schema: Any) -> None:
        schema = self.resolver.resolve(schema) if self.resolver and schema is not None else schema
        fields = entry["fields"]
        fields[path] = sorted(set(fields.get(path, [])) | {json_type(value)})
        entry["seen"][path] = entry["seen"].get(path, 0) + 1  # a field seen as often as its object: always sent
        key = path.rsplit(".", 1)[-1]
        if key in SERVER_CONTROLLED and not isinstance(value, dict | list):
            entry["values"][path] = sorted(set(entry["values"].get(path, [])) | {json.dumps(value)})
        if isinstance(value, dict):
            properties, is_map, items = _object_schema(self.resolver, schema)
            for name, item in value.items():
                if name in properties or not is_map:
                    self._walk(entry, f"{path}.{name}", item, properties.get(name))
                else:
                    self._walk(entry, f"{path}.{MAP_KEY}", item, items)
        elif isinstance(value, list):
            item_schema = schema.get("items") if isinstance(schema, dict) else None
            for item in value:
                self._walk(entry, f"{path}[]", item, item_schema)

    def write(self, directory: Path, meta: dict[str, Any]) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for operation_id, statuses in sorted(self.data.items()):
            (directory / f"{operation_id}.json").write_text(json.dumps(statuses, indent=1, sort_keys=True) + "\n")
        (directory / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")

    @staticmethod
    def read(directory: Path) -> dict[str, dict[str, dict[str, Any]]]:
        return {path.stem: json.loads(path.read_text()) for path in sorted(directory.glob("*.json"))
                if path.stem != "meta"}


def _object_schema(resolver: Resolver | None, schema: Any) -> tuple[dict[str, Any], bool, Any]:
    """(documented properties, whether the object is a free-form map, the map's value schema)."""
    if not isinstance(schema, dict):
        return {}, False, None
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key, []):
            branch = resolver.resolve(branch) if resolver else branch
            if isinstance(branch, dict):
                properties.update(branch.get("properties", {}))
    extra = schema.get("additionalProperties")
    is_map = not properties and isinstance(extra, dict)
    return properties, is_map, extra if is_map else None
