"""python-novaclient and openstacksdk, pointed at the mock over real HTTP as at any Nova endpoint
(no identity service: a static token and the compute endpoint)."""

from __future__ import annotations

import pytest
from keystoneauth1 import session as ks_session
from keystoneauth1 import token_endpoint

from .conftest import LINUX, NET, U2

# The clients' own deprecation notices (openstacksdk's RemovedInSDK*Warning and friends).
pytestmark = [pytest.mark.clients, pytest.mark.server_mode,
              pytest.mark.filterwarnings("ignore::DeprecationWarning"),
              pytest.mark.filterwarnings("ignore::PendingDeprecationWarning"),
              pytest.mark.filterwarnings("ignore::openstack.warnings.OpenStackWarning")]


@pytest.fixture
def endpoint(toast_compute_mock_http):
    return toast_compute_mock_http


def test_python_novaclient(endpoint):
    from novaclient import client as nova_client

    session = ks_session.Session(auth=token_endpoint.Token(endpoint.api_url, endpoint.token))
    nova = nova_client.Client("2", session=session, endpoint_override=endpoint.api_url)
    assert "u2.c1m2" in {f.name for f in nova.flavors.list()}
    keypair = nova.keypairs.create("nova-key")
    assert keypair.private_key.startswith("-----BEGIN RSA PRIVATE KEY-----")
    assert [k.name for k in nova.keypairs.list()] == ["nova-key"]
    server = nova.servers.create("nova-vm", LINUX.id, U2.id, nics=[{"net-id": NET.id}], key_name="nova-key")
    assert nova.servers.get(server.id).status == "ACTIVE"  # immediate clock
    server.stop()
    assert nova.servers.get(server.id).status == "SHUTOFF"
    server.start()
    assert nova.servers.get(server.id).status == "ACTIVE"
    server.reboot(reboot_type="HARD")
    assert nova.servers.get(server.id).status == "ACTIVE"
    assert [s.name for s in nova.servers.list()] == ["nova-vm"]
    server.delete()
    assert nova.servers.list() == []
    nova.keypairs.delete("nova-key")
    assert nova.keypairs.list() == []


def test_openstacksdk(endpoint):
    import openstack

    conn = openstack.connect(load_yaml_config=False, load_envvars=False, auth_type="admin_token",
                             auth={"endpoint": endpoint.api_url, "token": endpoint.token},
                             compute_api_version="2")
    compute = conn.compute
    assert "u2.c1m2" in {f.name for f in compute.flavors()}
    keypair = compute.create_keypair(name="sdk-key")
    assert keypair.private_key and keypair.fingerprint
    assert [k.name for k in compute.keypairs()] == ["sdk-key"]
    server = compute.create_server(name="sdk-vm", image_id=LINUX.id, flavor_id=U2.id,
                                   networks=[{"uuid": NET.id}], key_name="sdk-key")
    server = compute.wait_for_server(server, status="ACTIVE", interval=0.01, wait=5)
    compute.stop_server(server)
    assert compute.wait_for_server(server, status="SHUTOFF", interval=0.01, wait=5).status == "SHUTOFF"
    compute.start_server(server)
    assert compute.wait_for_server(server, status="ACTIVE", interval=0.01, wait=5).status == "ACTIVE"
    compute.reboot_server(server, "SOFT")
    assert compute.get_server(server.id).status == "ACTIVE"
    assert [s.name for s in compute.servers()] == ["sdk-vm"]
    compute.delete_server(server)
    compute.wait_for_delete(server, interval=0.01, wait=5)
    assert list(compute.servers()) == []
    compute.delete_keypair("sdk-key")
    assert list(compute.keypairs()) == []
