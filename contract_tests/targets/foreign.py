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
    return Credentials(settings.token or identity_token(settings), settings.tenant_id)


def identity_token(settings: ContractSettings) -> str:
    """A Keystone v2 token for the configured user, from the client layer's login."""
    auth = KeystoneV2Auth(
        tenant_id=settings.tenant_id or "", username=settings.username or "", password=settings.password or "",
        identity_url=settings.identity_url,
    )
    with httpx.Client(timeout=30) as http:
        auth.accept_token_response(http.send(auth.token_request()))
    assert auth.token is not None
    return auth.token
