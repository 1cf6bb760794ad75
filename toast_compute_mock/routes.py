"""The route tables: unauthenticated paths (versions, identity, control) and the Nova API under
`/v2/{tenantId}`. `{name}` segments are path parameters."""

from __future__ import annotations

from . import actions, control, identity, keypair_api, resources, server_api, server_create, versions, volumes

# Paths outside /v2/{tenantId}: handler(request, state).
PUBLIC = {
    ("",): {"GET": lambda req, state: versions.root(req)},
    ("v2",): {"GET": lambda req, state: versions.v2(req)},
    ("v2.0", "tokens"): {"POST": identity.issue_token},
    ("_mock", "reset"): {"POST": control.reset},
    ("_mock", "clock"): {"GET": control.show_clock},
    ("_mock", "clock", "advance"): {"POST": control.advance_clock},
    ("_mock", "clock", "mode"): {"POST": control.set_clock_mode},
}
# Control paths with a parameter: handler(request, state, parameter).
PUBLIC_WITH_ID = {
    ("_mock", "servers", "error"): {"POST": control.fail_server},
}

_SERVER = ("servers", "{server_id}")
_ATTACHMENTS = (*_SERVER, "os-volume_attachments")

# Paths under /v2/{tenantId}: handler(call). Literal segments are listed before parameters.
API = [
    (("flavors",), {"GET": resources.list_flavors}),
    (("flavors", "detail"), {"GET": resources.list_flavors_detail}),
    (("flavors", "{flavor_id}"), {"GET": resources.show_flavor}),
    (("os-availability-zone",), {"GET": resources.list_availability_zones}),
    (("os-keypairs",), {"GET": keypair_api.list_keypairs, "POST": keypair_api.create_keypair}),
    (("os-keypairs", "{keypair_name}"), {"GET": keypair_api.show_keypair, "DELETE": keypair_api.delete_keypair}),
    (("servers",), {"GET": server_api.list_servers, "POST": server_create.create_servers}),
    (("servers", "detail"), {"GET": server_api.list_servers_detail}),
    (_SERVER, {"GET": server_api.show_server, "PUT": server_api.update_server, "DELETE": server_api.delete_server}),
    ((*_SERVER, "action"), {"POST": actions.server_action}),
    (_ATTACHMENTS, {"GET": volumes.list_attachments, "POST": volumes.attach_volume}),
    # POST .../os-volume_attachments/{volume_id} is the API document's (wrong) attach path; the spec
    # keeps it as a deprecated operation, so it is served as an alias of the attach call.
    ((*_ATTACHMENTS, "{volume_id}"),
     {"GET": volumes.show_attachment, "DELETE": volumes.detach_volume, "POST": volumes.attach_volume}),
]


_API_BY_LENGTH: dict[int, list] = {}
for _template, _methods in API:
    _API_BY_LENGTH.setdefault(len(_template), []).append((_template, _methods))


def match(segments: tuple[str, ...]) -> list[tuple[dict, dict[str, str]]]:
    """Every (methods, path parameters) of the API table whose template matches, in table order."""
    found = []
    for template, methods in _API_BY_LENGTH.get(len(segments), ()):
        args = {}
        for pattern, value in zip(template, segments, strict=True):
            if pattern.startswith("{"):
                args[pattern[1:-1]] = value
            elif pattern != value:
                break
        else:
            found.append((methods, args))
    return found
