"""`core.listings.named_in_listing`: the run's own items in a listing, whatever the endpoint answers (cleanup and
`nox -s sweep` read drifted answers too)."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from contract_tests.core.listings import named_in_listing

PREFIX = re.compile(re.escape("contract-0a1b2c-"))


def answer(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body)


def test_only_items_whose_name_starts_with_the_prefix() -> None:
    body = {"volumes": [{"id": "1", "name": "contract-0a1b2c-vol"}, {"id": "2", "name": "notes contract-0a1b2c-"},
                        {"id": "3", "name": "contract-notes"}, {"id": "4", "name": None}, {"id": "5"}, "x", 7]}
    assert named_in_listing(answer(body), "volumes", PREFIX) == [("1", "contract-0a1b2c-vol")]


@pytest.mark.parametrize("response", [
    httpx.Response(502, text="<html><body>Bad Gateway</body></html>"),  # a gateway's HTML page
    answer({"images": []}),  # another listing's key
    answer({"volumes": None}),
    answer(["contract-0a1b2c-vol"]),
    answer("contract-0a1b2c-vol"),
])
def test_an_answer_that_is_not_the_listing_finds_nothing(response: httpx.Response) -> None:
    assert named_in_listing(response, "volumes", PREFIX) == []
