from __future__ import annotations

import httpx
import pytest

from toast_compute_mock.config import MockConfig, Tenant

from .conftest import Api, fault

OTHER = Tenant(tenant_id="0123456789abcdef0123456789abcdef", token="other-token", user_id="u2", username="other",
               password="other-pw")


@pytest.mark.parametrize("token", [None, "wrong", ""])
def test_missing_or_wrong_token_is_keystone_401(api, token):
    headers = {} if token is None else {"X-Auth-Token": token}
    client = httpx.Client(base_url=api.mock.base_url, transport=api.mock.transport, headers=headers)
    for path in ("/servers", "/no/such/route"):
        response = client.get(api.prefix + path)
        assert response.status_code == 401
        assert response.json() == {"error": {"code": 401, "title": "Unauthorized",
                                             "message": "The request you have made requires authentication."}}
        assert response.headers["www-authenticate"].startswith('Keystone uri="')


def test_unauthenticated_requests_change_nothing(api):
    anonymous = httpx.Client(base_url=api.mock.base_url, transport=api.mock.transport)
    assert anonymous.post(f"{api.prefix}/os-keypairs", json={"keypair": {"name": "x"}}).status_code == 401
    assert api.get("/os-keypairs").json() == {"keypairs": []}


@pytest.fixture
def toast_compute_mock_config():
    return MockConfig(tenants=[Tenant(), OTHER], clock="immediate")


def test_two_tenants_are_isolated(toast_compute_mock):
    mine = Api(toast_compute_mock)
    server_id = mine.create_server()
    assert mine.post("/os-keypairs", json={"keypair": {"name": "mine"}}).status_code == 200
    theirs = toast_compute_mock.client(headers={"X-Auth-Token": OTHER.token})
    their_prefix = f"/v2/{OTHER.tenant_id}"
    assert theirs.get(f"{their_prefix}/servers").json() == {"servers": []}
    assert theirs.get(f"{their_prefix}/os-keypairs").json() == {"keypairs": []}
    fault(theirs.get(f"{their_prefix}/servers/{server_id}"), 404, "itemNotFound")
    fault(theirs.delete(f"{their_prefix}/servers/{server_id}"), 404, "itemNotFound")
    assert mine.status(server_id) == "ACTIVE"


def test_token_on_another_tenants_path_is_refused_like_nova(api):
    other = "0123456789abcdef0123456789abcdef"
    message = fault(api.http.get(f"/v2/{other}/servers"), 400, "badRequest")
    assert message == (f"Malformed request URL: URL's project_id '{other}' doesn't match Context's project_id "
                       f"'{api.mock.tenant_id}'")


def test_non_hex_tenant_segment_is_no_route(api):
    fault(api.http.get("/v2/NOT_A_TENANT/servers"), 404, "itemNotFound")


@pytest.mark.parametrize("tenant_id", ["tenant-b", "0123456789ABCDEF0123456789ABCDEF", ""])
def test_a_tenant_id_without_a_route_is_refused_at_start(tenant_id):
    """Nova routes only hex project ids: such a tenant could never be reached, so the mock says so at once."""
    with pytest.raises(ValueError, match="tenant ids are Nova project ids"):
        MockConfig(tenants=[Tenant(tenant_id=tenant_id)])


def test_identity_issues_working_tokens(api):
    anonymous = httpx.Client(base_url=api.mock.base_url, transport=api.mock.transport)
    tenant = api.mock.app.config.tenants[0]
    body = {"auth": {"tenantId": tenant.tenant_id,
                     "passwordCredentials": {"username": tenant.username, "password": tenant.password}}}
    response = anonymous.post("/v2.0/tokens", json=body)
    assert response.status_code == 200, response.text
    access = response.json()["access"]
    assert access["token"]["tenant"]["id"] == tenant.tenant_id
    (endpoint,) = access["serviceCatalog"][0]["endpoints"]
    assert endpoint["publicURL"].endswith(f"/v2/{tenant.tenant_id}")
    token = access["token"]["id"]
    assert anonymous.get(f"{api.prefix}/flavors", headers={"X-Auth-Token": token}).status_code == 200
    body["auth"]["passwordCredentials"]["password"] = "wrong"
    assert anonymous.post("/v2.0/tokens", json=body).status_code == 401
    assert anonymous.post("/v2.0/tokens", json={"auth": {}}).status_code == 400
