"""The effect matrix stays true (issue 17): every operation of the bundle has its effects listed, every
effect names something that verifies it, every verifier exists (a test function of the suite, a link of
the description, a schemathesis check the suite runs), and contract_tests/README.md carries the current
matrix."""

from __future__ import annotations

import ast
import copy
from typing import Any

import pytest
import yaml

from contract_tests.core import effects
from contract_tests.core.checking import STATEFUL_CHECKS
from spec_toolkit.paths import BUNDLE, ROOT

SUITE = ROOT / "contract_tests"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return dict(yaml.safe_load(BUNDLE.read_text(encoding="utf-8")))


def suite_tests() -> set[str]:
    """`module::test` for every test function of the suite's modules."""
    found = set()
    for module in SUITE.glob("test_*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        found |= {f"{module.stem}::{node.name}" for node in tree.body if isinstance(node, ast.FunctionDef)}
    return found


def links(document: dict[str, Any]) -> set[str]:
    found = set()
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                for response in operation.get("responses", {}).values():
                    found |= {f"{operation['operationId']}.{name}" for name in response.get("links", {})}
    return found


def test_every_operation_of_the_bundle_is_in_the_matrix(document: dict[str, Any]) -> None:
    matrix = effects.full_matrix(document)
    operations = {op["operationId"] for item in document["paths"].values() for op in item.values()
                  if isinstance(op, dict) and "operationId" in op}
    assert set(matrix) == operations
    assert not set(effects.MATRIX) - operations, "the matrix lists operations the description does not have"
    assert not operations - set(effects.MATRIX), "an operation has no effect listed beyond its errors"


def test_every_effect_names_a_verifier_that_exists(document: dict[str, Any]) -> None:
    matrix = effects.full_matrix(document)
    assert not list(effects.unverified(matrix)), list(effects.unverified(matrix))
    tests, known_links = suite_tests(), links(document)
    checks = {check.__name__ for check in STATEFUL_CHECKS}
    for operation_id, listed in matrix.items():
        for effect in listed:
            runnable = [v for v in effect.verified_by if v.startswith(("property:", "link:", "check:"))]
            assert runnable, f"{operation_id} {effect.what}: only reasons, nothing verifies it"
            for verifier in runnable:
                kind, name = verifier.split(":", 1)
                known = {"property": tests, "link": known_links, "check": checks}[kind]
                assert name in known, f"{operation_id} {effect.what}: {verifier} does not exist"


def test_a_new_operation_without_effects_fails_the_matrix(document: dict[str, Any]) -> None:
    grown = copy.deepcopy(document)
    grown["paths"]["/v2/{tenantId}/os-new"] = {"get": {"operationId": "list_new", "responses": {"200": {}}}}
    assert ("list_new", effects.Effect("any", "no effect listed", ())) in list(
        effects.unverified(effects.full_matrix(grown)))


def test_a_new_documented_error_is_in_the_matrix(document: dict[str, Any]) -> None:
    grown = copy.deepcopy(document)
    responses = grown["paths"]["/v2/{tenantId}/flavors"]["get"]["responses"]
    responses["418"] = {"description": "a teapot", "content": {"application/json": {"example": {"teapot": {}}}}}
    flagged = [(op, e.what) for op, e in effects.unverified(effects.full_matrix(grown))]
    assert ("list_flavors", "418 `teapot`") in flagged


def test_the_readme_carries_the_current_matrix(document: dict[str, Any]) -> None:
    readme = (SUITE / "README.md").read_text(encoding="utf-8")
    assert effects.readme_with_matrix(readme, document) == readme, (
        "contract_tests/README.md's effect matrix is stale: run `python -m contract_tests.core.effects`")
