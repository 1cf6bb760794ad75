"""Path parameters survive HTTP (errata E103): the description forbids `.` and `..` wherever a free string
becomes a path segment, and the generated client sends every value so that it names exactly itself —
`..`, `a/b`, `%2F`, `?`, `#` never change the path it names."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote
from uuid import UUID

import httpx
import pytest
import toast_compute_client.api
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from toast_compute_client import models

from spec_toolkit.spec import Spec
from toast_compute import ComputeClient

TRICKY = [".", "..", "...", "a/b", "%2F", "%2E%2E", "?x=1", "#frag", "a b", "../x", "한글"]


def path_parameters(spec: Spec) -> dict[str, dict[str, Any]]:
    """Every path parameter of the description by name, with its schema."""
    found: dict[str, dict[str, Any]] = {}
    for operation in spec.operations():
        for parameter in map(spec.resolve, operation.parameters):
            if parameter.get("in") == "path":
                found[parameter["name"]] = spec.resolve(parameter["schema"])
    return found


def test_free_string_path_parameters_forbid_dot_segments(spec: Spec) -> None:
    """A path parameter that is not a UUID has a pattern that refuses exactly `.` and `..`."""
    free = {name: schema for name, schema in path_parameters(spec).items()
            if schema.get("format") != "uuid" and name != "tenantId"}
    assert {"key", "keypairName", "networkLabel", "flavorId", "serverGroupId"} <= set(free)
    for name, schema in free.items():
        pattern = schema.get("pattern")
        assert pattern, f"path parameter {name} has no pattern: `.` and `..` would be valid values"
        for value in (".", ".."):
            assert not re.search(pattern, value), f"{name}'s pattern allows {value!r}"
        for value in ("...", ".a", "a.", "os.version", "a..b", "키", " "):
            assert re.search(pattern, value), f"{name}'s pattern refuses {value!r}"


class Recorder:
    """A loopback HTTP server that answers 404 to everything and keeps each raw request path."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def answer(self) -> None:
                recorder.paths.append(self.path)
                body = b'{"itemNotFound": {"code": 404, "message": "no"}}'
                self.send_response(404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = answer

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()


@pytest.fixture(scope="module")
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    yield server
    server.server.shutdown()


def endpoint_modules() -> list[Any]:
    modules = []
    for info in pkgutil.walk_packages(toast_compute_client.api.__path__, "toast_compute_client.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs") and hasattr(module, "_path_segment"):
            modules.append(module)
    return modules


def test_every_endpoint_with_path_parameters_encodes_them() -> None:
    modules = endpoint_modules()
    assert len(modules) >= 25, [m.__name__ for m in modules]
    for module in modules:
        assert "_path_segment(" in inspect.getsource(module._get_kwargs), module.__name__


@pytest.mark.parametrize("value", TRICKY)
def test_a_path_parameter_names_exactly_its_value(recorder: Recorder, value: str) -> None:
    """Sent over real HTTP, each path parameter arrives as one segment that decodes to the value, in every
    operation whose only required arguments are path parameters."""
    sent = 0
    with httpx.Client(base_url=recorder.base_url) as http:
        for module in endpoint_modules():
            signature = inspect.signature(module._get_kwargs)
            required = [p for p in signature.parameters.values() if p.default is inspect.Parameter.empty]
            names = [p.name for p in required if p.name != "tenant_id"]
            if [p.name for p in required if p.annotation not in (str, UUID)]:
                continue  # a body or a typed argument: not a path-only call
            kwargs = module._get_kwargs(tenant_id="t", **{name: value for name in names})
            template = module._get_kwargs(tenant_id="t", **{name: "X" for name in names})["url"]
            http.request(kwargs["method"], kwargs["url"])
            received = recorder.paths[-1].split("?", 1)[0].split("/")
            expected = template.split("/")
            assert len(received) == len(expected), f"{module.__name__}: {value!r} became {recorder.paths[-1]}"
            for got, want in zip(received, expected, strict=True):
                assert unquote(got) == (value if want == "X" else want), f"{module.__name__}: {recorder.paths[-1]}"
            sent += 1
    assert sent >= 15


# Nova's metadata key alphabet (`^[a-zA-Z0-9-_:. ]{1,255}$`), dot segments forced; `/`, `%`, `?` are the
# recorder's (no metadata key holds them).
KEYS = st.sampled_from([".", "..", "...", "a.", ".a"]) | st.text(alphabet="a.: -", min_size=1, max_size=3)
SERVERS: dict[int, str] = {}  # one server per mock (the fixture resets the mock per test, not per example)


def server_of(compute: ComputeClient, mock: Any) -> str:
    if id(mock.app) not in SERVERS:
        image = compute.find_image("Ubuntu Server 22.04 LTS (2024.01.16)")  # found through the API, as a user would
        created = compute.create_server(models.ServerCreate(
            name="segments", flavor_ref=compute.find_flavor("u2.c1m2").id, image_ref=image.id,
            networks=[models.ServerNetwork(uuid=compute.find_network().id)]))
        assert isinstance(created, models.ServerCreated)
        SERVERS[id(mock.app)] = str(created.id)
    return SERVERS[id(mock.app)]


@settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=KEYS)
def test_forced_dot_segment_draws_read_the_item_they_name(toast_compute_mock_http: Any, key: str) -> None:
    """A metadata item keyed by any drawn value (dot segments forced) is read, written and deleted by that
    key through the layer: no draw reaches another resource (the false alarm of issue 17)."""
    mock = toast_compute_mock_http
    with ComputeClient(base_url=mock.base_url, token=mock.token, tenant_id=mock.tenant_id,
                       network_url=mock.network_url) as compute:
        server_id = server_of(compute, mock)
        compute.merge_server_metadata(server_id, {key: "merged"})
        assert compute.get_server_metadata_item(server_id, key) == "merged"
        assert compute.set_server_metadata_item(server_id, key, "set") == "set"
        assert compute.get_server_metadata(server_id)[key] == "set"
        compute.delete_server_metadata_item(server_id, key)
        assert key not in compute.get_server_metadata(server_id)
