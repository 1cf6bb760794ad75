"""Nova's rules as the contract suite writes them (its oracle must not come from the mock)."""

from __future__ import annotations

import pytest

from contract_tests.core.nova_rules import (
    is_printable,
    looks_like_uuid,
    network_not_ready,
    printable_name,
    resize_candidates,
)


@pytest.mark.parametrize("char", ["a", "Z", "0", "-", " ", "é", "한", "\u0301", "€", "\u00a0"])
def test_printable_characters(char):
    assert is_printable(char)


UNPRINTABLE = ["\n", "\t", "\x00", "\x7f", "\u200b", "\u2028", "\u2029", "\ue000", "\U000e0001",
               "\U0001f1f3", "\U0001f600"]  # ... and beyond the Basic Multilingual Plane: emoji, flags


@pytest.mark.parametrize("char", UNPRINTABLE)
def test_unprintable_characters(char):
    assert not is_printable(char)


def test_printable_name_drops_unprintable_and_surrounding_whitespace():
    assert printable_name(" web\n-01\u2028 ") == "web-01"
    assert printable_name("\n\t") == "x"


def test_uuids_are_lowercase_canonical():
    assert looks_like_uuid("0b3a4f5c-0000-4000-8000-000000000001")
    assert not looks_like_uuid("0B3A4F5C-0000-4000-8000-000000000001")
    assert not looks_like_uuid("0b3a4f5c00004000800000000000000001")
    assert not looks_like_uuid(None)


FLAVORS = [
    {"id": "small", "disk": 20}, {"id": "big", "disk": 40}, {"id": "same", "disk": 20},
    {"id": "volume-a", "disk": 0}, {"id": "volume-b", "disk": 0},
]


def test_resize_keeps_the_kind_of_root_disk_and_never_shrinks_it():
    assert resize_candidates(FLAVORS, "small") == ["big", "same"]
    assert resize_candidates(FLAVORS, "big") == []
    assert resize_candidates(FLAVORS, "volume-a") == ["volume-b"]
    assert resize_candidates(FLAVORS, "unknown") == []


@pytest.mark.parametrize("status, refused", [("BUILD", True), ("ACTIVE", False), ("SHUTOFF", False),
                                             ("ERROR", False), ("", False), (None, False)])
def test_a_floating_ip_waits_for_the_network_of_a_building_server(status, refused):
    assert network_not_ready(status) is refused
