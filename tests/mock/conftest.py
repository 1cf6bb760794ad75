"""Every test here runs twice: in-process (httpx over the ASGI app) and in server mode (the same
app behind uvicorn on a loopback port), as moto runs its suite."""

from __future__ import annotations

import pytest

from toast_compute_mock.catalog import FLAVORS, IMAGES, NETWORKS
from toast_compute_mock.config import UNLIMITED_SERVERS

from .spec_check import SPEC, SpecChecker

U2 = next(f for f in FLAVORS if f.name == "u2.c1m2")
U2_BIG = next(f for f in FLAVORS if f.name == "u2.c2m4")
M2 = next(f for f in FLAVORS if f.name == "m2.c2m4")
T2_SMALL = next(f for f in FLAVORS if f.name == "t2.c1m1")
LINUX = IMAGES[0]
WINDOWS = next(i for i in IMAGES if i.is_windows)
NET = NETWORKS[0]


class Api:
    """A small client for the tests: paths are relative to `/v2/{tenantId}`. With a checker, every
    response it gets is checked against the OpenAPI description."""

    def __init__(self, mock, checker: SpecChecker | None = None) -> None:
        self.mock = mock
        hooks = {"response": [self._check]} if checker else {}
        self.checker = checker
        self.http = mock.client(event_hooks=hooks)
        self.prefix = f"/v2/{mock.tenant_id}"

    def _check(self, response) -> None:
        response.read()
        self.checker.check(response.request.method, response.request.url.path, response.status_code,
                           response.headers, response.content)

    def request(self, method: str, path: str, **kwargs):
        return self.http.request(method, self.prefix + path, **kwargs)

    def get(self, path: str, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs):
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs):
        return self.request("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs):
        return self.request("DELETE", path, **kwargs)

    def create_volume(self, size: int = 10, **fields) -> str:
        """A volume of block storage (`available` on the immediate and real clocks at the next request)."""
        response = self.http.post(f"/block-storage/v2/{self.mock.tenant_id}/volumes",
                                  json={"volume": {"size": size, **fields}})
        assert response.status_code == 202, response.text
        return response.json()["volume"]["id"]

    def action(self, server_id: str, body):
        return self.post(f"/servers/{server_id}/action", json=body)

    def server(self, server_id: str) -> dict:
        response = self.get(f"/servers/{server_id}")
        assert response.status_code == 200, response.text
        return response.json()["server"]

    def status(self, server_id: str) -> str:
        return self.server(server_id)["status"]

    def create_server(self, expect: int = 202, **fields):
        body = {"name": "web", "imageRef": LINUX.id, "flavorRef": U2.id, "networks": [{"uuid": NET.id}]}
        body.update(fields)
        body = {k: v for k, v in body.items() if v is not None}
        response = self.post("/servers", json={"server": body})
        assert response.status_code == expect, response.text
        return response.json()["server"]["id"] if expect == 202 else response


def unlimited_servers(mock) -> None:
    """Lifts the tenant's instances, cores and RAM quotas for one test that needs many servers (a reset
    restores Nova's defaults)."""
    mock.state.projects[mock.tenant_id].quotas = UNLIMITED_SERVERS


def boot_volume(image_id: str = LINUX.id, size: int = 20) -> list[dict]:
    return [{"uuid": image_id, "boot_index": 0, "volume_size": size, "source_type": "image",
             "destination_type": "volume", "delete_on_termination": True}]


@pytest.fixture(params=["inprocess", pytest.param("server", marks=pytest.mark.server_mode)])
def mock(request):
    fixture = "toast_compute_mock" if request.param == "inprocess" else "toast_compute_mock_http"
    return request.getfixturevalue(fixture)


def spec_documents(operation_id: str, status: int) -> bool:
    """Whether the description in this tree has that response (additions arrive with spec-2026)."""
    if not SPEC.exists():
        return True
    spec = SpecChecker().spec
    operation = next((op for op in spec.operations() if op.operation_id == operation_id), None)
    return operation is not None and spec.response(operation, status) is not None


@pytest.fixture(scope="session")
def spec_checker() -> SpecChecker | None:
    return SpecChecker() if SPEC.exists() else None


@pytest.fixture
def api(mock, spec_checker) -> Api:
    """Every response a test gets through this client must also validate against the spec."""
    if spec_checker is not None:
        spec_checker.violations.clear()
    client = Api(mock, spec_checker)
    yield client
    client.http.close()
    if spec_checker is not None:
        assert spec_checker.violations == [], "responses that disagree with the spec"


@pytest.fixture
def manual(mock):
    """The mock on the manual clock: nothing happens until the test advances time."""
    mock.set_clock("manual")
    return mock


def fault(response, code: int, name: str) -> str:
    """Asserts Nova's envelope and returns the message."""
    assert response.status_code == code, response.text
    body = response.json()
    assert list(body) == [name], body
    assert body[name]["code"] == code
    assert isinstance(body[name]["message"], str) and body[name]["message"]
    return body[name]["message"]
