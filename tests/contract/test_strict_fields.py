"""The strict reading: a field the service sends every time (`x-always-sent` in the description) that
vanishes is drift, a rename is named, the client stays tolerant, and a wait that gets an answer that
cannot mean "not yet" ends at once.

The four field families (a state renamed, the availability zone dropped, the volume list renamed, a
flavor field dropped) run together in one drift per profile: each is told apart by the field it names.
`nox -s tests` runs them in `readonly`; `keypairs` and `full` (which also waits on deletes) are `whole_runs`."""

from __future__ import annotations

import copy
import re
from types import SimpleNamespace

import httpx
import pytest
from toast_compute_client import models

from contract_tests.core.strict import ALWAYS_SENT, drift_warnings, missing_fields, strict_document
from contract_tests.tools.drifted_endpoint import DRIFTS, FIELD_DRIFTS, combined, drifted_endpoint
from contract_tests.tools.mock_process import foreign_endpoint
from spec_toolkit.spec import Spec, load_bundle
from tests.contract.field_runs import Cell, Runs, failures, field_table, warnings

# drift -> (the field it takes away, its new name when renamed)
FAMILIES = {
    "state_field_renamed": ("OS-EXT-STS:vm_state", "OS-EXT-STS:vmState"),
    "availability_zone_dropped": ("OS-EXT-AZ:availability_zone", None),
    "volume_list_renamed": ("os-extended-volumes:volumes_attached", "os-extended-volumes:volumes"),
    "flavor_field_dropped": ("OS-FLV-EXT-DATA:ephemeral", None),
}
ALL_FAMILIES = combined("field_families", list(FIELD_DRIFTS.values()))
# In `full`, deletes are waited on: reads of a deleted server answer 500 there, and the wait must end at
# once (the foreign default of 900 s would otherwise pass before the run ends).
FULL_WITH_500 = combined("field_families_and_500_for_404", [ALL_FAMILIES, DRIFTS["server_error_for_not_found"]])
CELLS = [
    Cell("readonly", "readonly", ALL_FAMILIES),
    Cell("keypairs", "keypairs", ALL_FAMILIES),
    Cell("full", "full", FULL_WITH_500, {"TOAST_COMPUTE_WAIT_TIMEOUT": "900"}),
]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    results = Runs(CELLS, tmp_path_factory.mktemp("strict"))
    yield results
    print("\n" + field_table(results, [field for field, _ in FAMILIES.values()]))


def test_the_families_are_the_field_drifts():
    assert set(FAMILIES) == set(FIELD_DRIFTS)
    assert all(drift.breaking for drift in FIELD_DRIFTS.values())


# The description and its strict reading.

def test_the_strict_reading_requires_exactly_the_marked_fields_and_the_tolerant_ones():
    bundle = load_bundle().document
    strict = strict_document(bundle)
    for name in ("ServerBase", "FlavorDetail"):
        assert strict["components"]["schemas"][name] != bundle["components"]["schemas"][name]
    server_extension = strict["components"]["schemas"]["Server"]["allOf"][1]
    marked = {n for n, p in server_extension["properties"].items() if p.get(ALWAYS_SENT)}
    assert set(server_extension["required"]) == marked
    assert {family[0] for family in FAMILIES.values()} - {"OS-FLV-EXT-DATA:ephemeral"} <= marked
    assert "security_groups" not in marked  # omitted when a server has none (errata E23)
    assert bundle["components"]["schemas"]["Server"]["allOf"][1].get("required") is None  # the client's stays


def test_every_mark_is_true_on_an_optional_property_and_cites_its_evidence():
    marks = []

    def walk(node):
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if isinstance(prop, dict) and ALWAYS_SENT in prop:
                    marks.append((name, prop, name in node.get("required", [])))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_bundle().document)
    assert len(marks) >= 15
    for name, prop, required in marks:
        assert prop[ALWAYS_SENT] is True and not required, name
        assert re.search(r"Always sent \(`x-always-sent`, errata E\d+\)", prop["description"]), name


def _server_view() -> dict:
    spec = load_bundle()
    server = {}
    for branch in spec.document["components"]["schemas"]["Server"]["allOf"]:
        for name, prop in spec.resolve(branch)["properties"].items():
            server[name] = spec.resolve(prop).get("example", "")
    server.update({"status": "ACTIVE", "OS-EXT-STS:vm_state": "active", "image": "", "metadata": {},
                   "flavor": {"id": "1", "links": []}, "addresses": {}, "links": [],
                   "security_groups": [{"name": "default"}],
                   "os-extended-volumes:volumes_attached": [{"id": "a07f71dc-8151-4e7d-a0cc-cd24a3f11113"}]})
    return server


def test_a_renamed_always_sent_field_is_one_finding_with_both_names_and_the_value():
    strict = Spec(strict_document(load_bundle().document))
    server = _server_view()
    server["OS-EXT-STS:vmState"] = server.pop("OS-EXT-STS:vm_state")
    del server["OS-EXT-AZ:availability_zone"]
    found = missing_fields(strict, {"$ref": "#/components/schemas/ServerResponse"}, {"server": server})
    described = sorted(m.describe() for m in found)
    assert described == [
        "`OS-EXT-AZ:availability_zone` is missing at $.server",
        "`OS-EXT-STS:vm_state` is missing at $.server: renamed? `OS-EXT-STS:vm_state` -> `OS-EXT-STS:vmState` "
        "(value 'active')",
    ]
    assert all(m.required for m in found)


def test_a_complete_view_has_no_findings_and_a_renamed_optional_field_is_a_warning():
    strict = Spec(strict_document(load_bundle().document))
    server = _server_view()
    assert missing_fields(strict, {"$ref": "#/components/schemas/ServerResponse"}, {"server": server}) == []
    server["securityGroups"] = server.pop("security_groups")
    found = missing_fields(strict, {"$ref": "#/components/schemas/ServerResponse"}, {"server": server})
    assert [(m.name, m.renamed_to, m.required) for m in found] == [("security_groups", "securityGroups", False)]


def test_the_rename_replaces_the_additive_drift_warning():
    # What drift_warnings reads of a schemathesis case: the operation's responses.
    case = SimpleNamespace(operation=SimpleNamespace(definition=SimpleNamespace(
        raw=load_bundle().operation("get_server").spec)))
    server = _server_view()
    server["securityGroups"] = server.pop("security_groups")
    additive = ["$.server.securityGroups: undocumented field", "$.server.other: undocumented field"]
    assert drift_warnings(load_bundle().document, case, 200, {"server": server}, additive) == [
        "$.server.other: undocumented field",
        "`security_groups` is missing at $.server: renamed? `security_groups` -> `securityGroups` "
        "(value [{'name': 'default'}])",
    ]


# The client stays tolerant.

@pytest.fixture(scope="module")
def drifted_answers():
    with (
        foreign_endpoint() as endpoint,
        drifted_endpoint(endpoint.base_url, ALL_FAMILIES, endpoint.token) as url,
        httpx.Client(base_url=f"{url}/v2/{endpoint.tenant_id}", headers={"X-Auth-Token": endpoint.token}) as http,
    ):
        servers = http.get("/servers/detail").json()
        server = http.get(f"/servers/{servers['servers'][0]['id']}").json()
        flavors = http.get("/flavors/detail").json()
    return servers, server, flavors


def test_the_client_parses_the_drifted_answers(drifted_answers):
    servers, server, flavors = drifted_answers
    for family, (name, renamed_to) in FAMILIES.items():
        views = flavors["flavors"] if family == "flavor_field_dropped" else servers["servers"]
        assert all(name not in view for view in views), family
        assert renamed_to is None or all(renamed_to in view for view in views), family
    parsed = models.ServerDetailList.from_dict(copy.deepcopy(servers))
    assert len(parsed.servers) == len(servers["servers"]) == 3
    assert parsed.servers[0].additional_properties.get("OS-EXT-STS:vmState") == servers["servers"][0][
        "OS-EXT-STS:vmState"]
    assert models.ServerResponse.from_dict(copy.deepcopy(server)).server.id
    assert len(models.FlavorDetailList.from_dict(copy.deepcopy(flavors)).flavors) == len(flavors["flavors"])


# Runs: each family caught in each profile, named.

@pytest.mark.parametrize("profile", [
    pytest.param(cell.name, marks=() if cell.name == "readonly" else pytest.mark.whole_runs) for cell in CELLS
])
def test_each_family_is_caught_in_each_profile_naming_the_field(runs, profile):
    run = runs[profile]
    assert run.returncode == 1, run.output[-3000:]
    strict = failures(run, "strict_response_conformance")
    for family, (name, renamed_to) in FAMILIES.items():
        named = [f for f in strict if f"`{name}` is missing" in f]
        assert named, f"{family} not caught in {profile}: {strict[:5]}"
        if renamed_to is not None:
            assert all(f"renamed? `{name}` -> `{renamed_to}` (value" in f for f in named), named[:3]
            assert not [w for w in warnings(run) if renamed_to in w], "the rename also showed as additive drift"
    operations = {f.split()[0] for f in strict}
    assert {"get_server", "list_servers_detail", "list_flavors_detail"} <= operations


@pytest.mark.whole_runs  # the `full` run
def test_a_500_where_404_is_due_ends_the_full_run_within_a_minute_with_the_finding(runs):
    """The foreign default wait (900 s) is in force: before, the first delete's wait ran it out. The wait now
    ends at the first answer; the rest of the time is the rest of the run (about 36 s on a quiet machine, and
    the whole `full` run counts here), so the bound is far under the wait, not the run's own length."""
    run = runs["full"]
    assert run.summary["timing"]["wall"] < 300, run.summary["timing"]
    assert run.seconds < 360, run.seconds  # the whole process, pytest's start included
    # The finding is the 500, from whichever check meets it first (a delete's wait or an effect property).
    found = [f for f in run.summary["failures"] if "answered 500" in f["title"] or "500" in str(f["status"])]
    assert found, failures(run)[:10]
    assert not [f for f in run.summary["failures"] if "still shown" in f["title"]], "a wait ran out instead"
