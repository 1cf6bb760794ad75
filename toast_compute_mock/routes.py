"""The route tables: paths that need no token (versions, identity, control) and the Nova API under
`/v2/{tenantId}`. `{name}` segments are path parameters; every handler takes a `MockRequest`."""

from __future__ import annotations

from .api import (
    actions,
    control,
    flavors,
    floating_ips,
    identity,
    images,
    keypairs,
    limits,
    metadata,
    server_groups,
    server_network,
    servers,
    versions,
    volumes,
)
from .http import Handler

Methods = dict[str, Handler]
Table = list[tuple[tuple[str, ...], Methods]]

# Whole paths, outside /v2/{tenantId}.
PUBLIC: Table = [
    (("",), {"GET": versions.root}),
    (("v2",), {"GET": versions.v2}),
    (("v2.0", "tokens"), {"POST": identity.issue_token}),
    (("_mock", "reset"), {"POST": control.reset}),
    (("_mock", "clock"), {"GET": control.show_clock}),
    (("_mock", "clock", "advance"), {"POST": control.advance_clock}),
    (("_mock", "clock", "mode"), {"POST": control.set_clock_mode}),
    (("_mock", "servers", "{server_id}", "error"), {"POST": control.fail_server}),
    (("_mock", "faults"), {"GET": control.list_faults, "POST": control.inject_fault, "DELETE": control.clear_faults}),
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


PUBLIC_ROUTES = Router(PUBLIC)
API_ROUTES = Router(API)
