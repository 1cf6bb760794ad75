"""Waiters: poll a server until it reaches a status, fail fast on ERROR, give up after a timeout.

Delays grow geometrically (`initial`, ×`factor`, at most `maximum`); the clock and the sleep are the
client's, so tests inject fakes (the pytest plugin's `compute` fixture binds them to the mock's clock).
Written once as step generators (see steps.py).

The wanted statuses are checked before the first request: a status no server has (a typo such as "ACTIV")
would wait until the timeout, so it fails at once with `InvalidArgument` naming the known ones. A status the
service added after this client was generated is waitable with `allow_unknown=True`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from toast_compute_client import models
from toast_compute_client.models import ServerStatus

from . import operations
from .errors import InvalidArgument, NotFound, ServerFailed, WaitTimeout
from .steps import Op, Sleep

KNOWN_STATUSES = frozenset(ServerStatus)
FAILURE_STATUSES = ("ERROR",)
DELETED_STATUSES = ("DELETED", "SOFT_DELETED")
# The vendor's shelve offloads at once (ACTIVE -> SHELVED_OFFLOADED); Nova with a shelved_offload_time keeps the
# server SHELVED on its host first, maybe for good, so a waiter for "shelved" takes either.
SHELVED_STATUSES = ("SHELVED_OFFLOADED", "SHELVED")


@dataclass(frozen=True)
class Backoff:
    initial: float = 1.0
    factor: float = 1.5
    maximum: float = 15.0

    def delays(self) -> Callable[[], float]:
        current = [self.initial]

        def following() -> float:
            delay = current[0]
            current[0] = min(delay * self.factor, self.maximum)
            return delay

        return following


def status_of(server: models.Server) -> str:
    return str(server.status)  # ServerStatus is a StrEnum; unknown statuses stay plain strings


def wanted_statuses(
    status: ServerStatus | str | Collection[ServerStatus | str], allow_unknown: bool = False
) -> tuple[str, ...]:
    """The statuses to wait for, as strings; InvalidArgument for one no server has, unless `allow_unknown`."""
    statuses = (status,) if isinstance(status, str) else tuple(status)
    if not statuses:
        raise InvalidArgument("give at least one status to wait for")
    unknown = [str(s) for s in statuses if s not in KNOWN_STATUSES]
    if unknown and not allow_unknown:
        known = ", ".join(sorted(KNOWN_STATUSES))
        raise InvalidArgument(
            f"unknown server status {', '.join(map(repr, unknown))}; known: {known} "
            "(pass allow_unknown=True for a status the service added since)"
        )
    return tuple(str(s) for s in statuses)


def fault_of(server: models.Server) -> models.ServerFault | None:
    return server.fault if isinstance(server.fault, models.ServerFault) else None


def poll(
    server_id: operations.ResourceId,
    wanted: Collection[str],
    failures: Collection[str],
    timeout: float,
    backoff: Backoff,
    clock: Callable[[], float],
    missing_ok: bool = False,
) -> Op[models.Server | None]:
    """The server once its status is in `wanted` (None once it is gone, if `missing_ok`)."""
    started = clock()
    next_delay = backoff.delays()
    while True:
        try:
            server = yield from operations.server(server_id)
        except NotFound:
            if missing_ok:
                return None
            raise
        status = status_of(server)
        if status in wanted:
            return server
        if status in failures:
            raise ServerFailed(str(server_id), status, fault_of(server))
        delay, waited = next_delay(), clock() - started
        if waited + delay > timeout:
            raise WaitTimeout(str(server_id), tuple(wanted), status, waited)
        yield Sleep(delay)


def until_status(
    server_id: operations.ResourceId,
    wanted: Collection[str],
    failures: Collection[str],
    timeout: float,
    backoff: Backoff,
    clock: Callable[[], float],
) -> Op[models.Server]:
    server = yield from poll(server_id, wanted, failures, timeout, backoff, clock)
    assert server is not None  # only missing_ok returns None
    return server


def until_deleted(
    server_id: operations.ResourceId, timeout: float, backoff: Backoff, clock: Callable[[], float]
) -> Op[None]:
    """Until the server is gone (404) or DELETED / SOFT_DELETED; ERROR fails fast."""
    yield from poll(server_id, DELETED_STATUSES, FAILURE_STATUSES, timeout, backoff, clock, missing_ok=True)
