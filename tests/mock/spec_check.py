"""Checks a mock response against the bundled OpenAPI description: the status is documented for
the operation, a JSON body validates against that response's schema (JSON Schema 2020-12, formats
checked), required headers are present. The mock is not derived from the spec; this checks it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "toast-compute-api.yaml"
URI = "urn:toast-compute-api"

# Where the mock follows the service and the spec does not (yet) say so: (operationId or "*", status,
# why). Recorded in `known`, reported, not failed.
KNOWN_DISAGREEMENTS: list[tuple[str, int, str]] = []


def _pointer(*parts: str) -> str:
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


@dataclass
class SpecChecker:
    path: Path = SPEC
    seen: set[tuple[str, int]] = field(default_factory=set)  # (operationId, status)
    violations: list[str] = field(default_factory=list)
    known: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.doc = yaml.safe_load(self.path.read_text())
        self.registry = Registry().with_resource(URI, Resource(self.doc, DRAFT202012))
        self.routes = []
        for template, item in self.doc["paths"].items():
            pattern = re.escape(template).replace(r"\{tenantId\}", "[0-9a-f-]+")  # the TenantId pattern
            regex = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", pattern) + "/?$"
            self.routes.append((re.compile(regex), template, item))
        # Literal templates first (/servers/detail before /servers/{serverId}).
        self.routes.sort(key=lambda r: r[1].count("{"))

    def operations(self) -> set[str]:
        return {op["operationId"] for _, _, item in self.routes for m, op in item.items() if m != "parameters"}

    def _deref(self, node: dict) -> tuple[dict, str]:
        """Follows `$ref`s; returns the node and its JSON pointer."""
        pointer = ""
        while "$ref" in node:
            pointer = node["$ref"][1:]
            node = self.doc
            for part in pointer.strip("/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, pointer

    def check(self, method: str, path: str, status: int, headers, body: bytes) -> None:
        route = next(((template, item) for regex, template, item in self.routes if regex.match(path)), None)
        if route is None:
            return  # not an API path (the control API, unmatched routes)
        template, item = route
        operation = item.get(method.lower())
        if operation is None:
            return  # a method the API does not have (405 from the mock)
        where = f"{method} {path} -> {status} ({operation['operationId']})"
        self.seen.add((operation["operationId"], status))
        declared = operation["responses"].get(str(status)) or operation["responses"].get(f"{str(status)[0]}XX")
        if declared is None:
            for operation_id, known_status, why in KNOWN_DISAGREEMENTS:
                if known_status == status and operation_id in ("*", operation["operationId"]):
                    self.known.add(f"{operation['operationId']} {status}: {why}")
                    return
            self.violations.append(f"{where}: status not documented")
            return
        response, pointer = self._deref(declared)
        if not pointer:
            pointer = _pointer("paths", template, method.lower(), "responses", str(status))
        for name, header in response.get("headers", {}).items():
            header, _ = self._deref(header)
            if header.get("required") and name.lower() not in headers:
                self.violations.append(f"{where}: required header {name} missing")
        content = response.get("content", {})
        if not body:
            if content and status not in (202, 204):
                self.violations.append(f"{where}: empty body where {list(content)} is documented")
            return
        if "application/json" not in content:
            self.violations.append(f"{where}: a JSON body where none is documented")
            return
        schema = {"$ref": URI + "#" + pointer + _pointer("content", "application/json", "schema")}
        validator = Draft202012Validator(schema, registry=self.registry,
                                         format_checker=Draft202012Validator.FORMAT_CHECKER)
        for error in validator.iter_errors(json.loads(body)):
            location = "/".join(str(p) for p in error.absolute_path)
            self.violations.append(f"{where}: body at '{location}': {error.message[:300]}")
