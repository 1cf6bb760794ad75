"""os-server-groups (placement policies, the legacy `policies` array): create 200, list, get,
delete 204. `metadata` is always `{}`; members are the servers created in the group."""

from __future__ import annotations

from typing import Any

from ..backend import server_groups
from ..backend.models import ServerGroup
from ..http import MockRequest, Response, empty
from ..validation import check_name, invalid_input, parse_int, require_object, required


def _view(request: MockRequest, group: ServerGroup) -> dict[str, Any]:
    return {"id": group.id, "name": group.name, "policies": list(group.policies),
            "members": server_groups.member_ids(request.project, group), "metadata": {}}


def _policies(value: Any) -> list[str]:
    """One policy, and only the one the vendor offers (Nova itself also knows `affinity`)."""
    if not isinstance(value, list) or len(value) != 1:
        raise invalid_input("policies", value, "must be an array of exactly one policy")
    if value[0] not in server_groups.POLICIES:
        raise invalid_input("policies", value[0], f"is not one of {list(server_groups.POLICIES)}")
    return [value[0]]


def create_group(request: MockRequest) -> Response:
    body = require_object(request.http.json(), "server_group")
    name = check_name("name", required(body, "name", "server_group"))
    policies = _policies(required(body, "policies", "server_group"))
    group = server_groups.create_group(request.backend, request.project, name, policies)
    return Response(200, {"server_group": _view(request, group)})


def list_groups(request: MockRequest) -> Response:
    """Nova's `limited`: `offset` and `limit` (max_limit at most)."""
    offset_raw, limit_raw = request.http.param("offset"), request.http.param("limit")
    offset = 0 if offset_raw is None else parse_int("offset", offset_raw)
    limit = request.backend.config.max_limit
    if limit_raw is not None:
        limit = min(parse_int("limit", limit_raw), limit)
    groups = list(request.project.server_groups.values())[offset:offset + limit]
    return Response(200, {"server_groups": [_view(request, g) for g in groups]})


def show_group(request: MockRequest) -> Response:
    group = server_groups.get_group(request.project, request.args["group_id"])
    return Response(200, {"server_group": _view(request, group)})


def delete_group(request: MockRequest) -> Response:
    server_groups.delete_group(request.project, request.args["group_id"])
    return empty(204)
