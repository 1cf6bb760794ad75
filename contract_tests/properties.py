"""What the property tests share: the session's settings as hypothesis settings, the profile markers, how
an example is counted in the report and cleaned up, and the run's servers made and deleted through the
layer."""

from __future__ import annotations

import base64
import contextlib
import copy
import functools
import hashlib
import random
import re
import struct
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import hypothesis
import pytest
from hypothesis import HealthCheck, settings
from toast_compute_client import models
from toast_compute_client.types import Unset

from contract_tests import session
from contract_tests.core.budget import BudgetExhausted
from contract_tests.core.description import hypothesis_phases
from contract_tests.core.effects import documented_faults
from contract_tests.core.nova_rules import resize_candidates
from contract_tests.core.run import Run
from contract_tests.core.weather import TransientFailure
from toast_compute import APIError, ComputeClient, Conflict, Forbidden, NotFound, ServerFailed, WaitTimeout

SESSION = session.current()
SETTINGS = SESSION.settings
PROPERTY = settings(
    max_examples=SETTINGS.property_examples,
    deadline=None,
    database=None,
    phases=hypothesis_phases(SETTINGS),
    suppress_health_check=list(HealthCheck),
)
needs_servers = pytest.mark.skipif(SETTINGS.profile != "full", reason="creates servers: `full` profile only")
needs_keypairs = pytest.mark.skipif(SETTINGS.profile == "readonly", reason="creates key pairs: not in `readonly`")


def run() -> Run:
    return SESSION.started()


def room() -> int:
    """How many more servers an example may create now."""
    return run().registry.bill.room(run().quota_room())


@contextlib.contextmanager
def holds(name: str) -> Iterator[None]:
    """Count one example of property `name` in the report, with how it failed if it did; then delete what
    the example created (a tenant's quota holds a few servers, not a run's worth)."""
    current = run()
    try:
        yield
    except (TransientFailure, BudgetExhausted):
        current.clean_up()
        hypothesis.reject()  # weather, or no room in the budget: the example is not judged
    except Forbidden as error:
        if not error.message.startswith("Quota exceeded"):
            if current.report.record_property(name, f"{type(error).__name__}: {str(error)[:200]}"):
                raise
            return  # a known drift: reported as such
        current.target.pacer.weather.log.note_transient(TransientFailure("POST", "/servers", error.message))
        current.clean_up()
        hypothesis.reject()  # the tenant's quota is full: not the property's business
    except AssertionError as error:
        if current.report.record_property(name, str(error).splitlines()[0] if str(error) else "assertion failed"):
            raise
        return  # a known drift: reported as such
    except Exception as error:
        if current.report.record_property(name, f"{type(error).__name__}: {str(error)[:200]}"):
            raise
        return
    finally:
        current.clean_up()
    current.report.record_property(name, None)


@contextlib.contextmanager
def creating(operation_id: str, body: dict[str, Any]) -> Iterator[None]:
    """A create of the run's through the layer: when it fails ambiguously (it may have been done), what it made
    is found by its name and taken into the registry, so cleanup deletes it; it is never sent again."""
    try:
        yield
    except TransientFailure as failure:
        if failure.ambiguous:
            run().recover(operation_id, body)
        raise


def new_server(compute: ComputeClient, name: str, group_id: str | None = None) -> str:
    """A server of the run, if the run's budget and the tenant's quota have room; `group_id`: created in that
    placement policy."""
    known = run().target.known
    full_name = run().registry.prefix + name
    with run().admitted(), creating("create_server", {"server": {"name": full_name}}):
        created = compute.create_server(
            models.ServerCreate(
                name=full_name,
                flavor_ref=str(known.boot_flavor_id),
                image_ref=uuid.UUID(known.image_id),
                networks=[models.ServerNetwork(uuid=uuid.UUID(known.network_id))],
            ),
            scheduler_hints=None if group_id is None else models.SchedulerHints(group=group_id),
        )
        assert isinstance(created, models.ServerCreated)
        run().registry.add_server(str(created.id))
    return str(created.id)


# The statuses a server stays in until it is asked to change (the others pass by themselves; ERROR: a failure).
SETTLED = ("ACTIVE", "SHUTOFF", "SHELVED", "SHELVED_OFFLOADED", "VERIFY_RESIZE", "PAUSED", "SUSPENDED",
           "RESCUE")


def shared_server(compute: ComputeClient, statuses: tuple[str, ...] = ("ACTIVE",)) -> str:
    """The run's shared server, settled in one of `statuses`: built once and reused by every property that
    changes a server without destroying it (a build costs a minute on a real cloud, and the tenant's quota
    holds a few servers)."""
    return shared_servers(compute, 1, statuses)[0]


def shared_servers(compute: ComputeClient, count: int, statuses: tuple[str, ...] = ("ACTIVE",)) -> list[str]:
    """`count` shared servers of the run (the first is `shared_server`), each settled in one of `statuses`.
    One found gone or in ERROR is left to cleanup and replaced; missing ones are built side by side."""
    registry = run().registry
    found: list[tuple[str, str]] = []
    for server_id in _shared_oldest_first()[:count]:
        try:
            found.append((server_id, settled_status(compute, server_id)))
        except (NotFound, ServerFailed):
            registry.unshare_server(server_id)
    built = [new_server(compute, f"shared-{uuid.uuid4().hex[:6]}") for _ in range(count - len(found))]
    for server_id in built:
        registry.share_server(server_id)
    found += [(server_id, str(compute.wait_for_server(server_id, "ACTIVE", timeout=SETTINGS.wait_timeout).status))
              for server_id in built]
    return [_settle(compute, server_id, status, statuses) for server_id, status in found]


def settled_status(compute: ComputeClient, server_id: str) -> str:
    """The server's status once it is settled: a settled status with no task under way (a snapshot keeps a
    server ACTIVE with task_state `image_snapshot`, and Nova refuses most requests meanwhile)."""
    deadline = time.monotonic() + SETTINGS.wait_timeout
    while True:
        server = compute.wait_for_server(server_id, SETTLED, timeout=SETTINGS.wait_timeout)
        task = server.os_ext_sts_task_state
        if task is None or isinstance(task, Unset):
            return str(server.status)
        if time.monotonic() > deadline:
            raise AssertionError(f"server {server_id} still has task {task} after {SETTINGS.wait_timeout:g} s")
        time.sleep(0.02 if run().target.is_mock else 2.0)


def release_shared_servers(keep: int) -> None:
    """Keep only the oldest `keep` shared servers: the others go at the next cleanup (a tenant's quota holds
    a few servers, and the scenarios need room)."""
    for server_id in _shared_oldest_first()[keep:]:
        run().registry.unshare_server(server_id)
    run().clean_up()


def _shared_oldest_first() -> list[str]:
    registry = run().registry
    age = {server_id: index for index, server_id in enumerate(registry.bill.alive_ids())}
    return sorted(registry.shared, key=lambda server_id: (age.get(server_id, len(age)), server_id))


def _settle(compute: ComputeClient, server_id: str, status: str, statuses: tuple[str, ...]) -> str:
    """Bring a settled server into one of `statuses` (ACTIVE or SHUTOFF), one documented action at a time."""
    for _ in range(4):
        if status in statuses:
            return server_id
        step = {
            "SHELVED": compute.unshelve_server, "SHELVED_OFFLOADED": compute.unshelve_server,
            "VERIFY_RESIZE": compute.confirm_resize_server, "SHUTOFF": compute.start_server,
            "ACTIVE": compute.stop_server,
        }.get(status, functools.partial(compute.reboot_server, hard=True))  # PAUSED, SUSPENDED, RESCUE
        with contextlib.suppress(Conflict):  # TOAST confirms a resize by itself: the server moved on meanwhile
            step(server_id)
        status = str(compute.wait_for_server(server_id, tuple(s for s in SETTLED if s != status) or SETTLED,
                                             timeout=SETTINGS.wait_timeout).status)
    raise AssertionError(f"shared server {server_id} is {status}, not one of {statuses}, after four actions")


def delete_and_wait(compute: ComputeClient, server_id: str) -> None:
    """Delete a server and wait until it is gone; one that never goes is the run's stalled delete. The
    waiter ends at once on an answer that cannot mean "not yet" (a 5xx, a 4xx but 404): drift, with it."""
    registry = run().registry
    compute.delete_server(server_id)
    try:
        compute.wait_for_server_deleted(server_id, timeout=registry.deletion_wait(SETTINGS.wait_timeout))
    except WaitTimeout:
        raise AssertionError(registry.note_stalled_delete(server_id, SETTINGS.wait_timeout)) from None
    except APIError as error:
        message = f"server {server_id} read after its delete answered {error}"
        registry.stalled_delete = registry.stalled_delete or message
        raise AssertionError(message) from None


def assert_pages_add_up(list_all: Callable[[], list[str]], list_page: Callable[..., list[str]], page_size: int) -> None:
    """Following `marker` page by page gives the whole list, each item once and in the list's order. The
    tenant is not the run's: what others add or remove while the pages are read may be in them or not, so
    the pages must hold what the list held both before and after them, and nothing it held at neither."""
    before = list_all()
    paged = ids_page_by_page(list_page, page_size, len(before))
    after = list_all()
    assert len(set(paged)) == len(paged), f"pages of {page_size}: an item appears twice ({len(paged)} ids)"
    steady = [item for item in before if item in set(after)]
    missing = [item for item in steady if item not in set(paged)]
    assert not missing, f"pages of {page_size} give {len(paged)} ids and miss {missing[:3]} of the list's {len(before)}"
    foreign = set(paged) - set(before) - set(after)
    assert not foreign, f"pages of {page_size} give ids the list never held: {sorted(foreign)[:3]}"
    assert [item for item in paged if item in set(steady)] == steady, f"pages of {page_size} reorder the list"


def ids_page_by_page(list_page: Callable[..., list[str]], page_size: int, total: int) -> list[str]:
    """Follow `marker` page by page; never more pages than the whole list can fill."""
    ids: list[str] = []
    marker = None
    for _ in range(total // page_size + 2):
        page = list_page(limit=page_size, **({} if marker is None else {"marker": marker}))
        assert len(page) <= page_size, f"a page of limit={page_size} has {len(page)} items"
        ids += page
        if len(page) < page_size:
            return ids
        assert page[-1] not in (None, "None", marker), f"the last id of a page cannot serve as a marker: {page[-1]!r}"
        marker = page[-1]
    raise AssertionError(f"paging with limit={page_size} did not end after {total // page_size + 2} pages")


def resize_target(compute: ComputeClient, server_id: str) -> str | None:
    candidates = resize_candidates(run().target.known.flavors, str(compute.get_server(server_id).flavor.id))
    return candidates[0] if candidates else None


# Effects (issue 17): what the effect properties share.

def may_send(operation_id: str) -> bool:
    """The profile allows the operation (readonly: reads; keypairs: and key pair writes; full: all)."""
    return operation_id in SESSION.description.operations


def documented_fault(operation_id: str, status: int) -> str | None:
    """The fault name the description documents for `status` of the operation; None: not documented."""
    return _faults().get(operation_id, {}).get(str(status))


@functools.cache
def _faults() -> dict[str, dict[str, str]]:
    return documented_faults(SESSION.description.document)


def fault_name(response: httpx.Response) -> str | None:
    """The one key of an error envelope (Nova's fault name, or Keystone's `error`)."""
    try:
        body = response.json()
    except ValueError:
        return None
    return next(iter(body)) if isinstance(body, dict) and len(body) == 1 else None


def own_name(stem: str) -> str:
    """A fresh name inside the run's prefix."""
    return f"{run().registry.prefix}{stem}-{uuid.uuid4().hex[:6]}"


def ssh_public_key(seed: int) -> tuple[str, set[str]]:
    """An `ssh-rsa` public key built from `seed`, and the fingerprints a service may give it (Nova: MD5 as
    colon-separated hex; the vendor's document: `SHA256:` and unpadded base64)."""
    def packed(data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + data

    modulus = random.Random(seed).getrandbits(2048) | (1 << 2047) | 1
    blob = packed(b"ssh-rsa") + packed(b"\x01\x00\x01") + packed(b"\x00" + modulus.to_bytes(256, "big"))
    md5 = hashlib.md5(blob, usedforsecurity=False).hexdigest()
    sha256 = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    text = f"ssh-rsa {base64.b64encode(blob).decode()} contract-effects"
    return text, {":".join(md5[i:i + 2] for i in range(0, 32, 2)), f"SHA256:{sha256}"}


def server_ids_listed(compute: ComputeClient, **filters: Any) -> list[str]:
    return [str(s.id) for s in compute.list_servers(limit=1000, **filters).servers]


def operations_of(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) of every operation of the description."""
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                yield method, path, operation


def request_example(operation: dict[str, Any]) -> Any:
    """The first example of the operation's JSON request body, or None."""
    resolver = SESSION.description.resolver
    media = resolver.resolve(operation.get("requestBody", {})).get("content", {}).get("application/json", {})
    if "example" in media:
        return copy.deepcopy(media["example"])
    for example in media.get("examples", {}).values():
        return copy.deepcopy(resolver.resolve(example).get("value"))
    return None


def unknown_path(path: str, tenant_id: str, **given: str) -> str:
    """`path` with the tenant, and every other parameter a value no resource of the tenant has (a fresh UUID,
    or a fresh name inside the run's prefix)."""
    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "tenantId":
            return tenant_id
        if name in given:
            return given[name]
        return own_name("none") if name in ("keypairName", "key", "networkLabel", "flavorId") else str(uuid.uuid4())

    return re.sub(r"\{(\w+)\}", fill, path)
