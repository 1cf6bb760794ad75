"""os-getConsoleOutput: the server's console log, once it runs on a host (Nova's InstanceNotReady,
409, while building or offloaded)."""

from __future__ import annotations

from ..faults import conflict
from .models import Server
from .project import Project
from .servers import get_server


def _log(server: Server) -> list[str]:
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
    """The last `length` lines (all of them for None)."""
    server = get_server(project, server_id)
    if not server.host:
        raise conflict(f"Instance {server.id} is not ready")
    lines = _log(server)
    return "\n".join(lines if length is None else lines[max(len(lines) - length, 0):])
