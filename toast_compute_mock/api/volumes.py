"""os-volume_attachments (legacy 2.0: attach answers 200 with the attachment, detach 202)."""

from __future__ import annotations

import re

from ..backend import servers, volumes
from ..faults import bad_request
from ..http import MockRequest, Response, empty
from ..validation import invalid_input, is_uuid, parse_int, require_object
from .views import attachment

DEVICE_PATTERN = re.compile(r"(^/dev/x{0,1}[a-z]{0,1}d{0,1})([a-z]+)[0-9]*$")


def list_attachments(request: MockRequest) -> Response:
    server = servers.get_server(request.project, request.args["server_id"])
    offset_raw = request.http.param("offset")
    offset = 0 if offset_raw is None else parse_int("offset", offset_raw)  # an empty value is not a number
    max_limit = request.backend.config.max_limit
    limit_raw = request.http.param("limit")
    limit = max_limit if limit_raw is None else min(parse_int("limit", limit_raw), max_limit)
    items = [attachment(server, v) for v in server.volumes][offset:offset + limit]
    return Response(200, {"volumeAttachments": items})


def show_attachment(request: MockRequest) -> Response:
    volume_id = request.args["volume_id"]
    server = volumes.get_attachment(request.project, request.args["server_id"], volume_id)
    return Response(200, {"volumeAttachment": attachment(server, volume_id)})


def attach_volume(request: MockRequest) -> Response:
    body = require_object(request.http.json(), "volumeAttachment")
    in_path = request.args.get("volume_id")  # the API document's (wrong) attach path
    volume_id = body.get("volumeId", in_path)
    if volume_id is None:
        raise bad_request("Invalid input for field/attribute volumeAttachment. 'volumeId' is a required property")
    if not is_uuid(volume_id):
        raise invalid_input("volumeId", volume_id, "is not a 'uuid'")
    if in_path is not None and in_path != volume_id:
        raise bad_request("The volume id in the path and in the body differ.")
    device = body.get("device")
    if device is not None and (not isinstance(device, str) or not DEVICE_PATTERN.match(device)):
        raise invalid_input("device", device, "does not match the device name pattern")
    server = volumes.attach_volume(request.backend, request.project, request.args["server_id"], volume_id)
    return Response(200, {"volumeAttachment": attachment(server, volume_id)})


def detach_volume(request: MockRequest) -> Response:
    volumes.detach_volume(request.backend, request.project, request.args["server_id"], request.args["volume_id"])
    return empty(202)
