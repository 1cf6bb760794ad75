"""Consistency of the errata (openapi/errata.yaml, openapi/ERRATA.md) with the bundled description.

The bundle (openapi/toast-compute-api.yaml) lists, per operation, the errata entries that concern it in
`x-errata`; each entry of errata.yaml lists the operations it concerns in `operations`. These tests keep the
two sides and the rendered page in step.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "openapi" / "toast-compute-api.yaml"
ERRATA = ROOT / "openapi" / "errata.yaml"
ERRATA_MD = ROOT / "openapi" / "ERRATA.md"
RENDERER = ROOT / "scripts" / "render_errata.py"

TEXT_FIELDS = ("document_says", "service_does", "spec_says", "why")
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
ID_PATTERN = re.compile(r"^E(\d{2,})$")
CITED_ID = re.compile(r"\bE\d{2,}\b")


@pytest.fixture(scope="module")
def bundle() -> dict:
    return yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def errata() -> dict:
    return yaml.safe_load(ERRATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def entries(errata: dict) -> list[dict]:
    return errata["entries"]


@pytest.fixture(scope="module")
def operations(bundle: dict) -> dict[str, list[str]]:
    """operationId -> its `x-errata` list."""
    found: dict[str, list[str]] = {}
    for path_item in bundle["paths"].values():
        for method, operation in path_item.items():
            if method in HTTP_METHODS:
                assert operation["operationId"] not in found, f"duplicate operationId {operation['operationId']}"
                found[operation["operationId"]] = list(operation.get("x-errata", []))
    return found


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_ids_are_unique_and_sequential(entries: list[dict]) -> None:
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids)), f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}"
    for position, entry_id in enumerate(ids, start=1):
        match = ID_PATTERN.match(entry_id)
        assert match, f"{entry_id!r} is not of the form E01"
        assert int(match.group(1)) == position, f"entry #{position} has id {entry_id}, expected E{position:02d}"


def test_entries_are_complete(entries: list[dict]) -> None:
    problems = []
    for entry in entries:
        if not str(entry.get("title", "")).strip():
            problems.append(f"{entry['id']}: empty title")
        for field in TEXT_FIELDS:
            value = entry.get(field)
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{entry['id']}: empty {field}")
        # `operations` is being retired (x-errata on the operations is the one store of links); new entries omit it.
        if "operations" in entry and not isinstance(entry["operations"], list):
            problems.append(f"{entry['id']}: `operations` must be a list (empty for entries about every operation)")
        if "source" in entry and not (isinstance(entry["source"], str) and entry["source"].strip()):
            problems.append(f"{entry['id']}: empty source")
    assert not problems, "\n".join(problems)


def test_every_x_errata_id_exists(entries: list[dict], operations: dict[str, list[str]]) -> None:
    known = {entry["id"] for entry in entries}
    problems = [
        f"{operation_id}: x-errata {entry_id} is not in errata.yaml"
        for operation_id, listed in operations.items()
        for entry_id in listed
        if entry_id not in known
    ]
    assert not problems, "\n".join(problems)


def test_ids_cited_in_descriptions_exist(bundle: dict, entries: list[dict]) -> None:
    known = {entry["id"] for entry in entries}
    cited = {entry_id for text in _strings(bundle) for entry_id in CITED_ID.findall(text)}
    assert cited <= known, f"cited in the bundle but not in errata.yaml: {sorted(cited - known)}"


def test_entry_operations_exist(entries: list[dict], operations: dict[str, list[str]]) -> None:
    problems = [
        f"{entry['id']}: operation {operation_id} is not in the spec"
        for entry in entries
        for operation_id in entry.get("operations", [])
        if operation_id not in operations
    ]
    assert not problems, "\n".join(problems)


def test_entry_operations_link_back(entries: list[dict], operations: dict[str, list[str]]) -> None:
    # The link check: an entry names operation X only if X's `x-errata` names the entry ...
    problems = [
        f"{operation_id}: x-errata lacks {entry['id']} (errata.yaml lists {operation_id} under {entry['id']})"
        for entry in entries
        for operation_id in entry.get("operations", [])
        if operation_id in operations and entry["id"] not in operations[operation_id]
    ]
    assert not problems, "\n".join(problems)


def test_x_errata_link_back(entries: list[dict], operations: dict[str, list[str]]) -> None:
    # ... and the other direction of the link check: X's `x-errata` names an entry only if the entry names X.
    listed_by_entry = {entry["id"]: set(entry["operations"]) for entry in entries if "operations" in entry}
    problems = [
        f"{entry_id}: operations lack {operation_id} (its x-errata lists {entry_id})"
        for operation_id, listed in operations.items()
        for entry_id in listed
        if entry_id in listed_by_entry and operation_id not in listed_by_entry[entry_id]
    ]
    assert not problems, "\n".join(problems)


def test_rendered_page_is_fresh(errata: dict) -> None:
    spec = importlib.util.spec_from_file_location("render_errata", RENDERER)
    renderer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(renderer)
    assert ERRATA_MD.read_text(encoding="utf-8") == renderer.render(errata), (
        "openapi/ERRATA.md is stale: run scripts/render_errata.py"
    )
