"""Failure injection for the people who test against the mock: the next N requests of an operation
answer an error status (429 with Retry-After, 500, 503...) and/or only after a delay, so a service can
test its retries and timeouts. Set through the control API (`/_mock/faults`) or the pytest plugin."""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from typing import Any

from .config import COMPUTE_PREFIX
from .faults import NovaFault, bad_request

MESSAGES = {
    429: "This request was rate-limited.",
    500: "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API "
         "log if possible.",
    503: "The service is temporarily unavailable.",
}
MAX_DELAY = 60.0


@dataclass
class Injection:
    """`method` and `path` name the operation. A compute operation's path is under `/v2/{tenantId}`, as the API
    description writes it (`/servers/{serverId}`); a neighbour's is its whole path on the mock
    (`/network/v2.0/networks`, `/block-storage/v2/{tenantId}/volumes`, `/image/v2/images`). Any `{name}` matches
    one segment. `status` None: answered normally (after the delay)."""

    method: str
    path: str
    status: int | None = None
    delay: float = 0.0
    count: int = 1  # how many of the next matching requests; consumed one by one
    retry_after: int = 1  # seconds, for a 429
    message: str | None = None  # the fault's message (None: the status's usual one)
    body: Any = None  # the whole body to answer, as it is (None: Nova's fault envelope)
    headers: dict[str, str] | None = None  # more headers of the answer
    matched: int = 0  # requests it has answered so far

    def __post_init__(self) -> None:
        self.method = self.method.upper()
        self._segments = tuple(self.path.strip("/").split("/"))

    def matches(self, method: str, segments: tuple[str, ...]) -> bool:
        return method == self.method and len(segments) == len(self._segments) and all(
            want == got or want.startswith("{") for want, got in zip(self._segments, segments, strict=True))

    def fault(self) -> NovaFault | None:
        if self.status is None:
            return None
        message = self.message if self.message is not None else MESSAGES.get(self.status, "Injected by the mock.")
        headers = {"Retry-After": str(self.retry_after)} if self.status == 429 else {}
        return NovaFault(self.status, message, {**headers, **(self.headers or {})}, body=self.body)

    def view(self) -> dict[str, Any]:
        return {**asdict(self), "remaining": self.count - self.matched}


def parse(body: Any) -> Injection:
    """An injection from the control API's JSON, or a 400 naming what is wrong."""
    if not isinstance(body, dict):
        raise bad_request("Expected an object with method, path and status and/or delay")
    known = {"method", "path", "status", "delay", "count", "retry_after", "message", "body", "headers"}
    unknown = set(body) - known
    if unknown:
        raise bad_request(f"Unknown fields: {sorted(unknown)}")
    method, path = body.get("method"), body.get("path")
    status, delay = body.get("status"), body.get("delay", 0)
    count, retry_after = body.get("count", 1), body.get("retry_after", 1)
    if not isinstance(method, str) or not isinstance(path, str) or not path.startswith("/"):
        raise bad_request("Expected method (e.g. \"GET\") and path (e.g. \"/servers/{serverId}\")")
    if status is not None and (not _integer(status) or not 400 <= status <= 599):
        raise bad_request("status must be an integer from 400 to 599")
    if isinstance(delay, bool) or not isinstance(delay, int | float) or not 0 <= delay <= MAX_DELAY:
        raise bad_request(f"delay must be a number of seconds from 0 to {MAX_DELAY:g}")
    if status is None and not delay:
        raise bad_request("Give a status, a delay or both")
    if not _integer(count) or not 1 <= count <= 10**6:
        raise bad_request("count must be an integer from 1")
    if not _integer(retry_after) or not 0 <= retry_after <= 86400:
        raise bad_request("retry_after must be an integer number of seconds")
    message, answer, headers = body.get("message"), body.get("body"), body.get("headers")
    if message is not None and not isinstance(message, str):
        raise bad_request("message must be a string")
    if answer is not None and not isinstance(answer, dict | list):
        raise bad_request("body must be a JSON object or array, sent as it is")
    if headers is not None and not (isinstance(headers, dict) and all(
            isinstance(k, str) and isinstance(v, str) and k.isascii() and v.isascii() for k, v in headers.items())):
        raise bad_request("headers must be an object of ASCII strings")
    if (message is not None or answer is not None or headers is not None) and status is None:
        raise bad_request("message, body and headers need a status")
    return Injection(method, path, status, float(delay), count, retry_after, message, answer, headers)


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def operation_segments(path: str) -> tuple[str, ...]:
    """The segments an injection's path is matched against: a compute request's after `/v2/{tenantId}`, a
    neighbour's all (their paths never start with `v2`), so that compute's `/images` is not the image service's
    `/image/v2/images`."""
    segments = tuple(path.strip("/").split("/"))
    return segments[2:] if segments[0] == COMPUTE_PREFIX else segments


class Injections:
    """The pending injections, first added first used."""

    def __init__(self) -> None:
        self._pending: list[Injection] = []
        self._lock = threading.Lock()

    def add(self, injection: Injection) -> Injection:
        with self._lock:
            self._pending.append(injection)
        return injection

    def take(self, method: str, path: str) -> Injection | None:
        """The first pending injection for a request of `method` on `path` (the URL's path), with one use
        consumed; None (fast) when none."""
        if not self._pending:
            return None
        segments = operation_segments(path)
        with self._lock:
            for injection in self._pending:
                if injection.matches(method, segments):
                    injection.matched += 1
                    if injection.matched >= injection.count:
                        self._pending.remove(injection)
                    return injection
        return None

    def pending(self) -> list[Injection]:
        with self._lock:
            return list(self._pending)

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()
