"""The request and response objects handlers see: no framework, just what Nova's API needs."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from .backend import Backend, Project
from .faults import NovaFault, bad_request

JSON_TYPES = ("application/json", "application/vnd.openstack.compute+json")
# orjson reads an integer outside 64 bits (below -2**63, above 2**64 - 1) as a float; Nova's json keeps it an
# integer. Such bodies take the standard library's parser: 19 digits in a row, the fewest such an integer has
# (-9223372036854775809).
LONG_DIGIT_RUN = re.compile(rb"\d{19}")


@dataclass(slots=True)
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names; only those the mock reads (app._USED)
    body: bytes
    base_url: str  # scheme://host[:port], from the Host header

    def param(self, name: str) -> str | None:
        """The last value of a query parameter (webob's `GET.get`), or None."""
        values = self.query.get(name)
        return values[-1] if values else None

    def json(self) -> Any:
        """The JSON body, with Nova's answers for a wrong content type or a malformed body."""
        content_type = self.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if content_type and content_type not in JSON_TYPES:
            raise NovaFault(415, "Unsupported Content-Type")
        if not self.body:
            raise bad_request("Malformed request body: Empty body provided in request")
        try:
            return json.loads(self.body) if LONG_DIGIT_RUN.search(self.body) else orjson.loads(self.body)
        except (orjson.JSONDecodeError, ValueError):
            raise bad_request("Malformed request body: cannot understand JSON") from None


@dataclass(slots=True)
class Response:
    status: int
    body: Any = None  # JSON-serialisable, or None for an empty body
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # a body sent as it is (its Content-Type in `headers`), instead of `body`


class DroppedConnection(Exception):
    """The weather drops the connection: no answer at all. Where the server gives the app a way to close the
    connection (`DROP_EXTENSION` in the scope's extensions) it is closed; elsewhere this propagates to the
    in-process transport, which raises what a client sees over HTTP."""


DROP_EXTENSION = "toast_compute_mock.drop"


def empty(status: int, **headers: str) -> Response:
    return Response(status, None, dict(headers))


@dataclass(slots=True)
class MockRequest:
    """What every handler gets: the HTTP request, the backend, the caller's project (None on the
    paths that need no token) and the path parameters."""

    http: Request
    backend: Backend
    caller: Project | None
    args: dict[str, str]
    prepared: Any = None  # what a `Heavy` handler's work returned

    @property
    def project(self) -> Project:
        """The caller's project, on the paths under /v2/{tenantId} (the app has checked the token)."""
        assert self.caller is not None, "a route that needs a token"
        return self.caller

    @property
    def base(self) -> str:
        return self.http.base_url


Handler = Callable[[MockRequest], Response]
Work = Callable[[], Any]


@dataclass(frozen=True)
class Heavy:
    """A handler with CPU-heavy work that runs in the worker pool, outside the state lock and the event
    loop. `prepare` runs under the lock (cheap checks, a snapshot of what the work needs) and returns the
    work, which must not touch the state, or None; `handle` then runs under the lock with the work's
    result in `request.prepared`. Called directly, it does all three in turn."""

    prepare: Callable[[MockRequest], Work | None]
    handle: Handler

    def __call__(self, request: MockRequest) -> Response:
        work = self.prepare(request)
        if work is not None:
            request.prepared = work()
        return self.handle(request)
