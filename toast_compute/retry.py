"""Retries with exponential backoff, as httpx transports, for idempotent requests only.

A request is retried when its method is idempotent (GET, HEAD, OPTIONS, PUT, DELETE) and the attempt
ended in a connection error, a 5xx or a 429. POSTs (create, actions, attach, keypair import, token) are
never retried: the first attempt may have done its work. `Retry-After` (seconds) is honoured, capped at
`max_delay`. One `RetryPolicy` decides; the sync and async transports only wait and resend.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("toast_compute.retry")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait: `base_delay * 2**(attempt-1)` with full jitter, at most `max_delay`."""

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 10.0
    methods: frozenset[str] = IDEMPOTENT_METHODS
    jitter: Callable[[], float] = field(default=random.random, repr=False)

    def retryable_status(self, status_code: int) -> bool:
        return status_code == 429 or status_code >= 500

    def should_retry(self, request: httpx.Request, attempt: int) -> bool:
        return attempt < self.max_attempts and request.method in self.methods

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based)."""
        if retry_after is not None:
            try:
                return min(max(float(retry_after), 0.0), self.max_delay)
            except ValueError:
                pass
        return min(self.base_delay * 2.0 ** (attempt - 1), self.max_delay) * (0.5 + self.jitter() / 2)


NO_RETRIES = RetryPolicy(max_attempts=1)


def _outcome(
    policy: RetryPolicy, request: httpx.Request, attempt: int, response: httpx.Response | None
) -> float | None:
    """The delay before the next attempt, or None to return this attempt's result."""
    if not policy.should_retry(request, attempt):
        return None
    if response is not None and not policy.retryable_status(response.status_code):
        return None
    delay = policy.delay(attempt, response.headers.get("retry-after") if response is not None else None)
    why = f"status {response.status_code}" if response is not None else "a connection error"
    log.warning("%s %s failed with %s; retry %d in %.2fs", request.method, request.url.path, why, attempt, delay)
    return delay


class RetryTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy, sleep: Callable[[float], None] = time.sleep):
        self.inner, self.policy, self.sleep = inner, policy, sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self.inner.handle_request(request)
            except RETRY_ERRORS:
                delay = _outcome(self.policy, request, attempt, None)
                if delay is None:
                    raise
            else:
                delay = _outcome(self.policy, request, attempt, response)
                if delay is None:
                    return response
                response.close()
            self.sleep(delay)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ):
        self.inner, self.policy, self.sleep = inner, policy, sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self.inner.handle_async_request(request)
            except RETRY_ERRORS:
                delay = _outcome(self.policy, request, attempt, None)
                if delay is None:
                    raise
            else:
                delay = _outcome(self.policy, request, attempt, response)
                if delay is None:
                    return response
                await response.aclose()
            await self.sleep(delay)

    async def aclose(self) -> None:
        await self.inner.aclose()
