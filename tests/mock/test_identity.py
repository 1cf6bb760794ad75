"""POST /v2.0/tokens as the identity description says (openapi/toast-identity-api.yaml, when the
tree has it): scoped tokens open the tenant's compute API, an unscoped one has an empty catalog,
wrong credentials get Keystone's 401. Every response is checked against that description."""

from __future__ import annotations

import httpx
import pytest

from toast_compute_mock.catalog import IMAGES, NETWORKS

from .spec_check import SPEC, SpecChecker

IDENTITY_SPEC = SPEC.parent / "toast-identity-api.yaml"


@pytest.fixture
def identity(mock):
    checker = SpecChecker(IDENTITY_SPEC) if IDENTITY_SPEC.exists() else None

    def check(response: httpx.Response) -> None:
        response.read()
        if checker is not None:
            checker.check(response.request.method, response.request.url.path, response.status_code,
                          response.headers, response.content)

    client = httpx.Client(base_url=mock.base_url, transport=mock.transport, event_hooks={"response": [check]})
    yield client
    client.close()
    if checker is not None:
        assert checker.seen, "the identity description has no POST /v2.0/tokens"
        assert checker.violations == []


def body(tenant, **auth):
    return {"auth": {"tenantId": tenant.tenant_id, **auth,
                     "passwordCredentials": {"username": tenant.username, "password": tenant.password}}}


def test_scoped_token_opens_compute(identity, mock):
    tenant = mock.app.config.tenants[0]
    response = identity.post("/v2.0/tokens", json=body(tenant))
    assert response.status_code == 200
    access = response.json()["access"]
    token = access["token"]
    assert token["tenant"]["id"] == tenant.tenant_id
    assert token["expires"].endswith("Z") and not token["issued_at"].endswith("Z")  # Keystone v2's two forms
    catalog = {entry["type"]: entry for entry in access["serviceCatalog"]}
    assert sorted(catalog) == ["compute", "image", "network", "volumev2"]
    assert catalog["compute"]["name"] == "nova"
    url = catalog["compute"]["endpoints"][0]["publicURL"]
    assert url.endswith(f"/v2/{tenant.tenant_id}")
    assert identity.get(f"{url}/flavors", headers={"X-Auth-Token": token["id"]}).status_code == 200


def test_the_catalog_names_network_block_storage_and_images(identity, mock):
    """Each neighbour answers at the URL the catalog gives it, with the token issued alongside."""
    tenant = mock.app.config.tenants[0]
    access = identity.post("/v2.0/tokens", json=body(tenant)).json()["access"]
    urls = {entry["type"]: entry["endpoints"][0]["publicURL"] for entry in access["serviceCatalog"]}
    headers = {"X-Auth-Token": access["token"]["id"]}
    assert urls["volumev2"] == f"{mock.base_url}/block-storage/v2/{tenant.tenant_id}"
    assert identity.get(f"{urls['volumev2']}/volumes", headers=headers).json() == {"volumes": []}
    assert urls["network"] == f"{mock.base_url}/network"
    networks = identity.get(f"{urls['network']}/v2.0/networks", headers=headers).json()["networks"]
    assert [n["id"] for n in networks] == [n.id for n in NETWORKS]
    image = next(entry for entry in access["serviceCatalog"] if entry["type"] == "image")
    assert (image["name"], urls["image"]) == ("glance", f"{mock.base_url}/image")
    images = identity.get(f"{urls['image']}/v2/images", headers=headers).json()["images"]
    assert sorted(i["id"] for i in images) == sorted(i.id for i in IMAGES)


def test_unscoped_token_has_no_catalog(identity, mock):
    tenant = mock.app.config.tenants[0]
    request = body(tenant)
    del request["auth"]["tenantId"]
    access = identity.post("/v2.0/tokens", json=request).json()["access"]
    assert access["serviceCatalog"] == [] and "tenant" not in access["token"]
    refused = identity.get(f"/v2/{tenant.tenant_id}/flavors", headers={"X-Auth-Token": access["token"]["id"]})
    assert refused.status_code == 401
    by_name = body(tenant, tenantName=tenant.name)
    del by_name["auth"]["tenantId"]
    assert identity.post("/v2.0/tokens", json=by_name).json()["access"]["token"]["tenant"]["id"] == tenant.tenant_id


@pytest.mark.parametrize("change", ["password", "tenantId", "tenantName"])
def test_wrong_credentials_are_401(identity, mock, change):
    tenant = mock.app.config.tenants[0]
    request = body(tenant)
    if change == "password":
        request["auth"]["passwordCredentials"]["password"] = "wrong"
    else:
        request["auth"][change] = "0" * 32
    response = identity.post("/v2.0/tokens", json=request)
    assert response.status_code == 401 and response.json()["error"]["code"] == 401


@pytest.mark.parametrize("request_body", [{}, {"auth": {}}, {"auth": {"passwordCredentials": {"username": "u"}}},
                                          {"auth": {"passwordCredentials": {"username": 1, "password": "p"}}}, []])
def test_malformed_requests_are_400(identity, request_body):
    response = identity.post("/v2.0/tokens", json=request_body)
    assert response.status_code == 400 and response.json()["error"]["code"] == 400
