"""A model's response body is parsed on the wire path (types.from_response, issue 18 point 6): msgspec decodes it
straight into the model's wire Struct, and the model is built from that. Whatever the body, the result must be
exactly what from_dict gives from the decoded dict: the same model, or the same error. Bodies the Struct refuses
(unknown keys, missing or mistyped fields) go to from_dict itself; the others must really take the wire path."""

from __future__ import annotations

import copy
import inspect
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any
from uuid import SafeUUID

import httpx
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from toast_compute_client import models as m
from toast_compute_client.types import decode_json

from tests.paths import NOVA_SAMPLES

from .payloads import toast_server
from .test_nova_samples import SAMPLES

pytestmark = pytest.mark.client

# Nova's samples with no key the description lacks (the two server samples hold OS-EXT-SRV-ATTR:*)
TAKE_THE_WIRE_PATH = sorted(set(SAMPLES) - {"servers__server-get-resp", "servers__servers-details-resp"})
TOAST_BODIES: list[tuple[type[Any], Any]] = [
    (m.ServerDetailList, {"servers": [toast_server(), toast_server(fault={"code": 500, "message": "m"})]}),
    (m.ServerResponse, {"server": toast_server(image="")}),
]


def sample_body(sample: str) -> tuple[type[Any], Any]:
    return SAMPLES[sample][2], json.loads((NOVA_SAMPLES / f"{sample}.json").read_text())


BODIES = TOAST_BODIES + [sample_body(sample) for sample in sorted(SAMPLES)]
WIRE_PATH_BODIES = [sample_body(sample) for sample in TAKE_THE_WIRE_PATH] + TOAST_BODIES
SAME_KIND: dict[type, st.SearchStrategy[Any]] = {
    str: st.text(max_size=40) | st.sampled_from(["", "2020-02-25T01:22:24Z", "aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec"]),
    int: st.integers(),
    float: st.floats(allow_nan=False, allow_infinity=False),
    bool: st.booleans(),
}
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=5,
)


def wire_models() -> Iterator[tuple[type[Any], Any]]:
    """Every model with a wire Struct, and the Struct (`_<Class>Wire` beside the class)."""
    for _, model in inspect.getmembers(m, inspect.isclass):
        if hasattr(model, "_from_wire"):
            yield model, getattr(sys.modules[model.__module__], f"_{model.__name__}Wire")


WIRES = dict(wire_models())


def answer(body: Any) -> httpx.Response:
    return httpx.Response(200, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})


def outcome(parse: Callable[[], Any]) -> tuple[Any, ...]:
    """What a parse gives, to compare two ways: the model (its type, repr and JSON) or the error (type, text)."""
    try:
        model = parse()
    except Exception as error:
        return ("raised", type(error), str(error))
    try:
        as_json = model.to_dict()
    except Exception as error:
        as_json = ("to_dict raised", type(error), str(error))
    return ("parsed", type(model), repr(model), as_json)


def containers(value: Any) -> Iterator[tuple[Any, Any]]:
    """(container, key or index) for every member of every object and array in a JSON value."""
    if isinstance(value, dict):
        for key, member in value.items():
            yield value, key
            yield from containers(member)
    elif isinstance(value, list):
        for index, member in enumerate(value):
            yield value, index
            yield from containers(member)


@st.composite
def changed_bodies(draw: st.DrawFn) -> tuple[type[Any], Any]:
    """A real body with one to three changes anywhere in it: a member removed, replaced, varied or added."""
    model, body = draw(st.sampled_from(BODIES))
    body = copy.deepcopy(body)
    for _ in range(draw(st.integers(1, 3))):
        places = list(containers(body))
        if not places:
            break
        container, key = draw(st.sampled_from(places))
        change = draw(st.sampled_from(["remove", "replace", "vary", "add"]))
        if change == "remove":
            del container[key]
        elif change == "replace":
            container[key] = draw(JSON_VALUES)
        elif change == "vary":  # another value of the same JSON type: what the Struct takes, conversions may not
            container[key] = draw(SAME_KIND.get(type(container[key]), st.just(container[key])))
        elif isinstance(container, dict):
            container[draw(st.text(max_size=12))] = draw(JSON_VALUES)
        else:
            container.insert(key, draw(JSON_VALUES))
    return model, body


def test_every_wire_struct_is_one_msgspec_can_decode_into() -> None:
    assert len(WIRES) > 50 and WIRES[m.Server] is sys.modules[m.Server.__module__]._ServerWire
    for wire in WIRES.values():
        msgspec.json.Decoder(wire)  # raises for a type msgspec cannot resolve (the body would go to from_dict)


@pytest.mark.parametrize(("model", "body"), WIRE_PATH_BODIES, ids=[*TAKE_THE_WIRE_PATH, "page", "server"])
def test_bodies_without_unknown_keys_take_the_wire_path(model: Any, body: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    response = answer(body)
    expected = outcome(lambda: model.from_dict(decode_json(response)))

    def refused(src_dict: Any) -> Any:
        raise AssertionError(f"{model.__name__} went to from_dict")

    monkeypatch.setattr(model, "from_dict", refused)
    assert outcome(lambda: model._from_response(response)) == expected
    assert expected[0] == "parsed"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changed_bodies())
def test_any_body_parses_as_from_dict_parses_it(model_and_body: tuple[type[Any], Any]) -> None:
    model, body = model_and_body
    assert_parses_as_from_dict_parses_it(model, answer(body))


@pytest.mark.parametrize(
    "content",
    [
        b'{"servers": [], "servers": [{"id": 1}]}',
        b'{"servers": [{"id": 1}], "servers": []}',
        b'{"servers": [], "servers_links": [{"href": "a", "rel": "next", "href": "b"}]}',
        b'{"servers": [], "servers_links": [{"href": "a", "rel": "next", "rel": 1}], "servers": null}',
    ],
    ids=["valid-then-invalid", "invalid-then-valid", "nested", "nested-then-invalid"],
)
def test_repeated_keys_parse_as_from_dict_parses_them(content: bytes) -> None:
    response = httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
    assert_parses_as_from_dict_parses_it(m.ServerDetailList, response)


@pytest.mark.parametrize(
    "server_id",
    [
        "aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec",
        "AAF2778B-EA03-4CCC-8B1B-92F4B686C3EC",
        "aaf2778bea034ccc8b1b92f4b686c3ec",
        "{aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec}",
        "urn:uuid:aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec",
        "aaf2778b-ea03-4ccc-8b1b-92f4b686c3e",
        "aaf2778b-ea03-4ccc-8b1b-92f4b686c3eg",
        "",
        1,
    ],
)
def test_server_ids_parse_as_from_dict_parses_them(server_id: Any) -> None:
    response = answer({"server": toast_server(id=server_id)})
    assert_parses_as_from_dict_parses_it(m.ServerResponse, response)
    try:
        parsed = m.ServerResponse._from_response(response)
    except (ValueError, AttributeError):  # what UUID() raises for a string it refuses, or for a number
        return
    assert parsed.server.id.is_safe is SafeUUID.unknown  # as UUID() leaves it


def assert_parses_as_from_dict_parses_it(model: Any, response: httpx.Response) -> None:
    expected = outcome(lambda: model.from_dict(decode_json(response)))
    assert outcome(lambda: model._from_response(response)) == expected
    try:
        wire = msgspec.json.decode(response.content, type=WIRES[model])
    except msgspec.DecodeError:
        return  # the Struct refuses it (or msgspec the JSON): from_dict's turn, as above
    assert outcome(lambda: model._from_wire(wire)) == expected  # and no error on the wire path hid behind from_dict


def test_a_body_that_is_not_json_raises_what_the_dict_path_raises() -> None:
    response = httpx.Response(200, content=b"{not json", headers={"Content-Type": "application/json"})
    with pytest.raises(json.JSONDecodeError):
        m.ServerDetailList._from_response(response)
