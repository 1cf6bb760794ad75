"""The read-only catalogue endpoints: flavors and availability zones."""

from __future__ import annotations

from ..catalog import AVAILABILITY_ZONES, FLAVORS_BY_ID
from ..faults import bad_request, marker_not_found, not_found
from ..http import MockRequest, Response
from ..validation import parse_int
from .listing import page_size, paged
from .views import flavor_detail, flavor_views

IS_PUBLIC_VALUES = ("true", "false", "none", "t", "f", "1", "0", "yes", "no")


def _min_filter(request: MockRequest, name: str) -> int:
    """`minRam`/`minDisk`: a non-negative integer (Nova's query schema), 0 when absent."""
    raw = request.http.param(name)
    return 0 if raw is None else parse_int(name, raw)


def _check_is_public(request: MockRequest) -> None:
    raw = request.http.param("is_public")  # true/false/none (openstacksdk always sends is_public=None)
    if raw is not None and raw.lower() not in IS_PUBLIC_VALUES:
        raise bad_request(f"Invalid is_public filter [{raw}]")


def _list(request: MockRequest, detail: bool) -> Response:
    min_ram, min_disk = _min_filter(request, "minRam"), _min_filter(request, "minDisk")
    _check_is_public(request)
    limit = page_size(request)
    marker = request.http.param("marker")
    if marker is not None and marker not in FLAVORS_BY_ID:
        raise marker_not_found(marker)
    items = (
        (f.id, fragment)
        for f, fragment in flavor_views(detail, request.base, request.project.tenant_id)
        if f.ram >= min_ram and f.disk >= min_disk and (marker is None or f.id > marker)
    )
    return Response(200, paged(request, "flavors", "flavors/detail" if detail else "flavors", items, limit))


def list_flavors(request: MockRequest) -> Response:
    return _list(request, detail=False)


def list_flavors_detail(request: MockRequest) -> Response:
    return _list(request, detail=True)


def show_flavor(request: MockRequest) -> Response:
    flavor = FLAVORS_BY_ID.get(request.args["flavor_id"])
    if flavor is None:
        raise not_found(f"Flavor {request.args['flavor_id']} could not be found.")
    return Response(200, {"flavor": flavor_detail(flavor, request.base, request.project.tenant_id)})


def list_availability_zones(request: MockRequest) -> Response:
    zones = [{"zoneName": name, "zoneState": {"available": True}, "hosts": None} for name in AVAILABILITY_ZONES]
    return Response(200, {"availabilityZoneInfo": zones})
