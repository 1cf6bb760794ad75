"""Every operation of the layer, written once as a generator of steps (see steps.py).

Each returns the useful part of the generated model (a `Server`, not a `ServerResponse` envelope);
errors never reach here as values: the driver raises (throws in) the typed exception instead, also when
the parsed body is not the step's `expect`.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit
from uuid import UUID

from toast_compute_client import models
from toast_compute_client.api.availability_zones import list_availability_zones
from toast_compute_client.api.flavors import get_flavor, list_flavors, list_flavors_detail
from toast_compute_client.api.floating_ip_addresses import (
    create_floating_ip,
    delete_floating_ip,
    get_floating_ip,
    list_floating_ips,
)
from toast_compute_client.api.images import get_image, list_images, list_images_detail
from toast_compute_client.api.keypairs import create_keypair, delete_keypair, get_keypair, list_keypairs
from toast_compute_client.api.placement_policies import (
    create_server_group,
    delete_server_group,
    get_server_group,
    list_server_groups,
)
from toast_compute_client.api.server_actions import server_action
from toast_compute_client.api.server_metadata import (
    create_server_metadata,
    delete_server_metadata_item,
    get_server_metadata_item,
    list_server_metadata,
    update_server_metadata,
    update_server_metadata_item,
)
from toast_compute_client.api.servers import (
    create_server,
    delete_server,
    get_server,
    get_server_ips_network,
    list_server_ips,
    list_server_security_groups,
    list_servers,
    list_servers_detail,
    update_server,
)
from toast_compute_client.api.versions import list_versions
from toast_compute_client.api.volume_attachments import (
    attach_volume,
    attach_volume_by_path,
    detach_volume,
    get_volume_attachment,
    list_volume_attachments,
)
from toast_compute_client.types import UNSET, Response, Unset

from .errors import InvalidArgument, PaginationError, UnexpectedResponse, request_id_of
from .steps import Emit, Op, Send

M = TypeVar("M")
V = TypeVar("V")
ResourceId = str | UUID  # the id of any resource (a server, an image, a volume, ...): a string or a UUID


class ActionBody(Protocol):
    """A server action's request body: a generated `ServerAction*` model (built in `action_bodies.py`)."""

    def to_dict(self) -> dict[str, Any]: ...


def uuid(value: ResourceId) -> UUID:
    """`value` as a UUID; InvalidArgument (a ToastComputeError and a ValueError) when it is not one."""
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        pass
    raise InvalidArgument(f"{value!r} is not an id (a UUID); to find a server by name use find_server")


def opt(value: M | None) -> M | Unset:
    return UNSET if value is None else value


def parsed(response: Response[Any], model: type[M]) -> M:
    """The parsed body, typed: the driver has checked it against the step's `expect`."""
    assert isinstance(response.parsed, model), f"the driver let through a {type(response.parsed).__name__}"
    return response.parsed


def answer(endpoint: Any, model: type[M], kwargs: dict[str, Any] | None = None) -> Op[M]:
    """Send one request whose parsed body must be a `model`; that body."""
    response = yield Send(endpoint, kwargs or {}, expect=model)
    return parsed(response, model)


def unexpected(operation: str, response: Response[Any], problem: str) -> UnexpectedResponse:
    """A success the layer cannot use: the operation, the status and the request id, never the body."""
    return UnexpectedResponse(operation, int(response.status_code), problem, request_id=request_id_of(response.headers))


def value_at(
    endpoint: Any, model: type[M], kwargs: dict[str, Any], values_of: Callable[[M], Mapping[str, V]], key: str
) -> Op[V]:
    """The value under `key` in a body that holds that key alone (`{"meta": {key: value}}`, `{network: [...]}`)."""
    send = Send(endpoint, kwargs, expect=model)
    response = yield send
    values = values_of(parsed(response, model))
    if key not in values:
        raise unexpected(send.operation, response, f"the body has no {key!r}")
    return values[key]


# --- filters: the list operations' query parameters, as the generated endpoints type them ------------


class Filters:
    """A list operation's query parameters besides limit and marker (None: not sent)."""

    def query(self) -> dict[str, Any]:
        return {name: opt(value) for name, value in vars(self).items()}


@dataclass(frozen=True)
class ServerFilters(Filters):
    """`GET /servers` and `/servers/detail`."""

    changes_since: datetime.datetime | None = None
    image: str | None = None
    flavor: str | None = None
    name: str | None = None
    status: str | None = None
    reservation_id: str | None = None  # the servers of one multiple create (`return_reservation_id`)


@dataclass(frozen=True)
class FlavorFilters(Filters):
    """`GET /flavors` and `/flavors/detail`."""

    min_disk: int | None = None
    min_ram: int | None = None


NO_FILTERS = Filters()  # the image lists take limit and marker only


# --- pagination -------------------------------------------------------------------------------


def next_marker(links: list[models.Link] | Unset, items: list[Any]) -> str | None:
    """The marker of the page after this one: from the `next` link, else None (the last page)."""
    for link in links or []:
        if link.rel == "next":
            markers = parse_qs(urlsplit(link.href).query).get("marker")
            if markers:
                return markers[-1]
            return str(items[-1].id) if items else None
    return None


def paginate(
    endpoint: Any, items_of: Callable[[Any], list[Any]], links_of: Callable[[Any], Any], model: type[Any],
    filters: Filters, page_size: int | None, marker: str | None,
) -> Op[None]:  # fmt: skip
    """Emit every item, following `next` links by their marker (the link's host may be internal)."""
    seen: set[str] = set()
    current = marker
    while True:
        body = yield from page(endpoint, model, filters, page_size, current)
        items = items_of(body)
        for item in items:
            yield Emit(item)
        following = next_marker(links_of(body), items)
        if following is None:
            return
        if following in seen or following == current:
            raise PaginationError(f"the service repeated the next link (marker {following}); stopping")
        seen.add(following)
        current = following


def iter_servers(filters: ServerFilters, page_size: int | None, marker: str | None) -> Op[None]:
    return paginate(
        list_servers_detail,
        lambda p: p.servers,
        lambda p: p.servers_links,
        models.ServerDetailList,
        filters,
        page_size,
        marker,
    )


def iter_flavors(filters: FlavorFilters, page_size: int | None, marker: str | None) -> Op[None]:
    return paginate(
        list_flavors_detail,
        lambda p: p.flavors,
        lambda p: p.flavors_links,
        models.FlavorDetailList,
        filters,
        page_size,
        marker,
    )


def iter_images(page_size: int | None, marker: str | None) -> Op[None]:
    return paginate(
        list_images_detail,
        lambda p: p.images,
        lambda p: p.images_links,
        models.ImageDetailList,
        NO_FILTERS,
        page_size,
        marker,
    )


def iter_volume_attachments(server_id: ResourceId, page_size: int) -> Op[None]:
    """Attachments page by page with limit/offset (this list has no links)."""
    offset = 0
    while True:
        kwargs = {"server_id": uuid(server_id), "limit": page_size, "offset": offset}
        items = (yield from answer(list_volume_attachments, models.VolumeAttachmentList, kwargs)).volume_attachments
        for item in items:
            yield Emit(item)
        if len(items) < page_size:
            return
        offset += len(items)


# --- one call each ------------------------------------------------------------------------------


def versions() -> Op[models.VersionList | models.IdentityVersionList]:
    response = yield Send(list_versions, expect=models.VersionList | models.IdentityVersionList, tenant_scoped=False)
    versions: models.VersionList | models.IdentityVersionList = response.parsed
    return versions


def page(endpoint: Any, model: type[M], filters: Filters, limit: int | None, marker: str | None) -> Op[M]:
    """One page of a list operation, as its generated model."""
    return (yield from answer(endpoint, model, {**filters.query(), "limit": opt(limit), "marker": opt(marker)}))


def servers_page(filters: ServerFilters, limit: int | None, marker: str | None) -> Op[models.ServerList]:
    return page(list_servers, models.ServerList, filters, limit, marker)


def servers_detail_page(filters: ServerFilters, limit: int | None, marker: str | None) -> Op[models.ServerDetailList]:
    return page(list_servers_detail, models.ServerDetailList, filters, limit, marker)


def flavors_page(filters: FlavorFilters, limit: int | None, marker: str | None) -> Op[models.FlavorList]:
    return page(list_flavors, models.FlavorList, filters, limit, marker)


def flavors_detail_page(filters: FlavorFilters, limit: int | None, marker: str | None) -> Op[models.FlavorDetailList]:
    return page(list_flavors_detail, models.FlavorDetailList, filters, limit, marker)


def flavor(flavor_id: str) -> Op[models.FlavorDetail]:
    return (yield from answer(get_flavor, models.FlavorResponse, {"flavor_id": flavor_id})).flavor


def images_page(limit: int | None, marker: str | None) -> Op[models.ImageList]:
    return page(list_images, models.ImageList, NO_FILTERS, limit, marker)


def images_detail_page(limit: int | None, marker: str | None) -> Op[models.ImageDetailList]:
    return page(list_images_detail, models.ImageDetailList, NO_FILTERS, limit, marker)


def image(image_id: ResourceId) -> Op[models.Image]:
    return (yield from answer(get_image, models.ImageResponse, {"image_id": uuid(image_id)})).image


def availability_zones() -> Op[list[models.AvailabilityZone]]:
    return (yield from answer(list_availability_zones, models.AvailabilityZoneList)).availability_zone_info


def keypairs() -> Op[list[models.Keypair]]:
    return [entry.keypair for entry in (yield from answer(list_keypairs, models.KeypairList)).keypairs]


def keypair(name: str) -> Op[models.KeypairDetail]:
    return (yield from answer(get_keypair, models.KeypairResponse, {"keypair_name": name})).keypair


def new_keypair(name: str, public_key: str | None) -> Op[models.KeypairCreated]:
    body = models.KeypairCreateRequest(keypair=models.KeypairCreate(name=name, public_key=opt(public_key)))
    return (yield from answer(create_keypair, models.KeypairCreateResponse, {"body": body})).keypair


def remove_keypair(name: str) -> Op[None]:
    yield Send(delete_keypair, {"keypair_name": name})


def server(server_id: ResourceId) -> Op[models.Server]:
    return (yield from answer(get_server, models.ServerResponse, {"server_id": uuid(server_id)})).server


def create_request(
    server: models.ServerCreate, scheduler_hints: models.SchedulerHints | None, reservation: bool
) -> dict[str, Any]:
    """The create body, with `return_reservation_id` set by the caller's flag (the model is not changed)."""
    if server.return_reservation_id is True and not reservation:
        raise InvalidArgument("ask for a reservation id with create_server(..., return_reservation_id=True)")
    request = models.ServerCreate.from_dict(server.to_dict())
    request.return_reservation_id = True if reservation else UNSET
    return {"body": models.ServerCreateRequest(server=request, os_scheduler_hints=opt(scheduler_hints))}


def new_server(server: models.ServerCreate, scheduler_hints: models.SchedulerHints | None) -> Op[models.ServerCreated]:
    kwargs = create_request(server, scheduler_hints, reservation=False)
    return (yield from answer(create_server, models.ServerCreateResponse, kwargs)).server


def new_reservation(
    server: models.ServerCreate, scheduler_hints: models.SchedulerHints | None
) -> Op[models.ReservationResponse]:
    kwargs = create_request(server, scheduler_hints, reservation=True)
    return (yield from answer(create_server, models.ReservationResponse, kwargs))


def rename_server(server_id: ResourceId, name: str) -> Op[models.ServerBase]:
    body = models.ServerUpdateRequest(server=models.ServerUpdate(name=name))
    kwargs = {"server_id": uuid(server_id), "body": body}
    return (yield from answer(update_server, models.ServerUpdateResponse, kwargs)).server


def remove_server(server_id: ResourceId) -> Op[None]:
    yield Send(delete_server, {"server_id": uuid(server_id)})


def action(server_id: ResourceId, body: ActionBody) -> Op[Response[Any]]:
    response: Response[Any] = yield Send(server_action, {"server_id": uuid(server_id), "body": body})
    return response


def image_id(response: Response[Any]) -> str:
    """createImage's image id: the `Location` header (legacy /v2), else the body (later microversions)."""
    location = response.headers.get("location")
    if location:
        return location.rstrip("/").rsplit("/", 1)[-1]
    if isinstance(response.parsed, models.CreateImageResult):
        return str(response.parsed.image_id)
    raise unexpected("server_action", response, "createImage answered without a Location or an image_id")


def attachments(server_id: ResourceId, limit: int | None, offset: int | None) -> Op[list[models.VolumeAttachment]]:
    kwargs = {"server_id": uuid(server_id), "limit": opt(limit), "offset": opt(offset)}
    return (yield from answer(list_volume_attachments, models.VolumeAttachmentList, kwargs)).volume_attachments


def attachment(server_id: ResourceId, volume_id: ResourceId) -> Op[models.VolumeAttachment]:
    kwargs = {"server_id": uuid(server_id), "volume_id": uuid(volume_id)}
    return (yield from answer(get_volume_attachment, models.VolumeAttachmentResponse, kwargs)).volume_attachment


def attach(
    server_id: ResourceId, volume_id: ResourceId, device: str | None, by_path: bool
) -> Op[models.VolumeAttachment]:
    body = models.VolumeAttachmentCreateRequest(
        volume_attachment=models.VolumeAttachmentCreate(volume_id=uuid(volume_id), device=opt(device))
    )
    kwargs: dict[str, Any] = {"server_id": uuid(server_id), "body": body}
    if by_path:
        kwargs["volume_id"] = uuid(volume_id)
    endpoint = attach_volume_by_path if by_path else attach_volume
    return (yield from answer(endpoint, models.VolumeAttachmentResponse, kwargs)).volume_attachment


def detach(server_id: ResourceId, volume_id: ResourceId) -> Op[None]:
    yield Send(detach_volume, {"server_id": uuid(server_id), "volume_id": uuid(volume_id)})


def security_groups(server_id: ResourceId) -> Op[list[models.ServerSecurityGroup]]:
    kwargs = {"server_id": uuid(server_id)}
    return (yield from answer(list_server_security_groups, models.ServerSecurityGroupList, kwargs)).security_groups


def ips(server_id: ResourceId) -> Op[models.ServerAddresses]:
    return (yield from answer(list_server_ips, models.ServerIps, {"server_id": uuid(server_id)})).addresses


def network_ips(server_id: ResourceId, network: str) -> Op[list[models.ServerAddress]]:
    kwargs = {"server_id": uuid(server_id), "network_label": network}
    return (yield from value_at(get_server_ips_network, models.ServerNetworkIps, kwargs, ips_of, network))


def ips_of(body: models.ServerNetworkIps) -> dict[str, list[models.ServerAddress]]:
    return body.additional_properties


# --- server metadata -------------------------------------------------------------------------------


def metadata(server_id: ResourceId) -> Op[dict[str, str]]:
    body = yield from answer(list_server_metadata, models.ServerMetadataResponse, {"server_id": uuid(server_id)})
    return dict(body.metadata.additional_properties)


def write_metadata(server_id: ResourceId, values: Mapping[str, str], replace: bool) -> Op[dict[str, str]]:
    """POST merges `values` into the server's metadata, PUT replaces it; the metadata afterwards."""
    request = models.ServerMetadataRequest(metadata=models.Metadata.from_dict(dict(values)))
    endpoint = update_server_metadata if replace else create_server_metadata
    body = yield from answer(endpoint, models.ServerMetadataResponse, {"server_id": uuid(server_id), "body": request})
    return dict(body.metadata.additional_properties)


def meta_of(body: models.ServerMetadataItemResponse) -> dict[str, str]:
    return body.meta.additional_properties


def metadata_item(server_id: ResourceId, key: str) -> Op[str]:
    kwargs = {"server_id": uuid(server_id), "key": key}
    return (yield from value_at(get_server_metadata_item, models.ServerMetadataItemResponse, kwargs, meta_of, key))


def set_metadata_item(server_id: ResourceId, key: str, value: str) -> Op[str]:
    body = models.ServerMetadataItemRequest(meta=models.MetadataItem.from_dict({key: value}))
    kwargs = {"server_id": uuid(server_id), "key": key, "body": body}
    return (yield from value_at(update_server_metadata_item, models.ServerMetadataItemResponse, kwargs, meta_of, key))


def remove_metadata_item(server_id: ResourceId, key: str) -> Op[None]:
    yield Send(delete_server_metadata_item, {"server_id": uuid(server_id), "key": key})


# --- placement policies (server groups) --------------------------------------------------------------


def server_groups() -> Op[list[models.ServerGroup]]:
    return (yield from answer(list_server_groups, models.ServerGroupList)).server_groups


def server_group(group_id: str) -> Op[models.ServerGroup]:
    kwargs = {"server_group_id": group_id}
    return (yield from answer(get_server_group, models.ServerGroupResponse, kwargs)).server_group


def new_server_group(name: str, policy: models.ServerGroupPolicy) -> Op[models.ServerGroup]:
    body = models.ServerGroupCreateRequest(server_group=models.ServerGroupCreate(name=name, policies=[policy]))
    return (yield from answer(create_server_group, models.ServerGroupResponse, {"body": body})).server_group


def remove_server_group(group_id: str) -> Op[None]:
    yield Send(delete_server_group, {"server_group_id": group_id})


# --- floating IPs -----------------------------------------------------------------------------------


def floating_ips() -> Op[list[models.FloatingIp]]:
    return (yield from answer(list_floating_ips, models.FloatingIpList)).floating_ips


def floating_ip(floating_ip_id: ResourceId) -> Op[models.FloatingIp]:
    kwargs = {"floating_ip_id": uuid(floating_ip_id)}
    return (yield from answer(get_floating_ip, models.FloatingIpResponse, kwargs)).floating_ip


def new_floating_ip(pool: str | None) -> Op[models.FloatingIp]:
    body = models.FloatingIpCreateRequest(pool=opt(pool))  # `{}`: the default pool
    return (yield from answer(create_floating_ip, models.FloatingIpResponse, {"body": body})).floating_ip


def release_floating_ip(floating_ip_id: ResourceId) -> Op[None]:
    yield Send(delete_floating_ip, {"floating_ip_id": uuid(floating_ip_id)})


# --- server actions with a result (the others are `action` with a body of `action_bodies`) ---------------


def create_image(server_id: ResourceId, body: models.ServerActionCreateImage) -> Op[str]:
    return image_id((yield from action(server_id, body)))


def action_answer(server_id: ResourceId, body: ActionBody, model: type[M]) -> Op[M]:
    """An action that answers 200 with a body (os-getConsoleOutput): that body, which must be a `model`."""
    return (yield from answer(server_action, model, {"server_id": uuid(server_id), "body": body}))
