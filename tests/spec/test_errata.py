"""Consistency of the errata (openapi/errata.yaml, openapi/ERRATA.md) with the bundled description.

Which operations an entry concerns is stored once: in each operation's `x-errata` (openapi/src). The entries
in errata.yaml hold the text; spec_toolkit.errata joins the two for ERRATA.md and the site's errata page.
"""

from __future__ import annotations

import re

import pytest

from scripts.render_errata import render
from spec_toolkit.errata import REQUIRED, citations, load_errata
from spec_toolkit.paths import ERRATA, ERRATA_MARKDOWN
from spec_toolkit.spec import Spec, load_bundle, load_yaml

ID_PATTERN = re.compile(r"^E(\d{2,})$")
CITED_ID = re.compile(r"\bE\d{2,}\b")


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    """The raw entries of errata.yaml."""
    return load_yaml(ERRATA)["entries"]


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_ids_are_unique_and_sequential(entries: list[dict]) -> None:
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids)), f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}"
    for position, entry_id in enumerate(ids, start=1):
        match = ID_PATTERN.match(entry_id)
        assert match, f"{entry_id!r} is not of the form E01"
        assert int(match.group(1)) == position, f"entry #{position} has id {entry_id}, expected E{position:02d}"


def test_entries_are_complete(entries: list[dict]) -> None:
    problems = []
    for entry in entries:
        if not str(entry.get("title", "")).strip():
            problems.append(f"{entry['id']}: empty title")
        for field in REQUIRED:
            value = entry.get(field)
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{entry['id']}: empty {field}")
        if "source" in entry and not (isinstance(entry["source"], str) and entry["source"].strip()):
            problems.append(f"{entry['id']}: empty source")
        if "operations" in entry:
            problems.append(f"{entry['id']}: list its operations in their `x-errata` (openapi/src), not here")
    assert not problems, "\n".join(problems)


def test_every_x_errata_id_exists(spec: Spec, entries: list[dict]) -> None:
    known = {entry["id"] for entry in entries}
    problems = [
        f"{operation_id}: x-errata {entry_id} is not in errata.yaml"
        for entry_id, operation_ids in citations(spec).items()
        for operation_id in operation_ids
        if entry_id not in known
    ]
    assert not problems, "\n".join(problems)


def test_ids_cited_in_descriptions_exist(spec: Spec, entries: list[dict]) -> None:
    known = {entry["id"] for entry in entries}
    cited = {entry_id for text in _strings(spec.document) for entry_id in CITED_ID.findall(text)}
    assert cited <= known, f"cited in the bundle but not in errata.yaml: {sorted(cited - known)}"


def test_rendered_page_is_fresh() -> None:
    assert ERRATA_MARKDOWN.read_text(encoding="utf-8") == render(load_errata(load_bundle())), (
        "openapi/ERRATA.md is stale: run `nox -s bundle` (python -m scripts.render_errata)"
    )
