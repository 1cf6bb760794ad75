"""Run breaking-change differs on a fixed set of spec edits and print which catch what.

    python -m scripts.compare_differs [--edits FILE] [--node-modules DIR]

The edits (tests/docs/fixtures/differ-edits.yaml) are JSON Patch operations on a small description, each
marked breaking or compatible. A differ *catches* a breaking edit when it reports a breaking change, and
raises a *false alarm* when it reports one for a compatible edit. Differs: ours (scripts/spec_diff.py),
and the npm packages api-smart-diff and openapi-diff when DIR (default: the repository's node_modules)
has them, e.g. after `npm install --prefix DIR api-smart-diff@1.0.6 openapi-diff@0.24.1`. A differ that
fails on a document is reported with its error, not counted as a catch.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.spec_diff import diff
from spec_toolkit.paths import ROOT
from spec_toolkit.spec import load_yaml

EDITS = ROOT / "tests" / "docs" / "fixtures" / "differ-edits.yaml"

# Differs that could not be run on this project's machines, and why (checked 2026-11-29).
NOT_RUN = {
    "oasdiff": "a Go module; Debian's golang-go 1.19 installs, but `go install` cannot reach the Go module proxy",
    "@pb33f/openapi-changes": "its npm install step downloads a binary from GitHub, which is not reachable",
    "@useoptic/optic 1.0.9": "installs from npm but crashes at start (Spectral's ajv fails to compile a schema)",
}


class DifferError(Exception):
    """The differ failed on the documents (it could not read them, or crashed)."""


@dataclass(frozen=True)
class Edit:
    name: str
    breaking: bool
    patch: list[dict[str, Any]]


def load_edits(path: Path = EDITS) -> tuple[dict[str, Any], list[Edit]]:
    """The base document and the edits of an edits file."""
    data = load_yaml(path)
    base = load_yaml(path.parent / data["base"])
    return base, [Edit(edit["name"], bool(edit["breaking"]), edit["patch"]) for edit in data["edits"]]


def apply_patch(document: dict[str, Any], patch: list[dict[str, Any]]) -> dict[str, Any]:
    """A copy of `document` with JSON Patch `add`, `remove` and `replace` operations applied."""
    result = copy.deepcopy(document)
    for operation in patch:
        *parents, last = [p.replace("~1", "/").replace("~0", "~") for p in operation["path"].split("/")[1:]]
        target: Any = result
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            index = len(target) if last == "-" else int(last)
            if operation["op"] != "add":
                del target[index]
            if operation["op"] != "remove":
                target.insert(index, operation["value"])
        elif operation["op"] == "remove":
            del target[last]
        else:
            if operation["op"] == "replace" and last not in target:
                raise KeyError(f"replace of a missing member: {operation['path']}")
            target[last] = operation["value"]
    return result


# A differ answers: does the change from the old file to the new one break clients?
Differ = Callable[[Path, Path], bool]


def ours(old: Path, new: Path) -> bool:
    return any(change.breaking for change in diff(load_yaml(old), load_yaml(new)))


API_SMART_DIFF = """
const { apiCompare } = require("api-smart-diff");
const fs = require("fs");
const [before, after] = process.argv.slice(1).map((file) => JSON.parse(fs.readFileSync(file, "utf8")));
const { diffs } = apiCompare(before, after);
console.log(JSON.stringify(diffs.filter((d) => d.type === "breaking").map((d) => d.description)));
"""


def api_smart_diff(node_modules: Path) -> Differ:
    def run(old: Path, new: Path) -> bool:
        result = subprocess.run(
            ["node", "-e", API_SMART_DIFF, str(old), str(new)], capture_output=True, text=True, timeout=120,
            env=dict(os.environ, NODE_PATH=str(node_modules)),
        )
        if result.returncode != 0:
            raise DifferError(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "failed")
        return bool(json.loads(result.stdout))

    return run


def openapi_diff(node_modules: Path) -> Differ:
    def run(old: Path, new: Path) -> bool:
        result = subprocess.run(
            [str(node_modules / ".bin" / "openapi-diff"), str(old), str(new)], capture_output=True, text=True,
            timeout=120,
        )
        if result.returncode == 1 and "Breaking changes found" in result.stdout:
            return True
        if result.returncode == 0:
            return False
        lines = (result.stdout + result.stderr).splitlines()
        raise DifferError(next((line.split('": ')[-1] for line in lines if "Unsupported" in line), "failed"))

    return run


def differs(node_modules: Path) -> dict[str, Differ]:
    found: dict[str, Differ] = {"ours (spec_diff)": ours}
    if (node_modules / "api-smart-diff").is_dir():
        found["api-smart-diff"] = api_smart_diff(node_modules)
    if (node_modules / ".bin" / "openapi-diff").exists():
        found["openapi-diff"] = openapi_diff(node_modules)
    return found


def verdict(edit: Edit, differ: Differ, old: Path, new: Path) -> str:
    try:
        reported = differ(old, new)
    except DifferError as error:
        return f"error: {error}"
    if edit.breaking:
        return "caught" if reported else "MISSED"
    return "FALSE ALARM" if reported else "ok"


def compare(base: dict[str, Any], edits: list[Edit], found: dict[str, Differ]) -> dict[str, list[str]]:
    """differ name -> its verdict on each edit, in order."""
    results: dict[str, list[str]] = {name: [] for name in found}
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old.json"
        old.write_text(json.dumps(base), encoding="utf-8")
        for index, edit in enumerate(edits):
            new = Path(tmp) / f"new-{index}.json"
            new.write_text(json.dumps(apply_patch(base, edit.patch)), encoding="utf-8")
            for name, differ in found.items():
                results[name].append(verdict(edit, differ, old, new))
    return results


def table(edits: list[Edit], results: dict[str, list[str]]) -> str:
    names = list(results)
    lines = ["| edit | breaking? | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    errors = sorted({v for name in names for v in results[name] if v.startswith("error: ")})
    for index, edit in enumerate(edits):
        cells = [results[name][index] for name in names]
        cells = [f"error {errors.index(cell) + 1}" if cell in errors else cell for cell in cells]
        lines.append(f"| {edit.name} | {'yes' if edit.breaking else 'no'} | " + " | ".join(cells) + " |")
    breaking = sum(edit.breaking for edit in edits)
    caught = [sum(v == "caught" for v in results[name]) for name in names]
    alarms = [sum(v == "FALSE ALARM" for v in results[name]) for name in names]
    lines.append(f"| **caught** | of {breaking} | " + " | ".join(map(str, caught)) + " |")
    lines.append(f"| **false alarms** | of {len(edits) - breaking} | " + " | ".join(map(str, alarms)) + " |")
    lines += [f"\nerror {number}: {error.removeprefix('error: ')}" for number, error in enumerate(errors, start=1)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=Path, default=EDITS)
    parser.add_argument("--node-modules", type=Path, default=ROOT / "node_modules")
    args = parser.parse_args(argv)
    base, edits = load_edits(args.edits)
    print(table(edits, compare(base, edits, differs(args.node_modules))))
    print("\nNot run here:")
    print("\n".join(f"- {name}: {why}" for name, why in NOT_RUN.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
