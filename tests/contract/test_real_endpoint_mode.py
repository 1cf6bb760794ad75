"""The contract suite pointed at an endpoint it does not own (a mock started here, used as if real):
it keeps to its profile and leaves the tenant as it found it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest

from tests.paths import ROOT
from toast_compute_mock import MockConfig, create_app
from toast_compute_mock.config import Tenant
from toast_compute_mock.serving import ThreadedServer


@pytest.fixture
def endpoint():
    tenant = Tenant()
    server = ThreadedServer(create_app(MockConfig(tenants=[tenant], clock="immediate"))).start()
    http = httpx.Client(base_url=f"{server.base_url}/v2/{tenant.tenant_id}", headers={"X-Auth-Token": tenant.token})
    # Something of the tenant's own that the run must not touch.
    assert http.post("/os-keypairs", json={"keypair": {"name": "precious"}}).status_code == 200
    yield server, tenant, http
    http.close()
    server.stop()


def run_contract(server, tenant, profile: str, tmp_path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "TOAST_COMPUTE_BASE_URL": server.base_url,
        "TOAST_COMPUTE_TOKEN": tenant.token,
        "TOAST_COMPUTE_TENANT_ID": tenant.tenant_id,
        "TOAST_COMPUTE_PROFILE": profile,
        "TOAST_COMPUTE_REQUESTS_PER_SECOND": "0",  # unlimited: it is loopback
        "TOAST_COMPUTE_MAX_EXAMPLES": "5",
        "TOAST_COMPUTE_STATEFUL_EXAMPLES": "5",
        "TOAST_COMPUTE_PROPERTY_EXAMPLES": "3",
        "TOAST_COMPUTE_REPORT_DIR": str(tmp_path),
    }
    env.pop("TOAST_COMPUTE_DRIFT", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "contract_tests"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )


READS = {
    "list_versions", "list_flavors", "list_flavors_detail", "list_availability_zones", "list_keypairs", "get_keypair",
    "list_servers", "list_servers_detail", "get_server", "list_volume_attachments", "get_volume_attachment",
}


def operations_called(report_dir) -> set[str]:
    checks = json.loads((report_dir / "summary.json").read_text())["checks"]
    return {key.split()[0] for key in checks if key.split()[0] in READS or "_" in key.split()[0]} - {"reads"}


def test_keypairs_profile_cleans_up_and_leaves_other_keypairs_alone(endpoint, tmp_path):
    server, tenant, http = endpoint
    result = run_contract(server, tenant, "keypairs", tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    assert operations_called(tmp_path) == READS | {"create_keypair", "delete_keypair"}
    names = [entry["keypair"]["name"] for entry in http.get("/os-keypairs").json()["keypairs"]]
    assert names == ["precious"], "the run left key pairs behind or touched one it did not create"
    assert http.get("/servers").json()["servers"] == [], "the keypairs profile created a server"


def test_readonly_profile_changes_nothing(endpoint, tmp_path):
    server, tenant, http = endpoint
    before = http.get("/os-keypairs").json()
    result = run_contract(server, tenant, "readonly", tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    assert http.get("/os-keypairs").json() == before
    assert http.get("/servers").json()["servers"] == []
    assert operations_called(tmp_path) == READS
