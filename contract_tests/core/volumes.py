"""The run's block storage volumes, at the block storage neighbour (Cinder v2, TOAST's `volumev2`, whose URL
the identity catalog or TOAST_COMPUTE_VOLUME_URL gives): Nova attaches only a volume its block storage
knows and that is `available`, so an attach step takes one of the run's, made on demand and named with the
run prefix. Cleanup deletes them after the servers (which hold them); `nox -s sweep` finds what a run left."""

from __future__ import annotations

import re
import time
import uuid
from typing import TYPE_CHECKING

import httpx

from contract_tests.core.endpoint import Target
from contract_tests.core.listings import named_in_listing
from contract_tests.core.weather import TransientFailure

if TYPE_CHECKING:
    from contract_tests.core.safety import Registry

SIZE_GB = 10  # the smallest volume the vendor sells
MOST = 3  # volumes the run holds at once: attach steps reuse the ones a detach or a server delete freed
POLL = 0.2


def available_volume(target: Target, registry: Registry, wait_seconds: float) -> str | None:
    """An `available` volume of the run's (a new one when none is and the run may still create one); None
    without a block storage URL, without room, or when the service does not make one available in time."""
    if target.volume_url is None:
        return None
    try:
        with target.http("volumes") as http:
            for volume_id in sorted(registry.volumes):
                if volume_status(http, target.volume_url, volume_id) == "available":
                    return volume_id
            if len(registry.volumes) >= MOST:
                return None
            name = f"{registry.prefix}vol-{uuid.uuid4().hex[:6]}"
            answer = http.post(f"{target.volume_url}/volumes", json={"volume": {"size": SIZE_GB, "name": name}})
            if answer.status_code != 202:
                return None
            volume_id = str(answer.json()["volume"]["id"])
            registry.add_volume(volume_id)
            return volume_id if wait_for_status(http, target.volume_url, volume_id, "available", wait_seconds) else None
    except TransientFailure:  # weather: the step attaches a volume nobody has (404), as without block storage
        return None


def named_volumes(http: httpx.Client, volume_url: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """(id, name) of the block storage volumes whose name `pattern` matches at its start."""
    return named_in_listing(http.get(f"{volume_url}/volumes", params={"limit": 1000}), "volumes", pattern)


def volume_status(http: httpx.Client, volume_url: str, volume_id: str) -> str | None:
    """The volume's status; None when it is gone (404) or the answer says no status."""
    answer = http.get(f"{volume_url}/volumes/{volume_id}")
    if answer.status_code != 200:
        return None
    volume = answer.json().get("volume")
    return str(volume.get("status")) if isinstance(volume, dict) else None


def wait_for_status(http: httpx.Client, volume_url: str, volume_id: str, status: str | None, seconds: float) -> bool:
    """Poll until the volume's status is `status` (None: gone); at least one read."""
    deadline = time.monotonic() + seconds
    while True:
        if volume_status(http, volume_url, volume_id) == status:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(POLL)


def delete_volumes(http: httpx.Client, volume_url: str, volume_ids: list[str], wait_seconds: float) -> list[str]:
    """Delete the volumes (Cinder refuses one still `in-use`: a server delete frees its volumes a little
    later, so each gets until `wait_seconds` to become `available`); returns what could not be deleted."""
    leftovers = []
    for volume_id in volume_ids:
        answer = http.delete(f"{volume_url}/volumes/{volume_id}")
        if answer.status_code == 400 and wait_for_status(http, volume_url, volume_id, "available", wait_seconds):
            answer = http.delete(f"{volume_url}/volumes/{volume_id}")
        if answer.status_code not in (202, 204, 404):
            leftovers.append(f"volume {volume_id}: {answer.status_code}")
    return leftovers
