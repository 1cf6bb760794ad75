"""Known drift (contract_tests/core/known_drift.py): a matched failure becomes a "known drift" line, an
entry past its expiry fails the run, an entry that matched nothing is reported as stale."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from contract_tests.core.known_drift import KnownDriftError, KnownDrifts, parse
from contract_tests.core.settings import BUDGETS
from contract_tests.tools.drifted_endpoint import DRIFTS, drifted_endpoint
from contract_tests.tools.mock_process import ForeignEndpoint, foreign_endpoint
from contract_tests.tools.runs import run_contract

TODAY = datetime.date(2026, 12, 4)


def entry(**fields: object) -> dict[str, object]:
    return {"operation": "get_server", "check": "response_schema_conformance", "owner": "@team",
            "reason": "vendor renamed it", "expires": "2027-01-31", **fields}


def test_a_matching_failure_is_known_until_its_expiry() -> None:
    known = KnownDrifts(parse({"known_drift": [entry(matches="state"), entry(operation="list_flavors")]}), TODAY)
    assert known.match("get_server", "response_schema_conformance", "`state` is not expected") is not None
    assert known.match("get_server", "status_code_conformance", "`state`") is None, "another check is drift"
    anything = KnownDrifts(parse({"known_drift": [entry(check="*")]}), TODAY)
    assert anything.match("get_server", "status_code_conformance", "") is not None, "`*`: any check"
    assert known.match("get_server", "response_schema_conformance", "`status` missing") is None, "another text"
    assert [e.operation for e in known.stale()] == ["list_flavors"]
    assert not known.expired()
    later = KnownDrifts(known.entries, datetime.date(2027, 2, 1))
    assert [e.operation for e in later.expired()] == ["get_server", "list_flavors"]
    assert later.match("get_server", "response_schema_conformance", "`state`") is None, "expired: drift again"


@pytest.mark.parametrize("document, message", [
    ({"known_drift": [entry(owner="")]}, "missing ['owner']"),
    ({"known_drift": [entry(expires="next week")]}, "expires must be a date"),
    ({"known_drift": [entry(colour="red")]}, "unknown fields ['colour']"),
    ({"known_drift": {"operation": "x"}}, "must be a list"),
])
def test_a_malformed_file_says_what_is_wrong(document: object, message: str) -> None:
    with pytest.raises(KnownDriftError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse(document)


def test_an_empty_file_accepts_nothing() -> None:
    assert parse({"known_drift": []}) == [] and parse(None) == []


@pytest.fixture(scope="module")
def endpoint() -> Iterator[ForeignEndpoint]:
    with foreign_endpoint("immediate") as prepared:
        yield prepared


# What the snake_case drift breaks in `readonly`: the list, by every check that reads its body (discovery then
# finds no attachment to read one), and the property that pages through it.
ATTACHMENT_READS = ("list_volume_attachments", "attachment pages add up")


def known_drift_file(tmp_path: Path, expires: str, stale: bool = False) -> Path:
    entries = [entry(operation=op, check="*", expires=expires, reason="snake_case attachment keys")
               for op in ATTACHMENT_READS]
    if stale:
        entries.append(entry(operation="list_flavors", reason="nothing drifts there"))
    path = tmp_path / "known-drift.yaml"
    path.write_text(yaml.safe_dump({"known_drift": entries}))
    return path


def test_an_accepted_drift_passes_the_run_as_known_and_a_stale_entry_is_reported(endpoint: ForeignEndpoint,
                                                                                 tmp_path: Path) -> None:
    known = known_drift_file(tmp_path, "2099-01-01", stale=True)
    with drifted_endpoint(endpoint.base_url, DRIFTS["attachment_view_renamed"], endpoint.token) as url:
        run = run_contract(url, endpoint.token, endpoint.tenant_id, "readonly", tmp_path / "report",
                           budget=BUDGETS["tiny"], TOAST_COMPUTE_KNOWN_DRIFT=str(known))
    assert run.passed, run.output[-3000:]
    assert {item["entry"].split(" *")[0] for item in run.summary["known_drift"]} == set(ATTACHMENT_READS)
    assert [line.split(" ")[0] for line in run.summary["known_drift_stale"]] == ["list_flavors"]
    assert "Known drift (accepted, with owner and expiry)" in run.output


@pytest.mark.whole_runs  # a second run; the expiry itself is test_a_matching_failure_is_known_until_its_expiry's
def test_an_expired_entry_fails_the_run(endpoint: ForeignEndpoint, tmp_path: Path) -> None:
    known = known_drift_file(tmp_path, "2020-01-01")
    run = run_contract(endpoint.base_url, endpoint.token, endpoint.tenant_id, "readonly", tmp_path / "report",
                       budget=BUDGETS["tiny"], TOAST_COMPUTE_KNOWN_DRIFT=str(known))
    assert run.returncode == 1, run.output[-2000:]
    assert "test_no_accepted_drift_has_expired" in run.output
    assert run.summary["known_drift_expired"]
