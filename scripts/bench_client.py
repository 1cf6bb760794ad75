#!/usr/bin/env python3
"""Benchmark: fetch and parse `servers/detail` with 1,000 servers from the mock, side by side.

    python scripts/bench_client.py [--servers 1000] [--repeat 15] [--profile] [--skip openstacksdk]

Starts `toast-compute-mock` (granian, immediate clock) in a child process on a free loopback port, so the
server runs on its own core, creates the servers, then times each contender on the same list call:

* floor: a reused httpx.Client and json.loads (no typed objects);
* generated: toast_compute_client's list_servers_detail (typed attrs models);
* layer: toast_compute.ComputeClient.list_servers_detail (the generated call plus error checks);
* novaclient and openstacksdk pointed at the mock (tooling-notes, "Pointing the OpenStack clients...").

Medians are reported with the ratio to the floor and to novaclient, for the wall clock and for this process's
CPU time (the client's own work, steadier than the wall clock when other jobs share the cores). `--profile` adds
where the generated client's time goes (fetch, msgspec's decode into the wire Structs, building the models from
them, the garbage collection its objects cost), the dict path beside it (what a body the wire Structs refuse
costs), novaclient's Server objects from the same JSON, the cost of that many bare objects (the least an eager
typed build can take) and a cProfile of the build. Not a test: numbers vary by machine.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

TOKEN = "bench-token"
TENANT = "0123456789abcdef0123456789abcdef"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def mock_server() -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "toast_compute_mock.cli", "--port", str(port), "--clock", "immediate",
               "--quota-instances", "-1", "--quota-cores", "-1", "--quota-ram", "-1"]
    process = subprocess.Popen([*command, "--token", TOKEN, "--tenant-id", TENANT], stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base_url + "/", timeout=0.5)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise RuntimeError("toast-compute-mock did not start")
        yield base_url
    finally:
        process.terminate()
        process.wait(10)


def seed(base_url: str, count: int) -> int:
    """Create `count` servers, ten per call (TOAST's max_count); returns the size of the detail page in bytes."""
    from toast_compute_mock.catalog import FLAVORS, IMAGES, NETWORKS

    flavor = next(f for f in FLAVORS if f.name == "u2.c1m2")
    # vpc2 (a /16): the default network's /24 runs out of addresses before 1,000 servers
    with httpx.Client(base_url=f"{base_url}/v2/{TENANT}", headers={"X-Auth-Token": TOKEN}) as http:
        for start in range(0, count, 10):
            n = min(10, count - start)
            server = {"name": f"bench-{start}", "imageRef": IMAGES[0].id, "flavorRef": flavor.id,
                      "networks": [{"uuid": NETWORKS[1].id}], "min_count": n, "max_count": n}  # fmt: skip
            http.post("/servers", json={"server": server}).raise_for_status()
        return len(http.get("/servers/detail", params={"limit": count}).content)


def contenders(base_url: str, count: int) -> dict[str, Callable[[], int]]:
    """name -> a call that fetches and parses the page and returns how many servers it got."""
    from toast_compute_client import AuthenticatedClient
    from toast_compute_client.api.servers import list_servers_detail
    from toast_compute_client.models import ServerDetailList

    from toast_compute import ComputeClient

    floor_http = httpx.Client(base_url=base_url, headers={"X-Auth-Token": TOKEN})
    generated = AuthenticatedClient(base_url=base_url, token=TOKEN, prefix="", auth_header_name="X-Auth-Token")
    layer = ComputeClient(base_url=base_url, token=TOKEN, tenant_id=TENANT)
    endpoint = f"{base_url}/v2/{TENANT}"

    def floor() -> int:
        response = floor_http.get(f"/v2/{TENANT}/servers/detail", params={"limit": count})
        return len(json.loads(response.content)["servers"])

    def generated_client() -> int:
        page = list_servers_detail.sync(TENANT, client=generated, limit=count)
        assert isinstance(page, ServerDetailList)
        return len(page.servers)

    def layer_client() -> int:
        return len(layer.list_servers_detail(limit=count).servers)

    def novaclient() -> int:
        return len(nova.servers.list(detailed=True, limit=count))

    def openstacksdk() -> int:
        return len(list(sdk.compute.servers(details=True, limit=count, paginated=False)))

    nova, sdk = openstack_clients(endpoint)
    contenders = {
        "floor (httpx + json.loads)": floor,
        "generated client": generated_client,
        "toast_compute layer": layer_client,
        "python-novaclient": novaclient,
        "openstacksdk": openstacksdk,
    }
    return contenders


def openstack_clients(endpoint: str) -> tuple[Any, Any]:
    """novaclient and openstacksdk on a static token and endpoint, with no discovery requests."""
    from keystoneauth1 import discover, session, token_endpoint
    from novaclient import client as nova_client
    from openstack import connection

    nova = nova_client.Client(
        "2.1", session=session.Session(auth=token_endpoint.Token(endpoint, TOKEN)), endpoint_override=endpoint
    )

    class FixedEndpoint(token_endpoint.Token):  # type: ignore[misc]
        def get_endpoint_data(self, session: Any, *, endpoint_override: str | None = None, **kwargs: Any) -> Any:
            url = endpoint_override or self.endpoint
            return discover.EndpointData(
                catalog_url=url, service_url=url, service_type="compute", interface="public",
                api_version=(2, 1), min_microversion=(2, 1), max_microversion=(2, 1),
            )  # fmt: skip

    sdk = connection.Connection(
        session=session.Session(auth=FixedEndpoint(endpoint, TOKEN)),
        compute_endpoint_override=endpoint,
        compute_api_version="2",
    )
    return nova, sdk


def timed(
    calls: dict[str, Callable[[], int]], repeat: int, expected: int, slow: set[str]
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Round-robin: one run of each contender per round, so load from elsewhere hits all of them alike, in a
    new order each round (seeded by the round: repeatable), so that no contender always runs right after the
    same one (a run is faster right after one that freed objects of its own sizes, whose memory it reuses).
    Returns the wall-clock times and this process's CPU times (the client's work: the mock runs in a child
    process), which a busy machine disturbs far less than the wall clock."""
    runs: dict[str, list[float]] = {name: [] for name in calls}
    cpu: dict[str, list[float]] = {name: [] for name in calls}
    for name, call in calls.items():
        assert call() == expected, f"{name}: warm-up got the wrong number of servers"
    contenders = list(calls.items())
    for round_ in range(repeat):
        for name, call in random.Random(round_).sample(contenders, len(contenders)):
            if name in slow and round_ >= 3:
                continue
            gc.collect()
            started, started_cpu = time.perf_counter(), time.process_time()
            got = call()
            runs[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - started_cpu)
            assert got == expected, name
    return runs, cpu


def profile_generated(base_url: str, count: int) -> str:
    """Where the generated client's time goes, and the hottest functions of the build from the wire Structs."""
    import msgspec
    from toast_compute_client.models import ServerDetailList
    from toast_compute_client.models.server_detail_list import _ServerDetailListWire
    from toast_compute_client.types import decode_json

    decoder = msgspec.json.Decoder(_ServerDetailListWire)
    http = httpx.Client(base_url=base_url, headers={"X-Auth-Token": TOKEN})
    phases: tuple[list[float], ...] = tuple([] for _ in range(5))
    fetch, decode, build, free, collect = phases
    for _ in range(10):
        gc.collect()
        t0 = time.perf_counter()
        response = http.get(f"/v2/{TENANT}/servers/detail", params={"limit": count})
        t1 = time.perf_counter()
        gc.disable()  # as the client decodes and parses (types.PausedGC): the objects are scanned once, after
        wire = decoder.decode(response.content)
        t2 = time.perf_counter()
        page = ServerDetailList._from_wire(wire)
        t3 = time.perf_counter()
        del wire  # as in the client, the decoded body is gone before the collector runs again
        t4 = time.perf_counter()
        gc.enable()
        gc.collect(0)
        t5 = time.perf_counter()
        del page  # freed before the next fetch, as between two calls of a client
        times = (t0, t1, t2, t3, t4, t5)
        for phase, started, ended in zip(phases, times, times[1:], strict=False):
            phase.append(ended - started)
    data = decode_json(response)
    wire = decoder.decode(response.content)
    lines = [
        f"median fetch (HTTP + server) {statistics.median(fetch) * 1000:.1f} ms, msgspec's decode into the wire "
        f"Structs {statistics.median(decode) * 1000:.1f} ms, the models built from them "
        f"{statistics.median(build) * 1000:.1f} ms (both with GC paused), freeing the Structs "
        f"{statistics.median(free) * 1000:.1f} ms and the collection that scans the models "
        f"{statistics.median(collect) * 1000:.1f} ms",
        f"with the collector paused, the dict path (a body the wire Structs refuse: decode_json and from_dict) "
        f"{median_with_gc_paused(lambda: ServerDetailList.from_dict(decode_json(response))) * 1000:.1f} ms; "
        f"novaclient's Server objects from the decoded JSON {novaclient_objects(data) * 1000:.1f} ms",
        bare_objects(wire),
    ]
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(5):
        ServerDetailList._from_wire(wire)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(12)
    lines.append(out.getvalue().split("\n", 6)[-1].rstrip())
    return "\n".join(lines)


def median_with_gc_paused(build: Callable[[], object]) -> float:
    """Median time of `build()` over ten runs, the collector paused while it runs (as the client parses)."""
    times = []
    for _ in range(10):
        gc.collect()
        gc.disable()
        started = time.perf_counter()
        built = build()
        times.append(time.perf_counter() - started)
        gc.enable()
        del built
    return statistics.median(times)


def bare_objects(wire: Any) -> str:
    """How many objects the build leaves for the collector (models, lists, UUIDs), and what that many bare slotted
    objects cost to make, scan once and free with no parsing at all: the least any eager typed build can take."""
    from toast_compute_client.models import ServerDetailList

    gc.collect()
    gc.disable()
    before = len(gc.get_objects(generation=0))
    page = ServerDetailList._from_wire(wire)
    made = len(gc.get_objects(generation=0)) - before
    gc.enable()
    del page

    class Bare:
        __slots__ = ("a", "b", "c")
        a: int
        b: int
        c: int

    times = []
    for _ in range(15):
        gc.collect()
        started = time.perf_counter()
        gc.disable()
        objects = []
        for i in range(made):
            bare = object.__new__(Bare)
            bare.a = bare.b = bare.c = i
            objects.append(bare)
        gc.enable()
        gc.collect(0)
        del objects
        times.append(time.perf_counter() - started)
    return (f"the build leaves {made:,} objects for the collector; {made:,} bare slotted objects take "
            f"{statistics.median(times) * 1000:.1f} ms to make, scan once and free, with nothing parsed")


def novaclient_objects(data: dict[str, Any]) -> float:
    """Median time novaclient takes to turn the decoded page into its Server objects (what from_dict competes
    with), with the collector paused as from_dict is measured."""
    from novaclient.v2.servers import Server

    class Manager:  # what Resource.__init__ reads from its manager
        resource_class, api = Server, None

    return median_with_gc_paused(lambda: [Server(Manager(), server, loaded=True) for server in data["servers"]])


def paired_with(baseline: str, times: dict[str, list[float]]) -> dict[str, tuple[float, float, float]]:
    """Each contender's time over the baseline's in the same round: median, 25th and 75th percentile (rounds
    that both ran; contenders with fewer than four are left out). A pair shares the round's conditions, so
    these ratios show whether a contender is faster or slower beyond the spread between rounds."""
    spreads = {}
    for name, own in times.items():
        ratios = [mine / theirs for mine, theirs in zip(own, times[baseline], strict=False)]
        if name == baseline or len(ratios) < 4:
            continue
        low, _, high = statistics.quantiles(ratios, n=4)
        spreads[name] = (statistics.median(ratios), low, high)
    return spreads


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=15, help="timed runs per contender (openstacksdk: 3)")
    parser.add_argument("--profile", action="store_true", help="break the generated client's time down")
    skip_help = "leave out contenders whose name starts with NAME (openstacksdk: ~10 s a call), not floor/novaclient"
    parser.add_argument("--skip", action="append", default=[], metavar="NAME", help=skip_help)
    args = parser.parse_args(argv)
    with mock_server() as base_url:
        size = seed(base_url, args.servers)
        print(f"servers/detail?limit={args.servers}: {size / 1e6:.2f} MB from toast-compute-mock at {base_url}\n")
        calls = contenders(base_url, args.servers)
        for name in [name for name in calls if any(name.startswith(skip) for skip in args.skip)]:
            if name not in ("floor (httpx + json.loads)", "python-novaclient"):
                del calls[name]
        runs, cpu = timed(calls, args.repeat, args.servers, slow={"openstacksdk"})
        medians = {name: statistics.median(times) for name, times in runs.items()}
        cpu_medians = {name: statistics.median(times) for name, times in cpu.items()}
        floor, nova = medians["floor (httpx + json.loads)"], medians["python-novaclient"]
        nova_cpu = cpu_medians["python-novaclient"]
        print(
            "| contender | median | fastest | runs | × floor | × novaclient | client CPU | CPU × novaclient |\n"
            "|---|---|---|---|---|---|---|---|"
        )
        for name, median in medians.items():
            fastest = min(runs[name]) * 1000
            ratios = f"{median / floor:.2f} | {median / nova:.2f}"
            cpu_ratios = f"{cpu_medians[name] * 1000:.1f} ms | {cpu_medians[name] / nova_cpu:.2f}"
            print(f"| {name} | {median * 1000:.1f} ms | {fastest:.1f} ms | {len(runs[name])} | {ratios} | ", end="")
            print(f"{cpu_ratios} |")
        print("\nper round, over novaclient's run of the same round: median (25th-75th percentile)")
        wall, cpu_time = paired_with("python-novaclient", runs), paired_with("python-novaclient", cpu)
        for name, (median, low, high) in wall.items():
            cpu_median, cpu_low, cpu_high = cpu_time[name]
            print(f"  {name}: {median:.2f} ({low:.2f}-{high:.2f}), CPU {cpu_median:.2f} ({cpu_low:.2f}-{cpu_high:.2f})")
        if args.profile:
            print("\n" + profile_generated(base_url, args.servers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
