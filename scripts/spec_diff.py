#!/usr/bin/env python3
"""List the changes between two versions of the OpenAPI document, breaking ones for clients first.

    python -m scripts.spec_diff [--rev REV | --old FILE] [NEW] [--fail-on-breaking]

NEW defaults to openapi/toast-compute-api.yaml; the old document is FILE, or the same path at git
revision REV (`git show REV:openapi/toast-compute-api.yaml`), by default the merge-base with main
(HEAD~1 when HEAD is on main). Exit status 1 only with --fail-on-breaking and a breaking change.

Directional, in the manner of github/rest-api-description's openapi_breaking_changes.py: a request
is something the client sends and the service must keep accepting; a response is something the
service sends and the client must keep understanding. `$ref`s are resolved and schemas compared
through properties, items, additionalProperties, allOf (merged) and oneOf/anyOf.

Breaking: operation removed or its operationId changed; parameter removed, added as required or
made required; request body made required; new required request field; request field removed,
newly constrained (length, range, pattern, format, enum, additionalProperties: false) or its type
narrowed; request union member removed; enum value removed; value added to a closed response enum
(one beside a plain string in `anyOf` is open: known values); response field removed, retyped or no
longer required; response union member added; success (2xx) status code removed; response body
or media type removed; response header removed or no longer required. Compatible: everything
additive (operations, optional parameters and fields, success and error codes, enum values,
response headers, relaxed constraints) and description changes.

Not compared: servers, security requirements, parameter serialisation (style/explode),
`not`, discriminators, external `$ref`s.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from spec_toolkit.paths import BUNDLE, ROOT
from spec_toolkit.spec import Spec, load_yaml

# keyword -> True when a larger value is tighter (minimums), False when a smaller one is (maximums)
BOUNDS = {
    "minLength": True, "minimum": True, "exclusiveMinimum": True, "minItems": True, "minProperties": True,
    "maxLength": False, "maximum": False, "exclusiveMaximum": False, "maxItems": False, "maxProperties": False,
}
REQUEST, RESPONSE = "request", "response"


@dataclass(frozen=True)
class Change:
    breaking: bool
    rule: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.where}: {self.detail}"


def types(schema: dict) -> set[str]:
    declared = schema.get("type")
    return {declared} if isinstance(declared, str) else set(declared or [])


class SpecDiff:
    """Walks an old and a new document side by side, collecting `Change`s."""

    def __init__(self, old: dict, new: dict):
        self.old, self.new = Spec(old), Spec(new)
        self.changes: list[Change] = []
        self._walking: set[tuple[int, int, str]] = set()
        self._described: set[int] = set()  # schemas whose description change is already reported
        self._open_enums: set[int] = set()  # enums beside a plain member of their type in a union (known values)

    def run(self) -> list[Change]:
        self.compare_text("info", self.old.document.get("info", {}), self.new.document.get("info", {}))
        old_ops, new_ops = self.operations(self.old), self.operations(self.new)
        for key in old_ops.keys() - new_ops.keys():
            self.add(True, "operation-removed", self.label(key, *old_ops[key]), "operation removed")
        for key in new_ops.keys() - old_ops.keys():
            self.add(False, "operation-added", self.label(key, *new_ops[key]), "operation added")
        for key in sorted(old_ops.keys() & new_ops.keys()):
            self.compare_operation(self.label(key, *new_ops[key]), old_ops[key][1:], new_ops[key][1:])
        return sorted(self.changes, key=lambda change: (not change.breaking, change.where, change.rule))

    def add(self, breaking: bool, rule: str, where: str, detail: str) -> None:
        change = Change(breaking, rule, where, detail)
        if change not in self.changes:
            self.changes.append(change)

    # -- operations -------------------------------------------------------------------------

    @staticmethod
    def operations(spec: Spec) -> dict[tuple[str, str], tuple[str, dict, dict]]:
        """(METHOD, path with parameter names blanked) -> (path, path item, operation)."""
        return {
            (op.method.upper(), re.sub(r"\{[^}]*\}", "{}", op.path)): (op.path, op.path_item, op.spec)
            for op in spec.operations()
        }

    @staticmethod
    def label(key: tuple[str, str], path: str, _item: dict, operation: dict) -> str:
        return f"{key[0]} {path} ({operation.get('operationId', '?')})"

    def compare_operation(self, where: str, old: tuple[dict, dict], new: tuple[dict, dict]) -> None:
        (old_item, old_op), (new_item, new_op) = old, new
        if old_op.get("operationId") != new_op.get("operationId"):
            self.add(True, "operation-id-changed", where, f"operationId {old_op.get('operationId')!r} -> "
                     f"{new_op.get('operationId')!r} (generated clients rename the call)")
        self.compare_text(where, old_op, new_op)
        self.compare_parameters(where, self.parameters(self.old, old_item, old_op),
                                self.parameters(self.new, new_item, new_op))
        self.compare_request_body(where, old_op.get("requestBody"), new_op.get("requestBody"))
        self.compare_responses(where, old_op.get("responses") or {}, new_op.get("responses") or {})

    def compare_text(self, where: str, old: dict, new: dict) -> None:
        for key in ("summary", "description"):
            if old.get(key) != new.get(key):
                self.add(False, "description-changed", where, f"{key} changed")

    # -- parameters -------------------------------------------------------------------------

    @staticmethod
    def parameters(spec: Spec, item: dict, operation: dict) -> dict[tuple[str, str], dict]:
        merged = {}
        for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            parameter = spec.resolve(parameter)
            merged[(parameter["in"], parameter["name"])] = parameter
        return merged

    def compare_parameters(self, where: str, old: dict, new: dict) -> None:
        for key in old.keys() - new.keys():
            self.add(True, "parameter-removed", where, f"{key[0]} parameter {key[1]!r} removed")
        for key in new.keys() - old.keys():
            if new[key].get("required"):
                self.add(True, "parameter-added-required", where, f"required {key[0]} parameter {key[1]!r} added")
            else:
                self.add(False, "parameter-added", where, f"optional {key[0]} parameter {key[1]!r} added")
        for key in sorted(old.keys() & new.keys()):
            name = f"{where} {key[0]} parameter {key[1]!r}"
            if new[key].get("required") and not old[key].get("required"):
                self.add(True, "parameter-made-required", where, f"{key[0]} parameter {key[1]!r} is now required")
            if old[key].get("description") != new[key].get("description"):
                self.add(False, "description-changed", name, "description changed")
            self.compare_schema(old[key].get("schema"), new[key].get("schema"), name, REQUEST)

    # -- bodies -----------------------------------------------------------------------------

    def compare_request_body(self, where: str, old: dict | None, new: dict | None) -> None:
        old = self.old.resolve(old) if old else None
        new = self.new.resolve(new) if new else None
        where = f"{where} request body"
        if old is None and new is not None:
            required = bool(new.get("required"))
            kind = "required" if required else "optional"
            self.add(required, "request-body-added", where, f"{kind} request body added")
        elif old is not None and new is None:
            self.add(True, "request-body-removed", where, "request body removed")
        elif old is not None:
            if new.get("required") and not old.get("required"):
                self.add(True, "request-body-made-required", where, "request body is now required")
            self.compare_content(where, old.get("content") or {}, new.get("content") or {}, REQUEST)

    def compare_responses(self, where: str, old: dict, new: dict) -> None:
        old = {str(code): response for code, response in old.items()}  # YAML may read 200 as an int
        new = {str(code): response for code, response in new.items()}
        old_codes, new_codes = set(old), set(new)
        new_success = sorted(code for code in new_codes if code.startswith("2"))
        for code in sorted(old_codes - new_codes):
            if code.startswith("2"):
                self.add(True, "success-code-removed", where, f"{code} removed (success codes now {new_success})")
            else:
                self.add(False, "error-response-removed", where, f"{code} response removed")
        for code in sorted(new_codes - old_codes):
            self.add(False, "success-code-added" if code.startswith("2") else "error-response-added", where,
                     f"{code} response added")
        for code in sorted(old_codes & new_codes):
            old_response, new_response = self.old.resolve(old[code]), self.new.resolve(new[code])
            name = f"{where} {code} response"
            if old_response.get("description") != new_response.get("description"):
                self.add(False, "description-changed", name, "description changed")
            self.compare_headers(name, old_response.get("headers") or {}, new_response.get("headers") or {})
            old_content, new_content = old_response.get("content") or {}, new_response.get("content") or {}
            if old_content and not new_content:
                self.add(True, "response-body-removed", name, "response body removed")
            else:
                self.compare_content(name, old_content, new_content, RESPONSE)

    def compare_headers(self, where: str, old: dict, new: dict) -> None:
        old = {name.lower(): self.old.resolve(header) for name, header in old.items()}
        new = {name.lower(): self.new.resolve(header) for name, header in new.items()}
        for name in sorted(old.keys() - new.keys()):
            self.add(True, "response-header-removed", where, f"header {name} removed")
        for name in sorted(new.keys() - old.keys()):
            self.add(False, "response-header-added", where, f"header {name} added")
        for name in sorted(old.keys() & new.keys()):
            if old[name].get("required") and not new[name].get("required"):
                self.add(True, "response-header-optional", where, f"header {name} no longer always sent")
            self.compare_schema(old[name].get("schema"), new[name].get("schema"), f"{where} header {name}", RESPONSE)

    def compare_content(self, where: str, old: dict, new: dict, direction: str) -> None:
        for media in sorted(old.keys() - new.keys()):
            self.add(True, "media-type-removed", where, f"{direction} media type {media} removed")
        for media in sorted(new.keys() - old.keys()):
            self.add(False, "media-type-added", where, f"{media} added")
        for media in sorted(old.keys() & new.keys()):
            self.compare_schema(old[media].get("schema"), new[media].get("schema"), where, direction)

    # -- schemas ----------------------------------------------------------------------------

    def effective(self, spec: Spec, schema: dict) -> dict:
        """The schema with its allOf members' properties and required merged in."""
        if "allOf" not in schema:
            return schema
        merged = {key: value for key, value in schema.items() if key != "allOf"}
        properties, required = dict(schema.get("properties") or {}), list(schema.get("required") or [])
        for member in schema["allOf"]:
            member = self.effective(spec, spec.resolve(member))
            properties.update(member.get("properties") or {})
            required += member.get("required") or []
            merged.update({key: value for key, value in member.items() if key not in merged})
        return {**merged, "properties": properties, "required": required}

    def compare_schema(self, old, new, where: str, direction: str) -> None:
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        old, new = self.old.resolve(old), self.new.resolve(new)
        key = (id(old), id(new), direction)
        if key in self._walking:  # a recursive schema: already being compared further up
            return
        self._walking.add(key)
        try:
            self.compare_resolved(self.effective(self.old, old), self.effective(self.new, new), where, direction)
        finally:
            self._walking.discard(key)

    def compare_resolved(self, old: dict, new: dict, where: str, direction: str) -> None:
        """Shared schemas are compared at every place they are used, so each affected operation is named."""
        if old.get("description") != new.get("description") and id(new) not in self._described:
            self._described.add(id(new))  # once, where first met: descriptions don't break anyone
            self.add(False, "description-changed", where, "schema description changed")
        self.compare_types(old, new, where, direction)
        self.compare_enum(old, new, where, direction)
        if direction == REQUEST:
            self.compare_constraints(old, new, where)
        self.compare_properties(old, new, where, direction)
        self.compare_unions(old, new, where, direction)
        if isinstance(old.get("items"), dict):
            self.compare_schema(old["items"], new.get("items"), f"{where}[]", direction)
        if isinstance(old.get("additionalProperties"), dict):
            self.compare_schema(old["additionalProperties"], new.get("additionalProperties"), f"{where}.*", direction)

    def compare_types(self, old: dict, new: dict, where: str, direction: str) -> None:
        old_types, new_types = types(old), types(new)
        if not old_types or not new_types or old_types == new_types:
            return
        detail = f"type {sorted(old_types)} -> {sorted(new_types)}"
        if direction == RESPONSE:
            self.add(True, "response-field-retyped", where, detail)
        elif old_types - new_types:
            self.add(True, "request-type-narrowed", where, detail)
        else:
            self.add(False, "request-type-widened", where, detail)

    def compare_enum(self, old: dict, new: dict, where: str, direction: str) -> None:
        if "enum" not in old:
            if "enum" in new and direction == REQUEST:
                self.add(True, "request-field-constrained", where, f"now limited to enum {new['enum']}")
            return
        old_values, new_values = list(old["enum"]), list(new.get("enum") or [])
        if "enum" not in new:
            if direction == REQUEST:
                self.add(False, "request-constraint-relaxed", where, "enum removed: any value accepted")
            return
        removed = [value for value in old_values if value not in new_values]
        added = [value for value in new_values if value not in old_values]
        if removed:
            self.add(True, "enum-value-removed", where, f"enum value(s) removed: {removed}")
        if added and direction == RESPONSE and id(new) not in self._open_enums:
            # A generated client rejects a value its enum lacks (hence the open anyOf [Known, string] pattern).
            self.add(True, "response-enum-value-added", where, f"closed enum gained value(s): {added}")
        elif added:
            self.add(False, "enum-value-added", where, f"enum value(s) added: {added}")

    def compare_constraints(self, old: dict, new: dict, where: str) -> None:
        """Request side: a bound, pattern or format that rejects what was accepted is breaking."""
        for keyword, larger_is_tighter in BOUNDS.items():
            before, after = old.get(keyword), new.get(keyword)
            if before == after or not all(isinstance(v, int | float | type(None)) for v in (before, after)):
                continue
            tighter = before is None or (after is not None and (after > before) == larger_is_tighter)
            if tighter:
                self.add(True, "request-field-constrained", where, f"{keyword} {before} -> {after}")
            else:
                self.add(False, "request-constraint-relaxed", where, f"{keyword} {before} -> {after}")
        for keyword in ("pattern", "format"):
            before, after = old.get(keyword), new.get(keyword)
            if before != after:
                breaking = after is not None
                self.add(breaking, "request-field-constrained" if breaking else "request-constraint-relaxed", where,
                         f"{keyword} {before!r} -> {after!r}")
        if new.get("additionalProperties") is False and old.get("additionalProperties") is not False:
            self.add(True, "request-field-constrained", where, "additionalProperties narrowed to false")

    def compare_properties(self, old: dict, new: dict, where: str, direction: str) -> None:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        for name in sorted(old_props.keys() - new_props.keys()):
            rule = "response-field-removed" if direction == RESPONSE else "request-field-removed"
            self.add(True, rule, f"{where}.{name}", "field removed")
        for name in sorted(new_props.keys() - old_props.keys()):
            if direction == REQUEST and name in new_req:
                continue  # reported as request-field-required below
            self.add(False, f"{direction}-field-added", f"{where}.{name}", "field added")
        if direction == REQUEST:
            for name in sorted(new_req - old_req):
                self.add(True, "request-field-required", f"{where}.{name}", "field is now required")
        else:
            for name in sorted((old_req - new_req) & new_props.keys()):
                self.add(True, "response-field-optional", f"{where}.{name}", "no longer always sent (not required)")
        for name in sorted(old_props.keys() & new_props.keys()):
            self.compare_schema(old_props[name], new_props[name], f"{where}.{name}", direction)

    def compare_unions(self, old: dict, new: dict, where: str, direction: str) -> None:
        for keyword in ("oneOf", "anyOf"):
            old_members, new_members = self.members(old.get(keyword)), self.members(new.get(keyword))
            resolved = [self.new.resolve(member) for member in new_members.values()]
            plain = {json_type for member in resolved if "enum" not in member for json_type in types(member)}
            self._open_enums.update(id(m) for m in resolved if "enum" in m and types(m) and types(m) <= plain)
            lost, gained = old_members.keys() - new_members.keys(), new_members.keys() - old_members.keys()
            # A client sends any member of a request union and must read every member of a response union.
            for name in sorted(lost):
                self.add(direction == REQUEST, f"{direction}-variant-removed", where, f"{keyword} {name} removed")
            for name in sorted(gained):
                self.add(direction == RESPONSE, f"{direction}-variant-added", where, f"{keyword} {name} added")
            for name in sorted(old_members.keys() & new_members.keys()):
                self.compare_schema(old_members[name], new_members[name], f"{where}<{name}>", direction)

    @staticmethod
    def members(union) -> dict[str, dict]:
        """Union members by `$ref` name, title or position."""
        named = {}
        for index, member in enumerate(union or []):
            name = member.get("$ref", "").rsplit("/", 1)[-1] or member.get("title") or f"#{index}"
            named[name] = member
        return named


def diff(old: dict, new: dict) -> list[Change]:
    return SpecDiff(old, new).run()


def git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def default_rev() -> str:
    """The merge-base with main, or HEAD~1 when HEAD is main's tip (or there is no main)."""
    base = git("merge-base", "HEAD", "main").stdout.strip()
    head = git("rev-parse", "HEAD").stdout.strip()
    return base if base and base != head else "HEAD~1"


def spec_at(rev: str, path: Path) -> dict | None:
    """The document at `path` as of git revision `rev`, or None if it did not exist there."""
    shown = git("show", f"{rev}:{path.resolve().relative_to(ROOT).as_posix()}")
    return yaml.safe_load(shown.stdout) if shown.returncode == 0 else None


def report(changes: list[Change], old_name: str, new_name: str) -> str:
    breaking = [change for change in changes if change.breaking]
    compatible = [change for change in changes if not change.breaking]
    lines = [f"Comparing {old_name} -> {new_name}", "", f"Breaking changes for clients ({len(breaking)}):"]
    lines += [f"  - {change}" for change in breaking] or ["  (none)"]
    lines += ["", f"Compatible changes ({len(compatible)}):"]
    lines += [f"  - {change}" for change in compatible] or ["  (none)"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("new", nargs="?", type=Path, default=BUNDLE, help="the new document (default: the bundle)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--rev", help="git revision of the old document (default: merge-base with main, or HEAD~1)")
    source.add_argument("--old", type=Path, help="the old document as a file")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when there is a breaking change")
    args = parser.parse_args(argv)

    if args.old:
        old, old_name = load_yaml(args.old), str(args.old)
    else:
        rev = args.rev or default_rev()
        if git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").returncode != 0:
            parser.error(f"{rev!r} is not a git revision here (a shallow clone may lack it: fetch more history)")
        old, old_name = spec_at(rev, args.new), f"{args.new.name} at {rev}"
        if old is None:
            print(f"{args.new.name} does not exist at {rev}: every operation is new")
            old = {"paths": {}}
    changes = diff(old, load_yaml(args.new))
    print(report(changes, old_name, str(args.new)))
    return 1 if args.fail_on_breaking and any(change.breaking for change in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
