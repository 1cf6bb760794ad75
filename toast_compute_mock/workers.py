"""CPU-heavy work (key generation, regular-expression filters) off the event loop: a bounded pool of
threads (both release the GIL while they work), at most `per_tenant` jobs of one tenant at a time,
so one tenant cannot take the whole pool nor stall another tenant's cheap requests. The worker threads
run at a lower scheduling priority (nice), so on a busy CPU the event loop thread, which serves the
cheap requests, comes first."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
WORKER_NICENESS = 10  # Linux gives a thread of nice 10 about a tenth of the CPU share of a nice 0 one


def _lower_priority() -> None:
    """Linux schedules threads one by one: this lowers the calling (worker) thread only."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)


class WorkerPool:
    def __init__(self, threads: int, per_tenant: int) -> None:
        self._threads = threads
        self._per_tenant = per_tenant
        self._executor: ThreadPoolExecutor | None = None
        # One gate per tenant and event loop (asyncio primitives belong to one loop).
        self._gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Semaphore]] = (
            weakref.WeakKeyDictionary()
        )

    async def run(self, tenant_id: str, work: Callable[[], T]) -> T:
        """`work()` in a worker thread once this tenant has fewer than `per_tenant` jobs running."""
        loop = asyncio.get_running_loop()
        gates = self._gates.setdefault(loop, {})
        gate = gates.get(tenant_id)
        if gate is None:
            gate = gates[tenant_id] = asyncio.Semaphore(self._per_tenant)
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._threads, thread_name_prefix="toast-mock-worker",
                                                initializer=_lower_priority)
        async with gate:
            return await loop.run_in_executor(self._executor, work)

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
