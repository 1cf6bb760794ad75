"""Where a server runs: one of its availability zone's hosts (`catalog.hosts`). A server outside any
placement policy shares a host chosen by its id; a member of an anti-affinity policy needs a host no
other member runs on, and without one there is no valid host (Nova's NoValidHost)."""

from __future__ import annotations

from .. import catalog
from .models import Server
from .project import Project


def members(project: Project, group_id: str) -> list[Server]:
    """The live servers created in the group, oldest first (Nova's `members`: deleted servers leave it)."""
    return [s for s in project.servers.live() if s.group_id == group_id]


def choose_host(project: Project, server: Server) -> str | None:
    """A host of the server's zone for a server of `project`, or None (NoValidHost)."""
    hosts = catalog.hosts(server.availability_zone)
    spread = int(server.id[:4], 16)
    group = project.server_groups.get(server.group_id or "")
    if group is None:  # no policy (or its group was deleted): no constraint
        return hosts[spread % len(hosts)]
    taken = {m.host for m in members(project, group.id) if m is not server}
    free = [h for h in hosts if h not in taken]
    return free[spread % len(free)] if free else None
