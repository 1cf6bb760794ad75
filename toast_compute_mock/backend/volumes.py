"""Volume attachments: an `available` volume of block storage is attached to one server at a time,
on the first free device."""

from __future__ import annotations

import string
import uuid

from ..faults import bad_request, forbidden, not_found
from . import block_storage
from .lifecycle import TRANSITIONS
from .models import Server
from .project import Project
from .runtime import Runtime
from .servers import get_server

DEVICES = [f"/dev/vd{letter}" for letter in string.ascii_lowercase[1:]]  # vda is the root disk


def get_attachment(project: Project, server_id: str, volume_id: str) -> Server:
    """The server the volume is attached to (404 for the server, then for the attachment)."""
    server = get_server(project, server_id)
    if volume_id not in server.volumes:
        raise not_found(f"Volume {volume_id} is not attached to the instance {server.id}.")
    return server


def attach_volume(runtime: Runtime, project: Project, server_id: str, volume_id: str) -> Server:
    server = get_server(project, server_id)
    TRANSITIONS["attach_volume"].check(server)
    volume = block_storage.check_attachable(project, volume_id)
    free = [d for d in DEVICES if d not in server.volumes.values()]
    if not free:
        raise forbidden("The maximum number of volumes is attached to this instance.")
    volume.attachment_id = str(uuid.uuid4())
    server.volumes[volume_id] = free[0]
    project.attached[volume_id] = server.id
    server.touch(runtime.clock.now())
    return server


def detach_volume(runtime: Runtime, project: Project, server_id: str, volume_id: str) -> None:
    server = get_attachment(project, server_id, volume_id)
    TRANSITIONS["detach_volume"].check(server)
    if volume_id == server.root_volume_id:
        raise bad_request("Cannot detach a root device volume")
    del server.volumes[volume_id]
    project.attached.pop(volume_id, None)
    volume = project.volumes.get(volume_id)
    if volume is not None:
        volume.attachment_id = None
    server.touch(runtime.clock.now())
