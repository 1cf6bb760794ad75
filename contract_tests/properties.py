"""What the property tests share: the session's settings as hypothesis settings, the profile markers, how
an example is counted in the report and cleaned up, and the run's servers made and deleted through the
layer."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import hypothesis
import pytest
from hypothesis import HealthCheck, settings
from toast_compute_client import models

from contract_tests import session
from contract_tests.core.budget import BudgetExhausted
from contract_tests.core.description import hypothesis_phases
from contract_tests.core.nova_rules import resize_candidates
from contract_tests.core.run import Run
from contract_tests.core.weather import TransientFailure
from toast_compute import APIError, ComputeClient, Forbidden, WaitTimeout

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


@contextmanager
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
            current.report.record_property(name, f"{type(error).__name__}: {str(error)[:200]}")
            raise
        current.target.pacer.weather.log.note_transient(TransientFailure("POST", "/servers", error.message))
        current.clean_up()
        hypothesis.reject()  # the tenant's quota is full: not the property's business
    except AssertionError as error:
        current.report.record_property(name, str(error).splitlines()[0] if str(error) else "assertion failed")
        raise
    except Exception as error:
        current.report.record_property(name, f"{type(error).__name__}: {str(error)[:200]}")
        raise
    finally:
        current.clean_up()
    current.report.record_property(name, None)


@contextmanager
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
    run().registry.bill.admit(capacity=run().quota_room())
    known = run().target.known
    full_name = run().registry.prefix + name
    with creating("create_server", {"server": {"name": full_name}}):
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
