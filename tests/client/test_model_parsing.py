"""templates/model.py.jinja's faster from_dict keeps the stock generator's results (issue 18, point 6).

The template parses a union field with a function defined once per module (not a closure per call), looks an
enum member up in its value map instead of calling the enum, and builds the model with positional arguments.
"""

from __future__ import annotations

import ast
from enum import Enum
from typing import Any

import pytest
from toast_compute_client import models as m

from tests.paths import ROOT

from .payloads import toast_server

pytestmark = pytest.mark.client

MODELS = ROOT / "generated_client" / "toast_compute_client" / "models"

# Server fields that are "a known enum member, else the value as sent", with their JSON keys.
OPEN_ENUMS: list[tuple[str, str, type[Enum]]] = [
    ("status", "status", m.ServerStatus),
    ("OS-EXT-STS:vm_state", "os_ext_sts_vm_state", m.ServerVmState),
    ("OS-DCF:diskConfig", "os_dcf_disk_config", m.DiskConfig),
    ("OS-EXT-STS:power_state", "os_ext_sts_power_state", m.ServerPowerState),
]
ODD_VALUES: list[Any] = ["ACTIVE", "active", "MANUAL", "", "NEW_STATE", 1, 0, 9, True, 1.0, None, [1], {"a": 1}]


def stock_open_enum(enum: type[Enum], value: Any) -> Any:
    """What the stock union closure returns: `enum(value)` when the value has the enum's type and is one of
    its values, else the value itself."""
    value_type = int if issubclass(enum, int) else str
    if isinstance(value, value_type):
        try:
            return enum(value)
        except ValueError:
            pass
    return value


@pytest.mark.parametrize("key, attribute, enum", OPEN_ENUMS)
@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
def test_open_enum_fields_parse_as_the_stock_union_does(key: str, attribute: str, enum: type[Enum], value: Any) -> None:
    parsed = getattr(m.Server.from_dict(toast_server(**{key: value})), attribute)
    expected = stock_open_enum(enum, value)
    assert parsed == expected and type(parsed) is type(expected)
    if isinstance(expected, Enum):
        assert parsed is expected


def test_every_field_lands_on_its_attribute() -> None:
    """Positional construction: each attribute holds its own JSON key's value (the values differ pairwise)."""
    payload = toast_server(accessIPv6="fe80::1", config_drive="True", **{"OS-EXT-STS:task_state": "spawning"})
    # timestamps as isoformat() writes them, so that to_dict() gives back the payload
    payload |= {"created": "2020-02-25T01:15:46+00:00", "updated": "2020-02-25T01:22:24+00:00"}
    payload["OS-SRV-USG:launched_at"] = "2020-02-25T01:22:23"
    server = m.Server.from_dict(payload)
    assert (server.access_ipv4, server.access_ipv6, server.config_drive) == ("", "fe80::1", "True")
    assert (server.key_name, server.os_ext_sts_task_state, server.progress) == ("access-key", "spawning", 0)
    assert server.to_dict() == payload


def from_dict_functions() -> list[tuple[str, ast.FunctionDef]]:
    found = []
    for path in sorted(MODELS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef) and node.name == "from_dict":
                found.append((path.name, node))
    return found


def test_union_fields_are_parsed_without_a_closure_per_call() -> None:
    """A `def` directly in from_dict's body would build a function object on every parse."""
    functions = from_dict_functions()
    assert len(functions) > 50
    for name, function in functions:
        nested = [node.name for node in function.body if isinstance(node, ast.FunctionDef)]
        assert nested == [], f"{name}: {nested}"
