"""Block storage (Cinder v2, as TOAST's `volumev2` service): a tenant's volumes. A volume is created
`creating` and becomes `available` after the clock's `volume_create` duration; it is `in-use` while a
server holds it (`Project.attached`, which attach, detach and server deletion keep), and only an
`available` volume can be attached or deleted."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from .. import catalog
from ..faults import NovaFault, bad_request, not_found
from .models import Volume
from .project import Project
from .runtime import Runtime

# The vendor's two volume types (TOAST-DOCS Storage-Block-Storage, "List Block Storage Types").
VOLUME_TYPES = ("General HDD", "General SSD")
DEFAULT_VOLUME_TYPE = "General HDD"
CINDER_IN_USE = ("Invalid volume: Volume status must be available or error or error_restoring or error_extending "
                 "or error_managing and must not be migrating, attached, belong to a group, have snapshots or be "
                 "disassociated from snapshots after volume transfer.")


@dataclass
class VolumeOrder:
    """POST /volumes, parsed."""

    size: int
    name: str | None = None
    description: str | None = None
    volume_type: str | None = None
    availability_zone: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def volume_not_found(volume_id: str) -> NovaFault:
    return not_found(f"Volume {volume_id} could not be found.")


def get_volume(project: Project, volume_id: str) -> Volume:
    volume = project.volumes.get(volume_id)
    if volume is None:
        raise volume_not_found(volume_id)
    return volume


def status(project: Project, volume: Volume) -> str:
    return "in-use" if volume.id in project.attached else volume.status


def create_volume(runtime: Runtime, project: Project, order: VolumeOrder) -> Volume:
    volume_type = order.volume_type or DEFAULT_VOLUME_TYPE
    if volume_type not in VOLUME_TYPES:
        raise not_found(f"Volume type with name {volume_type} could not be found.")
    zone = order.availability_zone or catalog.AVAILABILITY_ZONES[0]
    if zone not in catalog.AVAILABILITY_ZONES:
        raise bad_request(f"Availability zone '{zone}' is invalid.")
    volume = Volume(str(uuid.uuid4()), order.size, order.name, order.description, volume_type, zone,
                    dict(order.metadata), runtime.clock.now())
    project.volumes[volume.id] = volume

    def created() -> None:
        volume.status = "available"

    runtime.scheduler.schedule("volume_create", created)
    return volume


def delete_volume(project: Project, volume_id: str) -> None:
    volume = get_volume(project, volume_id)
    if status(project, volume) != "available":
        raise bad_request(CINDER_IN_USE)
    del project.volumes[volume_id]


def check_attachable(project: Project, volume_id: str) -> Volume:
    """Nova's checks before an attach: the volume exists in the tenant and is `available`."""
    volume = project.volumes.get(volume_id)
    if volume is None:
        raise volume_not_found(volume_id)
    current = status(project, volume)
    if current != "available":
        raise bad_request(f"Invalid volume: volume '{volume_id}' status must be 'available'. Currently in '{current}'")
    return volume
