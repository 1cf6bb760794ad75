"""Small helpers shared by the docs build, the spec differ and their tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")


def load_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def operations(spec: dict) -> Iterator[tuple[str, str, dict]]:
    """(path, method, operation) for every operation of the document."""
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def resolve(spec: dict, node):
    """Follow local `$ref`s (`#/components/...`) until a node that is not a reference."""
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise ValueError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        node = spec
        for token in ref[2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
    return node
