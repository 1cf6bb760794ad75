"""An endpoint the contract suite does not own: the mock as a separate process on a loopback port, with
a tenant prepared through the API beforehand (three servers, one stopped, a volume attached to one, a
key pair), as a user would find their real tenant. Used by the tests of real-endpoint mode, the mutation
runner and the soak runs.

    python -m contract_tests.tools.mock_process --clock real   # serve one and print its variables
    python -m contract_tests.tools.mock_process --clock real --timings realistic --weather latency
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from contract_tests.targets.embedded_mock import boot_sources, default_credentials

OWN_KEYPAIR = "tenant-own-key"
OWN_SERVERS = ("tenant-own-1", "tenant-own-2", "tenant-own-3")
OWN_METADATA = {"owner": "tenant"}
OWN_SERVER_GROUP = "tenant-own-group"
OWN_VOLUME = "tenant-own-volume"


@dataclass(frozen=True)
class ForeignEndpoint:
    base_url: str
    token: str
    tenant_id: str
    image_id: str
    network_id: str
    clock: str
    control_token: str = ""

    def set_weather(self, weather: dict[str, Any]) -> None:
        """The front door's weather from now on (the mock's `PUT /_mock/weather`)."""
        response = httpx.put(f"{self.base_url}/_mock/weather", json=weather,
                             headers={"X-Mock-Control-Token": self.control_token}, timeout=10)
        response.raise_for_status()

    def weather_counts(self) -> dict[str, int]:
        """What the weather did so far."""
        response = httpx.get(f"{self.base_url}/_mock/weather", headers={"X-Mock-Control-Token": self.control_token},
                             timeout=10)
        return dict(response.json()["counts"])

    def volume_url(self, base_url: str) -> str:
        """The tenant's block storage at `base_url` (the mock's, or a proxy in front of it): where the
        identity catalog's `volumev2` points."""
        return f"{base_url}/block-storage/v2/{self.tenant_id}"

    @staticmethod
    def image_url(base_url: str) -> str:
        """The image service at `base_url` (the mock's, or a proxy in front of it): the catalog's `image`."""
        return f"{base_url}/image"

    def http(self) -> httpx.Client:
        return httpx.Client(base_url=f"{self.base_url}/v2/{self.tenant_id}", headers={"X-Auth-Token": self.token},
                            timeout=30)

    def environment(self, profile: str) -> dict[str, str]:
        """The variables a user sets to point the suite here (image and network left to discovery: the network
        from the network service, at the URL the mock's identity catalog names)."""
        return {
            "TOAST_COMPUTE_BASE_URL": self.base_url,
            "TOAST_COMPUTE_NETWORK_URL": f"{self.base_url}/network",
            "TOAST_COMPUTE_VOLUME_URL": self.volume_url(self.base_url),
            "TOAST_COMPUTE_IMAGE_URL": self.image_url(self.base_url),
            "TOAST_COMPUTE_TOKEN": self.token,
            "TOAST_COMPUTE_TENANT_ID": self.tenant_id,
            "TOAST_COMPUTE_PROFILE": profile,
        }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_serving(url: str, process: subprocess.Popen[bytes], seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the mock process exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answered on {url} within {seconds} s")


# A real cloud's weather, for the suite's evidence runs (the mock's `/_mock/weather`, set once the tenant is
# prepared): one kind each, and all of them together.
WEATHERS: dict[str, dict[str, Any]] = {
    "none": {},
    "throttled": {"throttle": 3, "burst": 5},
    "refused": {"transient": 0.02, "kinds": ["503"]},
    "gateway": {"transient": 0.02, "kinds": ["502"]},
    "dropped": {"transient": 0.01, "kinds": ["drop"], "methods": ["GET"]},
    "ambiguous": {"transient": 0.05, "kinds": ["drop-after"], "methods": ["POST"]},
    "latency": {"latency": 0.15},
    # throttling and 2 % transient failures at a pace a whole mutation matrix gets through (`stormy` takes hours)
    "showers": {"throttle": 40, "burst": 5, "transient": 0.02, "kinds": ["503", "502", "drop"]},
    "stormy": {"throttle": 3, "burst": 5, "transient": 0.02, "kinds": ["503", "502", "drop"], "latency": 0.15,
               "jitter": 0.05},
}


@contextmanager
def mock_process(clock: str, control_token: str, timings: str = "default") -> Iterator[str]:
    """`toast-compute-mock --clock CLOCK --timings TIMINGS` on a free loopback port, Nova's default quotas,
    its control API behind `control_token`; yields its base URL."""
    port = free_port()
    executable = shutil.which("toast-compute-mock", path=os.path.dirname(sys.executable)) or "toast-compute-mock"
    process = subprocess.Popen([executable, "--port", str(port), "--clock", clock, "--timings", timings,
                                f"--control-token={control_token}"],  # a token may begin with "-"
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url + "/", process)
        yield base_url
    finally:
        process.terminate()
        process.wait(10)


def wait_for_status(http: httpx.Client, server_id: str, status: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if http.get(f"/servers/{server_id}").json()["server"]["status"] == status:
            return
        time.sleep(0.2)
    raise RuntimeError(f"server {server_id} did not reach {status} within {seconds} s")


def prepare_tenant(endpoint: ForeignEndpoint) -> None:
    """Three servers (the second stopped), a volume attached to the first, a key pair, metadata on the
    first, a server group, a floating IP associated with the first."""
    with endpoint.http() as http:
        ids = []
        for name in OWN_SERVERS:
            body = {"server": {"name": name, "imageRef": endpoint.image_id, "flavorRef": boot_flavor(http),
                               "networks": [{"uuid": endpoint.network_id}]}}
            response = http.post("/servers", json=body)
            response.raise_for_status()
            ids.append(response.json()["server"]["id"])
        for server_id in ids:
            wait_for_status(http, server_id, "ACTIVE")
        http.post(f"/servers/{ids[1]}/action", json={"os-stop": None}).raise_for_status()
        wait_for_status(http, ids[1], "SHUTOFF")
        attach = {"volumeAttachment": {"volumeId": create_volume(endpoint, http)}}
        http.post(f"/servers/{ids[0]}/os-volume_attachments", json=attach).raise_for_status()
        http.post("/os-keypairs", json={"keypair": {"name": OWN_KEYPAIR}}).raise_for_status()
        http.post(f"/servers/{ids[0]}/metadata", json={"metadata": OWN_METADATA}).raise_for_status()
        group = {"server_group": {"name": OWN_SERVER_GROUP, "policies": ["anti-affinity"]}}
        http.post("/os-server-groups", json=group).raise_for_status()
        floating = http.post("/os-floating-ips", json={})
        floating.raise_for_status()
        associate = {"addFloatingIp": {"address": floating.json()["floating_ip"]["ip"]}}
        http.post(f"/servers/{ids[0]}/action", json=associate).raise_for_status()


def create_volume(endpoint: ForeignEndpoint, http: httpx.Client, seconds: float = 60) -> str:
    """A volume of the tenant's block storage (the mock's, at the URL its identity catalog names), once
    `available`: an attach needs a volume that exists and is free."""
    volumes = f"{endpoint.base_url}/block-storage/v2/{endpoint.tenant_id}/volumes"
    response = http.post(volumes, json={"volume": {"size": 10, "name": OWN_VOLUME}})
    response.raise_for_status()
    volume_id = str(response.json()["volume"]["id"])
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if http.get(f"{volumes}/{volume_id}").json()["volume"]["status"] == "available":
            return volume_id
        time.sleep(0.2)
    raise RuntimeError(f"volume {volume_id} was not available within {seconds} s")


def boot_flavor(http: httpx.Client) -> str:
    flavors = http.get("/flavors/detail").json()["flavors"]
    return str(next(f["id"] for f in flavors if f["disk"] >= 20 and f["ram"] >= 2048))


def tenant_snapshot(endpoint: ForeignEndpoint) -> dict[str, Any]:
    """What the tenant has: servers (name, status, flavor), their attachments and metadata, key pair names,
    server groups (with members), floating IPs (with the server each is on), block storage volumes and images
    (its snapshots among them)."""
    with endpoint.http() as http:
        servers = http.get("/servers/detail").json()["servers"]
        volumes = http.get(f"{endpoint.volume_url(endpoint.base_url)}/volumes/detail").json()["volumes"]
        return {
            "servers": sorted(
                (s["name"], s["status"], s["flavor"]["id"],
                 tuple(sorted(a["volumeId"] for a in
                              http.get(f"/servers/{s['id']}/os-volume_attachments").json()["volumeAttachments"])),
                 tuple(sorted(http.get(f"/servers/{s['id']}/metadata").json()["metadata"].items())))
                for s in servers
            ),
            "keypairs": sorted(k["keypair"]["name"] for k in http.get("/os-keypairs").json()["keypairs"]),
            "server_groups": sorted((g["id"], g["name"], tuple(sorted(g["members"])))
                                    for g in http.get("/os-server-groups").json()["server_groups"]),
            "floating_ips": sorted((f["id"], f["ip"], f["instance_id"] or "")
                                   for f in http.get("/os-floating-ips").json()["floating_ips"]),
            "volumes": sorted((v["id"], v["name"], v["status"]) for v in volumes),
            "images": sorted((i["id"], i["name"]) for i in http.get("/images").json()["images"]),
        }


@contextmanager
def foreign_endpoint(clock: str = "immediate", timings: str = "default",
                     weather: dict[str, Any] | None = None) -> Iterator[ForeignEndpoint]:
    """A separate mock process with a prepared tenant, then (if asked) the weather of its front door."""
    token, tenant_id = default_credentials()
    image_id, network_id, _ = boot_sources()
    control_token = secrets.token_urlsafe(12)
    with mock_process(clock, control_token, timings) as base_url:
        endpoint = ForeignEndpoint(base_url, token, tenant_id, image_id, network_id, clock, control_token)
        prepare_tenant(endpoint)
        if weather:
            endpoint.set_weather(weather)
        yield endpoint


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clock", choices=("immediate", "real"), default="immediate")
    parser.add_argument("--timings", default="default", help="the mock's transition timings: default, realistic")
    parser.add_argument("--weather", choices=sorted(WEATHERS), default="none", help="the front door's weather")
    args = parser.parse_args()
    with foreign_endpoint(args.clock, args.timings, WEATHERS[args.weather]) as endpoint:
        for name, value in endpoint.environment("full").items():
            print(f"export {name}={value}")
        print(f"# image {endpoint.image_id}, network {endpoint.network_id}; Ctrl-C to stop", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(main())
