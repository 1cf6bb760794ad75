"""Checks a mock response against the bundled OpenAPI description: the status is documented for
the operation, a JSON body validates against that response's schema (JSON Schema 2020-12, formats
checked), required headers are present. The mock is not derived from the spec; this checks it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from spec_toolkit.paths import BUNDLE as SPEC
from spec_toolkit.spec import Operation, Spec, load_bundle

# Where the mock follows the service and the spec does not (yet) say so: (operationId or "*", status,
# why). Recorded in `known`, reported, not failed.
KNOWN_DISAGREEMENTS: list[tuple[str, int, str]] = []


def _route(template: str) -> re.Pattern[str]:
    pattern = re.escape(template).replace(r"\{tenantId\}", "[0-9a-f-]+")  # the TenantId pattern
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", pattern) + "/?$")


@dataclass
class SpecChecker:
    path: Path = SPEC
    seen: set[tuple[str, int]] = field(default_factory=set)  # (operationId, status)
    violations: list[str] = field(default_factory=list)
    known: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.spec = load_bundle() if self.path == SPEC else Spec.load(self.path)
        templates = {operation.path for operation in self.spec.operations()}
        # Literal templates first (/servers/detail before /servers/{serverId}).
        self.routes = sorted(((_route(t), t) for t in templates), key=lambda route: route[1].count("{"))

    def operations(self) -> set[str]:
        return set(self.spec.operation_ids())

    def _operation(self, method: str, path: str) -> Operation | None:
        template = next((template for regex, template in self.routes if regex.match(path)), None)
        return next((op for op in self.spec.operations() if (op.path, op.method) == (template, method.lower())), None)

    def check(self, method: str, path: str, status: int, headers, body: bytes) -> None:
        operation = self._operation(method, path)
        if operation is None:
            return  # not an API path (the control API, unmatched routes), or a method the API lacks (405)
        where = f"{method} {path} -> {status} ({operation.operation_id})"
        self.seen.add((operation.operation_id, status))
        response = self.spec.response(operation, status)
        if response is None:
            for operation_id, known_status, why in KNOWN_DISAGREEMENTS:
                if known_status == status and operation_id in ("*", operation.operation_id):
                    self.known.add(f"{operation.operation_id} {status}: {why}")
                    return
            self.violations.append(f"{where}: status not documented")
            return
        for name, header in response.get("headers", {}).items():
            if self.spec.resolve(header).get("required") and name.lower() not in headers:
                self.violations.append(f"{where}: required header {name} missing")
        content = response.get("content", {})
        if not body:
            if content and status not in (202, 204):
                self.violations.append(f"{where}: empty body where {list(content)} is documented")
            return
        schema = self.spec.response_schema(operation, status)
        if schema is None:
            self.violations.append(f"{where}: a JSON body where none is documented")
            return
        for error in self.spec.validator(schema).iter_errors(json.loads(body)):
            location = "/".join(str(p) for p in error.absolute_path)
            self.violations.append(f"{where}: body at '{location}': {error.message[:300]}")
