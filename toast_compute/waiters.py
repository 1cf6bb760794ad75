"""Waiters: poll a server until it reaches a status, fail fast on ERROR, give up after a timeout.

Delays grow geometrically (`initial`, ×`factor`, at most `maximum`); the clock and the sleep are the
client's, so tests inject fakes. Written once as step generators (see steps.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from toast_compute_client import models

from . import operations
from .errors import NotFound, ServerFailed, WaitTimeout
from .steps import Op, Sleep

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


def poll(
    server_id: operations.ServerRef,
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
            raise ServerFailed(str(server_id), status, server.fault or None)
        delay, waited = next_delay(), clock() - started
        if waited + delay > timeout:
            raise WaitTimeout(str(server_id), tuple(wanted), status, waited)
        yield Sleep(delay)


def until_status(
    server_id: operations.ServerRef,
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
    server_id: operations.ServerRef, timeout: float, backoff: Backoff, clock: Callable[[], float]
) -> Op[None]:
    """Until the server is gone (404) or DELETED / SOFT_DELETED; ERROR fails fast."""
    yield from poll(server_id, DELETED_STATUSES, FAILURE_STATUSES, timeout, backoff, clock, missing_ok=True)
