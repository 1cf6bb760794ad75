"""A foreign endpoint: any TOAST Compute endpoint named by `TOAST_COMPUTE_BASE_URL`, with a token, or a
Keystone v2 login through the client layer."""

from __future__ import annotations

import httpx

from contract_tests.core.endpoint import Credentials
from contract_tests.core.settings import ContractSettings
from toast_compute import KeystoneV2Auth


def foreign_credentials(settings: ContractSettings) -> Credentials:
    if not settings.tenant_id:
        raise RuntimeError("TOAST_COMPUTE_TENANT_ID is required with TOAST_COMPUTE_BASE_URL")
    if settings.token:
        return Credentials(settings.token, settings.tenant_id)
    return identity_login(settings)


def identity_login(settings: ContractSettings) -> Credentials:
    """A Keystone v2 token for the configured user, from the client layer's login, and the network service
    its catalog names."""
    auth = KeystoneV2Auth(
        tenant_id=settings.tenant_id or "", username=settings.username or "", password=settings.password or "",
        identity_url=settings.identity_url,
    )
    with httpx.Client(timeout=30) as http:
        auth.accept_token_response(http.send(auth.token_request()))
    assert auth.token is not None
    return Credentials(auth.token, settings.tenant_id or "", network_url=_public_url(auth.catalog, "network"),
                       volume_url=_public_url(auth.catalog, "volumev2"), image_url=_public_url(auth.catalog, "image"))


def _public_url(catalog: list[dict[str, object]], service_type: str) -> str | None:
    for service in catalog:
        endpoints = service.get("endpoints")
        if service.get("type") == service_type and isinstance(endpoints, list) and endpoints:
            return str(endpoints[0].get("publicURL") or "").rstrip("/") or None
    return None
