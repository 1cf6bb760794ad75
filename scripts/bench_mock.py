#!/usr/bin/env python3
"""Benchmark the mock with wrk: throughput and p50/p99 latency of a fixed request mix (server
detail list, flavor list, keypair create + delete, a server action), side by side with

  (a) Prism (`@stoplight/prism-cli`, pinned in package.json) mocking the same bundled spec, and
  (b) a bare ASGI app on the same server stack answering the same bytes (the ceiling),

for each server stack (granian; uvicorn with httptools + uvloop). Then the cost growth of
`GET /servers/detail?limit=100` with 100 vs 10,000 servers in the tenant.

On 2 cores the server runs on CPU 0 and wrk on CPU 1 (taskset). Installs wrk from Debian and
Prism with `npm ci` when missing. Loopback only; every run is bounded by --duration.

    python scripts/bench_mock.py [--duration 10] [--connections 16] [--output reports/bench-mock.json]

With `--compare-with DIR` (another checkout, e.g. a `git worktree` at main) it measures the handlers'
CPU time per request in-process (scripts/bench/handler_cpu.py), then only the mix over HTTP,
this tree's mock against DIR's on each server stack, in interleaved rounds, and reports the ratio
this/other per round and the spread between rounds.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "scripts" / "bench"
SPEC = ROOT / "openapi" / "toast-compute-api.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
sys.path.insert(0, str(ROOT))

from toast_compute_mock.catalog import FLAVORS, IMAGES, NETWORKS  # noqa: E402
from toast_compute_mock.config import DEFAULT_TENANT_ID as TENANT  # noqa: E402
from toast_compute_mock.config import DEFAULT_TOKEN as TOKEN  # noqa: E402

U2 = next(f for f in FLAVORS if f.name == "u2.c1m2")
# vpc2 is a /16: room for the 10,000 servers of the growth measurement.
SERVER_BODY = {"name": "bench-vm", "imageRef": IMAGES[0].id, "flavorRef": U2.id, "networks": [{"uuid": NETWORKS[1].id}]}
PUBLIC_KEY = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes(
    serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()


def ensure_tools(prism: bool = True) -> None:
    if not shutil.which("wrk"):
        print("installing wrk (apt-get)", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    if prism and not PRISM.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pinned(cpu: int, command: list[str]) -> list[str]:
    return (["taskset", "-c", str(cpu)] if shutil.which("taskset") and (os.cpu_count() or 1) > 1 else []) + command


class Process:
    """A server under test on a loopback port, stopped on exit."""

    def __init__(self, command: list[str], port: int, env: dict | None = None) -> None:
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen(pinned(0, command), cwd=ROOT, env={**os.environ, **(env or {})},
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def __enter__(self) -> Process:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(self.base + f"/v2/{TENANT}/flavors", headers={"X-Auth-Token": TOKEN}, timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(f"{self.proc.args} did not start")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def python_path(root: Path) -> dict[str, str]:
    """The environment that makes `toast_compute_mock` (and the bare app) come from `root`."""
    return {"PYTHONPATH": os.pathsep.join([str(BENCH), str(root), os.environ.get("PYTHONPATH", "")])}


def serve(app: str, server: str, root: Path = ROOT) -> Process:
    port = free_port()
    return Process([sys.executable, str(BENCH / "serve.py"), app, server, str(port)], port, python_path(root))


def mock_source(root: Path) -> str:
    """Where the mock served from `root` is imported from (checked, not assumed)."""
    return subprocess.run([sys.executable, "-c", "import toast_compute_mock; print(toast_compute_mock.__file__)"],
                          capture_output=True, text=True, check=True, cwd=BENCH,
                          env={**os.environ, **python_path(root)}).stdout.strip()


def load_average() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def handler_cpu(root: Path) -> dict[str, float]:
    """CPU microseconds per request of each operation, in-process, for the mock in `root`."""
    out = subprocess.run([sys.executable, str(BENCH / "handler_cpu.py"), "2000"], capture_output=True, text=True,
                         check=True, cwd=BENCH, env={**os.environ, **python_path(root)}, timeout=600).stdout
    return json.loads(out.strip().splitlines()[-1])


def compare_handlers(other_root: Path, rounds: int) -> dict:
    """The handlers' CPU time per request, this tree and the other in turn, `rounds` times."""
    runs: dict[str, list[dict[str, float]]] = {"this": [], "other": []}
    for round_ in range(rounds):
        for name in (("this", "other") if round_ % 2 == 0 else ("other", "this")):
            runs[name].append(handler_cpu(ROOT if name == "this" else other_root))
    results = {}
    print("handlers in-process, CPU us/request: this/other median [per round], round-to-round spread this/other")
    for operation in runs["this"][0]:
        ratios = sorted(t[operation] / o[operation] for t, o in zip(runs["this"], runs["other"], strict=True))
        spread = {name: round(max(r[operation] for r in rs) / min(r[operation] for r in rs), 3)
                  for name, rs in runs.items()}
        results[operation] = {"this": [r[operation] for r in runs["this"]],
                              "other": [r[operation] for r in runs["other"]],
                              "median_ratio": round(ratios[len(ratios) // 2], 3), "spread": spread}
        print(f"  {operation:<28} {results[operation]['median_ratio']:.3f} {[round(r, 3) for r in ratios]}  "
              f"{spread['this']}/{spread['other']}", flush=True)
    return results


def compare(args) -> int:
    """This tree's mock against another checkout's, interleaved; ratio this/other per round."""
    other_root = args.compare_with.resolve()
    sources = {"this": mock_source(ROOT), "other": mock_source(other_root)}
    if sources["this"] == sources["other"]:
        raise SystemExit(f"both trees import the same mock: {sources['this']}")
    results: dict = {"config": {"duration_s": args.duration, "rounds": args.rounds, "connections": args.connections,
                                "cpus": os.cpu_count()}, "sources": sources, "load_before": load_average()}
    print(f"this: {sources['this']}\nother: {sources['other']}\n{results['load_before']}", flush=True)
    results["handlers"] = compare_handlers(other_root, args.rounds)
    for server in args.servers.split(","):
        with serve("mock", server) as this, serve("mock", server, other_root) as other:
            targets = {"this": (this, seed(this.base, 20)), "other": (other, seed(other.base, 20))}
            runs: dict[str, list[dict]] = {name: [] for name in targets}
            for round_ in range(args.rounds):
                order = list(targets) if round_ % 2 == 0 else list(reversed(targets))  # neither always first
                for name in order:
                    process, server_id = targets[name]
                    runs[name].append(mix(process.base, server_id, args, process.proc.pid))
                this_run, other_run = runs["this"][-1], runs["other"][-1]
                print(f"{server} round {round_ + 1}: req/s this {this_run['rps']}, other {other_run['rps']} "
                      f"(this/other {this_run['rps'] / other_run['rps']:.3f}); CPU us/request this "
                      f"{this_run['cpu_us_per_request']}, other {other_run['cpu_us_per_request']} "
                      f"(this/other {this_run['cpu_us_per_request'] / other_run['cpu_us_per_request']:.3f})  "
                      f"[{load_average()}]", flush=True)
        results[server] = {"this": median_run(runs["this"]), "other": median_run(runs["other"])}
        # Throughput follows the machine's load; CPU time per request much less so.
        for metric in ("rps", "cpu_us_per_request"):
            ratios = [t[metric] / o[metric] for t, o in zip(runs["this"], runs["other"], strict=True)]
            results[server][metric] = {
                "ratios": [round(r, 3) for r in ratios], "median_ratio": round(sorted(ratios)[len(ratios) // 2], 3),
                # The noise: how much one target's number moves from round to round (max/min).
                "spread": {name: round(max(r[metric] for r in rs) / min(r[metric] for r in rs), 3)
                           for name, rs in runs.items()},
            }
            r = results[server][metric]
            print(f"{server} {metric}: this/other median {r['median_ratio']}, per round {r['ratios']}; "
                  f"round-to-round spread (max/min) this {r['spread']['this']}, other {r['spread']['other']}",
                  flush=True)
    results["load_after"] = load_average()
    print(results["load_after"])
    args.output.write_text(json.dumps(results, indent=2))
    print(f"results: {args.output}")
    return 0


def prism() -> Process:
    port = free_port()
    return Process([str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", "false", str(SPEC)], port)


def seed(base: str, servers: int) -> str:
    """Creates servers (10 per call) and returns the id of the first one."""
    with httpx.Client(base_url=f"{base}/v2/{TENANT}", headers={"X-Auth-Token": TOKEN}, timeout=30) as client:
        first = None
        for done in range(0, servers, 10):
            body = {"server": {**SERVER_BODY, "max_count": min(10, servers - done)}}
            response = client.post("/servers", json=body)
            response.raise_for_status()
            first = first or response.json()["server"]["id"]
        return first


def wrk(base: str, script: str, duration: int, connections: int, env: dict) -> dict:
    command = pinned(1, ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "-s", str(BENCH / script), base])
    out = subprocess.run(command, capture_output=True, text=True, check=True, env={**os.environ, **env},
                         timeout=duration + 60).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["rps"] = round(result["requests"] / (result["duration_us"] / 1e6))
    return result


RUNS = iter(range(1, 1_000_000))


def delete_leftover_keypairs(base: str) -> None:
    """Keypairs created by the last requests of a run (their deletes never came): under the quota."""
    with httpx.Client(base_url=f"{base}/v2/{TENANT}", headers={"X-Auth-Token": TOKEN}) as client:
        for item in client.get("/os-keypairs").json().get("keypairs", []):
            name = item.get("keypair", {}).get("name", "")
            if name.startswith("bench-"):
                client.delete(f"/os-keypairs/{name}")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its live descendants (granian's worker), from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        todo += children.get(current, [])
    return total


def mix(base: str, server_id: str, args, pid: int | None = None) -> dict:
    """The mix on one target (after a warm-up); with the server's pid, also its CPU time per request."""
    env = {"BENCH_TENANT": TENANT, "BENCH_SERVER": server_id, "BENCH_TOKEN": TOKEN, "BENCH_PUBLIC_KEY": PUBLIC_KEY}
    wrk(base, "mix.lua", 2, args.connections, {**env, "BENCH_RUN": str(next(RUNS))})  # warm-up
    delete_leftover_keypairs(base)
    cpu_before = cpu_seconds(pid) if pid else 0.0
    result = wrk(base, "mix.lua", args.duration, args.connections, {**env, "BENCH_RUN": str(next(RUNS))})
    if pid:
        result["cpu_us_per_request"] = round((cpu_seconds(pid) - cpu_before) * 1e6 / result["requests"], 1)
    delete_leftover_keypairs(base)
    return result


def record(base: str, server_id: str, path: Path) -> None:
    """The mock's answer to each request of the mix, for the bare app to replay."""
    with httpx.Client(base_url=f"{base}/v2/{TENANT}", headers={"X-Auth-Token": TOKEN}) as c:
        responses = {
            "detail": c.get("/servers/detail"),
            "flavors": c.get("/flavors"),
            "keypair_create": c.post("/os-keypairs", json={"keypair": {"name": "rec", "public_key": PUBLIC_KEY}}),
            "keypair_delete": c.delete("/os-keypairs/rec"),
            "action": c.post(f"/servers/{server_id}/action", json={"reboot": {"type": "HARD"}}),
        }
    path.write_text(json.dumps({
        kind: {"status": r.status_code, "body": r.text,
               "headers": [(k, v) for k, v in r.headers.items() if k not in ("date", "server")]}
        for kind, r in responses.items()
    }))


def growth(server: str, args) -> dict:
    results = {}
    with serve("mock", server) as mock:
        seeded = 0
        for size in (100, 10_000):
            seed(mock.base, size - seeded)
            seeded = size
            env = {"BENCH_PATH": f"/v2/{TENANT}/servers/detail?limit=100", "BENCH_TOKEN": TOKEN}
            wrk(mock.base, "mix.lua", 2, 1, env)
            results[size] = wrk(mock.base, "mix.lua", args.duration, 1, env)
    return results


def median_run(runs: list[dict]) -> dict:
    """The run with the median throughput (its latencies come with it)."""
    return sorted(runs, key=lambda r: r["rps"])[len(runs) // 2] | {"rps_all": [r["rps"] for r in runs]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (default %(default)s)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved rounds; medians reported (default %(default)s)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (default %(default)s)")
    parser.add_argument("--servers", default="granian,uvicorn", help="server stacks (default %(default)s)")
    parser.add_argument("--no-prism", action="store_true", help="skip Prism")
    parser.add_argument("--output", type=Path, default=ROOT / "reports" / "bench-mock.json")
    parser.add_argument("--compare-with", type=Path, metavar="DIR",
                        help="another checkout of the project: compare its mock with this one (mix only)")
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    ensure_tools(prism=not args.compare_with and not args.no_prism)
    if args.compare_with:
        return compare(args)
    recorded = args.output.parent / "bench-recorded.json"
    os.environ["BENCH_RECORDED"] = str(recorded)
    servers = args.servers.split(",")
    results: dict = {"config": {"duration_s": args.duration, "rounds": args.rounds, "connections": args.connections,
                                "cpus": os.cpu_count()}}
    with contextlib.ExitStack() as stack:
        targets: dict[str, tuple[Process, str]] = {}
        for server in servers:
            mock = stack.enter_context(serve("mock", server))
            server_id = seed(mock.base, 20)
            targets[f"mock/{server}"] = (mock, server_id)
        first_mock, server_id = targets[f"mock/{servers[0]}"]
        record(first_mock.base, server_id, recorded)
        for server in servers:
            targets[f"bare/{server}"] = (stack.enter_context(serve("bare", server)), server_id)
        if not args.no_prism:
            targets["prism"] = (stack.enter_context(prism()), server_id)
        runs: dict[str, list[dict]] = {name: [] for name in targets}
        for round_ in range(args.rounds):  # interleaved, so a noisy moment hits every target alike
            for name, (process, target_server) in targets.items():
                runs[name].append(mix(process.base, target_server, args))
                print(f"round {round_ + 1} {name}: {runs[name][-1]['rps']} req/s", flush=True)
    results["mix"] = {name: median_run(r) for name, r in runs.items()}
    best = max(servers, key=lambda s: results["mix"][f"mock/{s}"]["rps"])
    results["chosen_server"] = best
    # The machine is shared: load changes from minute to minute. Ratios within a round (targets run
    # back to back) are steadier than ratios of medians.
    results["ratios"] = {}
    for other in ("prism", f"bare/{best}"):
        if other in runs:
            per_round = sorted(m["rps"] / o["rps"] for m, o in zip(runs[f"mock/{best}"], runs[other], strict=True))
            results["ratios"][other] = {"median": per_round[len(per_round) // 2],
                                        "rounds": [round(x, 2) for x in per_round]}
    results["growth"] = growth(best, args)
    args.output.write_text(json.dumps(results, indent=2))

    print(f"\nrequest mix, wrk -t1 -c{args.connections} -d{args.duration}s, median of {args.rounds} interleaved rounds "
          "(server on CPU 0, wrk on CPU 1):")
    print(f"{'target':<16}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'non-2xx':>9}   all rounds")
    for name, r in results["mix"].items():
        print(f"{name:<16}{r['rps']:>9}{r['p50_us'] / 1000:>9.2f}{r['p99_us'] / 1000:>9.2f}{r['status_errors']:>9}"
              f"   {r['rps_all']}")
    for other, goal in (("prism", "goal >= 5"), (f"bare/{best}", "goal >= 0.5")):
        if other in results["ratios"]:
            r = results["ratios"][other]
            print(f"mock/{best} / {other} throughput, per round: median {r['median']:.2f} ({goal}), "
                  f"rounds {r['rounds']}")
    g = results["growth"]
    print(f"GET /servers/detail?limit=100 (wrk -c1), {best}: p50 {g[100]['p50_us'] / 1000:.2f} ms with 100 servers, "
          f"{g[10_000]['p50_us'] / 1000:.2f} ms with 10,000 ({g[10_000]['p50_us'] / g[100]['p50_us']:.2f}x, "
          "goal <= 2x)")
    print(f"results: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
