"""TOAST's identity call `POST /v2.0/tokens` (Keystone v2 with passwordCredentials): issues a
fresh token for a configured user; errors in Keystone's `{"error": {...}}` shape. With `tenantId`
(or `tenantName`) the token is scoped to that tenant and the catalog holds compute, network, block
storage (`volumev2`) and the image service (`image`), at their mount points on the mock; without either
Keystone issues an unscoped token with an empty catalog, which opens no compute API."""

from __future__ import annotations

import secrets
from typing import Any

from ..faults import KEYSTONE_UNAUTHORIZED
from ..http import MockRequest, Response
from . import block_storage, image_service, network
from .views import iso_z, naive_micro

TOKEN_LIFETIME = 12 * 3600  # the NHN example: issued 03:32, expires 15:31


def _entry(service_type: str, name: str, url: str) -> dict[str, Any]:
    return {"endpoints": [{"region": "KR1", "publicURL": url}], "endpoints_links": [], "type": service_type,
            "name": name}


def _error(code: int, title: str, message: str) -> Response:
    return Response(code, {"error": {"code": code, "title": title, "message": message}})


def issue_token(request: MockRequest) -> Response:
    backend = request.backend
    try:
        body = request.http.json()
        auth = body["auth"]
        credentials = auth["passwordCredentials"]
        username, password = credentials["username"], credentials["password"]
        tenant_id, tenant_name = auth.get("tenantId"), auth.get("tenantName")
        if not isinstance(username, str) or not isinstance(password, str):
            raise TypeError
    except Exception:
        return _error(400, "Bad Request", "Expecting auth.passwordCredentials with username and password.")
    for tenant in backend.config.tenants:
        if (tenant.password is not None and tenant.username == username and tenant_id in (None, tenant.tenant_id)
                and tenant_name in (None, tenant.name)
                and isinstance(password, str) and secrets.compare_digest(tenant.password.encode(), password.encode())):
            break
    else:
        return Response(401, KEYSTONE_UNAUTHORIZED)
    scoped = tenant_id is not None or tenant_name is not None
    token = secrets.token_hex(16)
    now = backend.clock.now()
    roles = [{"name": "member"}]
    token_view: dict[str, Any] = {"id": token, "issued_at": naive_micro(now), "expires": iso_z(now + TOKEN_LIFETIME)}
    catalog: list[dict[str, Any]] = []
    if scoped:
        backend.issue_token(tenant, token)
        token_view["tenant"] = {"id": tenant.tenant_id, "name": tenant.name, "description": "", "enabled": True,
                                "groupId": "mock-group", "project_domain": "NORMAL"}
        catalog = [
            _entry("compute", "nova", f"{request.base}/v2/{tenant.tenant_id}"),
            _entry("network", "neutron", network.service_url(request.base)),
            _entry("volumev2", "cinderv2", block_storage.service_url(request.base, tenant.tenant_id)),
            _entry("image", "glance", image_service.service_url(request.base)),
        ]
    return Response(200, {"access": {
        "token": token_view,
        "serviceCatalog": catalog,
        "user": {"id": tenant.user_id, "username": tenant.username, "name": tenant.username, "roles": roles,
                 "roles_links": []},
        "metadata": {"roles": [], "is_admin": 0},
    }})
