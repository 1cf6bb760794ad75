"""What the generated client does to parse a large page quickly keeps its behaviour (issue 18, point 6)."""

from __future__ import annotations

import gc
import pickle
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest
from attrs import fields_dict
from toast_compute_client import models as m
from toast_compute_client.api.servers import list_servers_detail
from toast_compute_client.types import UNSET, PausedGC, parse_uuid

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
    from_wire = m.ServerDetailList._from_wire

    def recording(wire: Any) -> m.ServerDetailList:
        seen.append(gc.isenabled())
        return from_wire(wire)

    monkeypatch.setattr(m.ServerDetailList, "_from_wire", staticmethod(recording))
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


@pytest.mark.parametrize(
    "body, extra",
    [
        ({"href": "h", "rel": "self"}, {}),
        ({"href": "h", "rel": "self", "type": "t"}, {}),
        ({"href": "h", "rel": "self", "title": "x"}, {"title": "x"}),  # as many keys as declared fields
        ({"title": "x", "href": "h", "type": "t", "rel": "self", "hreflang": "ko"}, {"title": "x", "hreflang": "ko"}),
    ],
    ids=["required", "all-declared", "one-unknown-one-absent", "unknown-keys-in-order"],
)
def test_a_model_read_without_copying_keeps_exactly_the_unknown_keys(
    body: dict[str, Any], extra: dict[str, Any]
) -> None:
    link = m.Link.from_dict(body)
    assert (link.href, link.rel) == ("h", "self")
    assert link.additional_properties == extra and list(link.additional_properties) == list(extra)
    assert link.to_dict() == body


def test_a_model_whose_variable_is_named_like_one_of_its_fields_keeps_its_unknown_keys() -> None:
    # from_dict names the instance `version`, as the field `version` is named: the keys are counted before
    body = {"id": "v2.1", "status": "CURRENT", "links": [], "x-unknown": 1}
    parsed = m.Version.from_dict(body)
    assert parsed.additional_properties == {"x-unknown": 1} and parsed.to_dict() == body


def test_a_parsed_model_shares_no_dict_with_the_body() -> None:
    body = toast_server(**{"NHN-EXT-ATTR:hibernation": {"enabled": True}})
    link_body = {"href": "h", "rel": "self"}
    server, link = m.Server.from_dict(body), m.Link.from_dict(link_body)
    server["added"] = link["added"] = 1
    assert "added" not in body and "added" not in link_body
    body["later"] = link_body["later"] = 2
    assert "later" not in server.additional_properties and "later" not in link.additional_properties
    assert server.additional_properties is not m.Server.from_dict(body).additional_properties
    server.addresses["added"] = []
    assert "added" not in body["addresses"]


def unset_slot(model: object, name: str) -> bool:
    try:
        type(model).__dict__[name].__get__(model)  # the slot itself, past __getattr__
    except AttributeError:
        return True
    return False


def test_a_model_without_unknown_keys_makes_its_additional_properties_on_first_read() -> None:
    server = m.Server.from_dict(toast_server())
    nested = [server, server.flavor, server.links[0], server.metadata, *server.addresses["vpc2"]]
    assert [unset_slot(model, "additional_properties") for model in nested] == [True, True, True, False, True]
    first = server.links[0].additional_properties
    assert first == {} and server.links[0].additional_properties is first
    server.links[0]["title"] = "x"
    assert server.links[0].to_dict()["title"] == "x" and "title" in server.links[0]
    with pytest.raises(KeyError):
        server.flavor["absent"]
    assert "absent" not in server and server.additional_keys == []


def test_a_model_whose_additional_properties_are_unset_behaves_as_one_built_by_its_init() -> None:
    import copy

    from attrs import asdict, evolve

    parsed, built = m.Link.from_dict({"href": "h", "rel": "self"}), m.Link("h", "self")
    assert repr(parsed) == repr(built) and asdict(parsed) == asdict(built)
    assert copy.deepcopy(m.Link.from_dict({"href": "h", "rel": "self"})) == built
    assert pickle.loads(pickle.dumps(m.Link.from_dict({"href": "h", "rel": "self"}))) == built
    assert evolve(m.Link.from_dict({"href": "h", "rel": "self"}), rel="next") == m.Link("h", "next")
    with pytest.raises(AttributeError, match="'Link' object has no attribute 'hre'") as raised:
        parsed.hre  # type: ignore[attr-defined]  # noqa: B018
    assert (raised.value.name, raised.value.obj) == ("hre", parsed)  # what "Did you mean 'href'?" is made from


def test_threads_reading_additional_properties_first_share_one_dict() -> None:
    import sys
    import threading

    writers, models = 4, [m.Link.from_dict({"href": "h", "rel": "self"}) for _ in range(10_000)]
    start = threading.Barrier(writers)

    def write(key: str) -> None:
        start.wait()
        for model in models:
            model[key] = 1

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: each first read races
    try:
        threads = [threading.Thread(target=write, args=(f"writer {n}",)) for n in range(writers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert [model for model in models if len(model.additional_properties) != writers] == []


def test_a_mapping_that_is_not_a_dict_still_parses() -> None:
    from types import MappingProxyType

    body = {"href": "h", "rel": "self", "title": "x"}
    assert m.Link.from_dict(MappingProxyType(body)) == m.Link.from_dict(body)
    assert m.Link.from_dict(list(body.items())).additional_properties == {"title": "x"}  # type: ignore[arg-type]


def test_a_model_built_without_its_init_equals_one_built_with_it() -> None:
    body = toast_server()
    parsed = m.Server.from_dict(body)
    assert type(parsed) is m.Server and parsed.additional_properties == {}
    built = m.Server(**{name: getattr(parsed, name) for name, field in fields_dict(m.Server).items() if field.init})
    assert parsed == built
    link = m.Link.from_dict({"href": "h", "rel": "self"})
    assert link == m.Link("h", "self") and link.additional_properties == {} and link.type_ is UNSET


def test_a_subclass_is_still_built_by_its_own_init() -> None:
    class Remembered(m.Link):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            self.additional_properties["built by"] = "__init__"

    link = Remembered.from_dict({"href": "h", "rel": "self"})
    assert type(link) is Remembered and link["built by"] == "__init__"


UUID_TEXTS = [
    "aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec",
    "AAF2778B-EA03-4CCC-8B1B-92F4B686C3EC",
    "aaf2778bea034ccc8b1b92f4b686c3ec",
    "{aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec}",
    "urn:uuid:aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec",
    "aaf2778b-ea03-4ccc-8b1b-92f4b686c3e_",  # int() reads underscores between digits, and so does UUID()
    "aaf2778b-ea03-4ccc-8b1b-92f4b686c3_c",
    " af2778b-ea03-4ccc-8b1b-92f4b686c3ec",
    "+af2778b-ea03-4ccc-8b1b-92f4b686c3ec",
    "--aaf2778bea034ccc8b1b92f4b686c3ec--",
    "aaf2778b-ea03-4ccc-8b1b-92f4b686c3e",
    "aaf2778b-ea03-4ccc-8b1b-92f4b686c3ecc",
    "gaf2778b-ea03-4ccc-8b1b-92f4b686c3ec",
    "urn:aaf2778bea034ccc8b1b92f4b686c3",
    "",
]


@pytest.mark.parametrize("text", UUID_TEXTS + [b"aaf2778bea034ccc8b1b92f4b686c3ec", 12, None])
def test_parse_uuid_is_uuid(text: Any) -> None:
    try:
        expected: UUID | Exception = UUID(text)
    except Exception as error:  # noqa: BLE001 - the same error, whatever it is
        expected = error
    if isinstance(expected, Exception):
        with pytest.raises(type(expected)) as raised:
            parse_uuid(text)
        assert str(raised.value) == str(expected)
        return
    parsed = parse_uuid(text)
    assert type(parsed) is UUID and parsed == expected and parsed.int == expected.int
    assert parsed.is_safe is expected.is_safe and hash(parsed) == hash(expected)
    assert (str(parsed), repr(parsed), parsed.version) == (str(expected), repr(expected), expected.version)
    assert pickle.loads(pickle.dumps(parsed)) == expected
    with pytest.raises(TypeError):
        parsed.int = 1  # type: ignore[misc]  # immutable, as UUID's own objects
