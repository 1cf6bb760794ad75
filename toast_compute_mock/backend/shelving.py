"""shelve / unshelve (the vendor's "terminate" / "start a terminated instance"): the vendor offloads
at once, so shelve ends in SHELVED_OFFLOADED; unshelve schedules the server again."""

from __future__ import annotations

from .project import Project
from .runtime import Runtime
from .servers import get_server


def shelve(runtime: Runtime, project: Project, server_id: str) -> None:
    runtime.lifecycle.shelve(get_server(project, server_id))


def unshelve(runtime: Runtime, project: Project, server_id: str) -> None:
    runtime.lifecycle.unshelve(project, get_server(project, server_id))
