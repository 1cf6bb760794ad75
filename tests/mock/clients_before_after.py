"""How many of issue 10's client calls complete against the mock of each given source tree: the same
scenarios (this tree's `test_clients`), python-novaclient and openstacksdk, lenient.

    python -m tests.mock.clients_before_after /path/to/old/checkout .   # before, after
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.mock.test_clients import run_scenarios

TOKEN, TENANT, CONTROL = "measure-token", "6cdebe3eb0094910bc41f1d42ebe4cb7", "measure-control"
START_MOCK = "import sys; from toast_compute_mock.cli import main; sys.exit(main())"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def measure(tree: Path) -> None:
    port = free_port()
    mock = subprocess.Popen(
        [sys.executable, "-c", START_MOCK, "--port", str(port), "--token", TOKEN, "--tenant-id", TENANT,
         "--control-token", CONTROL, "--clock", "immediate"],
        cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base_url + "/")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        for client, calls in run_scenarios(base_url, f"{base_url}/v2/{TENANT}", TOKEN, CONTROL).items():
            print(f"{tree}: {client} completed {calls.done} of {calls.done + len(calls.failed)} calls")
            for failure in calls.failed:
                print(f"    {failure[:150]}")
    finally:
        mock.terminate()
        mock.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs="+", type=Path, help="source trees whose toast_compute_mock to start")
    for tree in parser.parse_args().trees:
        measure(tree.resolve())


if __name__ == "__main__":
    main()
