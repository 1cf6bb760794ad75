"""Additive drift: what a response carries beyond the description without breaking it.

Undocumented fields, server-controlled values outside the documented known values, and undocumented
headers are compatible changes (clients keep or ignore them), so they are reported as warnings, not
failures. They are still worth knowing: each is a candidate for the description.
"""

from __future__ import annotations

from typing import Any

from spec_toolkit.spec import Spec

# Headers any HTTP server or the OpenStack middleware may add; not worth a warning.
STANDARD_HEADERS = {
    "content-type", "content-length", "date", "server", "connection", "keep-alive", "transfer-encoding",
    "vary", "x-openstack-request-id", "x-compute-request-id", "openstack-api-version",
    "x-openstack-nova-api-version", "www-authenticate", "location", "retry-after",
}


Resolver = Spec  # follows the local `$ref`s of one OpenAPI document: `Resolver(document).resolve(node)`


def additive_drift(resolver: Resolver, schema: Any, instance: Any, path: str = "$") -> list[str]:
    """Warnings for `instance` (a response body) against `schema`."""
    schema = resolver.resolve(schema)
    if not isinstance(schema, dict):
        return []
    warnings: list[str] = []
    branches = [resolver.resolve(b) for key in ("allOf", "anyOf", "oneOf") for b in schema.get(key, [])]
    known_values = [b["enum"] for b in branches if "enum" in b and b["enum"] != [""]]
    open_branch = any("enum" not in b and "type" in b for b in branches)
    unknown = instance is not None and not any(instance in values for values in known_values)
    if known_values and open_branch and unknown:
        warnings.append(f"{path}: value {instance!r} is not one of the documented known values")
    if isinstance(instance, dict):
        properties = dict(schema.get("properties", {}))
        for branch in branches:
            properties.update(branch.get("properties", {}))
        declares_map = isinstance(schema.get("additionalProperties"), dict)
        for key, value in instance.items():
            if key in properties:
                warnings += additive_drift(resolver, properties[key], value, f"{path}.{key}")
            elif declares_map:
                warnings += additive_drift(resolver, schema["additionalProperties"], value, f"{path}.{key}")
            elif properties:
                warnings.append(f"{path}.{key}: undocumented field")
        for branch in branches:
            if "properties" not in branch and ("allOf" in branch or "anyOf" in branch or "oneOf" in branch):
                warnings += additive_drift(resolver, branch, instance, path)
    elif isinstance(instance, list):
        items = schema.get("items") or next((b["items"] for b in branches if "items" in b), None)
        if items is not None:
            for index, value in enumerate(instance):
                warnings += additive_drift(resolver, items, value, f"{path}[{index}]")
    return _unique(warnings)


def undocumented_headers(resolver: Resolver, response_spec: dict[str, Any], headers: dict[str, str]) -> list[str]:
    documented = {name.lower() for name in resolver.resolve(response_spec).get("headers", {})}
    return [f"header {name}: undocumented" for name in headers if name.lower() not in documented | STANDARD_HEADERS]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
