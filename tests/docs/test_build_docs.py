"""The docs-only copy of the bundle, the errata page and the built site (no browser needed)."""

from __future__ import annotations

import copy

import pytest

from scripts import build_docs
from scripts.render_errata import render
from spec_toolkit.errata import load_errata
from spec_toolkit.spec import Spec
from tests.docs.helpers import MINI_ERRATA


@pytest.fixture
def errata(mini_spec):
    return load_errata(Spec(mini_spec), MINI_ERRATA)


def by_id(spec: dict) -> dict:
    return {op.operation_id: op.spec for op in Spec(spec).operations()}


def test_errata_ids_become_links_in_the_docs_copy_only(mini_spec, errata):
    original = copy.deepcopy(mini_spec)
    docs = by_id(build_docs.docs_spec(mini_spec, errata, "bundle.yaml"))
    assert "[E01: Create server — `imageRef` is optional](errata.html#E01)" in docs["createServer"]["description"]
    assert "(errata.html#E02)" in docs["listServers"]["description"]
    assert "description" not in docs["deleteServer"]  # no x-errata, nothing added
    assert mini_spec == original  # the bundle itself is never changed


def test_errata_mentions_in_descriptions_become_links_but_examples_stay(mini_spec, errata):
    status = mini_spec["components"]["schemas"]["ServerStatus"]
    status["description"] = "Nova's values (errata E02, E999)."
    status["example"] = {"description": "(errata E02)"}
    docs = build_docs.docs_spec(mini_spec, errata, "bundle.yaml")["components"]["schemas"]["ServerStatus"]
    assert docs["description"] == "Nova's values (errata [E02](errata.html#E02), E999)."
    assert docs["example"] == {"description": "(errata E02)"}


def test_an_errata_id_without_an_entry_is_not_linked(mini_spec, errata, capsys):
    mini_spec["paths"]["/v2/{tenantId}/servers"]["get"]["x-errata"] = ["E999", "E02"]
    docs = by_id(build_docs.docs_spec(mini_spec, errata, "bundle.yaml"))
    description = docs["listServers"]["description"]
    assert description.endswith("E999 (no entry yet), [E02: Server status values](errata.html#E02)")
    assert "E999" in capsys.readouterr().err


def test_info_tells_how_to_get_a_token_and_lists_regions(mini_spec, errata):
    description = build_docs.docs_spec(mini_spec, errata, "bundle.yaml")["info"]["description"]
    assert "POST https://api-identity-infrastructure.nhncloudservice.com/v2.0/tokens" in description
    assert '"passwordCredentials"' in description and "access.token.id" in description
    assert "`kr1`, `kr2`, `kr3`, `jp1`" in description
    assert "[errata (정오표)](errata.html)" in description and "(bundle.yaml)" in description


def test_errata_page_has_an_anchor_per_entry_and_links_back(errata):
    page = build_docs.errata_page(errata)
    assert '<section id="E01"><h2>E01: Create server — <code>imageRef</code> is optional</h2>' in page
    assert '<section id="E02">' in page
    assert '<a href="reference.html#operation/getServer"><code>getServer</code></a>' in page


def test_an_entry_concerns_the_operations_whose_x_errata_cite_it(mini_spec):
    """The links are stored once, in `x-errata`: citing an entry adds the operation to both renderings."""
    del mini_spec["paths"]["/v2/{tenantId}/servers/{serverId}"]["get"]["x-errata"]
    mini_spec["paths"]["/v2/{tenantId}/servers/{serverId}"]["delete"]["x-errata"] = ["E02"]
    errata = load_errata(Spec(mini_spec), MINI_ERRATA)
    assert errata.by_id()["E02"].operations == ("listServers", "deleteServer")
    page, markdown = build_docs.errata_page(errata), render(errata)
    assert "deleteServer" in page and "getServer" not in page
    assert "| `listServers`, `deleteServer` |" in markdown and "getServer" not in markdown


def test_markdown_and_html_show_the_same_fields(errata):
    page, markdown = build_docs.errata_page(errata), render(errata)
    for entry in errata.entries:
        assert len(entry.fields) == 4  # the fixture has no source
        for label, _text in entry.fields:
            assert f"<dt>{label}</dt>" in page and f"- **{label}:**" in markdown


def test_built_site_has_reference_errata_index_and_bundle(built_site, site_sources):
    bundle, _errata = site_sources
    assert (built_site / bundle.name).read_bytes() == bundle.read_bytes()
    index = (built_site / "index.html").read_text(encoding="utf-8")
    for target in ("reference.html", "errata.html", bundle.name):
        assert f'href="{target}"' in index
    reference = (built_site / "reference.html").read_text(encoding="utf-8")
    assert "/bundles/redoc.standalone.js" not in reference  # scripts are inlined: the site works offline
