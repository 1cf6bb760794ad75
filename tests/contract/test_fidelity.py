"""Evidence kept from an endpoint the suite does not own, and the fidelity report that compares the mock
to it: against an endpoint drifted on purpose, the report names the drift; the evidence names nothing
of the tenant's."""

from __future__ import annotations

import json

import pytest

from contract_tests.core.observed import Shapes
from contract_tests.core.settings import BUDGETS
from contract_tests.tools import fidelity
from contract_tests.tools.drifted_endpoint import DRIFTS, drifted_endpoint
from contract_tests.tools.mock_process import OWN_KEYPAIR, OWN_SERVERS, foreign_endpoint
from contract_tests.tools.runs import run_contract


@pytest.fixture(scope="module")
def drifted_evidence(tmp_path_factory):
    """Shapes observed on an endpoint whose servers call `status` `state` and whose flavors give `ram` as
    a string, plus what the tenant had (to look for it in the evidence)."""
    directory = tmp_path_factory.mktemp("drifted")
    with foreign_endpoint("immediate") as endpoint:
        with endpoint.http() as http:
            servers = http.get("/servers/detail").json()["servers"]
        secrets = [endpoint.token, endpoint.tenant_id, OWN_KEYPAIR, *OWN_SERVERS,
                   *(s["id"] for s in servers),
                   *(a["addr"] for s in servers for nets in s["addresses"].values() for a in nets)]
        for name in ("renamed_field", "changed_type"):
            with drifted_endpoint(endpoint.base_url, DRIFTS[name], endpoint.token) as url:
                # one example per operation: the shapes come from every read the run makes, whatever its data
                run_contract(url, endpoint.token, endpoint.tenant_id, "readonly", directory / name,
                             budget=BUDGETS["tiny"])
    return directory, secrets


def test_the_evidence_is_written_per_operation_and_status(drifted_evidence):
    directory, _ = drifted_evidence
    shapes = Shapes.read(directory / "renamed_field" / "observed")
    server = shapes["get_server"]["200"]
    assert server["fields"]["$.server.state"] == ["string"]
    assert {'"active"', '"stopped"'} <= set(server["values"]["$.server.OS-EXT-STS:vm_state"])
    assert server["headers"]["content-type"] == ["application/json"]
    assert "$.server.addresses.*" in server["fields"], "map keys (network names) are not kept"
    assert "404" in shapes["get_server"]


def test_the_evidence_names_nothing_of_the_tenant(drifted_evidence):
    directory, secrets = drifted_evidence
    text = "".join(path.read_text() for path in (directory / "renamed_field" / "observed").glob("*.json"))
    leaked = [secret for secret in secrets if secret in text]
    assert not leaked, f"the evidence names {leaked}"


def test_the_fidelity_report_names_the_drifts(drifted_evidence, tmp_path):
    directory, _ = drifted_evidence
    mock = Shapes.read(fidelity.observe_the_mock("readonly", tmp_path))
    renamed = fidelity.differences(Shapes.read(directory / "renamed_field" / "observed"), mock)
    retyped = fidelity.differences(Shapes.read(directory / "changed_type" / "observed"), mock)
    print("\n".join(renamed + retyped))
    assert "get_server 200: field $.server.state missing in the mock (service: string)" in renamed
    assert "get_server 200: field $.server.status extra in the mock (string)" in renamed
    assert any(line.startswith("list_flavors_detail 200: field $.flavors[].ram: type string in the service")
               for line in retyped), retyped
    assert not any("$.server.state" in line for line in retyped), "a difference that is not there"
    (tmp_path / "excerpt.json").write_text(json.dumps(renamed + retyped, indent=1))
