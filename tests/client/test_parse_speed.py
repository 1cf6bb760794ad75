"""What the generated client does to parse a large page quickly keeps its behaviour (issue 18, point 6)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from toast_compute_client import models as m
from toast_compute_client.api.servers import list_servers_detail
from toast_compute_client.types import PausedGC

from .payloads import TENANT, answering, toast_server

pytestmark = pytest.mark.client


@pytest.fixture
def gc_enabled() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_the_collector_is_paused_while_a_body_is_parsed_and_on_again_after(
    gc_enabled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    from_dict = m.ServerDetailList.from_dict.__func__  # type: ignore[attr-defined]

    def recording(cls: type[m.ServerDetailList], src_dict: Any) -> m.ServerDetailList:
        seen.append(gc.isenabled())
        return from_dict(cls, src_dict)  # type: ignore[no-any-return]

    monkeypatch.setattr(m.ServerDetailList, "from_dict", classmethod(recording))
    page = list_servers_detail.sync(TENANT, client=answering(200, {"servers": [toast_server()]}))
    assert isinstance(page, m.ServerDetailList) and len(page.servers) == 1
    assert seen == [False]
    assert gc.isenabled()


def test_the_collector_is_on_again_after_a_body_that_fails_to_parse(gc_enabled: None) -> None:
    with pytest.raises(KeyError):
        list_servers_detail.sync(TENANT, client=answering(200, {"servers": [toast_server(id=...)]}))
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        list_servers_detail.sync(TENANT, client=answering(200, {"servers": [toast_server()]}))
        with PausedGC():
            pass
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()
