"""The soak's report names what a series left changed in the tenant, not only that something did."""

from __future__ import annotations

from contract_tests.tools.soak import changes


def test_changes_name_what_is_gone_and_what_was_left() -> None:
    before = {"servers": [("web", "ACTIVE")], "keypairs": ["prepared"], "floating_ips": []}
    after = {"servers": [("web", "SHUTOFF")], "keypairs": ["prepared", "contract-1"], "floating_ips": []}
    assert changes(before, after) == [
        "servers: - ('web', 'ACTIVE')",
        "servers: + ('web', 'SHUTOFF')",
        "keypairs: + contract-1",
    ]
    assert changes(before, before) == []
