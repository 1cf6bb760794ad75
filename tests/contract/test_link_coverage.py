"""Link coverage (issue 17): the links of the description, which link a schemathesis transition took, the
chain of operations a scenario needs to reach a link, and the report's per-link table."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from contract_tests.core.links import description_links, link_chain, link_taken, operation_labels
from contract_tests.core.report import Report
from spec_toolkit.paths import BUNDLE


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return dict(yaml.safe_load(BUNDLE.read_text(encoding="utf-8")))


def test_the_description_links_and_the_profiles_share(document: dict[str, Any]) -> None:
    links = description_links(document)
    assert "create_server.GetServer" in links and "server_action.NextServerAction" in links
    assert description_links(document, ["create_keypair", "delete_keypair", "get_keypair", "list_keypairs"]) == [
        "create_keypair.DeleteKeypair", "create_keypair.GetKeypair"]
    assert description_links(document, ["list_flavors", "get_flavor"]) == []


def test_a_transition_names_the_link_it_took(document: dict[str, Any]) -> None:
    labels = operation_labels(document, "t1")
    taken = "POST /v2/t1/servers -> [202] GetServer -> GET /v2/t1/servers/{serverId}"
    assert link_taken(taken, labels) == "create_server.GetServer"
    assert link_taken("GET /v2/t1/nowhere -> [200] X -> GET /", labels) is None


def test_a_chain_starts_at_a_create_and_reaches_the_link(document: dict[str, Any]) -> None:
    keypair = link_chain(document, "create_keypair.GetKeypair")
    assert keypair.operations == {"create_keypair", "get_keypair"}
    assert keypair.steps == {("create_keypair", "get_keypair")}
    metadata = link_chain(document, "update_server_metadata_item.GetServerMetadataItem")
    assert metadata.operations == {"create_server", "get_server_metadata_item", "update_server_metadata_item"}
    assert metadata.steps == {("create_server", "update_server_metadata_item"),
                              ("update_server_metadata_item", "get_server_metadata_item")}
    # the policy id comes from what the create was sent: a link into the create must supply it
    group = link_chain(document, "create_server.GetServerGroupOfServer")
    assert group.operations == {"create_server", "create_server_group", "get_server_group"}
    assert group.steps == {("create_server_group", "create_server"), ("create_server", "get_server_group")}
    assert group.starts == {"create_server_group"} and metadata.starts == {"create_server"}
    assert (keypair | group).steps == keypair.steps | group.steps
    for link in description_links(document):
        source, chain = link.split(".")[0], link_chain(document, link)
        assert source in chain.operations and len(chain.operations) <= 4, (link, chain)
        assert {operation for step in chain.steps for operation in step} == chain.operations, (link, chain)


def test_the_report_lists_every_link_and_the_untaken_ones() -> None:
    report = Report()
    report.describe(["a.One", "a.Two"], "| matrix |")
    report.record_link("a.One")
    report.record_link("b.Inferred (inferred)")
    text = report.link_coverage()
    assert "taken by stateful steps: 1 of 2" in text
    assert "   0  a.Two" in text and "   1  a.One" in text
    assert report.as_json()["links"] == {"a.One": 1, "a.Two": 0, "b.Inferred (inferred)": 1}
    assert "## Effect matrix" in report.markdown()
