"""A server action is the same action everywhere: the description's `ServerActionRequest`, the mock's
parser table and the layer's `Action` union name the same set, so an action cannot be added to one and
forgotten in another."""

from __future__ import annotations

from typing import get_args

from spec_toolkit.paths import BUNDLE
from spec_toolkit.spec import Spec
from toast_compute.operations import Action
from toast_compute_mock.api.actions import ACTIONS


def described() -> dict[str, str]:
    """Schema title -> action key, from the bundle's `ServerActionRequest`."""
    spec = Spec.load(BUNDLE)
    request = spec.resolve(spec.document["components"]["schemas"]["ServerActionRequest"])
    schemas = [spec.resolve(branch) for branch in request["oneOf"]]
    return {schema["title"]: schema["x-action-name"] for schema in schemas}


def test_the_mock_serves_exactly_the_described_actions() -> None:
    assert set(ACTIONS) == set(described().values())


def test_the_layer_sends_exactly_the_described_actions() -> None:
    assert {model.__name__ for model in get_args(Action)} == set(described())
