"""Request models from plain values: ids as `str | UUID`, metadata as a `Mapping[str, str]`.

`server_request(...)` builds the `ServerCreate` that `create_server` sends; `boot_volume(...)` the
block_device_mapping_v2 entry a flavor without a local root disk (`disk == 0`) needs to boot.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from toast_compute_client import models
from toast_compute_client.types import UNSET

from .operations import ResourceId, opt, uuid

SourceType = models.BlockDeviceMappingSourceType
DestinationType = models.BlockDeviceMappingDestinationType


def needs_root_volume(flavor: models.FlavorDetail) -> bool:
    """True when the flavor has no local root disk (`disk == 0`): a server of it boots from a volume."""
    return flavor.disk == 0


def boot_volume(
    image: ResourceId, size_gb: int, *, volume_type: str | None = None, delete_on_termination: bool = True
) -> models.BlockDeviceMapping:
    """A root volume of `size_gb` GB made from `image`, booted first (`boot_index` 0)."""
    if size_gb < 1:
        raise ValueError("a root volume needs at least 1 GB")
    return models.BlockDeviceMapping(
        source_type=SourceType.IMAGE,
        uuid=str(uuid(image)),
        destination_type=DestinationType.VOLUME,
        boot_index=0,
        volume_size=size_gb,
        delete_on_termination=delete_on_termination,
        volume_type=opt(volume_type),
    )


def server_request(
    name: str,
    flavor_ref: str,
    *,
    networks: Sequence[ResourceId] | None = (),
    image: ResourceId | None = None,
    block_devices: Sequence[models.BlockDeviceMapping] | None = (),
    key_name: str | None = None,
    metadata: Mapping[str, str] | None = None,
    security_groups: Sequence[str] | None = (),
    availability_zone: str | None = None,
    user_data: str | None = None,
    min_count: int | None = None,
    max_count: int | None = None,
) -> models.ServerCreate:
    """A `ServerCreate` for `create_server`: `image` boots from a local disk; a flavor whose disk is 0 takes
    `block_devices=[boot_volume(image, size)]` (and no `image`) instead. None is the same as not given, for
    every argument."""
    return models.ServerCreate(
        name=name,
        flavor_ref=flavor_ref,
        networks=[models.ServerNetwork(uuid=uuid(network)) for network in networks or ()],
        image_ref=UNSET if image is None else uuid(image),
        block_device_mapping_v2=list(block_devices) if block_devices else UNSET,
        key_name=opt(key_name),
        metadata=UNSET if metadata is None else models.Metadata.from_dict(dict(metadata)),
        security_groups=[models.SecurityGroupRef(name=group) for group in security_groups or ()] or UNSET,
        availability_zone=opt(availability_zone),
        user_data=opt(user_data),
        min_count=opt(min_count),
        max_count=opt(max_count),
    )
