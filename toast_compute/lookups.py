"""Look-ups by what a person knows: a flavor by name or by size, a server or an image by its exact name, a network
by name (or the tenant's first one servers can use).

Written once as step generators (see steps.py). Nova's `name` filter on servers is a regular expression
matched anywhere in the name, so the look-up sends the escaped, anchored name and keeps exact matches only.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from toast_compute_client import models

from . import operations
from .builders import needs_root_volume
from .errors import ConfigurationError, LookupFailed
from .networks import Network, parse_networks
from .operations import FlavorFilters, ServerFilters
from .steps import Collect, Fetch, Op


class Identified(Protocol):
    @property
    def id(self) -> object: ...


T = TypeVar("T", bound=Identified)


def size_key(flavor: models.FlavorDetail) -> tuple[int, int, int, str]:
    return (flavor.vcpus, flavor.ram, flavor.disk, flavor.name)


def flavor(name: str | None, min_vcpus: int, min_ram_mb: int, root_volume: bool | None) -> Op[models.FlavorDetail]:
    """The flavor named `name`, or the smallest (vCPUs, then RAM) with at least `min_vcpus` and `min_ram_mb`;
    `root_volume` True/False keeps only flavors that do/do not need a boot volume, None either."""
    filters = FlavorFilters(min_ram=min_ram_mb or None)
    flavors: list[models.FlavorDetail] = yield Collect(operations.iter_flavors(filters, None, None))
    fitting = [
        f
        for f in flavors
        if (name is None or f.name == name)
        and f.vcpus >= min_vcpus
        and f.ram >= min_ram_mb
        and (root_volume is None or needs_root_volume(f) == root_volume)
    ]
    if not fitting:
        wanted = f"named {name!r}" if name is not None else f"with >= {min_vcpus} vCPUs and >= {min_ram_mb} MB"
        volume = "" if root_volume is None else f" ({'needing' if root_volume else 'not needing'} a root volume)"
        raise LookupFailed(f"no flavor {wanted}{volume}; {len(flavors)} flavors listed")
    return min(fitting, key=size_key)


def servers_named(name: str) -> Op[list[models.Server]]:
    """Every server whose name is exactly `name`."""
    filters = ServerFilters(name=f"^{re.escape(name)}$")
    servers: list[models.Server] = yield Collect(operations.iter_servers(filters, None, None))
    return [server for server in servers if server.name == name]


def server_named(name: str) -> Op[models.Server]:
    """The one server named exactly `name`; LookupFailed when there is none or more than one."""
    servers = yield from servers_named(name)
    return the_one(servers, "servers", name)


def image_named(name: str) -> Op[models.Image]:
    """The one image named exactly `name` (Nova's image proxy lists them all: it has no name filter)."""
    images: list[models.Image] = yield Collect(operations.iter_images(None, None))
    return the_one([image for image in images if image.name == name], "images", name)


def the_one(found: list[T], kind: str, name: str) -> T:
    """The one item `found` by the name; LookupFailed, naming the ids, when there is none or several."""
    if len(found) != 1:
        ids = ", ".join(str(item.id) for item in found)
        raise LookupFailed(f"{len(found)} {kind} are named {name!r}" + (f": {ids}" if ids else ""))
    return found[0]


def networks(network_url: str | None, name: str | None = None) -> Op[list[Network]]:
    """The tenant's networks (those named exactly `name`), from the network service at `network_url`."""
    if network_url is None:
        raise ConfigurationError(
            "networks are read from the network service: give region= or network_url=, or log in with "
            "from_credentials (the identity catalog names it)"
        )
    params = {"name": name} if name is not None else {}
    found: list[Network] = yield Fetch("list_networks", f"{network_url}/v2.0/networks", parse_networks, params)
    return [network for network in found if name is None or network.name == name]


def network(network_url: str | None, name: str | None) -> Op[Network]:
    """The one network named exactly `name`; without a name, the first that is not external (a network servers
    can be created in). LookupFailed when there is none, or several of that name."""
    found = yield from networks(network_url, name)
    usable = found if name is not None else [network for network in found if not network.external]
    if len(usable) != 1 and (name is not None or not usable):
        wanted = f"named {name!r}" if name is not None else "that is not external"
        raise LookupFailed(f"{len(usable)} networks {wanted}; {len(found)} listed")
    return usable[0]
