"""The endpoint under test: the embedded mock (started here) or a real TOAST Compute endpoint."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx

from contract_tests.settings import Settings
from toast_compute import KeystoneV2Auth


@dataclass
class KnownResources:
    """Existing things a meaningful request can refer to (the spec cannot say which ids exist)."""

    flavors: list[dict] = field(default_factory=list)  # flavor details, as the endpoint lists them
    boot_flavor_id: str | None = None  # a flavor with a local root disk: no block device mapping needed
    image_id: str | None = None  # a Linux image
    network_id: str | None = None
    availability_zones: list[str] = field(default_factory=list)
    security_groups: list[str] = field(default_factory=lambda: ["default"])

    @property
    def flavor_ids(self) -> list[str]:
        return [f["id"] for f in self.flavors]


@dataclass
class Target:
    base_url: str
    token: str
    tenant_id: str
    is_mock: bool
    known: KnownResources = field(default_factory=KnownResources)

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/v2/{self.tenant_id}"

    def http(self) -> httpx.Client:
        return httpx.Client(base_url=self.api_url, headers={"X-Auth-Token": self.token}, timeout=30)

    def reset(self) -> None:
        """Forget all state (the mock only: a real endpoint cannot be reset)."""
        httpx.post(f"{self.base_url}/_mock/reset", timeout=10).raise_for_status()


@dataclass(frozen=True)
class Credentials:
    token: str
    tenant_id: str


def credentials_for(settings: Settings) -> Credentials:
    """The embedded mock's default tenant, or the configured token (or identity user) and tenant."""
    if settings.uses_mock:
        from toast_compute_mock.config import Tenant

        tenant = Tenant()
        return Credentials(tenant.token, tenant.tenant_id)
    if not settings.tenant_id:
        raise RuntimeError("TOAST_COMPUTE_TENANT_ID is required with TOAST_COMPUTE_BASE_URL")
    return Credentials(settings.token or identity_token(settings), settings.tenant_id)


def identity_token(settings: Settings) -> str:
    """A Keystone v2 token for the configured user, from the client layer's login."""
    auth = KeystoneV2Auth(
        tenant_id=settings.tenant_id or "", username=settings.username or "", password=settings.password or "",
        identity_url=settings.identity_url,
    )
    with httpx.Client(timeout=30) as http:
        auth.accept_token_response(http.send(auth.token_request()))
    assert auth.token is not None
    return auth.token


def discover(target: Target, settings: Settings) -> KnownResources:
    """Flavors come from the API; images and networks from the mock's catalogue or the environment."""
    with target.http() as http:
        flavors = http.get("/flavors/detail").json()["flavors"]
        zones = http.get("/os-availability-zone").json()["availabilityZoneInfo"]
    local_disk = [f for f in flavors if _number(f.get("disk")) >= 20 and _number(f.get("ram")) >= 2048]
    known = KnownResources(
        flavors=flavors,
        boot_flavor_id=local_disk[0]["id"] if local_disk else None,
        image_id=settings.image_id,
        network_id=settings.network_id,
        availability_zones=[z["zoneName"] for z in zones if z["zoneState"]["available"]],
    )
    if target.is_mock:
        from toast_compute_mock import catalog

        known.image_id = next(i.id for i in catalog.IMAGES if not i.is_windows)
        known.network_id = catalog.NETWORKS[0].id
        known.security_groups = [g.name for g in catalog.SECURITY_GROUPS]
    return known


def _number(value: object) -> float:
    return value if isinstance(value, int | float) else 0


@contextmanager
def open_target(settings: Settings, credentials: Credentials) -> Iterator[Target]:
    if settings.uses_mock:
        with embedded_mock(settings, credentials) as target:
            target.known = discover(target, settings)
            yield target
        return
    target = Target(settings.base_url, credentials.token, credentials.tenant_id, is_mock=False)
    target.known = discover(target, settings)
    yield target


@contextmanager
def embedded_mock(settings: Settings, credentials: Credentials) -> Iterator[Target]:
    """The mock on a loopback port, transitions immediate; optionally with a drift (mutation testing)."""
    from toast_compute_mock import MockConfig, create_app
    from toast_compute_mock.config import Tenant
    from toast_compute_mock.serving import ThreadedServer

    tenant = Tenant(tenant_id=credentials.tenant_id, token=credentials.token)
    app = create_app(MockConfig(tenants=[tenant], clock="immediate"))
    if settings.drift:
        from contract_tests.drifts import DRIFTS

        app = DRIFTS[settings.drift].wrap(app)
    server = ThreadedServer(app).start()
    try:
        yield Target(server.base_url, tenant.token, tenant.tenant_id, is_mock=True)
    finally:
        server.stop()
