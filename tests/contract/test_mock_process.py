"""The separate mock process the suite's tools start: its control token is random URL-safe text, which may
begin with "-" (a token the command line once took for an option: the process exited with 2)."""

from __future__ import annotations

import httpx

from contract_tests.tools.mock_process import mock_process


def test_a_control_token_that_begins_with_a_dash_reaches_the_mock():
    with mock_process("immediate", "-looks-like-an-option") as base_url:
        allowed = httpx.get(f"{base_url}/_mock/weather", headers={"X-Mock-Control-Token": "-looks-like-an-option"})
        refused = httpx.get(f"{base_url}/_mock/weather", headers={"X-Mock-Control-Token": "another"})
    assert allowed.status_code == 200, allowed.text
    assert refused.status_code != 200
