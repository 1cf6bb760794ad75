"""Last night as a baseline: a run given the observed shapes of an earlier green run fails on a field that
vanished or changed type, and warns on a new field or a value never seen before; an unchanged endpoint
passes."""

from __future__ import annotations

import copy
import json

import pytest

from contract_tests.core.baseline import compare
from contract_tests.tools.drifted_endpoint import DRIFTS, HEALTHY, UNMARKED_FIELD_DROPPED, combined
from tests.contract.field_runs import Cell, Runs, failures, run_cell, warnings

EARLIER = {
    "get_server": {
        "200": {
            "count": 3,
            "fields": {"$": ["object"], "$.server": ["object"], "$.server.status": ["string"],
                       "$.server.progress": ["integer"], "$.server.NHN-EXT-ATTR:protect": ["boolean"],
                       "$.server.OS-EXT-STS:task_state": ["null"]},
            "values": {"$.server.status": ['"ACTIVE"', '"SHUTOFF"']},
            "headers": {},
            "seen": {"$": 3, "$.server": 3, "$.server.status": 3, "$.server.progress": 2,
                     "$.server.NHN-EXT-ATTR:protect": 3, "$.server.OS-EXT-STS:task_state": 3},
        },
        "404": {"count": 1, "fields": {"$": ["object"]}, "values": {}, "headers": {}, "seen": {"$": 1}},
    },
}


def now_with(change) -> dict:
    now = copy.deepcopy(EARLIER)
    change(now["get_server"]["200"])
    return now


def test_an_unchanged_endpoint_has_no_findings():
    assert compare(EARLIER, copy.deepcopy(EARLIER)) == []


def test_a_field_sent_every_time_before_and_missing_now_is_drift():
    def drop_protect(entry):
        entry["seen"]["$.server.NHN-EXT-ATTR:protect"] = 1  # 1 of 3 servers still has it

    findings = compare(EARLIER, now_with(drop_protect))
    assert [(f.operation, f.drift) for f in findings] == [("get_server 200", True)]
    assert "$.server.NHN-EXT-ATTR:protect: sent with every $.server" in findings[0].message
    assert "missing now from 2 of 3" in findings[0].message


def test_a_field_sent_only_sometimes_before_may_be_missing():
    def drop_progress(entry):
        del entry["fields"]["$.server.progress"], entry["seen"]["$.server.progress"]

    assert compare(EARLIER, now_with(drop_progress)) == []


def test_a_changed_type_is_drift_a_new_type_next_to_the_old_and_null_are_warnings():
    def retype(entry):
        entry["fields"]["$.server.progress"] = ["string"]
        entry["fields"]["$.server.OS-EXT-STS:task_state"] = ["null", "string"]
        entry["fields"]["$.server.NHN-EXT-ATTR:protect"] = ["boolean", "null"]

    assert [(f.message, f.drift) for f in compare(EARLIER, now_with(retype))] == [
        ("$.server.NHN-EXT-ATTR:protect: type boolean/null, the earlier run saw only boolean", False),
        ("$.server.OS-EXT-STS:task_state: type null/string, the earlier run saw only null", False),
        ("$.server.progress: type integer in the earlier run, now string", True),
    ]


def test_a_new_value_and_a_new_field_are_warnings():
    def add(entry):
        entry["values"]["$.server.status"].append('"RESCUE"')
        entry["fields"]["$.server.locked"] = ["boolean"]
        entry["seen"]["$.server.locked"] = 3

    messages = [(f.message, f.drift) for f in compare(EARLIER, now_with(add))]
    assert messages == [('$.server.status: value "RESCUE" never seen in the earlier run', False),
                        ("$.server.locked: new field (not in the earlier run)", False)]


def test_only_operations_and_statuses_observed_in_both_runs_are_compared():
    now = {"get_server": {"404": EARLIER["get_server"]["404"]}, "list_flavors": {"200": EARLIER["get_server"]["200"]}}
    assert compare(EARLIER, now) == []


def test_shapes_without_counts_compare_types_values_and_new_fields_only():
    earlier = copy.deepcopy(EARLIER)
    del earlier["get_server"]["200"]["seen"]
    now = copy.deepcopy(EARLIER)
    del now["get_server"]["200"]["fields"]["$.server.NHN-EXT-ATTR:protect"]
    now["get_server"]["200"]["seen"].pop("$.server.NHN-EXT-ATTR:protect")
    assert compare(earlier, now) == []


# Runs: the earlier run's shapes given to the next one.

@pytest.fixture(scope="module")
def root(tmp_path_factory):
    """Where the earlier (green) run kept its shapes, in `earlier/observed`."""
    root = tmp_path_factory.mktemp("baseline")
    earlier = run_cell(Cell("earlier", "readonly", HEALTHY), root)
    assert earlier.passed, earlier.output[-3000:]
    return root


@pytest.fixture(scope="module")
def runs(root):
    baseline = {"TOAST_COMPUTE_BASELINE_DIR": str(root / "earlier" / "observed")}
    vanished = combined("vanished_and_new_field", [UNMARKED_FIELD_DROPPED, DRIFTS["extra_field"]])
    return Runs([Cell("unchanged", "readonly", HEALTHY, baseline), Cell("vanished", "readonly", vanished, baseline)],
                root)


def test_the_earlier_run_kept_how_often_each_field_was_seen(root):
    shapes = json.loads((root / "earlier" / "observed" / "get_server.json").read_text())
    seen = shapes["200"]["seen"]
    assert seen["$.server.NHN-EXT-ATTR:protect"] == seen["$.server"] >= 3


@pytest.mark.whole_runs  # the earlier run passes on the healthy endpoint too; this one adds the baseline
def test_an_unchanged_endpoint_passes_against_the_earlier_run(runs):
    run = runs["unchanged"]
    assert run.passed, run.output[-3000:]
    assert not [w for w in warnings(run) if "baseline" in w and "new field" in w]


def test_a_vanished_field_fails_the_run_and_a_new_field_is_a_warning(runs):
    run = runs["vanished"]
    assert run.returncode == 1, run.output[-3000:]
    assert failures(run) == failures(run, "baseline"), "only the baseline can see this field vanish"
    assert [f for f in failures(run) if "NHN-EXT-ATTR:protect: sent with every" in f], failures(run)
    assert [w for w in warnings(run) if "baseline" in w and "NHN-EXT-ATTR:drift: new field" in w]
    assert "ERROR at teardown" in run.output and "drift against the earlier run's shapes" in run.output
