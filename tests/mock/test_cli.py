"""The console script, as a user starts it."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time

import httpx
import pytest

from toast_compute_mock.cli import parse_args
from toast_compute_mock.config import DEFAULT_TENANT_ID

pytestmark = pytest.mark.server_mode
TENANT = "0123456789abcdef0123456789abcdef"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_defaults():
    args = parse_args([])
    assert (args.host, args.port, args.clock, args.server) == ("127.0.0.1", 8774, "real", "uvicorn")
    assert [t.tenant_id for t in args.tenants] == [DEFAULT_TENANT_ID]
    assert len(DEFAULT_TENANT_ID) == 32 and set(DEFAULT_TENANT_ID) <= set("0123456789abcdef")
    two = parse_args(["--token", "a", "--tenant-id", TENANT, "--token", "b", "--tenant-id", DEFAULT_TENANT_ID])
    assert [(t.token, t.tenant_id) for t in two.tenants] == [("a", TENANT), ("b", DEFAULT_TENANT_ID)]
    with pytest.raises(SystemExit):
        parse_args(["--token", "a", "--token", "b"])  # two tokens, one tenant


@pytest.mark.parametrize("server", ["granian", "uvicorn"])
def test_console_script_serves_the_given_credentials(server):
    port = free_port()
    script = shutil.which("toast-compute-mock") or [sys.executable, "-m", "toast_compute_mock.cli"]
    command = [script] if isinstance(script, str) else script
    process = subprocess.Popen([*command, "--port", str(port), "--token", "T-secret-token", "--tenant-id", TENANT,
                                "--clock", "immediate", "--server", server, "--control-token", "C-secret-token",
                                "--header-timeout", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        assert httpx.get(f"{base}/v2/{TENANT}/flavors", headers={"X-Auth-Token": "T-secret-token"}).status_code == 200
        assert httpx.get(f"{base}/v2/{TENANT}/flavors", headers={"X-Auth-Token": "toast-mock-token"}).status_code == 401
        assert httpx.get(f"{base}/_mock/clock").status_code == 403
        assert httpx.get(f"{base}/_mock/clock", headers={"X-Mock-Control-Token": "C-secret-token"}).status_code == 200
        with socket.create_connection(("127.0.0.1", port)) as slow:  # a head never finished is cut off
            slow.sendall(b"GET / HTTP/1.1\r\nHost: mock\r\n")
            slow.settimeout(5)
            start = time.monotonic()
            try:
                while slow.recv(65536):
                    pass
            except ConnectionResetError:
                pass
            assert time.monotonic() - start < 4
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert TENANT in output
    assert "secret" not in output, output  # no token in the mock's output


def test_a_tenant_id_no_route_reaches_stops_the_script_with_one_line():
    done = subprocess.run([sys.executable, "-m", "toast_compute_mock.cli", "--port", "0", "--tenant-id", "Tenant-B"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip() == (
        "toast-compute-mock: tenant ids are Nova project ids, lower-case hex digits and dashes: not ['Tenant-B']"
    )
