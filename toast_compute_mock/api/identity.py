"""TOAST's identity call `POST /v2.0/tokens` (Keystone v2 with passwordCredentials): issues a
fresh token for a configured user; errors in Keystone's `{"error": {...}}` shape."""

from __future__ import annotations

import secrets

from ..faults import KEYSTONE_UNAUTHORIZED
from ..http import MockRequest, Response
from .views import iso_z

TOKEN_LIFETIME = 12 * 3600  # the NHN example: issued 03:32, expires 15:31


def _error(code: int, title: str, message: str) -> Response:
    return Response(code, {"error": {"code": code, "title": title, "message": message}})


def issue_token(request: MockRequest) -> Response:
    backend = request.backend
    try:
        body = request.http.json()
        auth = body["auth"]
        credentials = auth["passwordCredentials"]
        username, password = credentials["username"], credentials["password"]
        tenant_id = auth.get("tenantId")
    except Exception:
        return _error(400, "Bad Request", "Expecting auth.passwordCredentials with username and password.")
    for tenant in backend.config.tenants:
        if (tenant.username, tenant.password) == (username, password) and tenant_id in (None, tenant.tenant_id):
            break
    else:
        return Response(401, KEYSTONE_UNAUTHORIZED)
    token = secrets.token_hex(16)
    backend.issue_token(tenant, token)
    now = backend.clock.now()
    roles = [{"name": "member"}]
    return Response(200, {"access": {
        "token": {
            "id": token,
            "issued_at": iso_z(now),
            "expires": iso_z(now + TOKEN_LIFETIME),
            "tenant": {"id": tenant.tenant_id, "name": tenant.name, "description": "", "enabled": True,
                       "groupId": "mock-group", "project_domain": "NORMAL"},
        },
        "serviceCatalog": [{
            "endpoints": [{"region": "KR1", "publicURL": f"{request.base}/v2/{tenant.tenant_id}"}],
            "endpoints_links": [],
            "type": "compute",
            "name": "nova",
        }],
        "user": {"id": tenant.user_id, "username": tenant.username, "name": tenant.username, "roles": roles,
                 "roles_links": []},
        "metadata": {"roles": [], "is_admin": 0},
    }})
