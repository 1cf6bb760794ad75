"""Nova's instances, cores and RAM quotas: the 403 and its exact message at the limit, counted on what the
tenant holds (ERROR and shelved servers too), per tenant, min/max_count, resize."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from toast_compute_mock import MockConfig, create_app
from toast_compute_mock.backend import Backend, quotas
from toast_compute_mock.catalog import FLAVORS
from toast_compute_mock.cli import parse_args
from toast_compute_mock.config import Quotas, Tenant
from toast_compute_mock.faults import NovaFault
from toast_compute_mock.serving import ThreadedServer

from .conftest import LINUX, NET, U2, Api, boot_volume, fault

SMALL = next(f for f in FLAVORS if f.name == "u2.c1m1")  # 1 vCPU, 1 GB
MEDIUM = next(f for f in FLAVORS if f.name == "u2.c2m4")  # 2 vCPUs, 4 GB
LARGE = next(f for f in FLAVORS if f.name == "u2.c4m8")  # 4 vCPUs, 8 GB
BIG_RAM = next(f for f in FLAVORS if f.name == "r2.c4m32")  # 4 vCPUs, 32 GB, root on a volume


def create(api: Api, flavor=SMALL, expect: int = 202, **fields):
    if not flavor.disk:
        fields = {"imageRef": None, "block_device_mapping_v2": boot_volume(), **fields}
    return api.create_server(expect=expect, flavorRef=flavor.id, **fields)


def forbidden(response: httpx.Response) -> str:
    """The message of Nova's 403 fault envelope."""
    return fault(response, 403, "forbidden")


def server_count(api: Api) -> int:
    return len(api.get("/servers").json()["servers"])


def test_defaults_are_novas():
    assert (Quotas().instances, Quotas().cores, Quotas().ram) == (10, 20, 51200)
    assert Tenant().quotas == Quotas()


def test_instances_quota_at_the_limit(api):
    for _ in range(10):
        create(api)
    assert forbidden(create(api, expect=403)) == \
        "Quota exceeded for instances: Requested 1, but already used 10 of 10 instances"
    assert server_count(api) == 10


def test_cores_quota_at_the_limit(api):
    for flavor in (LARGE, LARGE, LARGE, LARGE, MEDIUM):  # 18 of 20 cores, 36 GB
        create(api, flavor)
    assert forbidden(create(api, LARGE, expect=403)) == \
        "Quota exceeded for cores: Requested 4, but already used 18 of 20 cores"
    create(api, MEDIUM)  # exactly 20 fits


def test_ram_quota_at_the_limit(api):
    create(api, BIG_RAM)
    assert forbidden(create(api, BIG_RAM, expect=403)) == \
        "Quota exceeded for ram: Requested 32768, but already used 32768 of 51200 ram"


def test_error_and_shelved_servers_count(api, mock):
    ids = [create(api) for _ in range(10)]
    mock.state.fail_server(ids[0], None)
    assert api.action(ids[1], {"shelve": None}).status_code == 202
    assert {api.status(ids[0]), api.status(ids[1])} == {"ERROR", "SHELVED_OFFLOADED"}
    assert "already used 10 of 10 instances" in forbidden(create(api, expect=403))
    # An offloaded server's cores and RAM count too (counted from the instances, Nova's default):
    # unshelving it needs no room.
    assert api.action(ids[1], {"unshelve": None}).status_code == 202
    assert api.status(ids[1]) == "ACTIVE"


def test_a_delete_frees_the_room(api):
    ids = [create(api) for _ in range(10)]
    forbidden(create(api, expect=403))
    assert api.delete(f"/servers/{ids[0]}").status_code == 204
    create(api)


def test_max_count_falls_back_to_what_fits(api):
    for _ in range(8):
        create(api)
    response = api.post("/servers", json={"server": {
        "name": "many", "imageRef": LINUX.id, "flavorRef": SMALL.id, "networks": [{"uuid": NET.id}],
        "min_count": 3, "max_count": 5}})
    assert forbidden(response) == "Quota exceeded for instances: Requested 3-5, but already used 8 of 10 instances"
    create(api, min_count=1, max_count=5)  # Nova retries with what is left: 2 servers
    assert server_count(api) == 10


def test_max_count_over_the_cores_quota(api):
    create(api, LARGE)
    create(api, LARGE)  # 8 cores
    response = create(api, LARGE, expect=403, min_count=4, max_count=4)
    assert forbidden(response) == "Quota exceeded for cores: Requested 16, but already used 8 of 20 cores"
    create(api, LARGE, min_count=1, max_count=4)  # room for 3
    assert server_count(api) == 5


def test_resize_needs_room_for_the_upsize(api):
    for flavor in (LARGE, LARGE, LARGE, LARGE, MEDIUM):  # 18 cores
        create(api, flavor)
    small = create(api, U2)  # 19 cores
    response = api.action(small, {"resize": {"flavorRef": LARGE.id}})
    assert forbidden(response) == "Quota exceeded for cores: Requested 3, but already used 19 of 20 cores"
    assert api.action(small, {"resize": {"flavorRef": MEDIUM.id}}).status_code == 202  # +1 core fits


# -- in-process: the backend's counting and several resources over at once ------------------------
def test_usage_counts_every_server_the_project_holds():
    backend = Backend(MockConfig(clock="manual"))
    project = next(iter(backend.projects.values()))
    assert quotas.usage(project) == quotas.Usage(0, 0, 0)
    with pytest.raises(NovaFault) as info:
        quotas.instances_allowed(project, next(f for f in FLAVORS if f.name == "x1.c32m256"), 1, 1)
    assert info.value.code == 403
    assert info.value.message == ("Quota exceeded for cores, ram: Requested 32, 262144, but already used 0, 0 of "
                                  "20, 51200 cores, ram")


def test_unlimited_is_minus_one():
    backend = Backend(MockConfig(tenants=[Tenant(quotas=Quotas(instances=-1, cores=-1, ram=-1))]))
    project = next(iter(backend.projects.values()))
    assert quotas.instances_allowed(project, next(f for f in FLAVORS if f.name == "x1.c32m256"), 10, 10) == 10


# -- per tenant, over real HTTP --------------------------------------------------------------------
TENANT_A, TENANT_B = "a" * 32, "b" * 32


@pytest.fixture(scope="module")
def two_tenants() -> Iterator[str]:
    config = MockConfig(clock="immediate", tenants=[
        Tenant(tenant_id=TENANT_A, token="token-a", quotas=Quotas(instances=1)),
        Tenant(tenant_id=TENANT_B, token="token-b", password=None, user_id="u" * 32,
               quotas=Quotas(instances=3, cores=2)),
    ])
    server = ThreadedServer(create_app(config)).start()
    yield server.base_url
    server.stop()


def _create_as(base: str, tenant: str, token: str) -> httpx.Response:
    body = {"server": {"name": "web", "imageRef": LINUX.id, "flavorRef": SMALL.id,
                       "networks": [{"uuid": NET.id}]}}
    return httpx.post(f"{base}/v2/{tenant}/servers", json=body, headers={"X-Auth-Token": token})


def test_each_tenant_has_its_own_quotas(two_tenants):
    assert _create_as(two_tenants, TENANT_A, "token-a").status_code == 202
    assert forbidden(_create_as(two_tenants, TENANT_A, "token-a")) == \
        "Quota exceeded for instances: Requested 1, but already used 1 of 1 instances"
    for _ in range(2):  # tenant A's server is not tenant B's
        assert _create_as(two_tenants, TENANT_B, "token-b").status_code == 202
    assert forbidden(_create_as(two_tenants, TENANT_B, "token-b")) == \
        "Quota exceeded for cores: Requested 1, but already used 2 of 2 cores"


# -- GET /limits ------------------------------------------------------------------------------------
def test_limits_show_the_quotas_and_what_is_used(api, mock):
    absolute = api.get("/limits").json()["limits"]["absolute"]
    assert (absolute["maxTotalInstances"], absolute["maxTotalCores"], absolute["maxTotalRAMSize"]) == (10, 20, 51200)
    assert (absolute["totalInstancesUsed"], absolute["totalCoresUsed"], absolute["totalRAMUsed"]) == (0, 0, 0)
    shelved = create(api, LARGE)
    create(api, MEDIUM)
    assert api.action(shelved, {"shelve": None}).status_code == 202
    body = api.get("/limits").json()
    assert body["limits"]["rate"] == []
    absolute = body["limits"]["absolute"]
    assert (absolute["totalInstancesUsed"], absolute["totalCoresUsed"], absolute["totalRAMUsed"]) == (2, 6, 12288)
    assert (absolute["maxTotalKeypairs"], absolute["maxServerMeta"], absolute["maxServerGroupMembers"]) == \
        (100, 128, 10)


def test_limits_are_each_tenants(two_tenants):
    absolute = httpx.get(f"{two_tenants}/v2/{TENANT_B}/limits",
                         headers={"X-Auth-Token": "token-b"}).json()["limits"]["absolute"]
    assert (absolute["maxTotalInstances"], absolute["maxTotalCores"]) == (3, 2)


# -- the command line ----------------------------------------------------------------------------------
def test_cli_quota_flags_apply_to_every_tenant():
    args = parse_args(["--token", "t1", "--tenant-id", TENANT_A, "--token", "t2", "--tenant-id", TENANT_B,
                       "--quota-instances", "3", "--quota-cores", "-1", "--quota-ram", "4096"])
    assert [t.quotas for t in args.tenants] == [Quotas(instances=3, cores=-1, ram=4096)] * 2
    assert parse_args([]).tenants[0].quotas == Quotas()
    with pytest.raises(SystemExit):
        parse_args(["--quota-cores", "-2"])
