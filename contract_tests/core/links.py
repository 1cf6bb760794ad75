"""Link coverage: the links of the description, named `<source operationId>.<link name>`, and which link a
stateful step took (schemathesis names a transition `<source label> -> [<status>] <link> -> <target label>`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

TRANSITION = re.compile(r"^(?P<source>.+) -> \[(?P<status>[^\]]+)\] (?P<name>\S+) -> (?P<target>.+)$")
METHODS = ("get", "put", "post", "delete", "patch")


def description_links(document: dict[str, Any], operations: Iterable[str] | None = None) -> list[str]:
    """Every link of the description whose source and target are among `operations` (all if None)."""
    allowed = None if operations is None else set(operations)
    found = []
    for item in document["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                for name, link in response.get("links", {}).items():
                    ends = {operation["operationId"], link.get("operationId")}
                    if allowed is None or ends <= allowed:
                        found.append(f"{operation['operationId']}.{name}")
    return sorted(set(found))


def operation_labels(document: dict[str, Any], tenant_id: str) -> dict[str, str]:
    """`METHOD path` (as schemathesis labels an operation, the tenant fixed or not) -> operationId."""
    labels = {}
    for path, item in document["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                for shown in {path, path.replace("{tenantId}", tenant_id)}:
                    labels[f"{method.upper()} {shown}"] = operation["operationId"]
    return labels


def link_taken(transition_id: str, labels: dict[str, str]) -> str | None:
    """The link a transition took, as `<source operationId>.<link name>`; None if it names no known source."""
    match = TRANSITION.match(transition_id)
    if match is None or match["source"] not in labels:
        return None
    return f"{labels[match['source']]}.{match['name']}"


@dataclass(frozen=True)
class Chain:
    """What a scenario needs to take a link: its operations, and the steps between them (source operation,
    target operation) that lead from an operation that needs no id (a create) to the link's target."""

    operations: frozenset[str]
    steps: frozenset[tuple[str, str]]
    starts: frozenset[str]  # where a scenario over it begins

    def __or__(self, other: Chain) -> Chain:
        return Chain(self.operations | other.operations, self.steps | other.steps, self.starts | other.starts)


def link_chain(document: dict[str, Any], link: str) -> Chain:
    """The chain of `link`: its target, its source and the shortest chain of links that leads to the source from
    an operation that needs no id; at least one link into the source when `link` passes on what the source was
    sent (`$request.…`: a value a link supplied)."""
    into: dict[str, set[str]] = {}
    for name in description_links(document):
        into.setdefault(_target(document, name), set()).add(name.split(".", 1)[0])
    needs_no_id = {operation["operationId"] for path, item in document["paths"].items() for method in METHODS
                   if isinstance(operation := item.get(method), dict) and path.count("{") <= 1}
    source, target = link.split(".", 1)[0], _target(document, link)
    passes_request = "$request." in str(_link(document, link).get("parameters", {}))
    paths, seen = [[source]], {source}
    # breadth first, backwards from the source
    while paths and (paths[0][-1] not in needs_no_id or (passes_request and len(paths[0]) == 1)):
        path = paths.pop(0)
        for producer in sorted(into.get(path[-1], set()) - seen):
            seen.add(producer)
            paths.append([*path, producer])
    backwards = paths[0] if paths else [source]
    steps = {(producer, consumer) for consumer, producer in zip(backwards, backwards[1:], strict=False)}
    steps.add((source, target))
    return Chain(frozenset({*backwards, target}), frozenset(steps), frozenset({backwards[-1]}))


def _target(document: dict[str, Any], link: str) -> str:
    return str(_link(document, link)["operationId"])


def _link(document: dict[str, Any], link: str) -> dict[str, Any]:
    source, name = link.split(".", 1)
    for item in document["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and operation["operationId"] == source:
                for response in operation.get("responses", {}).values():
                    if name in response.get("links", {}):
                        return dict(response["links"][name])
    raise KeyError(link)
