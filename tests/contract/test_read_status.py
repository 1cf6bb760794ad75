"""`safety.read_status`: a server's status as the API answers it, whatever the endpoint answers (the build
wait and the checks' rules read it on endpoints that may have drifted)."""

from __future__ import annotations

import httpx
import pytest

from contract_tests.core.safety import read_status


def endpoint(status: int, **answer: object) -> httpx.Client:
    return httpx.Client(base_url="http://compute.test",
                        transport=httpx.MockTransport(lambda request: httpx.Response(status, **answer)))


def test_the_status_the_api_answers() -> None:
    assert read_status(endpoint(200, json={"server": {"id": "s", "status": "BUILD"}}), "s") == "BUILD"


def test_a_server_not_found_has_no_status() -> None:
    assert read_status(endpoint(404, json={"itemNotFound": {"code": 404, "message": "gone"}}), "s") is None


@pytest.mark.parametrize("answer", [{"json": {"server": {"id": "s"}}}, {"json": {"server": "s"}}, {"json": ["s"]},
                                    {"text": "<html>Bad Gateway</html>"}])
def test_an_answer_that_names_no_status_reads_as_empty(answer: dict[str, object]) -> None:
    assert read_status(endpoint(200, **answer), "s") == ""
