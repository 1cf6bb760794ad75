"""One call per server action: the exact Nova body each sends, createImage's image id, the console output."""

from __future__ import annotations

import json
from typing import Any

import pytest
from toast_compute_client import models as m

from toast_compute import UnexpectedResponse

from .conftest import make_layer
from .payloads import SERVER_ID, TENANT, Script, reply

pytestmark = pytest.mark.client

IMAGE_ID = "0e7761dd-ee98-41f0-ba35-05994e446431"


def layer_for(script: Script, facade: str, loop: Any) -> Any:
    return make_layer(
        facade, loop, base_url="https://compute.test", token="t", tenant_id=TENANT, transport=script.transport()
    )


@pytest.mark.parametrize(
    "method, args, body",
    [
        ("start_server", (), {"os-start": None}),
        ("stop_server", (), {"os-stop": None}),
        ("reboot_server", (), {"reboot": {"type": "SOFT"}}),
        ("reboot_server", ({"hard": True}), {"reboot": {"type": "HARD"}}),
        ("resize_server", ("2",), {"resize": {"flavorRef": "2"}}),
        ("resize_server", ("2", m.DiskConfig.AUTO), {"resize": {"flavorRef": "2", "OS-DCF:diskConfig": "AUTO"}}),
        ("add_security_group", ("web",), {"addSecurityGroup": {"name": "web"}}),
        ("remove_security_group", ("web",), {"removeSecurityGroup": {"name": "web"}}),
        ("shelve_server", (), {"shelve": None}),
        ("unshelve_server", (), {"unshelve": None}),
        ("add_floating_ip", ("133.186.150.7",), {"addFloatingIp": {"address": "133.186.150.7"}}),
        (
            "add_floating_ip",
            ("133.186.150.7", "192.168.0.9"),
            {"addFloatingIp": {"address": "133.186.150.7", "fixed_address": "192.168.0.9"}},
        ),
        ("remove_floating_ip", ("133.186.150.7",), {"removeFloatingIp": {"address": "133.186.150.7"}}),
    ],
)
def test_action_bodies(method: str, args: Any, body: dict[str, Any], facade: str, loop: Any) -> None:
    script = Script(reply(202))
    kwargs = args if isinstance(args, dict) else {}
    positional = () if isinstance(args, dict) else args
    assert getattr(layer_for(script, facade, loop), method)(SERVER_ID, *positional, **kwargs) is None
    (request,) = script.requests
    assert (request.method, request.url.path) == ("POST", f"/v2/{TENANT}/servers/{SERVER_ID}/action")
    assert json.loads(request.content) == body
    assert request.headers["X-Auth-Token"] == "t"


@pytest.mark.parametrize("length, body", [(None, {}), (2, {"length": 2})])
def test_console_output_is_the_output_string(length: int | None, body: dict[str, Any], facade: str, loop: Any) -> None:
    script = Script(reply(200, {"output": "login:\nlogin:"}))
    assert layer_for(script, facade, loop).get_console_output(SERVER_ID, length=length) == "login:\nlogin:"
    assert json.loads(script.requests[0].content) == {"os-getConsoleOutput": body}


def test_create_image_returns_the_id_from_location(facade: str, loop: Any) -> None:
    location = f"https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/{TENANT}/images/{IMAGE_ID}"
    script = Script(reply(202, headers={"Location": location}))
    assert layer_for(script, facade, loop).create_image(SERVER_ID, "snap", {"purpose": "backup"}) == IMAGE_ID
    assert json.loads(script.requests[0].content) == {
        "createImage": {"name": "snap", "metadata": {"purpose": "backup"}}
    }


def test_create_image_falls_back_to_the_body(facade: str, loop: Any) -> None:
    script = Script(reply(202, {"image_id": IMAGE_ID}))
    assert layer_for(script, facade, loop).create_image(SERVER_ID, "snap") == IMAGE_ID


def test_create_image_without_an_id_is_an_unexpected_response(facade: str, loop: Any) -> None:
    with pytest.raises(UnexpectedResponse):
        layer_for(Script(reply(202)), facade, loop).create_image(SERVER_ID, "snap")
