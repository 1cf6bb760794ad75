"""A server action is the same action everywhere: the description's `ServerActionRequest`, the mock's
table (and the api's dispatch derived from it), the layer's body builders and the properties' table name
the same set, so an action cannot be added to one and forgotten in another."""

from __future__ import annotations

from typing import get_type_hints

from contract_tests.test_properties import ACTIONS as PROPERTY_ACTIONS
from spec_toolkit.paths import BUNDLE
from spec_toolkit.spec import Spec
from toast_compute.action_bodies import BODIES
from toast_compute_mock.api.actions import DISPATCH
from toast_compute_mock.server_actions import ACTIONS as MOCK_ACTIONS


def described() -> dict[str, str]:
    """Action key -> its schema's title, from the bundle's `ServerActionRequest`."""
    spec = Spec.load(BUNDLE)
    request = spec.resolve(spec.document["components"]["schemas"]["ServerActionRequest"])
    schemas = [spec.resolve(branch) for branch in request["oneOf"]]
    return {schema["x-action-name"]: schema["title"] for schema in schemas}


def test_the_mock_serves_exactly_the_described_actions() -> None:
    assert set(MOCK_ACTIONS) == set(described())
    assert set(DISPATCH) == set(MOCK_ACTIONS)


def test_the_layer_builds_exactly_the_described_actions_each_with_its_model() -> None:
    built = {key: get_type_hints(builder)["return"].__name__ for key, builder in BODIES.items()}
    assert built == described()


def test_the_properties_name_exactly_the_described_actions() -> None:
    assert {act.key for act in PROPERTY_ACTIONS.values()} == set(described())


def test_every_sampled_property_action_has_a_call_and_a_status_rule() -> None:
    for name, act in PROPERTY_ACTIONS.items():
        assert (act.allowed is None) == (act.call is None), name
