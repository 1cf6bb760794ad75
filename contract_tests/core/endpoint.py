"""The endpoint under test, as the core sees it (a base URL, credentials and a pacer: which adapter opened
it is not its business), and what the suite learns about it from the API itself before it sends a single
test case."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

from contract_tests.core.pacing import Pacer
from contract_tests.core.settings import ContractSettings


class MissingBootSource(Exception):
    """`full` creates servers but neither the environment nor the API says what from."""


@dataclass
class KnownResources:
    """What exists on the endpoint before the run: things a meaningful request can refer to (the spec
    cannot say which ids exist), and the tenant's own resources, read in every profile, never changed."""

    flavors: list[dict[str, Any]] = field(default_factory=list)  # flavor details, as the endpoint lists them
    boot_flavor_id: str | None = None  # a flavor with a local root disk: no block device mapping needed
    image_id: str | None = None
    network_id: str | None = None
    availability_zones: list[str] = field(default_factory=list)
    security_groups: list[str] = field(default_factory=lambda: ["default"])
    servers: list[dict[str, Any]] = field(default_factory=list)  # the tenant's servers (detail)
    attachments: dict[str, list[str]] = field(default_factory=dict)  # server id -> attached volume ids
    keypairs: list[str] = field(default_factory=list)  # the tenant's key pair names
    image_ids: list[str] = field(default_factory=list)  # the images the tenant sees, as the API lists them
    server_group_ids: list[str] = field(default_factory=list)  # the tenant's server groups
    floating_ips: list[dict[str, Any]] = field(default_factory=list)  # the tenant's floating IPs
    # How many more servers of the boot flavor the tenant's quota holds (instances, cores, RAM), from
    # `GET /limits`; None where the endpoint does not tell.
    server_room: int | None = None

    @property
    def floating_ip_ids(self) -> list[str]:
        return _ids(self.floating_ips)

    @property
    def floating_ip_pools(self) -> list[str]:
        return sorted({f["pool"] for f in self.floating_ips if isinstance(f.get("pool"), str) and f["pool"]})

    @property
    def flavor_ids(self) -> list[str]:
        return [str(f["id"]) for f in self.flavors]

    @property
    def server_ids(self) -> list[str]:
        return [str(s["id"]) for s in self.servers]


@dataclass
class Target:
    base_url: str
    token: str
    tenant_id: str
    is_mock: bool
    pacer: Pacer
    known: KnownResources = field(default_factory=KnownResources)
    volume_url: str | None = None  # the block storage service's tenant URL (Cinder v2): where the run's volumes go
    image_url: str | None = None  # the image service (Glance v2): where the run's snapshot images are deleted

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/v2/{self.tenant_id}"

    def http(self, kind: str) -> httpx.Client:
        """A client for the tenant's API whose requests are paced and counted as `kind`."""
        return self.pacer.client(kind, base_url=self.api_url, headers={"X-Auth-Token": self.token}, timeout=30)


@dataclass(frozen=True)
class Credentials:
    token: str
    tenant_id: str
    network_url: str | None = None  # the network service, where the identity catalog named it
    volume_url: str | None = None  # the block storage service (`volumev2`), where the identity catalog named it
    image_url: str | None = None  # the image service (`image`), where the identity catalog named it


def discover(target: Target, settings: ContractSettings, network_url: str | None = None) -> KnownResources:
    """Flavors, zones, images and the tenant's servers, attachments, key pairs, server groups and floating
    IPs, from the API (reads only: discovery runs in every profile). The image comes
    from the environment or from the tenant's servers (the one most of them boot from); the network from
    the environment (a server's `addresses` name networks, they do not give their ids)."""
    with target.http("discovery") as http:
        flavors = _items(http, "/flavors/detail", "flavors")
        zones = _items(http, "/os-availability-zone", "availabilityZoneInfo")
        servers = [s for s in _items(http, "/servers/detail?limit=1000", "servers") if isinstance(s.get("id"), str)]
        attachments = {
            s["id"]: [a["volumeId"] for a in _items(http, f"/servers/{s['id']}/os-volume_attachments",
                                                    "volumeAttachments") if isinstance(a.get("volumeId"), str)]
            for s in servers
        }
        keypairs = [k["keypair"]["name"] for k in _items(http, "/os-keypairs", "keypairs")
                    if isinstance(k.get("keypair"), dict) and isinstance(k["keypair"].get("name"), str)]
        images = _ids(_items(http, "/images", "images"))
        server_groups = _ids(_items(http, "/os-server-groups", "server_groups"))
        floating_ips = _items(http, "/os-floating-ips", "floating_ips")
        limits = _absolute_limits(http)
    # The smallest flavor with a local root disk big enough for an image: the cheapest, and the one the quota
    # holds most of.
    local_disk = sorted((f for f in flavors if _number(f.get("disk")) >= 20 and _number(f.get("ram")) >= 2048),
                        key=lambda f: (_number(f.get("vcpus")), _number(f.get("ram"))))
    boot_images = Counter(s["image"]["id"] for s in servers
                          if isinstance(s.get("image"), dict) and s["image"].get("id"))
    groups = sorted({g["name"] for s in servers for g in s.get("security_groups") or [] if g.get("name")})
    return KnownResources(
        flavors=[f for f in flavors if "id" in f],
        boot_flavor_id=local_disk[0]["id"] if local_disk else None,
        server_room=server_room(limits, local_disk[0] if local_disk else None),
        image_id=settings.image_id or (boot_images.most_common(1)[0][0] if boot_images else None),
        network_id=settings.network_id or tenant_network(target, settings.network_url or network_url),
        availability_zones=[z["zoneName"] for z in zones
                            if isinstance(z.get("zoneState"), dict) and z["zoneState"].get("available")],
        security_groups=groups or ["default"],
        servers=servers,
        attachments=attachments,
        keypairs=keypairs,
        image_ids=images,
        server_group_ids=server_groups,
        floating_ips=floating_ips,
    )


def _items(http: httpx.Client, path: str, key: str) -> list[dict[str, Any]]:
    """The objects listed under `key`; none when the answer is not what the description says (checking
    that is the tests' job: discovery only must not stop the run)."""
    try:
        document = http.get(path).json()
    except ValueError:
        return []
    items = document.get(key) if isinstance(document, dict) else None
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def tenant_network(target: Target, network_url: str | None) -> str | None:
    """A network of the tenant's to create servers in, from the network service's Neutron-compatible list
    (`GET /v2.0/networks`): the first that is not external; None without a network service."""
    if network_url is None:
        return None
    with target.pacer.client("discovery", headers={"X-Auth-Token": target.token}, timeout=30) as http:
        networks = _items(http, f"{network_url}/v2.0/networks", "networks")
    usable = [n for n in networks if not n.get("router:external") and isinstance(n.get("id"), str)]
    return str(usable[0]["id"]) if usable else None


def _absolute_limits(http: httpx.Client) -> dict[str, Any]:
    """Nova's `GET /limits` `absolute` object; empty where the endpoint does not serve it."""
    response = http.get("/limits")
    try:
        absolute = response.json()["limits"]["absolute"] if response.status_code == 200 else {}
    except (ValueError, KeyError, TypeError):
        return {}
    return absolute if isinstance(absolute, dict) else {}


def server_room(limits: dict[str, Any], flavor: dict[str, Any] | None) -> int | None:
    """Servers of `flavor` the quota still holds: the least of the instances, cores and RAM left (a limit
    of -1 is unlimited); None without limits."""
    pairs: list[tuple[str, str, float]] = [("maxTotalInstances", "totalInstancesUsed", 1)]
    if flavor is not None:
        pairs += [("maxTotalCores", "totalCoresUsed", _number(flavor.get("vcpus")) or 1),
                  ("maxTotalRAMSize", "totalRAMUsed", _number(flavor.get("ram")) or 1)]
    rooms = [int((limits[most] - limits.get(used, 0)) // each) for most, used, each in pairs
             if isinstance(limits.get(most), int | float) and limits[most] >= 0]
    return max(min(rooms), 0) if rooms else None


def _ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items if isinstance(item.get("id"), str)]


def _number(value: object) -> float:
    return value if isinstance(value, int | float) else 0


def require_boot_source(known: KnownResources) -> None:
    """`full` creates servers: it needs an image and a network, or it stops before sending a case."""
    missing = [name for name, value in (("TOAST_COMPUTE_IMAGE_ID", known.image_id),
                                        ("TOAST_COMPUTE_NETWORK_ID", known.network_id)) if not value]
    if missing:
        raise MissingBootSource(
            f"the `full` profile creates servers and needs an image and a network: set TOAST_COMPUTE_IMAGE_ID "
            f"and TOAST_COMPUTE_NETWORK_ID (missing: {', '.join(missing)}; the image is found on the tenant's "
            f"servers when it has any, the network at TOAST_COMPUTE_NETWORK_URL or through an identity login)"
        )
