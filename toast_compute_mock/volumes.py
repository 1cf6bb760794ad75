"""os-volume_attachments (legacy 2.0: attach answers 200 with the attachment, detach 202)."""

from __future__ import annotations

import re
import string

from .faults import bad_request, forbidden, not_found
from .http import Call, Response, empty
from .lifecycle import VOLUME_VM_STATES, require
from .server_api import get_server
from .servers import Server
from .validation import invalid_input, is_uuid, parse_int, require_object

DEVICE_PATTERN = re.compile(r"(^/dev/x{0,1}[a-z]{0,1}d{0,1})([a-z]+)[0-9]*$")
DEVICES = [f"/dev/vd{letter}" for letter in string.ascii_lowercase[1:]]  # vda is the root disk


def _view(server: Server, volume_id: str) -> dict:
    return {"id": volume_id, "serverId": server.id, "volumeId": volume_id, "device": server.volumes[volume_id]}


def list_attachments(call: Call) -> Response:
    server = get_server(call)
    offset_raw = call.req.param("offset")
    offset = 0 if offset_raw is None else parse_int("offset", offset_raw)  # an empty value is not a number
    max_limit = call.state.config.max_limit
    limit_raw = call.req.param("limit")
    limit = max_limit if limit_raw is None else min(parse_int("limit", limit_raw), max_limit)
    items = [_view(server, v) for v in server.volumes][offset:offset + limit]
    return Response(200, {"volumeAttachments": items})


def _attached(call: Call, server: Server) -> str:
    volume_id = call.args["volume_id"]
    if volume_id not in server.volumes:
        raise not_found(f"Volume {volume_id} is not attached to the instance {server.id}.")
    return volume_id


def show_attachment(call: Call) -> Response:
    server = get_server(call)
    return Response(200, {"volumeAttachment": _view(server, _attached(call, server))})


def attach_volume(call: Call) -> Response:
    body = require_object(call.req.json(), "volumeAttachment")
    volume_id = body.get("volumeId", call.args.get("volume_id"))
    if volume_id is None:
        raise bad_request("Invalid input for field/attribute volumeAttachment. 'volumeId' is a required property")
    if not is_uuid(volume_id):
        raise invalid_input("volumeId", volume_id, "is not a 'uuid'")
    if "volume_id" in call.args and call.args["volume_id"] != volume_id:
        raise bad_request("The volume id in the path and in the body differ.")
    device = body.get("device")
    if device is not None and (not isinstance(device, str) or not DEVICE_PATTERN.match(device)):
        raise invalid_input("device", device, "does not match the device name pattern")
    server = get_server(call)
    require(server, "attach_volume", VOLUME_VM_STATES)
    if volume_id in call.tenant.attached:
        raise bad_request(f"Invalid volume: volume {volume_id} is already attached (status 'in-use').")
    free = [d for d in DEVICES if d not in server.volumes.values()]
    if not free:
        raise forbidden("The maximum number of volumes is attached to this instance.")
    server.volumes[volume_id] = free[0]
    call.tenant.attached[volume_id] = server.id
    server.touch(call.state.clock.now())
    return Response(200, {"volumeAttachment": _view(server, volume_id)})


def detach_volume(call: Call) -> Response:
    server = get_server(call)
    volume_id = _attached(call, server)
    require(server, "detach_volume", VOLUME_VM_STATES)
    if volume_id == server.root_volume_id:
        raise bad_request("Cannot detach a root device volume")
    del server.volumes[volume_id]
    call.tenant.attached.pop(volume_id, None)
    server.touch(call.state.clock.now())
    return empty(202)
