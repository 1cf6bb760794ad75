"""POST /servers/{id}/action: exactly one action key, one of the server actions' table
(`server_actions.py`). As Nova does, the body is validated first, then the server is found (404), then
its state checked (409). An action that runs one transition and has no handler here is run as it is
(its value not read, as Nova reads none of theirs) and answers 202 with an empty body; the handlers
here parse a body or answer otherwise: confirmResize (204), createImage (202 with the image's URL in
`Location`), os-getConsoleOutput (200 with the log)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..backend import actions
from ..faults import bad_request
from ..http import MockRequest, Response, empty
from ..server_actions import ACTIONS, ServerAction
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
from . import floating_ips
from .links import self_url

REBOOT_TYPES = ("HARD", "Hard", "hard", "SOFT", "Soft", "soft")
_INTEGER = re.compile(r"^-?[0-9]+$")
# Each action: (request, server id, the value under the action's key) -> response.
Handler = Callable[[MockRequest, str, Any], Response]
# The actions that parse a body or answer otherwise than 202 with an empty body, by key.
_HANDLERS: dict[str, Handler] = {}


def _handles(key: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        _HANDLERS[key] = handler
        return handler

    return register


@_handles("reboot")
def _reboot(request: MockRequest, server_id: str, value: Any) -> Response:
    kind = required(check_object("reboot", value), "type", "reboot")
    if kind not in REBOOT_TYPES:
        raise invalid_input("type", kind, f"is not one of {list(REBOOT_TYPES)}")
    actions.begin(request.backend, request.project, server_id, "hard_reboot" if kind.upper() == "HARD" else "reboot")
    return empty(202)


@_handles("resize")
def _resize(request: MockRequest, server_id: str, value: Any) -> Response:
    body = check_object("resize", value)
    flavor_ref = check_flavor_ref("flavorRef", required(body, "flavorRef", "resize"))
    if body.get("OS-DCF:diskConfig") is not None:
        check_disk_config(body["OS-DCF:diskConfig"])
    actions.resize(request.backend, request.project, server_id, flavor_ref)
    return empty(202)


@_handles("confirmResize")
def _confirm_resize(request: MockRequest, server_id: str, value: Any) -> Response:
    actions.confirm_resize(request.backend, request.project, server_id)
    return empty(204)


@_handles("createImage")
def _create_image(request: MockRequest, server_id: str, value: Any) -> Response:
    body = check_object("createImage", value)
    name = check_name("name", required(body, "name", "createImage"))
    metadata = check_metadata("metadata", body.get("metadata", {}))
    image_id = actions.create_image(request.backend, request.project, server_id, name, metadata)
    # Legacy 2.0: the image URL in Location, no body (image_id in a body only from 2.45).
    return empty(202, Location=self_url(request.base, request.project.tenant_id, "images", image_id))


def _security_group(add: bool) -> Handler:
    """addSecurityGroup / removeSecurityGroup: `{"name": ...}` (a name or an id)."""
    action = "addSecurityGroup" if add else "removeSecurityGroup"

    def handle(request: MockRequest, server_id: str, value: Any) -> Response:
        name = check_string("name", required(check_object(action, value), "name", action))
        actions.change_security_group(request.backend, request.project, server_id, name, add)
        return empty(202)

    return handle


def _console_length(value: Any) -> int | None:
    """Nova's schema: an integer or a string of one, >= -1, or null (-1 and null: the whole log)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str) or not _INTEGER.match(str(value)):
        raise invalid_input("length", value, "is not of type 'integer', 'string', 'null'")
    length = int(value)
    if length < -1:
        raise invalid_input("length", value, "is less than the minimum of -1")
    return None if length == -1 else length


@_handles("os-getConsoleOutput")
def _console_output(request: MockRequest, server_id: str, value: Any) -> Response:
    length = _console_length(check_object("os-getConsoleOutput", value).get("length"))
    return Response(200, {"output": actions.console_output(request.project, server_id, length)})


_handles("addSecurityGroup")(_security_group(add=True))
_handles("removeSecurityGroup")(_security_group(add=False))
_handles("addFloatingIp")(floating_ips.add_floating_ip)
_handles("removeFloatingIp")(floating_ips.remove_floating_ip)


def _as_it_is(row: ServerAction) -> Handler:
    """The action's one transition, begun as it is; 202 with an empty body."""
    (transition,) = row.runs

    def handle(request: MockRequest, server_id: str, value: Any) -> Response:
        actions.begin(request.backend, request.project, server_id, transition.name)
        return empty(202)

    return handle


def _dispatch() -> dict[str, Handler]:
    """Every action of the table with its handler. A handler of an action the table lacks, or an action
    with no handler that is not one transition, is an error when the module loads."""
    unknown = set(_HANDLERS) - set(ACTIONS)
    unhandled = {key for key, row in ACTIONS.items() if key not in _HANDLERS and len(row.runs) != 1}
    if unknown or unhandled:
        raise LookupError(f"handlers of actions the table lacks: {sorted(unknown)}; "
                          f"actions that need a handler: {sorted(unhandled)}")
    return {key: _HANDLERS.get(key) or _as_it_is(row) for key, row in ACTIONS.items()}


DISPATCH = _dispatch()


def server_action(request: MockRequest) -> Response:
    body = request.http.json()
    if not isinstance(body, dict) or len(body) != 1:
        raise bad_request("Malformed request body: too many body keys" if isinstance(body, dict) and body
                          else "Malformed request body: an action body is an object with exactly one key")
    (name, value), = body.items()
    handler = DISPATCH.get(name)
    if handler is None:
        raise bad_request(f"There is no such action: {name}")
    return handler(request, request.args["server_id"], value)
