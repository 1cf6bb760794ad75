"""Last night as a baseline: this run's observed shapes against those of an earlier green run
(`TOAST_COMPUTE_BASELINE_DIR`, written by `core/observed.py`). It sees what the description does not say.

Only operation+status pairs observed in both runs are compared. Drift (fails the run): a field sent with
every occurrence of its object before and missing from one now; a field whose type changed (null aside;
integer and number are one kind). Warnings: a server-controlled value never seen before, a new type next to
the earlier ones, a new field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contract_tests.core.observed import MAP_KEY, Shapes
from contract_tests.core.run import Run

Entry = dict[str, Any]  # one operation+status of the observed shapes: count, fields, values, headers, seen


@dataclass(frozen=True)
class Finding:
    operation: str  # operationId and status, e.g. `get_server 200`
    message: str
    drift: bool  # False: a warning


def compare(before: dict[str, dict[str, Entry]], now: dict[str, dict[str, Entry]]) -> list[Finding]:
    findings: list[Finding] = []
    for operation_id in sorted(set(before) & set(now)):
        for status in sorted(set(before[operation_id]) & set(now[operation_id])):
            label = f"{operation_id} {status}"
            findings += [Finding(label, message, drift)
                         for message, drift in _compare_entry(before[operation_id][status], now[operation_id][status])]
    return findings


def _compare_entry(before: Entry, now: Entry) -> list[tuple[str, bool]]:
    found: list[tuple[str, bool]] = []
    seen_before, seen_now = before.get("seen", {}), now.get("seen", {})
    for path in sorted(_always_sent(before)):
        parent = _parent(path)
        if seen_now.get(parent, 0) > seen_now.get(path, 0):
            found.append((f"{path}: sent with every {parent} in the earlier run ({seen_before[path]} times), "
                          f"missing now from {seen_now[parent] - seen_now.get(path, 0)} of {seen_now[parent]}", True))
    for path in sorted(set(before["fields"]) & set(now["fields"])):
        earlier, current = _kinds(before["fields"][path]), _kinds(now["fields"][path])
        if earlier and current and not earlier & current:
            found.append((f"{path}: type {'/'.join(before['fields'][path])} in the earlier run, now "
                          f"{'/'.join(now['fields'][path])}", True))
        elif set(now["fields"][path]) - set(before["fields"][path]):
            found.append((f"{path}: type {'/'.join(now['fields'][path])}, the earlier run saw only "
                          f"{'/'.join(before['fields'][path])}", False))
    for path, values in sorted(now["values"].items()):
        if path in before["fields"]:
            for value in sorted(set(values) - set(before["values"].get(path, []))):
                found.append((f"{path}: value {value} never seen in the earlier run", False))
    for path in sorted(set(now["fields"]) - set(before["fields"])):
        if _parent(path) in before["fields"]:
            found.append((f"{path}: new field (not in the earlier run)", False))
    return found


def _always_sent(entry: Entry) -> set[str]:
    """Named fields seen as often as the object holding them (needs the `seen` counts of the shapes)."""
    seen = entry.get("seen", {})
    return {path for path, count in seen.items()
            if not path.endswith(("[]", f".{MAP_KEY}")) and path != "$" and count == seen.get(_parent(path))}


def _parent(path: str) -> str:
    return path.rsplit(".", 1)[0]


def _kinds(types: list[str]) -> set[str]:
    return {"number" if kind == "integer" else kind for kind in types} - {"null"}


def read_baseline(directory: Path) -> dict[str, dict[str, Entry]]:
    if not (directory / "meta.json").is_file():
        raise FileNotFoundError(f"TOAST_COMPUTE_BASELINE_DIR={directory} holds no observed shapes (no meta.json)")
    return Shapes.read(directory)


def judge(run: Run) -> None:
    """At the end of a run on a foreign endpoint given a baseline: record the findings in the report (drift as
    failures, the rest as warnings) and fail the session on drift."""
    directory = run.settings.baseline_dir
    if directory is None or run.observed is None:
        return
    findings = compare(read_baseline(directory), run.observed.data)
    for finding in findings:
        if finding.drift:
            run.report.record_failure("baseline", finding.operation, "baseline", finding.message)
        else:
            run.report.record_warnings(finding.operation.split()[0], [f"baseline: {finding.message}"])
    drifts = [f"{f.operation}: {f.message}" for f in findings if f.drift]
    assert not drifts, f"drift against the earlier run's shapes ({directory}):\n" + "\n".join(drifts)
