"""The benchmark's in-process part still runs against today's mock (`nox -s bench -- --compare-with DIR` uses
it): a smoke run with a few requests per operation, not a measurement."""

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
