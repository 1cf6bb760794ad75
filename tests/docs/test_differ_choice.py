"""The differ `nox -s breaking` keeps (scripts/spec_diff.py) classifies the comparison's fixed edits correctly.

The same edits, run through every differ available (`python -m scripts.compare_differs`), gave the table in
the README that chose it; a differ that stops catching one of them, or starts raising false alarms, fails here.
"""

from __future__ import annotations

import pytest

from scripts.compare_differs import apply_patch, compare, load_edits, main, ours

BASE, EDITS = load_edits()


def test_the_edits_cover_breaking_and_compatible_changes():
    assert sum(edit.breaking for edit in EDITS) >= 8 and sum(not edit.breaking for edit in EDITS) >= 5


@pytest.mark.parametrize("edit", EDITS, ids=[edit.name for edit in EDITS])
def test_each_edit_changes_the_document(edit):
    assert apply_patch(BASE, edit.patch) != BASE


def test_the_kept_differ_classifies_every_edit():
    verdicts = compare(BASE, EDITS, {"ours": ours})["ours"]
    assert verdicts == ["caught" if edit.breaking else "ok" for edit in EDITS]


def test_the_comparison_prints_a_table_of_catches_and_false_alarms(tmp_path, capsys):
    assert main(["--node-modules", str(tmp_path)]) == 0  # no npm differs there: ours only
    output = capsys.readouterr().out
    breaking, compatible = sum(e.breaking for e in EDITS), sum(not e.breaking for e in EDITS)
    assert f"| **caught** | of {breaking} | {breaking} |" in output
    assert f"| **false alarms** | of {compatible} | 0 |" in output
    assert "oasdiff" in output  # the differs that could not be run are named with the reason
