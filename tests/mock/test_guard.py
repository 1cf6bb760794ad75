"""Control and identity guarded: the control API needs its own token (or is off), a tenant's token
needs that tenant's credentials, and no secret is printed."""

from __future__ import annotations

import httpx
import pytest

from toast_compute_mock import MockConfig, create_app
from toast_compute_mock.cli import parse_args
from toast_compute_mock.config import DEFAULT_PASSWORD, Tenant
from toast_compute_mock.serving import SyncASGITransport

from .conftest import fault

A = Tenant(tenant_id="a" * 32, token="token-a", username="alice", password="alice-secret")
B = Tenant(tenant_id="b" * 32, token="token-b", username="bob", password="bob-secret")
CONTROL_CALLS = [("POST", "/_mock/reset", None), ("GET", "/_mock/clock", None),
                 ("POST", "/_mock/clock/advance", {"seconds": 1e9}), ("POST", "/_mock/clock/mode", {"mode": "manual"}),
                 ("POST", "/_mock/servers/0b3a4f5c-0000-4000-8000-000000000001/error", {})]


def http_client(config: MockConfig) -> httpx.Client:
    return httpx.Client(base_url="http://mock.test", transport=SyncASGITransport(create_app(config)))


@pytest.mark.parametrize(("method", "path", "body"), CONTROL_CALLS)
def test_the_control_api_needs_its_token(method, path, body):
    with http_client(MockConfig(tenants=[A, B], control_token="control-secret")) as http:
        for headers in ({}, {"X-Auth-Token": A.token}, {"X-Mock-Control-Token": "guess"}):
            response = http.request(method, path, json=body, headers=headers)
            assert "X-Mock-Control-Token" in fault(response, 403, "forbidden")
        allowed = http.request(method, path, json=body, headers={"X-Mock-Control-Token": "control-secret"})
        assert allowed.status_code in (200, 202, 204, 404), allowed.text  # 404: no such server


@pytest.mark.parametrize(("method", "path", "body"), CONTROL_CALLS)
def test_the_control_api_can_be_off(method, path, body):
    with http_client(MockConfig(control_api=False)) as http:
        fault(http.request(method, path, json=body), 404, "itemNotFound")


def test_the_console_script_turns_the_control_api_on_only_with_a_token(monkeypatch):
    monkeypatch.delenv("TOAST_COMPUTE_MOCK_CONTROL_TOKEN", raising=False)
    assert parse_args([]).control_token is None
    assert parse_args(["--control-token", "c"]).control_token == "c"
    monkeypatch.setenv("TOAST_COMPUTE_MOCK_CONTROL_TOKEN", "from-env")
    assert parse_args([]).control_token == "from-env"


def login(http: httpx.Client, username: str, password: str, tenant_id: str | None) -> httpx.Response:
    auth = {"passwordCredentials": {"username": username, "password": password}}
    if tenant_id is not None:
        auth["tenantId"] = tenant_id
    return http.post("/v2.0/tokens", json={"auth": auth})


def test_a_token_for_a_tenant_needs_that_tenants_credentials():
    with http_client(MockConfig(tenants=[A, B])) as http:
        token = login(http, "bob", "bob-secret", B.tenant_id).json()["access"]["token"]["id"]
        assert http.get(f"/v2/{B.tenant_id}/flavors", headers={"X-Auth-Token": token}).status_code == 200
        # Without a tenant Keystone issues an unscoped token: no tenant, and it opens no compute API.
        unscoped = login(http, "bob", "bob-secret", None).json()["access"]["token"]
        assert "tenant" not in unscoped
        assert http.get(f"/v2/{B.tenant_id}/flavors", headers={"X-Auth-Token": unscoped["id"]}).status_code == 401
        for username, password, tenant_id in [("alice", "alice-secret", B.tenant_id), ("bob", "alice-secret", None),
                                              ("bob", DEFAULT_PASSWORD, B.tenant_id), ("bob", "", B.tenant_id)]:
            assert login(http, username, password, tenant_id).status_code == 401


def test_extra_tenants_of_the_console_script_have_no_shared_password():
    args = parse_args(["--token", "a", "--tenant-id", A.tenant_id, "--token", "b", "--tenant-id", B.tenant_id])
    assert [t.password for t in args.tenants] == [DEFAULT_PASSWORD, None]
    with http_client(MockConfig(tenants=args.tenants)) as http:
        assert login(http, args.tenants[1].username, DEFAULT_PASSWORD, B.tenant_id).status_code == 401
        assert login(http, args.tenants[0].username, DEFAULT_PASSWORD, B.tenant_id).status_code == 401
    named = parse_args(["--token", "a", "--tenant-id", A.tenant_id, "--username", "u", "--password", "p"])
    assert (named.tenants[0].username, named.tenants[0].password) == ("u", "p")
    with pytest.raises(SystemExit):
        parse_args(["--token", "a", "--tenant-id", A.tenant_id, "--token", "b", "--tenant-id", B.tenant_id,
                    "--password", "only-one"])
