"""The route tables: paths that need no token (versions, identity, control), and the services that
need one, each mounted under its own prefix (`SERVICES`): the Nova API under `/v2/{tenantId}`, block
storage under `/block-storage/v2/{tenantId}`, the network reads under `/network/v2.0`, the image service
under `/image/v2`. `{name}` segments are path parameters; every handler takes a `MockRequest`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .api import (
    actions,
    block_storage,
    control,
    flavors,
    floating_ips,
    identity,
    image_service,
    images,
    keypairs,
    limits,
    metadata,
    network,
    server_groups,
    server_network,
    servers,
    versions,
    volumes,
)
from .config import COMPUTE_PREFIX
from .faults import NovaFault
from .http import Handler, MockRequest, Response

Methods = dict[str, Handler]
Table = list[tuple[tuple[str, ...], Methods]]

# Whole paths, outside /v2/{tenantId}.
PUBLIC: Table = [
    (("",), {"GET": versions.root}),
    (("v2",), {"GET": versions.v2}),
    (("v2.0", "tokens"), {"POST": identity.issue_token}),
    ((network.PREFIX,), {"GET": network.versions}),
    (("_mock", "reset"), {"POST": control.reset}),
    (("_mock", "clock"), {"GET": control.show_clock}),
    (("_mock", "clock", "advance"), {"POST": control.advance_clock}),
    (("_mock", "clock", "mode"), {"POST": control.set_clock_mode}),
    (("_mock", "servers", "{server_id}", "error"), {"POST": control.fail_server}),
    (("_mock", "faults"), {"GET": control.list_faults, "POST": control.inject_fault, "DELETE": control.clear_faults}),
    (("_mock", "weather"), {"GET": control.show_weather, "PUT": control.set_weather, "DELETE": control.clear_weather}),
]

_SERVER = ("servers", "{server_id}")
_ATTACHMENTS = (*_SERVER, "os-volume_attachments")

# Paths under /v2/{tenantId}. A literal path wins over a template it also matches (servers/detail).
API: Table = [
    (("flavors",), {"GET": flavors.list_flavors}),
    (("flavors", "detail"), {"GET": flavors.list_flavors_detail}),
    (("flavors", "{flavor_id}"), {"GET": flavors.show_flavor}),
    (("os-availability-zone",), {"GET": flavors.list_availability_zones}),
    (("os-keypairs",), {"GET": keypairs.list_keypairs, "POST": keypairs.create_keypair}),
    (("os-keypairs", "{keypair_name}"), {"GET": keypairs.show_keypair, "DELETE": keypairs.delete_keypair}),
    (("limits",), {"GET": limits.show_limits}),
    (("images",), {"GET": images.list_images}),
    (("images", "detail"), {"GET": images.list_images_detail}),
    (("images", "{image_id}"), {"GET": images.show_image}),
    (("os-floating-ips",), {"GET": floating_ips.list_floating_ips, "POST": floating_ips.create_floating_ip}),
    (("os-floating-ips", "{floating_id}"),
     {"GET": floating_ips.show_floating_ip, "DELETE": floating_ips.delete_floating_ip}),
    (("os-server-groups",), {"GET": server_groups.list_groups, "POST": server_groups.create_group}),
    (("os-server-groups", "{group_id}"), {"GET": server_groups.show_group, "DELETE": server_groups.delete_group}),
    (("servers",), {"GET": servers.list_servers, "POST": servers.create_servers}),
    (("servers", "detail"), {"GET": servers.list_servers_detail}),
    (_SERVER, {"GET": servers.show_server, "PUT": servers.update_server, "DELETE": servers.delete_server}),
    ((*_SERVER, "action"), {"POST": actions.server_action}),
    ((*_SERVER, "ips"), {"GET": server_network.list_ips}),
    ((*_SERVER, "ips", "{network}"), {"GET": server_network.show_network_ips}),
    ((*_SERVER, "os-security-groups"), {"GET": server_network.list_security_groups}),
    ((*_SERVER, "metadata"),
     {"GET": metadata.list_metadata, "POST": metadata.merge_metadata, "PUT": metadata.replace_metadata}),
    ((*_SERVER, "metadata", "{key}"),
     {"GET": metadata.show_item, "PUT": metadata.set_item, "DELETE": metadata.delete_item}),
    (_ATTACHMENTS, {"GET": volumes.list_attachments, "POST": volumes.attach_volume}),
    # POST .../os-volume_attachments/{volume_id} is the API document's (wrong) attach path; the spec
    # keeps it as a deprecated operation, so it is served as an alias of the attach call.
    ((*_ATTACHMENTS, "{volume_id}"),
     {"GET": volumes.show_attachment, "DELETE": volumes.detach_volume, "POST": volumes.attach_volume}),
]


# Paths under /block-storage/v2/{tenantId} (Cinder v2).
BLOCK_STORAGE: Table = [
    (("volumes",), {"GET": block_storage.list_volumes, "POST": block_storage.create_volume}),
    (("volumes", "detail"), {"GET": block_storage.list_volumes_detail}),
    (("volumes", "{volume_id}"), {"GET": block_storage.show_volume, "DELETE": block_storage.delete_volume}),
]

# Paths under /image/v2 (Glance v2).
IMAGE: Table = [
    (("images",), {"GET": image_service.list_images}),
    (("images", "{image_id}"), {"GET": image_service.show_image, "DELETE": image_service.delete_image}),
]

# Paths under /network/v2.0 (the VPC API and the Neutron-compatible reads).
NETWORK: Table = [
    (("vpcs",), {"GET": network.list_vpcs}),
    (("vpcs", "{vpc_id}"), {"GET": network.show_vpc}),
    (("vpcsubnets",), {"GET": network.list_vpc_subnets}),
    (("vpcsubnets", "{subnet_id}"), {"GET": network.show_vpc_subnet}),
    (("networks",), {"GET": network.list_networks}),
    (("networks", "{network_id}"), {"GET": network.show_network}),
    (("subnets",), {"GET": network.list_subnets}),
]


class Router:
    """Literal paths in a dict; templates with parameters bucketed by length and first segment (always
    literal), so a path is compared with one or two templates at most."""

    def __init__(self, table: Table) -> None:
        self._literal: dict[tuple[str, ...], Methods] = {}
        self._templates: dict[tuple[int, str], Table] = {}
        for template, methods in table:
            assert not template[0].startswith("{"), template
            if any(p.startswith("{") for p in template):
                self._templates.setdefault((len(template), template[0]), []).append((template, methods))
            else:
                self._literal[template] = methods

    def match(self, segments: tuple[str, ...]) -> list[tuple[Methods, dict[str, str]]]:
        """Every (methods, path parameters) whose template matches: the literal path first."""
        literal = self._literal.get(segments)
        found: list[tuple[Methods, dict[str, str]]] = [] if literal is None else [(literal, {})]
        for template, methods in self._templates.get((len(segments), segments[0]), ()):
            args = {}
            for pattern, value in zip(template, segments, strict=True):
                if pattern.startswith("{"):
                    args[pattern[1:-1]] = value
                elif pattern != value:
                    break
            else:
                found.append((methods, args))
        return found


@dataclass(frozen=True)
class Service:
    """An API that needs a token, at `prefix`; with `tenant_in_path` the segment after the prefix is the
    caller's tenant id, as in Nova's and Cinder's URLs. `render_fault` answers a fault in the service's own
    error format (None: Nova's fault envelope, which Cinder shares)."""

    prefix: tuple[str, ...]
    routes: Router
    tenant_in_path: bool
    render_fault: Callable[[MockRequest, NovaFault], Response] | None = None

    def rest(self, segments: tuple[str, ...]) -> tuple[str, ...] | None:
        """The segments after the prefix, or None when the path is not under it."""
        n = len(self.prefix)
        return segments[n:] if segments[:n] == self.prefix else None


PUBLIC_ROUTES = Router(PUBLIC)
API_ROUTES = Router(API)
SERVICES = [
    Service((COMPUTE_PREFIX,), API_ROUTES, tenant_in_path=True),
    Service((block_storage.PREFIX, "v2"), Router(BLOCK_STORAGE), tenant_in_path=True),
    Service((network.PREFIX, "v2.0"), Router(NETWORK), tenant_in_path=False, render_fault=network.neutron_error),
    Service((image_service.PREFIX, "v2"), Router(IMAGE), tenant_in_path=False, render_fault=image_service.glance_error),
]


def service_for(segments: tuple[str, ...]) -> tuple[Service, tuple[str, ...]] | None:
    """The service a path belongs to and the segments after its prefix."""
    for service in SERVICES:
        rest = service.rest(segments)
        if rest is not None:
            return service, rest
    return None


def fault_renderer(path: str) -> Callable[[MockRequest, NovaFault], Response] | None:
    """How the service at the URL path `path` renders a fault (None: Nova's fault envelope)."""
    found = service_for(tuple(path.strip("/").split("/")))
    return found[0].render_fault if found is not None else None
