"""The benchmark's in-process part still runs against today's mock (`nox -s bench -- --compare-with DIR` uses
it), and the client benchmark still runs every contender: smoke runs, not measurements."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.paths import ROOT

OPERATIONS = {"GET /servers/detail", "GET /flavors", "GET /servers/{id}", "POST + DELETE /os-keypairs",
              "POST reboot action", "POST /servers"}  # fmt: skip


def test_handler_cpu_measures_every_operation_of_the_mix() -> None:
    script = ROOT / "scripts" / "bench" / "handler_cpu.py"
    done = subprocess.run([sys.executable, str(script), "20"], capture_output=True, text=True, timeout=120,
                          cwd=script.parent)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(measured) == OPERATIONS and all(micros > 0 for micros in measured.values()), measured


def test_bench_client_times_every_contender_and_profiles_the_parse() -> None:
    script = ROOT / "scripts" / "bench_client.py"
    done = subprocess.run(
        [sys.executable, str(script), "--servers", "20", "--repeat", "4", "--skip", "openstacksdk", "--profile"],
        capture_output=True, text=True, timeout=180, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    rows = {line.split(" | ")[0].lstrip("| ") for line in done.stdout.splitlines() if line.startswith("| ")}
    assert {"floor (httpx + json.loads)", "generated client", "toast_compute layer", "python-novaclient"} <= rows
    assert "decode into the wire Structs" in done.stdout and "the build leaves" in done.stdout, done.stdout
    assert "the dict path" in done.stdout and "_from_wire" in done.stdout, done.stdout
    paired = [line.strip().rsplit(": ", 1)[0] for line in done.stdout.splitlines() if "), CPU " in line]
    assert paired == ["floor (httpx + json.loads)", "generated client", "toast_compute layer"], done.stdout


def test_paired_ratios_are_taken_round_by_round() -> None:
    from scripts.bench_client import paired_with

    times = {"novaclient": [1.0, 10.0, 1.0, 10.0], "client": [2.0, 5.0, 2.0, 5.0], "short": [1.0, 1.0, 1.0]}
    # round by round: 2, 0.5, 2, 0.5 (the medians' ratio would be 3.5 / 5.5)
    assert paired_with("novaclient", times) == {"client": (1.25, 0.5, 2.0)}
