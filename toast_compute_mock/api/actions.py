"""POST /servers/{id}/action: exactly one action key. As Nova does, the body is validated first,
then the server is found (404), then its state checked (409). Actions answer 202 with an empty
body, except confirmResize (204) and createImage (202 with the image's URL in `Location`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..backend import actions
from ..faults import bad_request
from ..http import MockRequest, Response, empty
from ..validation import (
    check_disk_config,
    check_flavor_ref,
    check_metadata,
    check_name,
    check_object,
    check_string,
    invalid_input,
    required,
)
from . import console, floating_ips, shelving
from .links import self_url

REBOOT_TYPES = ("HARD", "Hard", "hard", "SOFT", "Soft", "soft")
# Each action: (request, server id, the value under the action's key) -> response.
Action = Callable[[MockRequest, str, Any], Response]


def _start(request: MockRequest, server_id: str, value: Any) -> Response:
    actions.start(request.backend, request.project, server_id)  # Nova accepts any value
    return empty(202)


def _stop(request: MockRequest, server_id: str, value: Any) -> Response:
    actions.stop(request.backend, request.project, server_id)
    return empty(202)


def _reboot(request: MockRequest, server_id: str, value: Any) -> Response:
    kind = required(check_object("reboot", value), "type", "reboot")
    if kind not in REBOOT_TYPES:
        raise invalid_input("type", kind, f"is not one of {list(REBOOT_TYPES)}")
    actions.reboot(request.backend, request.project, server_id, hard=kind.upper() == "HARD")
    return empty(202)


def _resize(request: MockRequest, server_id: str, value: Any) -> Response:
    body = check_object("resize", value)
    flavor_ref = check_flavor_ref("flavorRef", required(body, "flavorRef", "resize"))
    if body.get("OS-DCF:diskConfig") is not None:
        check_disk_config(body["OS-DCF:diskConfig"])
    actions.resize(request.backend, request.project, server_id, flavor_ref)
    return empty(202)


def _confirm_resize(request: MockRequest, server_id: str, value: Any) -> Response:
    actions.confirm_resize(request.backend, request.project, server_id)
    return empty(204)


def _create_image(request: MockRequest, server_id: str, value: Any) -> Response:
    body = check_object("createImage", value)
    name = check_name("name", required(body, "name", "createImage"))
    metadata = check_metadata("metadata", body.get("metadata", {}))
    image_id = actions.create_image(request.backend, request.project, server_id, name, metadata)
    # Legacy 2.0: the image URL in Location, no body (image_id in a body only from 2.45).
    return empty(202, Location=self_url(request.base, request.project.tenant_id, "images", image_id))


def _security_group(add: bool) -> Action:
    """addSecurityGroup / removeSecurityGroup: `{"name": ...}` (a name or an id)."""
    action = "addSecurityGroup" if add else "removeSecurityGroup"

    def handle(request: MockRequest, server_id: str, value: Any) -> Response:
        name = check_string("name", required(check_object(action, value), "name", action))
        actions.change_security_group(request.backend, request.project, server_id, name, add)
        return empty(202)

    return handle


ACTIONS: dict[str, Action] = {
    "os-start": _start,
    "os-stop": _stop,
    "reboot": _reboot,
    "resize": _resize,
    "confirmResize": _confirm_resize,
    "createImage": _create_image,
    "addSecurityGroup": _security_group(add=True),
    "removeSecurityGroup": _security_group(add=False),
    "shelve": shelving.shelve,
    "unshelve": shelving.unshelve,
    "os-getConsoleOutput": console.get_console_output,
    "addFloatingIp": floating_ips.add_floating_ip,
    "removeFloatingIp": floating_ips.remove_floating_ip,
}


def server_action(request: MockRequest) -> Response:
    body = request.http.json()
    if not isinstance(body, dict) or len(body) != 1:
        raise bad_request("Malformed request body: too many body keys" if isinstance(body, dict) and body
                          else "Malformed request body: an action body is an object with exactly one key")
    (name, value), = body.items()
    action = ACTIONS.get(name)
    if action is None:
        raise bad_request(f"There is no such action: {name}")
    return action(request, request.args["server_id"], value)
