"""The contract suite pointed at an endpoint it does not own (a separate mock process with a tenant that
already has servers in several states, an attachment and a key pair): it keeps to its profile, leaves the
tenant as it found it, reads what the tenant has, paces every request, and needs an image and a network
for `full`."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from contract_tests.core.budget import Limits
from contract_tests.core.settings import BUDGETS
from contract_tests.tools.drifted_endpoint import DRIFTS, HEALTHY, Drift, drifted_endpoint
from contract_tests.tools.mock_process import ForeignEndpoint, foreign_endpoint, tenant_snapshot
from contract_tests.tools.runs import ContractRun, run_contract
from toast_compute_mock.config import DEFAULT_PASSWORD, DEFAULT_USERNAME

READS = {
    "list_versions", "list_flavors", "list_flavors_detail", "list_availability_zones", "list_keypairs", "get_keypair",
    "list_servers", "list_servers_detail", "get_server", "list_volume_attachments", "get_volume_attachment",
    "get_flavor", "list_server_metadata", "get_server_metadata_item", "list_server_security_groups", "list_server_ips",
    "get_server_ips_network", "list_server_groups", "get_server_group", "list_images", "list_images_detail",
    "get_image", "list_floating_ips", "get_floating_ip", "get_limits",
}
TINY = BUDGETS["tiny"]


@pytest.fixture(scope="module")
def endpoint():
    with foreign_endpoint("immediate") as prepared:
        yield prepared


def run(endpoint: ForeignEndpoint, profile: str, report_dir: Path, **extra: str) -> ContractRun:
    return run_contract(endpoint.base_url, endpoint.token, endpoint.tenant_id, profile, report_dir, **extra)


def test_readonly_profile_only_reads_and_reads_what_the_tenant_has(endpoint, tmp_path):
    before = tenant_snapshot(endpoint)
    result = run(endpoint, "readonly", tmp_path)
    assert result.passed, result.output[-3000:]
    assert result.operations_called() == READS
    assert tenant_snapshot(endpoint) == before
    # Every server, its attachments and every key pair the tenant had were read: 3 servers x 2 reads,
    # 1 attachment, 1 key pair.
    assert result.summary["requests"]["existing"] == 8


def test_keypairs_profile_cleans_up_and_leaves_the_tenant_alone(endpoint, tmp_path):
    before = tenant_snapshot(endpoint)
    result = run(endpoint, "keypairs", tmp_path)
    assert result.passed, result.output[-3000:]
    assert result.operations_called() == READS | {"create_keypair", "delete_keypair"}
    assert tenant_snapshot(endpoint) == before, "the run left key pairs behind or touched the tenant's"


def test_full_profile_creates_acts_attaches_deletes_and_leaves_nothing_behind(endpoint, tmp_path):
    before = tenant_snapshot(endpoint)
    result = run(endpoint, "full", tmp_path, TOAST_COMPUTE_NETWORK_ID=endpoint.network_id,
                 TOAST_COMPUTE_VOLUME_URL=endpoint.volume_url(endpoint.base_url),
                 TOAST_COMPUTE_IMAGE_URL=endpoint.image_url(endpoint.base_url),
                 TOAST_COMPUTE_MAX_SERVERS_CREATED=str(Limits().servers_created))  # a real tenant's budget
    assert result.passed, result.output[-3000:]
    assert result.summary["requests"].get("volumes", 0) > 0, "the run made no volume to attach"
    called = result.operations_called()
    assert {"create_server", "server_action", "attach_volume", "detach_volume", "delete_server"} <= called
    assert {"create_server_metadata", "create_server_group", "delete_server_group", "create_floating_ip",
            "delete_floating_ip"} <= called
    assert tenant_snapshot(endpoint) == before, "the tenant's own resources changed, or the run left some behind"
    # on a real tenant's budget of creates, with a small budget's scenarios, every link is taken
    missed = [link for link, taken in result.summary["links"].items() if not taken and "(inferred)" not in link]
    assert not missed, f"links no scenario took: {missed}; {result.summary['bill']}"


@pytest.mark.whole_runs  # a second `full` run; the healthy `full` run above stays in `nox -s tests`
def test_full_profile_finds_its_network_through_the_identity_catalog(endpoint, tmp_path):
    """No network id and no token: the suite logs in as the tenant's user, and the catalog's network service
    lists the networks a server can be created in."""
    result = run(endpoint, "full", tmp_path, TOAST_COMPUTE_TOKEN="", TOAST_COMPUTE_USERNAME=DEFAULT_USERNAME,
                 TOAST_COMPUTE_PASSWORD=DEFAULT_PASSWORD, TOAST_COMPUTE_IDENTITY_URL=endpoint.base_url,
                 **BUDGETS["tiny"].environment())
    assert result.passed, result.output[-3000:]
    assert result.summary["bill"]["servers_created"] >= 1, "servers were created in the discovered network"


@pytest.mark.parametrize("missing", ["TOAST_COMPUTE_NETWORK_ID", "both"])
def test_full_profile_without_boot_sources_stops_before_sending_a_case(missing, tmp_path):
    with foreign_endpoint("immediate") as empty_tenant_endpoint:
        with empty_tenant_endpoint.http() as http:  # a tenant without servers: no image to discover either
            for server in http.get("/servers").json()["servers"]:
                http.delete(f"/servers/{server['id']}")
        extra = {} if missing == "both" else {"TOAST_COMPUTE_IMAGE_ID": empty_tenant_endpoint.image_id}
        result = run(empty_tenant_endpoint, "full", tmp_path, **extra)
    assert result.returncode == 4, result.output[-2000:]
    assert "TOAST_COMPUTE_IMAGE_ID" in result.output and "TOAST_COMPUTE_NETWORK_ID" in result.output
    assert "TypeError" not in result.output
    assert not (tmp_path / "summary.json").exists() or result.summary["requests"].keys() <= {"discovery"}


@pytest.mark.whole_runs  # two runs; in `nox -s tests` test_known_drift.py's run meets the same drift
def test_a_read_view_drift_of_an_existing_resource_is_caught_on_every_run(endpoint, tmp_path):
    drift = DRIFTS["attachment_view_renamed"]
    with drifted_endpoint(endpoint.base_url, drift, endpoint.token) as url:
        for attempt in range(2):  # the existing resources are read on every run, whatever the run's data
            result = run_contract(url, endpoint.token, endpoint.tenant_id, "readonly", tmp_path / str(attempt),
                                  budget=TINY)
            assert not result.passed, f"run {attempt}: the renamed attachment view was not caught"
            assert "existing:response_schema_conformance" in result.caught_by, result.caught_by


class ArrivalLog:
    """A drift that changes nothing and notes when each request arrives at the endpoint."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self._lock = threading.Lock()

    def drift(self) -> Drift:
        def note(exchange):
            with self._lock:
                self.times.append(time.monotonic())

        return Drift("arrivals", False, "records arrival times", HEALTHY.observable_in, before=note)

    def most_in_one_second(self) -> int:
        """The most arrivals in any window of one second less 250 ms: the limiter counts a sliding second
        when a request leaves the client, and a request arrives some 10-50 ms after it left on a quiet
        machine, over 100 ms on a busy one (seen: 21 in a 0.9 s window at 20 req/s). An unpaced kind of
        request still shows: it adds its burst to the paced ones, and the counts below must agree."""
        times = sorted(self.times)
        return max((sum(1 for t in times[i:] if t < start + 0.75) for i, start in enumerate(times)), default=0)


def test_pacing_holds_across_every_kind_of_request(endpoint, tmp_path):
    log = ArrivalLog()
    with drifted_endpoint(endpoint.base_url, log.drift(), endpoint.token) as url:
        result = run_contract(url, endpoint.token, endpoint.tenant_id, "keypairs", tmp_path, budget=TINY,
                              TOAST_COMPUTE_REQUESTS_PER_SECOND="20")
    assert result.passed, result.output[-3000:]
    requests = result.summary["requests"]
    assert {"discovery", "existing", "schemathesis", "stateful", "property"} <= requests.keys(), requests
    assert sum(requests.values()) == len(log.times), "requests the suite did not count reached the endpoint"
    assert log.most_in_one_second() <= 20, f"{log.most_in_one_second()} requests arrived within one second"
    assert f"at 20 req/s the requests alone take {len(log.times) / 20:.0f} s" in result.output
