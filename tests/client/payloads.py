"""Real-shaped payloads for the parsing tests, and a generated client that answers them over MockTransport."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import httpx
from toast_compute_client import AuthenticatedClient

TENANT = "6cdebe3eb0094910bc41f1d42ebe4cb7"
SERVER_ID = "aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec"

# GET /servers/{id} as TOAST documents it (the spec's document example), with the NHN extensions the
# service added later; naive launched_at, "" for accessIPv4/config_drive, null task_state/terminated_at.
TOAST_SERVER: dict[str, Any] = {
    "status": "ACTIVE",
    "updated": "2020-02-25T01:22:24Z",
    "hostId": "078d06f898889699f8731d030812e43d2c417edb2cf641dda598c7bd",
    "addresses": {
        "vpc2": [
            {
                "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:54:a7:64",
                "version": 4,
                "addr": "172.16.0.40",
                "OS-EXT-IPS:type": "fixed",
            }
        ]
    },
    "links": [
        {"href": f"http://nova.iaas.tcc1.cloud.toastoven.net:8774/v2/{TENANT}/servers/{SERVER_ID}", "rel": "self"},
        {"href": f"http://nova.iaas.tcc1.cloud.toastoven.net:8774/{TENANT}/servers/{SERVER_ID}", "rel": "bookmark"},
    ],
    "key_name": "access-key",
    "image": {
        "id": "8b9f8d47-b89b-45af-b1d6-3f7ce7e06a11",
        "links": [{"href": f"http://nova/{TENANT}/images/8b9f8d47-b89b-45af-b1d6-3f7ce7e06a11", "rel": "bookmark"}],
    },
    "OS-EXT-STS:task_state": None,
    "OS-EXT-STS:vm_state": "active",
    "OS-SRV-USG:launched_at": "2020-02-25T01:22:23.000000",
    "flavor": {
        "id": "35a73b57-58a7-434d-aa08-5249aaa95b3e",
        "links": [{"href": f"http://nova/{TENANT}/flavors/35a73b57-58a7-434d-aa08-5249aaa95b3e", "rel": "bookmark"}],
    },
    "id": SERVER_ID,
    "security_groups": [{"name": "default"}],
    "OS-SRV-USG:terminated_at": None,
    "OS-EXT-AZ:availability_zone": "kr-pub-b",
    "user_id": "b6ab578c20c94306ac1f41ffc4415b29",
    "name": "Web-Server",
    "created": "2020-02-25T01:15:46Z",
    "tenant_id": TENANT,
    "OS-DCF:diskConfig": "MANUAL",
    "os-extended-volumes:volumes_attached": [{"id": "90712f4f-2faa-4e4f-8eb1-9313a8595570"}],
    "accessIPv4": "",
    "accessIPv6": "",
    "progress": 0,
    "OS-EXT-STS:power_state": 1,
    "config_drive": "",
    "metadata": {"os_type": "Windows", "login_username": "Administrator", "volume_size": "50"},
    "NHN-EXT-ATTR:ephemeral_disk_size": 0,
    "NHN-EXT-ATTR:protect": False,
}


def toast_server(**changes: Any) -> dict[str, Any]:
    """A deep copy of TOAST_SERVER with JSON keys changed (a value of ... removes the key)."""
    server = copy.deepcopy(TOAST_SERVER)
    for key, value in changes.items():
        if value is ...:
            server.pop(key, None)
        else:
            server[key] = value
    return server


def answering(
    status: int, body: Any = None, *, content: bytes | None = None, headers: dict[str, str] | None = None
) -> AuthenticatedClient:
    """A generated client whose every request gets this response (JSON `body`, or raw `content`)."""
    raw = content if content is not None else json.dumps(body).encode()
    reply: Callable[[httpx.Request], httpx.Response] = lambda request: httpx.Response(  # noqa: E731
        status, content=raw, headers=headers or ({"Content-Type": "application/json"} if raw else {})
    )
    return AuthenticatedClient(
        base_url="https://kr1-api-instance-infrastructure.nhncloudservice.com",
        token="secret-token",
        prefix="",
        auth_header_name="X-Auth-Token",
        httpx_args={"transport": httpx.MockTransport(reply)},
    )


class Script:
    """An httpx.MockTransport handler that answers from a list (or a function) and records each request."""

    def __init__(self, *answers: httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.headers: list[httpx.Headers] = []  # as sent: a replayed request object is changed in place

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.headers.append(httpx.Headers(request.headers))
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)  # a fresh stream

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" + (f"?{r.url.query.decode()}" if r.url.query else "") for r in self.requests]


def reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    content = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    return httpx.Response(status, content=content, headers=headers)
