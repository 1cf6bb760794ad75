"""The effect properties against behavioural drifts (issue 17): each drift keeps every answer schema-valid
and changes only what the service does. The properties of `contract_tests/test_effects_*.py` (selected
with `-k`, small budget, `full`) must catch each breaking drift and pass the compatible ones. The drifts
change disjoint behaviours, so one proxy applies all the breaking ones (one run; each expected property
must fail, saying what its drift broke) and another the compatible ones. `nox -s mutations` runs every
drift alone against the whole suite in every profile; the healthy endpoint is the soak runs'."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contract_tests.core.settings import BUDGETS
from contract_tests.tools.drifted_endpoint import DRIFTS, Answer, Drift, Exchange, drifted_endpoint
from contract_tests.tools.mock_process import ForeignEndpoint, foreign_endpoint
from contract_tests.tools.runs import ContractRun, run_contract

# The drift, and the effect property that must catch it: its test, its name in the report, and what its
# failure says (so that a property failing for another drift of the composed proxy does not count).
BEHAVIOURAL = {
    "read_returns_another_server": ("test_a_read_by_id_returns_that_id", "a read by id returns that id",
                                    "a read of server"),
    "import_answers_another_key": ("test_a_keypair_import_returns_what_was_sent",
                                   "a key pair import returns what was sent", "another public key"),
    "rename_not_applied": ("test_a_rename_is_read_back", "a rename is read back", "name"),
    "flavor_filters_ignored": ("test_flavor_filters_select_from_the_full_list",
                               "flavor filters select from the full list", "are at or above it"),
    "deleted_keypair_listed": ("test_a_deleted_keypair_leaves_the_list", "a deleted key pair leaves the list",
                               "still listed"),
    "request_ids_differ": ("test_both_request_ids_are_one_id", "both request ids are one id", "differ"),
    "not_found_renamed": ("test_unknown_ids_answer_the_documented_fault", "unknown ids answer the documented fault",
                          "`notFound`"),
    "list_leaves_one_out": ("test_list_and_detail_name_the_same_items", "list and detail name the same items",
                                   "the list names"),
    "detail_page_repeats_marker": ("test_detail_pages_add_up_to_the_full_list", "detail pages add up", ""),
    "status_filter_ignored": ("test_server_filters_select_from_the_full_list",
                              "server filters select from the full list", "status="),
    "attachment_offset_ignored": ("test_attachment_pages_add_up_to_the_full_list", "attachment pages add up",
                                  "pages of"),
    "ips_disagree": ("test_server_subresources_agree", "server sub-resources agree", "ips of"),
    "created_server_renamed": ("test_a_created_server_reads_back_what_was_sent",
                               "a created server reads back what was sent", "read back"),
    "selecting_filters_ignored": ("test_filters_select_what_one_create_made", "filters select what one create made",
                                  ""),
    "deleted_server_in_detail": ("test_a_deleted_server_leaves_the_list_and_its_id", "a deleted server leaves the list",
                                 "still in the detailed list"),
    "metadata_item_kept": ("test_a_deleted_metadata_item_is_gone", "a deleted metadata item is gone",
                           "still listed"),
    "policy_reads_other_rule": ("test_a_placement_policy_reads_back_and_a_delete_removes_it",
                                "a placement policy reads back, a delete removes it", "reads back otherwise"),
    "released_ip_listed": ("test_a_floating_ip_reads_back_and_a_release_removes_it",
                           "a floating IP reads back, a release removes it", "a released address is listed"),
    "detach_keeps_volume": ("test_an_attachment_reads_back_and_a_detach_removes_it",
                            "an attachment reads back, a detach removes it", "a detached volume is still listed"),
    "location_names_another_server": ("test_location_names_what_was_created", "Location names what was created",
                                      "names another server"),
}
COMPATIBLE = ["unsorted_lists_reordered", "localized_fault_messages", "flavor_original_name"]


@pytest.fixture(scope="module")
def endpoint() -> Iterator[ForeignEndpoint]:
    with foreign_endpoint() as served:
        yield served


def composed(name: str, drifts: list[Drift]) -> Drift:
    """One proxy that applies every drift of `drifts` (they change disjoint behaviours): one suite run
    instead of one per drift."""
    def before(exchange: Exchange) -> Answer | None:
        for drift in drifts:
            answer = drift.before(exchange) if drift.before else None
            if answer is not None:
                return answer
        return None

    def after(exchange: Exchange, answer: Answer) -> Answer:
        for drift in drifts:
            answer = drift.after(exchange, answer) if drift.after else answer
        return answer

    assert not any(drift.resend for drift in drifts)
    observable = frozenset.intersection(*(drift.observable_in for drift in drifts))
    return Drift(name, any(drift.breaking for drift in drifts), name, observable, before=before, after=after)


def effects_run(endpoint: ForeignEndpoint, drift: Drift, tmp_path: Path, tests: str) -> ContractRun:
    """The suite's tests matching `tests` (pytest -k) in `full` against `drift` in front of the endpoint."""
    with drifted_endpoint(endpoint.base_url, drift, endpoint.token) as url:
        # the mock's clock is immediate: 15 s bounds the waits that a drift makes endless (a detach that never
        # frees its volume holds the run's cleanup for the whole wait)
        return run_contract(url, endpoint.token, endpoint.tenant_id, "full", tmp_path, budget=BUDGETS["small"],
                            timeout=300, PYTEST_ADDOPTS=f"-k {tests!r}", TOAST_COMPUTE_NETWORK_ID=endpoint.network_id,
                            TOAST_COMPUTE_VOLUME_URL=endpoint.volume_url(url),
                            TOAST_COMPUTE_IMAGE_URL=endpoint.image_url(url), TOAST_COMPUTE_WAIT_TIMEOUT="15")


def test_each_behavioural_drift_is_caught_by_its_effect_property(endpoint: ForeignEndpoint, tmp_path: Path) -> None:
    drifts = [DRIFTS[name] for name in sorted(BEHAVIOURAL)]
    assert all(drift.breaking for drift in drifts)
    tests = " or ".join(test for test, _, _ in BEHAVIOURAL.values())
    run = effects_run(endpoint, composed("behavioural", drifts), tmp_path, tests)
    caught = [(f["operation_id"], f["title"]) for f in run.summary.get("failures", []) if f["kind"] == "property"]
    missed = {name: reported for name, (_, reported, says) in BEHAVIOURAL.items()
              if not any(property == reported and says in title for property, title in caught)}
    assert not missed, f"drifts not caught by their property: {missed}; caught: {sorted(caught)} {run.output[-1500:]}"


@pytest.mark.whole_runs  # a second `full` run; the breaking drifts above stay in `nox -s tests`
def test_the_effect_properties_pass_compatible_drifts(endpoint: ForeignEndpoint, tmp_path: Path) -> None:
    drifts = [DRIFTS[name] for name in COMPATIBLE]
    assert not any(drift.breaking for drift in drifts)
    run = effects_run(endpoint, composed("compatible", drifts), tmp_path, "effects")
    assert run.passed, f"{run.caught_by} {run.output[-2000:]}"
