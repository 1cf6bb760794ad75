"""The exact request each call of the 2026 additions sends, and what it returns of the answer (scripted
transport); the same calls run against the mock in test_operations_layer.py."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

import pytest

from toast_compute import UnexpectedResponse, boot_volume, server_request

from .conftest import make_layer
from .payloads import SERVER_ID, TENANT, Script, reply

pytestmark = pytest.mark.client

SERVERS = f"/v2/{TENANT}/servers/{SERVER_ID}"
GROUP_ID = "a8b5f2c3-4d6e-4f70-8a91-b2c3d4e5f607"
FLOATING_ID = "2f245a7b-796b-4f26-9cf9-9e82d248fda7"
GROUP = {"id": GROUP_ID, "name": "spread", "policies": ["anti-affinity"], "members": [], "metadata": {}}
FLOATING = {"id": FLOATING_ID, "ip": "133.186.150.7", "pool": "Public Network", "fixed_ip": None, "instance_id": None}


def layer_for(script: Script, facade: str, loop: Any) -> Any:
    return make_layer(
        facade, loop, base_url="https://compute.test", token="t", tenant_id=TENANT, transport=script.transport()
    )


@pytest.mark.parametrize(
    "method, args, answer, request_line, body, result",
    [
        ("get_server_metadata", (), {"metadata": {"a": "1"}}, f"GET {SERVERS}/metadata", None, {"a": "1"}),
        ("merge_server_metadata", ({"b": "2"},), {"metadata": {"a": "1", "b": "2"}},
         f"POST {SERVERS}/metadata", {"metadata": {"b": "2"}}, {"a": "1", "b": "2"}),
        ("replace_server_metadata", ({"b": "2"},), {"metadata": {"b": "2"}},
         f"PUT {SERVERS}/metadata", {"metadata": {"b": "2"}}, {"b": "2"}),
        ("get_server_metadata_item", ("os type",), {"meta": {"os type": "linux"}},
         f"GET {SERVERS}/metadata/os%20type", None, "linux"),
        ("set_server_metadata_item", ("os_type", "linux"), {"meta": {"os_type": "linux"}},
         f"PUT {SERVERS}/metadata/os_type", {"meta": {"os_type": "linux"}}, "linux"),
        ("get_server_ips_network", ("vpc2",), {"vpc2": [{"addr": "172.16.0.40", "version": 4}]},
         f"GET {SERVERS}/ips/vpc2", None, ["172.16.0.40"]),
        ("create_server_group", ("spread",), {"server_group": GROUP}, f"POST /v2/{TENANT}/os-server-groups",
         {"server_group": {"name": "spread", "policies": ["anti-affinity"]}}, GROUP_ID),
        ("create_floating_ip", (), {"floating_ip": FLOATING}, f"POST /v2/{TENANT}/os-floating-ips", {}, FLOATING_ID),
        ("create_floating_ip", ("Public Network",), {"floating_ip": FLOATING}, f"POST /v2/{TENANT}/os-floating-ips",
         {"pool": "Public Network"}, FLOATING_ID),
    ],
)  # fmt: skip
def test_request_and_result(
    method: str, args: Any, answer: Any, request_line: str, body: Any, result: Any, facade: str, loop: Any
) -> None:
    script = Script(reply(200, answer))
    layer = layer_for(script, facade, loop)
    server_scoped = "/servers/" in request_line
    returned = getattr(layer, method)(*((SERVER_ID, *args) if server_scoped else args))
    if isinstance(returned, list):
        returned = [address.addr for address in returned]
    assert (getattr(returned, "id", returned)) == result
    (request,) = script.requests
    assert f"{request.method} {request.url.raw_path.decode()}" == request_line
    assert (json.loads(request.content) if request.content else None) == body


@pytest.mark.parametrize(
    "method, args, answer",
    [
        ("get_server_metadata_item", ("os_type",), {"meta": {"os_distro": "ubuntu"}}),
        ("set_server_metadata_item", ("os_type", "linux"), {"meta": {}}),
        ("get_server_ips_network", ("vpc2",), {"Default Network": []}),
    ],
)
def test_an_answer_without_the_key_asked_for_is_an_unexpected_response(
    method: str, args: Any, answer: Any, facade: str, loop: Any
) -> None:
    script = Script(reply(200, answer, headers={"x-openstack-request-id": "req-1"}))
    with pytest.raises(UnexpectedResponse, match=f"the body has no '{args[0]}'") as raised:
        getattr(layer_for(script, facade, loop), method)(SERVER_ID, *args)
    assert (raised.value.status_code, raised.value.request_id) == (200, "req-1")
    assert raised.value.operation == method.replace("set_", "update_")


def test_server_request_body() -> None:
    """server_request's body, as Nova reads it; None is the same as an argument not given."""
    image, network = "9956f822-29c9-4f81-9410-0c392d9c8c24", UUID("555e95b8-083e-5570-ab52-1c04054973a8")
    full = server_request(
        "web", "f1", image=image, networks=[network], key_name="k", metadata={"a": "b"}, security_groups=["web"],
        availability_zone="kr-pub-a", min_count=1, max_count=2,
    )  # fmt: skip
    assert full.to_dict() == {
        "name": "web", "flavorRef": "f1", "imageRef": image, "networks": [{"uuid": str(network)}], "key_name": "k",
        "metadata": {"a": "b"}, "security_groups": [{"name": "web"}], "availability_zone": "kr-pub-a",
        "min_count": 1, "max_count": 2,
    }  # fmt: skip
    volume = boot_volume(image, 20)
    from_volume = server_request("db", "f2", networks=[network], block_devices=[volume])
    assert from_volume.to_dict()["block_device_mapping_v2"] == [volume.to_dict()]
    assert "imageRef" not in from_volume.to_dict()
    nones = server_request(
        "web", "f1", networks=None, image=None, block_devices=None, key_name=None, metadata=None,
        security_groups=None, availability_zone=None, user_data=None, min_count=None, max_count=None,
    )  # fmt: skip
    given_none, not_given = nones.to_dict(), server_request("web", "f1").to_dict()
    assert given_none == not_given == {"name": "web", "flavorRef": "f1", "networks": []}
