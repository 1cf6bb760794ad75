"""Servers: list (summary and detail, Nova's filters and pagination), show, create, update, delete."""

from __future__ import annotations

from datetime import UTC, datetime

from ..backend import servers
from ..backend.servers import ServerChanges, ServerFilters
from ..faults import bad_request
from ..http import Heavy, MockRequest, Response, Work, empty
from ..validation import boolean_like, check_disk_config, check_ip, check_name, require_object
from .create_request import parse_create_request, scheduler_group
from .links import links, self_url
from .listing import page_size, paged
from .views import View, cached, cached_by, server_detail, server_summary, server_update


def _changes_since(raw: str) -> float:
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise bad_request("Invalid changes-since value") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def _filters(request: MockRequest) -> ServerFilters:
    http = request.http
    since = http.param("changes-since")
    return ServerFilters(
        statuses=frozenset(s.upper() for s in http.query.get("status", [])),
        flavor_id=http.param("flavor"),
        image_id=http.param("image"),
        changes_since=None if since is None else _changes_since(since),
        name_pattern=http.param("name"),
        name_matches=request.prepared,
        reservation_id=http.param("reservation_id"),
    )


def _name_filter(request: MockRequest) -> Work | None:
    """A `name` filter's regular expression runs in the worker pool, over a snapshot of the names."""
    pattern = request.http.param("name")
    if pattern is None:
        return None
    candidates = servers.name_candidates(request.project, with_deleted=request.http.param("changes-since") is not None)
    budget = request.backend.config.regex_budget_seconds
    return lambda: servers.match_names(pattern, budget, candidates)


def _list(request: MockRequest, view: View, path: str) -> Response:
    limit = page_size(request)
    found = servers.list_servers(request.backend, request.project, _filters(request), request.http.param("marker"))
    render = cached_by(view, request.base)
    return Response(200, paged(request, "servers", path, ((s.id, render(s)) for s in found), limit))


list_servers = Heavy(_name_filter, lambda request: _list(request, server_summary, "servers"))
list_servers_detail = Heavy(_name_filter, lambda request: _list(request, server_detail, "servers/detail"))


def show_server(request: MockRequest) -> Response:
    server = servers.get_server(request.project, request.args["server_id"])
    return Response(200, {"server": cached(server, server_detail, request.base)})


def create_servers(request: MockRequest) -> Response:
    root = request.http.json()
    body = require_object(root, "server")
    order = parse_create_request(body)
    order.group_id = scheduler_group(root)
    want_reservation_id = boolean_like("return_reservation_id", body.get("return_reservation_id", False))
    reservation = servers.create_servers(request.backend, request.project, order)
    first = reservation.servers[0]
    location = {"Location": self_url(request.base, first.tenant_id, "servers", first.id)}
    if want_reservation_id:
        return Response(202, {"reservation_id": reservation.id}, location)
    return Response(202, {"server": {
        "id": first.id,
        "links": links(request.base, first.tenant_id, "servers", first.id),
        "OS-DCF:diskConfig": first.disk_config,
        "security_groups": [{"name": g} for g in first.security_groups],
        "adminPass": first.admin_pass,
    }}, location)


def update_server(request: MockRequest) -> Response:
    body = require_object(request.http.json(), "server")
    changes = ServerChanges(
        name=check_name("name", body["name"]) if "name" in body else None,
        access_ipv4=check_ip("accessIPv4", body["accessIPv4"], 4) if body.get("accessIPv4") else None,
        access_ipv6=check_ip("accessIPv6", body["accessIPv6"], 6) if body.get("accessIPv6") else None,
        disk_config=check_disk_config(body["OS-DCF:diskConfig"]) if "OS-DCF:diskConfig" in body else None,
    )
    server = servers.update_server(request.backend, request.project, request.args["server_id"], changes)
    return Response(200, {"server": server_update(server, request.base)})


def delete_server(request: MockRequest) -> Response:
    servers.delete_server(request.backend, request.project, request.args["server_id"])
    return empty(204)
