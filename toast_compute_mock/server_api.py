"""Servers: list (summary and detail, Nova's filters and pagination), show, update, delete."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import regex

from .faults import bad_request, not_found
from .http import Call, Response, empty
from .listing import marker_not_found, page_size, paged
from .servers import KNOWN_STATUSES, Server, detail_view, summary_view, update_view
from .validation import check_ip, check_name, is_uuid, require_object

MAX_NAME_PATTERN = 255


def get_server(call: Call) -> Server:
    server_id = call.args["server_id"]
    server = call.tenant.servers.get(server_id) if is_uuid(server_id) else None
    if server is None:
        raise not_found(f"Instance {server_id} could not be found.")
    return server


def _name_filter(call: Call, pattern: str) -> Callable[[Server], bool]:
    """`name` is a regular expression (Nova: REGEXP search). Bounded: the `regex` engine with a
    total time budget per request, so a catastrophic pattern gets a 400, never a hang."""
    if len(pattern) > MAX_NAME_PATTERN:
        raise bad_request(f"Invalid name filter: longer than {MAX_NAME_PATTERN} characters")
    try:
        compiled = regex.compile(pattern)
    except (regex.error, ValueError, OverflowError) as exc:
        raise bad_request(f"Invalid name filter: not a valid regular expression ({exc})") from None
    deadline = time.monotonic() + call.state.config.regex_budget_seconds

    def match(server: Server) -> bool:
        remaining = deadline - time.monotonic()
        try:
            if remaining <= 0:
                raise TimeoutError
            return compiled.search(server.name, timeout=remaining) is not None
        except TimeoutError:
            raise bad_request("Invalid name filter: the regular expression takes too long to evaluate") from None

    return match


def _changes_since(raw: str) -> float:
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise bad_request("Invalid changes-since value") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def _matching(call: Call) -> Iterator[Server] | None:
    """Servers newest first, after the marker, through the filters; None if nothing can match."""
    query = call.req.query
    tests: list[Callable[[Server], bool]] = []
    statuses = {s.upper() for s in query.get("status", [])}
    if statuses:
        if not statuses <= KNOWN_STATUSES:
            return None  # an unknown status matches nothing (below microversion 2.38)
        tests.append(lambda s: s.status in statuses)
    flavor, image = call.req.param("flavor"), call.req.param("image")
    if flavor is not None:
        tests.append(lambda s: s.flavor.id == flavor)
    if image is not None:
        tests.append(lambda s: s.image is not None and s.image.id == image)
    since_raw = call.req.param("changes-since")
    if since_raw is not None:
        since = _changes_since(since_raw)
        tests.append(lambda s: s.updated >= since)  # deleted servers included, as Nova does
    else:
        tests.append(lambda s: not s.deleted)
    name = call.req.param("name")
    if name is not None:
        tests.append(_name_filter(call, name))  # last: the most expensive test
    marker = call.req.param("marker")
    servers = call.tenant.servers
    if marker is not None and not servers.known(marker):
        raise marker_not_found(marker)
    if len(tests) == 1:
        return filter(tests[0], servers.newest_first(marker))
    return (s for s in servers.newest_first(marker) if all(test(s) for test in tests))


def _list(call: Call, view: Callable[[Server, str], dict], path: str) -> Response:
    limit = page_size(call)
    servers = _matching(call)
    if servers is None:
        return Response(200, {"servers": []})
    base = call.base
    items = ((s.id, s.cached(view, base)) for s in servers)
    return Response(200, paged(call, "servers", path, items, limit))


def list_servers(call: Call) -> Response:
    return _list(call, summary_view, "servers")


def list_servers_detail(call: Call) -> Response:
    return _list(call, detail_view, "servers/detail")


def show_server(call: Call) -> Response:
    return Response(200, {"server": get_server(call).cached(detail_view, call.base)})


def update_server(call: Call) -> Response:
    changes = require_object(call.req.json(), "server")
    server = get_server(call)
    name = check_name("name", changes["name"]) if "name" in changes else server.name
    ipv4 = check_ip("accessIPv4", changes["accessIPv4"], 4) if changes.get("accessIPv4") else server.access_ipv4
    ipv6 = check_ip("accessIPv6", changes["accessIPv6"], 6) if changes.get("accessIPv6") else server.access_ipv6
    disk_config = changes.get("OS-DCF:diskConfig", server.disk_config)
    if disk_config not in ("AUTO", "MANUAL"):
        raise bad_request(f"Invalid input for field/attribute OS-DCF:diskConfig. Value: {disk_config!r}. "
                          "is not one of ['AUTO', 'MANUAL']")
    server.name, server.access_ipv4, server.access_ipv6, server.disk_config = name, ipv4, ipv6, disk_config
    server.updated = call.state.clock.now()
    return Response(200, {"server": update_view(server, call.base)})


def delete_server(call: Call) -> Response:
    server = get_server(call)
    call.state.lifecycle.delete(server)
    tenant = call.tenant
    for address in server.addresses:
        tenant.used_ips.pop(address.addr, None)
    for volume_id in server.volumes:
        tenant.attached.pop(volume_id, None)
    return empty(204)
