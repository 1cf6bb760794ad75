"""One limiter for every request of a run, and a count of requests per kind.

The limiter is schemathesis's own kind (a `pyrate_limiter.Limiter`, what `--rate-limit` builds), set as
the `rate_limit` of both schemas' configs, so schemathesis paces every request it sends: cases, stateful
steps and the extra requests of checks such as `ignored_auth`. The same limiter paces the suite's own
HTTP clients (discovery, reads of existing resources, the property tests' client, waits, cleanup) through
`PacedTransport`. Every acquisition is counted under the kind of request being sent.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from pyrate_limiter import Duration, Limiter, Rate
from schemathesis.core.rate_limit import parse_units, ratelimit

UNLIMITED = Rate(1_000_000, Duration.SECOND)  # counting only


def rate_expression(per_second: float) -> str:
    """`5` -> `5/s`; rates below one a second or not whole go per minute (`0.5` -> `30/m`)."""
    if per_second >= 1 and float(per_second).is_integer():
        return f"{int(per_second)}/s"
    return f"{max(round(per_second * 60), 1)}/m"


class CountingLimiter(Limiter):
    """A limiter that counts what it lets through, under the kind its pacer is sending."""

    def __init__(self, pacer: Pacer, rate: Rate) -> None:
        super().__init__(rate)
        self.pacer = pacer

    def try_acquire(self, *args: Any, **kwargs: Any) -> Any:
        acquired = super().try_acquire(*args, **kwargs)
        self.pacer.count()
        return acquired


class Pacer:
    def __init__(self, per_second: float | None) -> None:
        self.per_second = per_second
        rate = Rate(*parse_units(rate_expression(per_second))) if per_second else UNLIMITED
        self.limiter = CountingLimiter(self, rate)
        self.requests: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._kind = threading.local()

    @contextmanager
    def sending(self, kind: str) -> Iterator[None]:
        """Count the requests sent inside as `kind` (schemathesis acquires the limiter itself)."""
        previous = getattr(self._kind, "value", None)
        self._kind.value = kind
        try:
            yield
        finally:
            self._kind.value = previous

    def count(self) -> None:
        with self._lock:
            self.requests[getattr(self._kind, "value", None) or "other"] += 1

    def wait(self, kind: str) -> None:
        """Block until the next request may go, and count it under `kind`."""
        with self.sending(kind), ratelimit(self.limiter, "contract-run"):
            pass

    def transport(self, kind: str, inner: httpx.BaseTransport | None = None) -> httpx.BaseTransport:
        return PacedTransport(self, kind, inner or httpx.HTTPTransport())

    def client(self, kind: str, **options: Any) -> httpx.Client:
        return httpx.Client(transport=self.transport(kind), **options)

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    def seconds_at(self, per_second: float) -> float:
        """How long the requests of this run take at `per_second` (the pacing alone)."""
        return self.total / per_second


class PacedTransport(httpx.BaseTransport):
    def __init__(self, pacer: Pacer, kind: str, inner: httpx.BaseTransport) -> None:
        self.pacer = pacer
        self.kind = kind
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.pacer.wait(self.kind)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()
