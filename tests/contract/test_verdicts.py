"""The run's three verdicts and their exit codes, on an endpoint the suite does not own: `passed` (0),
`drift` (1: a disagreement that came back when the case was sent again), `endpoint unhealthy` (75, within a
minute, never reported as drift). A failure that does not come back is flaky: reported, and the run passes."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest

from contract_tests.core.settings import BUDGETS
from contract_tests.tools.drifted_endpoint import HEALTHY, Answer, Drift, Exchange, drifted_endpoint
from contract_tests.tools.mock_process import ForeignEndpoint, foreign_endpoint, free_port
from contract_tests.tools.runs import run_contract

UNHEALTHY = 75
FAST_WEATHER = {"TOAST_COMPUTE_RETRY_BACKOFF": "0.01", "TOAST_COMPUTE_UNHEALTHY_AFTER": "20"}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[ForeignEndpoint]:
    with foreign_endpoint("immediate") as prepared:
        yield prepared


def test_an_endpoint_that_is_down_is_unhealthy_within_a_minute(tmp_path):
    dead = f"http://127.0.0.1:{free_port()}"
    run = run_contract(dead, "token", "6cdebe3eb0094910bc41f1d42ebe4cb7", "readonly", tmp_path, budget=BUDGETS["tiny"],
                       timeout=120, TOAST_COMPUTE_RETRY_BACKOFF="0.5")
    assert run.returncode == UNHEALTHY, run.output[-2000:]
    assert run.seconds < 60
    assert "endpoint unhealthy" in run.output


def refused(exchange: Exchange) -> Answer:
    return Answer(503, [("Content-Type", "application/json"), ("Retry-After", "0")],
                  b'{"serviceUnavailable": {"code": 503, "message": "down for maintenance"}}')


@pytest.mark.whole_runs  # the unhealthy verdict of an endpoint that is down stays in `nox -s tests`
def test_an_endpoint_that_refuses_everything_is_unhealthy_not_drift(endpoint, tmp_path):
    down = Drift("down", False, "every request answers 503", HEALTHY.observable_in, before=refused)
    with drifted_endpoint(endpoint.base_url, down, endpoint.token) as url:
        run = run_contract(url, endpoint.token, endpoint.tenant_id, "readonly", tmp_path, budget=BUDGETS["tiny"],
                           timeout=120, **FAST_WEATHER)
    assert run.returncode == UNHEALTHY, run.output[-2000:]
    assert run.seconds < 60


class OnceBroken:
    """The first successful read of one server is drifted (`status` renamed); every later answer is right."""

    def __init__(self) -> None:
        self.broken = False
        self.lock = threading.Lock()

    def after(self, exchange: Exchange, answer: Answer) -> Answer:
        document = answer.json_body() if exchange.method == "GET" else None
        if not isinstance(document, dict) or not isinstance(document.get("server"), dict):
            return answer
        with self.lock:
            if self.broken:
                return answer
            self.broken = True
        document["server"]["state"] = document["server"].pop("status")
        return answer.with_json(document)


def test_a_failure_that_does_not_come_back_is_flaky_not_drift(endpoint, tmp_path):
    once = Drift("once", False, "one drifted answer", HEALTHY.observable_in, after=OnceBroken().after)
    with drifted_endpoint(endpoint.base_url, once, endpoint.token) as url:
        run = run_contract(url, endpoint.token, endpoint.tenant_id, "readonly", tmp_path, budget=BUDGETS["tiny"])
    assert run.returncode == 0, run.output[-3000:]
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["verdict"] == "passed"
    # The one drifted answer reaches whichever read of one server comes first: a case, or a property's read.
    reads = [flaky for flaky in summary["flaky"] if flaky["operation_id"] == "get_server"]
    assert len(summary["flaky"]) == 1, summary["flaky"]
    if reads:
        assert "200" in reads[0]["first"] and "200" in reads[0]["second"], "both answers kept"
