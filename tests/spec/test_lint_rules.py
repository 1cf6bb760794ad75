"""The description's naming rules live in redocly.yaml only, and `nox -s lint` runs them: here each rule
is shown to fail a description that breaks it, and to pass the committed bundle."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from spec_toolkit.paths import BUNDLE, REDOCLY, ROOT
from spec_toolkit.spec import load_bundle

OUR_RULES = "rule/"  # the project's configurable rules; `recommended` ones are Redocly's own
SERVER = "/v2/{tenantId}/servers/{serverId}"
KEYPAIR = "/v2/{tenantId}/os-keypairs/{keypairName}"


def lint(path: Path) -> tuple[int, set[tuple[str, str]]]:
    """Redocly's exit status and its (rule, JSON pointer) problems, with the project's redocly.yaml."""
    if not REDOCLY.exists():
        pytest.fail("Redocly CLI is missing: run `npm ci` (the nox sessions do it)")
    result = subprocess.run(
        [str(REDOCLY), "lint", str(path), "--config", str(ROOT / "redocly.yaml"), "--format", "json"],
        capture_output=True, text=True, timeout=120,
    )
    problems = json.loads(result.stdout)["problems"]
    return result.returncode, {(p["ruleId"], p["location"][0]["pointer"]) for p in problems}


def pointer(*parts: str) -> str:
    return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def break_conventions(document: dict[str, Any]) -> set[tuple[str, str]]:
    """Break each naming rule once in `document`; returns the problems each break must cause."""
    paths, schemas = document["paths"], document["components"]["schemas"]
    paths[SERVER]["get"]["operationId"] = "fetch_server"
    paths["/v2/{tenantId}/os-keypairs"]["post"]["operationId"] = "make_keypair"
    paths[SERVER]["put"]["operationId"] = "updateServer"
    paths[SERVER]["delete"]["operationId"] = "delete_keypair"  # a name another operation has
    del paths["/v2/{tenantId}/flavors"]["get"]["tags"]
    paths[KEYPAIR]["patch"] = {"operationId": "update_keypair", "summary": "Rename", "tags": ["Keypairs"],
                               "security": [], "responses": {"200": {"description": "Renamed."}}}
    schemas["server_view"] = schemas.pop("Server")
    for item in (document, paths):
        _rename_refs(item, "#/components/schemas/Server", "#/components/schemas/server_view")
    return {
        ("rule/operation-id-get", pointer("paths", SERVER, "get", "operationId")),
        ("rule/operation-id-post", pointer("paths", "/v2/{tenantId}/os-keypairs", "post", "operationId")),
        ("rule/operation-id-put", pointer("paths", SERVER, "put", "operationId")),
        # Redocly's own rule; it points at the value, not the key.
        ("operation-operationId-unique", pointer("paths", SERVER, "delete", "delete_keypair")),
        ("rule/operation-tags", pointer("paths", "/v2/{tenantId}/flavors", "get", "tags")),
        ("rule/operation-method-known", pointer("paths", KEYPAIR, "patch")),
        ("rule/schema-name-pascal-case", pointer("components", "schemas", "server_view")),
    }


def _rename_refs(node: Any, old: str, new: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and value == old:
                node[key] = new
            else:
                _rename_refs(value, old, new)
    elif isinstance(node, list):
        for value in node:
            _rename_refs(value, old, new)


def test_each_naming_rule_fails_a_description_that_breaks_it(tmp_path):
    document = copy.deepcopy(load_bundle().document)
    expected = break_conventions(document)
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    status, problems = lint(broken)
    assert status != 0
    naming = {(rule, where) for rule, where in problems if rule.startswith(OUR_RULES) or rule.endswith("-unique")}
    assert naming == expected


def test_the_bundle_keeps_the_naming_rules():
    status, problems = lint(BUNDLE)
    assert (status, problems) == (0, set())
