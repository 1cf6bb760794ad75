"""`nox -s sweep`: what a killed run left on the tenant (its run prefix) is listed, and deleted with `--yes`;
nothing outside the prefix is ever touched (a separate mock process with a prepared tenant)."""

from __future__ import annotations

import os
import subprocess
import sys

from contract_tests.tools.mock_process import ForeignEndpoint, boot_flavor, foreign_endpoint, tenant_snapshot
from spec_toolkit.paths import ROOT

LEFT_BEHIND = "contract-0a1b2c-"  # the prefix of a run that was killed
NOT_OURS = "contract-notes"  # looks alike, does not match the pattern


def leave_behind(endpoint: ForeignEndpoint) -> None:
    """Two servers, a key pair, a placement policy, a volume (attached to the first server) and a snapshot
    image of a killed run, and look-alikes of the tenant's."""
    with endpoint.http() as http:
        flavor = boot_flavor(http)
        servers = []
        for name in (f"{LEFT_BEHIND}server-1", f"{LEFT_BEHIND}server-2", NOT_OURS):
            body = {"server": {"name": name, "imageRef": endpoint.image_id, "flavorRef": flavor,
                               "networks": [{"uuid": endpoint.network_id}]}}
            servers.append(http.post("/servers", json=body).json()["server"]["id"])
        volumes = f"{endpoint.volume_url(endpoint.base_url)}/volumes"
        for name in (f"{LEFT_BEHIND}vol", NOT_OURS):
            http.post(volumes, json={"volume": {"size": 10, "name": name}}).raise_for_status()
        ours = next(v["id"] for v in http.get(volumes).json()["volumes"] if v["name"] == f"{LEFT_BEHIND}vol")
        attach = {"volumeAttachment": {"volumeId": ours}}
        http.post(f"/servers/{servers[0]}/os-volume_attachments", json=attach).raise_for_status()
        for server, name in ((servers[1], f"{LEFT_BEHIND}snap"), (servers[2], f"{NOT_OURS}-snap")):
            http.post(f"/servers/{server}/action", json={"createImage": {"name": name}}).raise_for_status()
        http.post("/os-keypairs", json={"keypair": {"name": f"{LEFT_BEHIND}key"}}).raise_for_status()
        http.post("/os-keypairs", json={"keypair": {"name": NOT_OURS}}).raise_for_status()
        group = {"server_group": {"name": f"{LEFT_BEHIND}group", "policies": ["anti-affinity"]}}
        http.post("/os-server-groups", json=group).raise_for_status()


def sweep(endpoint: ForeignEndpoint, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("TOAST_COMPUTE_")},
           **endpoint.environment("readonly"), "TOAST_COMPUTE_REQUESTS_PER_SECOND": "0"}
    return subprocess.run([sys.executable, "-m", "contract_tests.tools.sweep", "--wait", "30", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def volume_names(endpoint: ForeignEndpoint) -> set[str]:
    with endpoint.http() as http:
        return {v["name"] for v in http.get(f"{endpoint.volume_url(endpoint.base_url)}/volumes").json()["volumes"]}


def names(snapshot: dict[str, list[tuple[object, ...]]]) -> set[str]:
    return ({str(s[0]) for s in snapshot["servers"]} | set(map(str, snapshot["keypairs"]))
            | {str(g[1]) for g in snapshot["server_groups"]} | {str(i[1]) for i in snapshot["images"]})


def test_sweep_lists_then_deletes_only_what_carries_the_run_prefix() -> None:
    with foreign_endpoint("immediate") as endpoint:
        before, volumes_before = tenant_snapshot(endpoint), volume_names(endpoint)
        leave_behind(endpoint)
        listed = sweep(endpoint)
        assert listed.returncode == 0, listed.stderr
        would = sorted(line.split(" (")[0] for line in listed.stdout.splitlines() if line.startswith("would delete"))
        assert would == sorted(f"would delete {what}" for what in (
            f"keypair {LEFT_BEHIND}key", f"server group {LEFT_BEHIND}group", f"server {LEFT_BEHIND}server-1",
            f"server {LEFT_BEHIND}server-2", f"volume {LEFT_BEHIND}vol", f"image {LEFT_BEHIND}snap"))
        assert f"{LEFT_BEHIND}server-1" in names(tenant_snapshot(endpoint)), "a dry run deletes nothing"
        swept = sweep(endpoint, "--yes")
        assert swept.returncode == 0, swept.stdout + swept.stderr
        after = names(tenant_snapshot(endpoint))
        assert not {name for name in after if name.startswith(LEFT_BEHIND)}, after
        assert after == names(before) | {NOT_OURS, f"{NOT_OURS}-snap"}, "only the run prefix was touched"
        assert volume_names(endpoint) == volumes_before | {NOT_OURS}, "the run's volume deleted, and only it"
