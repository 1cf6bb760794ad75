"""What both clients are built from: endpoint, tenant, auth, retry and wait policies."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypedDict, Unpack

import httpx

from .auth import KeystoneV2Auth, StaticToken
from .errors import ConfigurationError
from .networks import NETWORK_URL
from .retry import RetryPolicy
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
    network_url: str


@dataclass
class ClientSettings:
    tenant_id: str
    base_url: str
    auth: StaticToken | KeystoneV2Auth = field(repr=False)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: float = 30.0
    backoff: Backoff = field(default_factory=Backoff)
    clock: Callable[[], float] = time.monotonic
    network_url: str | None = None  # network_url= as given; see network_root()
    region: str | None = None

    @classmethod
    def build(cls, tenant_id: str, **options: Unpack[ClientOptions]) -> ClientSettings:
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
            network_url=network_url.rstrip("/") if (network_url := options.get("network_url")) else None,
            region=options.get("region"),
        )

    def network_root(self) -> str | None:
        """The network service's URL (under which `/v2.0/networks` lives): network_url=; else the identity
        catalog's, after a login (the region's, or its only one); else the region's; else None."""
        if self.network_url is not None:
            return self.network_url
        listed = self.auth.endpoint("network", self.region) if isinstance(self.auth, KeystoneV2Auth) else None
        if listed is not None:
            return listed.rstrip("/")
        return NETWORK_URL.format(region=self.region.lower()) if self.region is not None else None

    def awaits_catalog(self) -> bool:
        """Whether network_root() is to be read from the catalog of a login not made yet."""
        return self.network_url is None and isinstance(self.auth, KeystoneV2Auth) and self.auth.needs_token()

    def httpx_options(self) -> dict[str, Any]:
        return {"base_url": self.base_url, "auth": self.auth, "timeout": httpx.Timeout(self.timeout)}
