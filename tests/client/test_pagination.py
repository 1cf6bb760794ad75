"""Paginators follow `next` links by their marker (the links' host may be internal) and refuse to loop."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import pytest

from toast_compute import PaginationError

from .conftest import make_layer
from .payloads import TENANT, Script, reply, toast_server

pytestmark = pytest.mark.client

IDS = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(1, 6)]
INTERNAL = f"http://nova.iaas.tcc1.cloud.toastoven.net:8774/v2/{TENANT}/servers/detail"


def page(ids: list[str], next_href: str | None = None) -> Any:
    body: dict[str, Any] = {"servers": [toast_server(id=i) for i in ids]}
    if next_href:
        body["servers_links"] = [{"rel": "next", "href": next_href}]
    return reply(200, body)


def walk(script: Script, facade: str, loop: Any, **kwargs: Any) -> list[str]:
    layer = make_layer(
        facade, loop, base_url="https://compute.test", token="t", tenant_id=TENANT, transport=script.transport()
    )
    return [str(s.id) for s in layer.iter_servers(**kwargs)]


def queries(script: Script) -> list[dict[str, list[str]]]:
    return [parse_qs(r.url.query.decode()) for r in script.requests]


def test_follows_next_links_by_marker_on_our_own_host(facade: str, loop: Any) -> None:
    script = Script(
        page(IDS[:2], f"{INTERNAL}?limit=2&marker={IDS[1]}"),
        page(IDS[2:4], f"{INTERNAL}?limit=2&marker={IDS[3]}"),
        page(IDS[4:]),
    )
    assert walk(script, facade, loop, page_size=2, status="ACTIVE") == IDS
    assert {r.url.host for r in script.requests} == {"compute.test"}
    assert queries(script) == [
        {"status": ["ACTIVE"], "limit": ["2"]},
        {"status": ["ACTIVE"], "limit": ["2"], "marker": [IDS[1]]},
        {"status": ["ACTIVE"], "limit": ["2"], "marker": [IDS[3]]},
    ]


def test_a_next_link_without_marker_uses_the_last_id(facade: str, loop: Any) -> None:
    script = Script(page(IDS[:2], INTERNAL), page(IDS[2:]))
    assert walk(script, facade, loop) == IDS
    assert queries(script)[1] == {"marker": [IDS[1]]}


def test_a_repeated_next_link_stops_with_an_error(facade: str, loop: Any) -> None:
    loop_link = f"{INTERNAL}?marker={IDS[1]}"
    script = Script(page(IDS[:2], loop_link), page(IDS[:2], loop_link))
    with pytest.raises(PaginationError, match=IDS[1]):
        walk(script, facade, loop)
    assert len(script.requests) == 2


def test_a_start_marker_is_sent(facade: str, loop: Any) -> None:
    script = Script(page(IDS[3:]))
    assert walk(script, facade, loop, marker=IDS[2]) == IDS[3:]
    assert queries(script) == [{"marker": [IDS[2]]}]


def test_the_reservation_id_filter_is_sent_on_every_page(facade: str, loop: Any) -> None:
    script = Script(page(IDS[:2], f"{INTERNAL}?limit=2&marker={IDS[1]}"), page(IDS[2:3]))
    assert walk(script, facade, loop, page_size=2, reservation_id="r-3fhpjulh") == IDS[:3]
    assert [q["reservation_id"] for q in queries(script)] == [["r-3fhpjulh"], ["r-3fhpjulh"]]
