"""What both clients are built from: endpoint, tenant, auth, retry and wait policies; and the shared
rules for turning a step's `Call` into generated-endpoint arguments and a response into a result or an
exception."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypedDict, Unpack

import httpx
from toast_compute_client import errors as generated_errors
from toast_compute_client.types import Response

from .auth import KeystoneV2Auth, StaticToken
from .errors import APIError, ConfigurationError, error_from_response
from .retry import RetryPolicy
from .steps import Call
from .waiters import Backoff

REGION_URL = "https://{region}-api-instance-infrastructure.nhncloudservice.com"
REGIONS = ("kr1", "kr2", "kr3", "jp1")


def service_root(base_url: str | None, region: str | None, tenant_id: str) -> str:
    """The URL under which `/v2/{tenantId}/...` lives; a catalog URL ending in `/v2/{tenantId}` is accepted."""
    if base_url is None:
        if region is None:
            raise ConfigurationError("give a region (kr1, kr2, kr3, jp1) or a base_url")
        if region.lower() not in REGIONS:
            raise ConfigurationError(f"unknown region {region!r}; known: {', '.join(REGIONS)} (or pass base_url)")
        return REGION_URL.format(region=region.lower())
    root = base_url.rstrip("/")
    suffix = f"/v2/{tenant_id}"
    return root[: -len(suffix)] if root.endswith(suffix) else root


class ClientOptions(TypedDict, total=False):
    """Keyword arguments both clients take (besides tenant_id, sleep and transport)."""

    token: str
    auth: StaticToken | KeystoneV2Auth
    base_url: str
    region: str
    retry: RetryPolicy
    timeout: float
    backoff: Backoff
    clock: Callable[[], float]


@dataclass
class Settings:
    tenant_id: str
    base_url: str
    auth: StaticToken | KeystoneV2Auth = field(repr=False)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: float = 30.0
    backoff: Backoff = field(default_factory=Backoff)
    clock: Callable[[], float] = time.monotonic

    @classmethod
    def build(cls, tenant_id: str, **options: Unpack[ClientOptions]) -> Settings:
        token, auth = options.get("token"), options.get("auth")
        if (token is None) == (auth is None):
            raise ConfigurationError("give exactly one of token= or auth=")
        return cls(
            tenant_id,
            service_root(options.get("base_url"), options.get("region"), tenant_id),
            auth if auth is not None else StaticToken(token or ""),
            retry=options.get("retry") or RetryPolicy(),
            timeout=options.get("timeout", 30.0),
            backoff=options.get("backoff") or Backoff(),
            clock=options.get("clock", time.monotonic),
        )

    def kwargs(self, call: Call, client: Any) -> dict[str, Any]:
        """Arguments for the generated endpoint function: the call's, the tenant, the client."""
        kwargs = dict(call.kwargs, client=client)
        if call.tenant_scoped:
            kwargs["tenant_id"] = self.tenant_id
        return kwargs

    def checked(self, response: Response[Any]) -> Response[Any]:
        """The response itself on success, else the typed exception for it."""
        if int(response.status_code) >= 400:
            raise error_from_response(int(response.status_code), response.content, response.headers, self.auth.redact)
        return response

    def unexpected(self, error: generated_errors.UnexpectedStatus) -> APIError:
        return error_from_response(error.status_code, error.content, None, self.auth.redact)

    def httpx_options(self) -> dict[str, Any]:
        return {"base_url": self.base_url, "auth": self.auth, "timeout": httpx.Timeout(self.timeout)}
