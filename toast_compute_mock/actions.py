"""POST /servers/{id}/action: exactly one action key; Nova validates the body first, then finds
the server (404), then checks its state (409). Every action answers 202 with an empty body."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from . import catalog, server_create
from .catalog import Image
from .faults import bad_request, not_found
from .http import Call, Response, empty
from .lifecycle import require
from .links import self_url
from .server_api import get_server
from .servers import Server
from .validation import check_metadata, check_name, check_string, invalid_input

REBOOT_TYPES = ("HARD", "Hard", "hard", "SOFT", "Soft", "soft")


def _object(action: str, value: Any) -> dict:
    if not isinstance(value, dict):
        raise invalid_input(action, value, "is not of type 'object'")
    return value


def _required(action: str, body: dict, key: str) -> Any:
    if key not in body:
        raise bad_request(f"Invalid input for field/attribute {action}. '{key}' is a required property")
    return body[key]


def _start(call: Call, value: Any) -> Callable[[Server], Response]:
    return lambda server: _done(call.state.lifecycle.start(server))


def _stop(call: Call, value: Any) -> Callable[[Server], Response]:
    return lambda server: _done(call.state.lifecycle.stop(server))


def _reboot(call: Call, value: Any) -> Callable[[Server], Response]:
    kind = _required("reboot", _object("reboot", value), "type")
    if kind not in REBOOT_TYPES:
        raise invalid_input("type", kind, f"is not one of {list(REBOOT_TYPES)}")
    return lambda server: _done(call.state.lifecycle.reboot(server, hard=kind.upper() == "HARD"))


def _resize(call: Call, value: Any) -> Callable[[Server], Response]:
    body = _object("resize", value)
    flavor_ref = _required("resize", body, "flavorRef")
    if isinstance(flavor_ref, bool) or not isinstance(flavor_ref, str | int) or str(flavor_ref) == "":
        raise invalid_input("flavorRef", flavor_ref, "is not a non-empty string or integer")
    disk_config = body.get("OS-DCF:diskConfig")
    if disk_config is not None and disk_config not in ("AUTO", "MANUAL"):
        raise invalid_input("OS-DCF:diskConfig", disk_config, "is not one of ['AUTO', 'MANUAL']")

    def run(server: Server) -> Response:
        flavor = catalog.FLAVORS_BY_ID.get(str(flavor_ref))
        if flavor is None:
            raise bad_request("Unable to locate requested flavor.")
        require(server, "resize", ("active", "stopped"))
        if flavor is server.flavor:
            raise bad_request("When resizing, instances must change flavor!")
        if flavor.is_u_type != server.flavor.is_u_type:
            raise bad_request("Cannot resize between a local-disk (u2) flavor and a block-storage flavor.")
        if flavor.disk < server.flavor.disk:
            raise bad_request("Resize to a smaller disk flavor is not allowed.")
        image = server.image
        if image is not None and image.is_windows and flavor.ram < server_create.WINDOWS_MIN_RAM:
            raise bad_request(f"Windows images need at least 2 GB of RAM; flavor {flavor.name} has {flavor.ram} MB")
        call.state.lifecycle.resize(server, flavor)
        return empty(202)

    return run


def _confirm_resize(call: Call, value: Any) -> Callable[[Server], Response]:
    def run(server: Server) -> Response:
        require(server, "confirmResize", ("resized",))
        previous = "stopped" if server.power_state == 4 else "active"
        server.set_state(call.state.clock.now(), previous, None)
        return empty(204)

    return run


def _create_image(call: Call, value: Any) -> Callable[[Server], Response]:
    body = _object("createImage", value)
    name = check_name("name", _required("createImage", body, "name"))
    metadata = check_metadata("metadata", body.get("metadata", {}))

    def run(server: Server) -> Response:
        require(server, "createImage", ("active", "stopped", "paused", "suspended"))
        if not server.flavor.is_u_type:
            # The API document: only u2 instances can make an image through this API.
            raise bad_request(f"Only u2 instances can create an image; flavor {server.flavor.name} cannot.")
        image_id = str(uuid.uuid4())
        source = server.image
        image = Image(image_id, name, source.os_type if source else "linux", source.min_disk if source else 10,
                      {**(source.properties if source else {}), **metadata, "image_name": name})
        call.state.lifecycle.snapshot(server, lambda: call.tenant.images.__setitem__(image_id, image))
        # Legacy 2.0: the image URL in Location, no body (image_id in a body only from 2.45).
        return empty(202, Location=self_url(call.base, call.tenant_id, "images", image_id))

    return run


def _security_group_action(add: bool) -> Callable[[Call, Any], Callable[[Server], Response]]:
    """addSecurityGroup / removeSecurityGroup: `{"name": ...}` (a name or an id); Nova answers an
    unknown group with 404 and removing a group the server doesn't have with 400."""
    action = "addSecurityGroup" if add else "removeSecurityGroup"

    def parse(call: Call, value: Any) -> Callable[[Server], Response]:
        name = check_string("name", _required(action, _object(action, value), "name"))

        def run(server: Server) -> Response:
            group = catalog.find_security_group(name)
            if group is None:
                raise not_found(f"Security group {name} not found.")
            present = group.name in server.security_groups
            if add and not present:
                server.security_groups.append(group.name)
            elif not add:
                if not present:
                    raise bad_request(f"Security group {name} not associated with the instance {server.id}")
                server.security_groups.remove(group.name)
            server.touch(call.state.clock.now())
            return empty(202)

        return run

    return parse


def _done(_: None) -> Response:
    return empty(202)


ACTIONS: dict[str, Callable[[Call, Any], Callable[[Server], Response]]] = {
    "os-start": _start,
    "os-stop": _stop,
    "reboot": _reboot,
    "resize": _resize,
    "confirmResize": _confirm_resize,
    "createImage": _create_image,
    "addSecurityGroup": _security_group_action(add=True),
    "removeSecurityGroup": _security_group_action(add=False),
}


def server_action(call: Call) -> Response:
    body = call.req.json()
    if not isinstance(body, dict) or len(body) != 1:
        raise bad_request("Malformed request body: too many body keys" if isinstance(body, dict) and body
                          else "Malformed request body: an action body is an object with exactly one key")
    (name, value), = body.items()
    parse = ACTIONS.get(name)
    if parse is None:
        raise bad_request(f"There is no such action: {name}")
    run = parse(call, value)  # body validation first, as Nova's schema decorator does
    return run(get_server(call))
