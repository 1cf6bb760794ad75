"""Server actions (POST /servers/{id}/action): preconditions and transitions come from their table
(`server_actions.py`, run by `lifecycle`), the TOAST rules from `rules`. An action that is its
transition alone is `begin`; the others have a function here."""

from __future__ import annotations

import uuid

from .. import catalog
from ..catalog import Image
from ..faults import bad_request, conflict, not_found
from . import quotas, rules
from .lifecycle import TRANSITIONS
from .models import Server, Snapshot
from .project import Project
from .runtime import Runtime
from .servers import get_server


def begin(runtime: Runtime, project: Project, server_id: str, transition: str) -> None:
    """An action that is its transition and nothing more (os-start, os-stop, reboot, shelve, unshelve)."""
    runtime.lifecycle.begin(project, get_server(project, server_id), transition)


def resize(runtime: Runtime, project: Project, server_id: str, flavor_ref: str) -> None:
    server = get_server(project, server_id)
    flavor = catalog.FLAVORS_BY_ID.get(flavor_ref)
    if flavor is None:
        raise bad_request("Unable to locate requested flavor.")
    TRANSITIONS["resize"].check(server)
    if flavor is server.flavor:
        raise bad_request("When resizing, instances must change flavor!")
    if flavor.is_u_type != server.flavor.is_u_type:
        raise bad_request("Cannot resize between a local-disk (u2) flavor and a block-storage flavor.")
    if flavor.disk < server.flavor.disk:
        raise bad_request("Resize to a smaller disk flavor is not allowed.")
    rules.check_flavor_for_image(flavor, server.image)
    quotas.check_upsize(project, server.flavor, flavor)

    def resized(now: float) -> None:
        server.flavor = flavor
        runtime.lifecycle.confirm_resize_later(server)

    runtime.lifecycle.begin(project, server, "resize", then=resized)


def confirm_resize(runtime: Runtime, project: Project, server_id: str) -> None:
    runtime.lifecycle.confirm_resize(get_server(project, server_id))


def create_image(runtime: Runtime, project: Project, server_id: str, name: str, metadata: dict[str, str]) -> str:
    """A snapshot of a u2 server (the API document: only u2 instances can make an image through this
    API); the image exists once the snapshot is done. Returns its id."""
    server = get_server(project, server_id)
    TRANSITIONS["create_image"].check(server)
    if not server.flavor.is_u_type:
        raise bad_request(f"Only u2 instances can create an image; flavor {server.flavor.name} cannot.")
    rules.check_metadata_quota(metadata, project.quotas)
    image_id = str(uuid.uuid4())
    source = server.image
    image = Image(image_id, name, source.os_type if source else "linux", source.min_disk if source else 10,
                  {**(source.properties if source else {}), **metadata, "image_name": name})

    def done(now: float) -> None:
        if image_id in project.snapshots:  # not deleted at the image service while it was saving
            project.images[image_id] = image

    runtime.lifecycle.begin(project, server, "create_image", then=done)
    project.snapshots[image_id] = Snapshot(image, server.id, runtime.clock.now())  # SAVING until done
    return image_id


def change_security_group(runtime: Runtime, project: Project, server_id: str, name: str, add: bool) -> None:
    """addSecurityGroup / removeSecurityGroup by name or id: an unknown group is 404, removing a
    group the server doesn't have is 400, adding one it has changes nothing."""
    server = get_server(project, server_id)
    group = catalog.find_security_group(name)
    if group is None:
        raise not_found(f"Security group {name} not found.")
    present = group.name in server.security_groups
    if add and not present:
        server.security_groups.append(group.name)
    elif not add:
        if not present:
            raise bad_request(f"Security group {name} not associated with the instance {server.id}")
        server.security_groups.remove(group.name)
    server.touch(runtime.clock.now())


def _console_log(server: Server) -> list[str]:
    distro = server.image.properties.get("os_distro", "Linux") if server.image else "Linux"
    return [
        "[    0.000000] Linux version 5.15.0 (buildd@lcy02-amd64) #1 SMP",
        "[    1.204311] Run /init as init process",
        "[  OK  ] Reached target Cloud-init target.",
        "cloud-init: Cloud-init v. 23.4 finished. Datasource DataSourceOpenStackLocal.",
        "",
        f"{distro} {server.name} ttyS0",
        "",
        f"{server.name} login: ",
    ]


def console_output(project: Project, server_id: str, length: int | None) -> str:
    """os-getConsoleOutput: the last `length` lines of the console log (all of them for None), once the
    server runs on a host (Nova's InstanceNotReady, 409, while building or offloaded)."""
    server = get_server(project, server_id)
    if not server.host:
        raise conflict(f"Instance {server.id} is not ready")
    lines = _console_log(server)
    return "\n".join(lines if length is None else lines[max(len(lines) - length, 0):])
