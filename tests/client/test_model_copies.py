"""A copied or unpickled model is the model: absent fields stay UNSET itself, which models test with `is`."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from toast_compute_client import models as m
from toast_compute_client.types import UNSET

from .payloads import toast_server

pytestmark = pytest.mark.client

COPIES: dict[str, Callable[[Any], Any]] = {
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
    "pickle": lambda value: pickle.loads(pickle.dumps(value)),
}


@pytest.mark.parametrize("copied", COPIES.values(), ids=COPIES.keys())
def test_unset_copies_to_itself(copied: Callable[[Any], Any]) -> None:
    assert copied(UNSET) is UNSET


@pytest.mark.parametrize("copied", COPIES.values(), ids=COPIES.keys())
def test_a_copied_server_equals_the_original_and_sends_the_same_body(copied: Callable[[Any], Any]) -> None:
    body = toast_server(progress=..., security_groups=...)  # two optional fields absent: UNSET
    server = m.Server.from_dict(body)
    duplicate = copied(server)
    assert duplicate.progress is UNSET and duplicate.fault is UNSET
    assert duplicate == server and duplicate.to_dict() == server.to_dict()
