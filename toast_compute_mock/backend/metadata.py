"""Server metadata (Nova's `server_metadata` controller): read it, merge into it, replace it, set or
delete one item. Writes need a server that is not busy (409) and keep the `metadata_items` quota
(403) on the result."""

from __future__ import annotations

from ..faults import not_found
from . import rules
from .lifecycle import TRANSITIONS
from .project import Project
from .runtime import Runtime
from .servers import get_server


def get_metadata(project: Project, server_id: str) -> dict[str, str]:
    return dict(get_server(project, server_id).metadata)


def get_item(project: Project, server_id: str, key: str) -> str:
    metadata = get_server(project, server_id).metadata
    if key not in metadata:
        raise not_found("Metadata item was not found")
    return metadata[key]


def update_metadata(runtime: Runtime, project: Project, server_id: str, pairs: dict[str, str],
                    replace: bool) -> dict[str, str]:
    """Merges `pairs` into the metadata (POST, PUT of one key) or replaces it (PUT); returns all of it."""
    server = get_server(project, server_id)
    TRANSITIONS["update_metadata"].check(server)
    result = dict(pairs) if replace else {**server.metadata, **pairs}
    rules.check_metadata_quota(result, project.quotas)
    server.metadata = result
    server.touch(runtime.clock.now())
    return dict(result)


def delete_item(runtime: Runtime, project: Project, server_id: str, key: str) -> None:
    server = get_server(project, server_id)
    if key not in server.metadata:
        raise not_found("Metadata item was not found")
    TRANSITIONS["delete_metadata"].check(server)
    server.metadata = {k: v for k, v in server.metadata.items() if k != key}
    server.touch(runtime.clock.now())
