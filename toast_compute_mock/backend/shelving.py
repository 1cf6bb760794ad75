"""shelve / unshelve (the vendor's "terminate" / "start a terminated instance"): the vendor offloads
at once, so shelve ends in SHELVED_OFFLOADED; unshelve schedules the server again."""

from __future__ import annotations

from .backend import Backend
from .project import Project
from .servers import get_server


def shelve(backend: Backend, project: Project, server_id: str) -> None:
    backend.lifecycle.shelve(get_server(project, server_id))


def unshelve(backend: Backend, project: Project, server_id: str) -> None:
    backend.lifecycle.unshelve(get_server(project, server_id))
