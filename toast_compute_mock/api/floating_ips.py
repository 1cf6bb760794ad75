"""os-floating-ips (list, allocate 200, show, release 202) and the addFloatingIp / removeFloatingIp
actions (202), in Nova's legacy view."""

from __future__ import annotations

from typing import Any

from ..backend import floating_ips
from ..backend.models import FloatingIp
from ..backend.project import Project
from ..http import MockRequest, Response, empty
from ..validation import check_ip, check_object, check_string, required


def _view(project: Project, floating: FloatingIp) -> dict[str, Any]:
    server_id = floating_ips.live_server_id(project, floating)
    return {"id": floating.id, "ip": floating.ip, "pool": floating.pool,
            "fixed_ip": floating.fixed_ip if server_id else None, "instance_id": server_id}


def list_floating_ips(request: MockRequest) -> Response:
    project = request.project
    return Response(200, {"floating_ips": [_view(project, f) for f in project.floating_ips.values()]})


def create_floating_ip(request: MockRequest) -> Response:
    # No body (zero length), no `pool` or `"pool": null`: the default pool; any other body must be a JSON object.
    body = check_object("body", request.http.json()) if request.http.body else {}
    pool = None if body.get("pool") is None else check_string("pool", body["pool"])
    floating = floating_ips.allocate(request.project, pool)
    return Response(200, {"floating_ip": _view(request.project, floating)})


def show_floating_ip(request: MockRequest) -> Response:
    floating = floating_ips.get_floating_ip(request.project, request.args["floating_id"])
    return Response(200, {"floating_ip": _view(request.project, floating)})


def delete_floating_ip(request: MockRequest) -> Response:
    floating_ips.release(request.backend, request.project, request.args["floating_id"])
    return empty(202)


def add_floating_ip(request: MockRequest, server_id: str, value: Any) -> Response:
    body = check_object("addFloatingIp", value)
    address = check_ip("address", required(body, "address", "addFloatingIp"))
    fixed = body.get("fixed_address")
    fixed_address = None if fixed is None else check_ip("fixed_address", fixed)
    floating_ips.associate(request.backend, request.project, server_id, address, fixed_address)
    return empty(202)


def remove_floating_ip(request: MockRequest, server_id: str, value: Any) -> Response:
    address = check_ip("address", required(check_object("removeFloatingIp", value), "address", "removeFloatingIp"))
    floating_ips.disassociate(request.backend, request.project, server_id, address)
    return empty(202)
