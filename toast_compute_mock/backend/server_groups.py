"""Placement policies (Nova's server groups below microversion 2.64): create, list, get, delete, and
the check a server create makes of its `os:scheduler_hints.group`. The vendor offers `anti-affinity`
only; Nova's quotas (`Quotas.server_groups`, `.server_group_members`): 10 groups per project, 10 servers
per group."""

from __future__ import annotations

import uuid

from ..faults import bad_request, forbidden, not_found
from .models import ServerGroup
from .placement import members
from .project import Project
from .runtime import Runtime

POLICIES = ("anti-affinity",)


def create_group(runtime: Runtime, project: Project, name: str, policies: list[str]) -> ServerGroup:
    if 0 <= project.quotas.server_groups <= len(project.server_groups):
        raise forbidden("Quota exceeded, too many server groups.")
    group = ServerGroup(str(uuid.uuid4()), name, list(policies), project.user_id, runtime.clock.now())
    project.server_groups[group.id] = group
    return group


def get_group(project: Project, group_id: str) -> ServerGroup:
    group = project.server_groups.get(group_id)
    if group is None:
        raise not_found(f"Instance group {group_id} could not be found.")
    return group


def delete_group(project: Project, group_id: str) -> None:
    """Members stay (they simply belong to no group any more), as in Nova."""
    del project.server_groups[get_group(project, group_id).id]


def member_ids(project: Project, group: ServerGroup) -> list[str]:
    return [s.id for s in members(project, group.id)]


def check_join(project: Project, group_id: str, count: int) -> None:
    """A create naming the group: it exists (400 otherwise, as Nova maps InstanceGroupNotFound on create)
    and has room for `count` more members."""
    group = project.server_groups.get(group_id)
    if group is None:
        raise bad_request(f"Instance group {group_id} could not be found.")
    if 0 <= project.quotas.server_group_members < len(member_ids(project, group)) + count:
        raise forbidden("Quota exceeded, too many servers in group")
