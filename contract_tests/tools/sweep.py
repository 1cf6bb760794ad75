"""Leftovers of earlier runs: a run killed by a CI timeout leaves billed servers behind. This lists what
carries the contract suite's run prefix on the tenant the environment names (servers, key pairs, placement
policies, snapshot images, and block storage volumes where the identity catalog or TOAST_COMPUTE_VOLUME_URL
names the block storage), and with `--yes` deletes it and waits until the servers are gone. Snapshot images
are deleted at the image service (the identity catalog's `image`, or TOAST_COMPUTE_IMAGE_URL): Nova's API
lists them but cannot delete them. Nothing else is ever touched:
a name that does not match the pattern is not the suite's, and floating IPs have no name to tell.

    python -m contract_tests.tools.sweep            # dry run: what would be deleted
    python -m contract_tests.tools.sweep --yes      # delete, and wait until gone
    nox -s sweep [-- --yes]

The target comes from the same variables as the suite (TOAST_COMPUTE_BASE_URL, TOAST_COMPUTE_TOKEN or the
identity user, TOAST_COMPUTE_TENANT_ID); `--pattern` overrides the prefix pattern.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass

import httpx

from contract_tests.core.endpoint import Target
from contract_tests.core.images import delete_images, named_images
from contract_tests.core.pacing import Pacer
from contract_tests.core.settings import ContractSettings
from contract_tests.core.volumes import named_volumes
from contract_tests.targets.foreign import foreign_credentials

RUN_PREFIX = r"contract-[0-9a-f]{6}-"  # ContractSettings' default name prefix: contract-<6 hex digits>-


@dataclass(frozen=True)
class Leftover:
    kind: str  # server, keypair, server group, volume, image
    ident: str  # id (the name, for a key pair)
    name: str
    volume_url: str = ""  # the block storage's tenant URL, for a volume

    @property
    def path(self) -> str:
        return {"server": f"/servers/{self.ident}", "keypair": f"/os-keypairs/{self.ident}",
                "server group": f"/os-server-groups/{self.ident}",
                "volume": f"{self.volume_url}/volumes/{self.ident}"}[self.kind]


def leftovers(http: httpx.Client, pattern: re.Pattern[str], volume_url: str | None = None) -> list[Leftover]:
    """What on the tenant carries the run prefix (the volumes too, given the block storage's URL; the images
    from Nova's list). Servers are listed by their name prefix and checked again here (Nova's `name` filter is
    a regular expression search)."""
    found: list[Leftover] = []
    servers = http.get("/servers", params={"name": f"^{pattern.pattern}", "limit": 1000}).json().get("servers", [])
    found += [Leftover("server", s["id"], s["name"]) for s in servers if pattern.match(str(s.get("name", "")))]
    for item in http.get("/os-keypairs").json().get("keypairs", []):
        name = str((item.get("keypair") or {}).get("name", ""))
        if pattern.match(name):
            found.append(Leftover("keypair", name, name))
    for group in http.get("/os-server-groups").json().get("server_groups", []):
        if pattern.match(str(group.get("name", ""))):
            found.append(Leftover("server group", str(group["id"]), str(group["name"])))
    found += [Leftover("image", ident, name) for ident, name in named_images(http, pattern)]
    if volume_url is not None:
        volumes = named_volumes(http, volume_url, pattern)
        found += [Leftover("volume", ident, name, volume_url) for ident, name in volumes]
    return found


def sweep(http: httpx.Client, found: list[Leftover], wait_seconds: float, image_url: str | None = None) -> list[str]:
    """Delete the servers first and wait until they are gone (they are the placement policies' members and
    hold the volumes), then the rest, the images at the image service; returns what could not be deleted."""
    problems: list[str] = []
    servers = [leftover for leftover in found if leftover.kind == "server"]
    for leftover in servers:
        _delete(http, leftover, problems)
    _wait_gone(http, servers, wait_seconds, problems)
    for leftover in found:
        if leftover.kind not in ("server", "image"):
            _delete(http, leftover, problems)
    images = [(leftover.ident, leftover.name) for leftover in found if leftover.kind == "image"]
    return problems + delete_images(http, image_url, images)


def _delete(http: httpx.Client, leftover: Leftover, problems: list[str]) -> None:
    status = http.delete(leftover.path).status_code
    if status not in (202, 204, 404):
        problems.append(f"{leftover.kind} {leftover.name}: delete answered {status}")


def _wait_gone(http: httpx.Client, servers: list[Leftover], seconds: float, problems: list[str]) -> None:
    deadline = time.monotonic() + seconds
    pending = list(servers)
    while pending and time.monotonic() < deadline:
        pending = [s for s in pending if http.get(s.path).status_code != 404]
        if pending:
            time.sleep(1)
    problems += [f"server {s.name}: still there after {seconds:g} s" for s in pending]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--yes", action="store_true", help="delete what was found (default: list it only)")
    parser.add_argument("--pattern", default=RUN_PREFIX, help="the name prefix pattern (a regular expression)")
    parser.add_argument("--wait", type=float, default=600, help="seconds to wait until deleted servers are gone")
    args = parser.parse_args(argv)
    settings = ContractSettings.from_env()
    if settings.uses_mock:
        print("sweep: set TOAST_COMPUTE_BASE_URL (and the token or identity user, and the tenant id)", file=sys.stderr)
        return 4
    credentials = foreign_credentials(settings)
    pacer = Pacer(settings.requests_per_second)
    target = Target(settings.base_url or "", credentials.token, credentials.tenant_id, is_mock=False, pacer=pacer)
    pattern = re.compile(args.pattern)
    with target.http("sweep") as http:
        found = leftovers(http, pattern, settings.volume_url or credentials.volume_url)
        for leftover in found:
            print(f"{'deleting' if args.yes else 'would delete'} {leftover.kind} {leftover.name} ({leftover.ident})")
        if not found:
            print(f"sweep: nothing on the tenant matches {pattern.pattern}")
        if not args.yes or not found:
            return 0
        problems = sweep(http, found, args.wait, settings.image_url or credentials.image_url)
    for problem in problems:
        print(f"sweep: {problem}", file=sys.stderr)
    print(f"sweep: {len(found) - len(problems)} of {len(found)} deleted")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
