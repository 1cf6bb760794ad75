"""Retries with exponential backoff, as httpx transports.

An idempotent request (GET, HEAD, OPTIONS, PUT, DELETE) is retried when the attempt ended in a connection
error, a 5xx or a 429. Any other request (POST: create, actions, attach, keypair import, token) is retried
only when the service surely did nothing: a 429, or a failure to connect (the request was never sent);
never after a 5xx, a read error, a reset or a timeout once sent, where the first attempt may have done its
work. `Retry-After` (seconds) is honoured, capped at `max_delay`. One `RetryPolicy` decides; the sync and
async transports only wait and resend.
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
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout)  # raised before a byte of the request left


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

    def retry_unsent(self, request: httpx.Request, attempt: int, response: httpx.Response | None,
                     error: Exception | None) -> bool:  # fmt: skip
        """A request of any method, when the service surely did nothing: a 429, or no connection."""
        if attempt >= self.max_attempts:
            return False
        if response is not None:
            return response.status_code == 429
        return isinstance(error, NOT_SENT_ERRORS)

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
    policy: RetryPolicy,
    request: httpx.Request,
    attempt: int,
    response: httpx.Response | None,
    error: Exception | None = None,
) -> float | None:
    """The delay before the next attempt, or None to return this attempt's result."""
    if not policy.retry_unsent(request, attempt, response, error):
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
            except RETRY_ERRORS as error:
                delay = _outcome(self.policy, request, attempt, None, error)
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
            except RETRY_ERRORS as error:
                delay = _outcome(self.policy, request, attempt, None, error)
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
