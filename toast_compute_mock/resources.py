"""The read-only catalogue endpoints: flavors and availability zones."""

from __future__ import annotations

from functools import lru_cache

import orjson

from .catalog import AVAILABILITY_ZONES, FLAVORS, FLAVORS_BY_ID, Flavor
from .faults import bad_request, not_found
from .http import Call, Response
from .links import links
from .listing import marker_not_found, page_size, paged


def flavor_summary(flavor: Flavor, base: str, tenant_id: str) -> dict:
    return {"id": flavor.id, "links": links(base, tenant_id, "flavors", flavor.id), "name": flavor.name}


def flavor_detail(flavor: Flavor, base: str, tenant_id: str) -> dict:
    return {
        **flavor_summary(flavor, base, tenant_id),
        "ram": flavor.ram,
        "vcpus": flavor.vcpus,
        "disk": flavor.disk,
        "swap": flavor.swap or "",  # "" when 0 below microversion 2.75
        "rxtx_factor": flavor.rxtx_factor or "",
        "OS-FLV-EXT-DATA:ephemeral": flavor.ephemeral,
        "OS-FLV-DISABLED:disabled": False,
        "os-flavor-access:is_public": True,
        "extra_specs": {"flavor_type": flavor.flavor_type},  # TOAST shows it on /v2
    }


@lru_cache(maxsize=256)
def _views(detail: bool, base: str, tenant_id: str) -> list[tuple[Flavor, orjson.Fragment]]:
    """Flavors never change: their views are serialised once per base URL and tenant."""
    view = flavor_detail if detail else flavor_summary
    return [(f, orjson.Fragment(orjson.dumps(view(f, base, tenant_id)))) for f in FLAVORS]


def _min_filter(call: Call, name: str) -> int:
    raw = call.req.param(name)
    if raw is None:
        return 0
    try:
        return int(raw)
    except ValueError:
        raise bad_request(f"Invalid {name} filter [{raw}]") from None


def _is_public(call: Call) -> None:
    raw = call.req.param("is_public")  # true/false/none (openstacksdk always sends is_public=None)
    if raw is not None and raw.lower() not in ("true", "false", "none", "t", "f", "1", "0", "yes", "no"):
        raise bad_request(f"Invalid is_public filter [{raw}]")


def list_flavors(call: Call, detail: bool = False) -> Response:
    min_ram, min_disk = _min_filter(call, "minRam"), _min_filter(call, "minDisk")
    _is_public(call)
    limit = page_size(call)
    marker = call.req.param("marker")
    if marker is not None and marker not in FLAVORS_BY_ID:
        raise marker_not_found(marker)
    items = (
        (f.id, fragment)
        for f, fragment in _views(detail, call.base, call.tenant_id)
        if f.ram >= min_ram and f.disk >= min_disk and (marker is None or f.id > marker)
    )
    return Response(200, paged(call, "flavors", "flavors/detail" if detail else "flavors", items, limit))


def list_flavors_detail(call: Call) -> Response:
    return list_flavors(call, detail=True)


def show_flavor(call: Call) -> Response:
    flavor = FLAVORS_BY_ID.get(call.args["flavor_id"])
    if flavor is None:
        raise not_found(f"Flavor {call.args['flavor_id']} could not be found.")
    return Response(200, {"flavor": flavor_detail(flavor, call.base, call.tenant_id)})


def list_availability_zones(call: Call) -> Response:
    zones = [{"zoneName": name, "zoneState": {"available": True}, "hosts": None} for name in AVAILABILITY_ZONES]
    return Response(200, {"availabilityZoneInfo": zones})
