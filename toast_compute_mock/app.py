"""The ASGI application: reads the request (1 MiB cap), authenticates like keystonemiddleware,
isolates tenants like Nova, routes, and renders Nova's fault envelope for every error."""

from __future__ import annotations

import asyncio
import itertools
import logging
import secrets
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, unquote

import orjson

from . import routes
from .backend import Backend, Project
from .config import TENANT_ID, MockConfig
from .faults import KEYSTONE_UNAUTHORIZED, NovaFault, bad_request, forbidden, not_found
from .http import DROP_EXTENSION, DroppedConnection, Handler, Heavy, MockRequest, Request, Response
from .injection import Injection
from .weather import GATEWAY_502, FrontDoor
from .workers import WorkerPool

log = logging.getLogger(__name__)


CONTROL_PREFIX = "_mock"
CONTROL_HEADER = "X-Mock-Control-Token"
# The request headers the mock reads (Accept: only the image service's errors, as webob negotiates them), by their
# lower-case raw name, each to the name `Request.headers` keeps it under.
_USED = {name.encode(): name for name in ("host", "x-auth-token", "content-type", "content-length", "accept",
                                          CONTROL_HEADER.lower())}


# The ASGI interface, loosely typed (no framework dependency for three names).
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyTooLarge(Exception):
    pass


def _base_url(scope: Scope, headers: dict[str, str]) -> str:
    host = headers.get("host")
    if not host:
        server = scope.get("server") or ("127.0.0.1", 80)
        host = f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}"


class MockApp:
    """`create_app(config)` returns one of these; `.state` (the backend) is the Python control surface."""

    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        self.state = Backend(self.config)
        self.workers = WorkerPool(self.config.worker_threads, self.config.worker_jobs_per_tenant)
        prefix = uuid.uuid4().hex[:20]  # request ids look like Nova's req-<uuid>; cheap to make
        self._request_id_head = f"req-{prefix[:8]}-{prefix[8:12]}-{prefix[12:16]}-{prefix[16:20]}-".encode()
        self._request_numbers = itertools.count(1)

    # -- ASGI ------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        headers = {name: v.decode("latin-1") for k, v in scope["headers"] if (name := _USED.get(k.lower()))}
        try:
            response = await self._answer(scope, receive, headers)
        except DroppedConnection:
            drop = scope.get("extensions", {}).get(DROP_EXTENSION)
            if drop is None:
                raise
            drop()
            return
        payload = response.raw if response.raw is not None else (
            b"" if response.body is None else orjson.dumps(response.body))
        out = [(b"content-length", str(len(payload)).encode())]
        if response.body is not None:
            out.append((b"content-type", b"application/json"))
        request_id = self._request_id_head + b"%012x" % next(self._request_numbers)
        out += [(b"x-compute-request-id", request_id), (b"x-openstack-request-id", request_id)]
        out += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
        await send({"type": "http.response.start", "status": response.status, "headers": out})
        await send({"type": "http.response.body", "body": payload})

    async def _answer(self, scope: Scope, receive: Receive, headers: dict[str, str]) -> Response:
        try:
            body = await self._read_body(receive, headers)
        except BodyTooLarge:
            response = self.fault_response(NovaFault(413, "Request is too large."))
        else:
            request = Request(
                method=scope["method"],
                path=scope.get("raw_path", b"").decode("latin-1").split("?", 1)[0] or scope["path"],
                query=parse_qs(scope["query_string"].decode("latin-1"), keep_blank_values=True)
                if scope.get("query_string") else {},
                headers=headers,
                body=body,
                base_url=_base_url(scope, headers),
            )
            response = await self.respond(request)
        return response

    async def _read_body(self, receive: Receive, headers: dict[str, str]) -> bytes:
        limit = self.config.max_body_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise BodyTooLarge
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)

    # -- dispatch --------------------------------------------------------------------------------
    async def respond(self, req: Request) -> Response:
        """Routes and handles under the state lock. An injected failure or delay, and a `Heavy` handler's
        work, wait with the lock released and the event loop free."""
        try:
            with self.state.lock:
                self.state.settle()
                handler, request = self._route(req)
                injection = self._injection(request)
                front_door = self.state.front_door if request.caller is not None else None
                if injection is None and front_door is None and not isinstance(handler, Heavy):
                    return handler(request)  # the usual path: one lock, no waiting
            if front_door is not None:
                return await self._through_the_weather(front_door, handler, request, injection)
            if injection is not None:
                injected = await self._injected(injection, request)
                if injected is not None:
                    return injected
            return await self._handle(handler, request)
        except NovaFault as fault:
            return self.fault_response(fault)
        except DroppedConnection:
            raise
        except Exception:  # never expected: a bug in the mock, answered the way Nova would
            log.exception("unexpected error in %s %s", req.method, req.path)
            return self.fault_response(NovaFault(500, "Unexpected API Error. Please report this to the mock."))

    async def _through_the_weather(self, front_door: FrontDoor, handler: Handler, request: MockRequest,
                                   injection: Injection | None) -> Response:
        """The front door's verdict (weather.py) before the service sees the request: latency, a 429, a 503, a
        gateway's 502, a dropped connection; or after it did the work, a dropped answer."""
        verdict = front_door.decide(request.project.tenant_id, request.http.method)
        if verdict.delay:
            await asyncio.sleep(verdict.delay)
        retry_after = {"Retry-After": str(front_door.weather.retry_after)}
        if verdict.answer == "429":
            raise NovaFault(429, "This request was rate-limited.", retry_after,
                            body={"overLimit": {"code": 429, "message": "This request was rate-limited.",
                                                "retryAfter": str(front_door.weather.retry_after)}})
        if verdict.answer == "503":
            raise NovaFault(503, "The service is temporarily unavailable.", retry_after)
        if verdict.answer == "502":
            return Response(502, None, {"Content-Type": "text/html"}, raw=GATEWAY_502)
        if verdict.answer == "drop":
            raise DroppedConnection
        if injection is not None:
            injected = await self._injected(injection, request)
            if injected is not None:
                return injected
        response = await self._handle(handler, request)
        if verdict.answer == "drop-after":
            raise DroppedConnection
        return response

    async def _handle(self, handler: Handler, request: MockRequest) -> Response:
        if isinstance(handler, Heavy):
            with self.state.lock:
                self.state.settle()
                work = handler.prepare(request)
            if work is not None:
                tenant_id = request.caller.tenant_id if request.caller else ""
                request.prepared = await self.workers.run(tenant_id, work)
            handler = handler.handle
        with self.state.lock:
            self.state.settle()
            return handler(request)

    def _injection(self, request: MockRequest) -> Injection | None:
        """The injected failure or delay this API request gets, if any (one use of it)."""
        if request.caller is None:
            return None
        return self.state.injections.take(request.http.method, request.http.path)

    @staticmethod
    async def _injected(injection: Injection, request: MockRequest) -> Response | None:
        """After the injection's delay, its fault in the format of the service it names (its `body` as it is);
        None when it only delays."""
        await asyncio.sleep(injection.delay)
        fault = injection.fault()
        if fault is None:
            return None
        render = routes.fault_renderer(request.http.path)
        if render is None or injection.body is not None:
            return MockApp.fault_response(fault)
        return render(request, fault)

    @staticmethod
    def fault_response(fault: NovaFault) -> Response:
        return Response(fault.code, fault.body(), fault.headers)

    def _route(self, req: Request) -> tuple[Handler, MockRequest]:
        """The handler and its request, after keystonemiddleware's and Nova's checks of the token."""
        segments = tuple(req.path.strip("/").split("/"))
        if "%" in req.path:
            segments = tuple(unquote(s, errors="replace") for s in segments)
        if segments[0] == CONTROL_PREFIX:
            self._check_control(req)
        public = routes.PUBLIC_ROUTES.match(segments)
        if public:
            return self._pick(public, req, None)
        found = routes.service_for(segments)
        if found is None or (found[0].tenant_in_path and not found[1]):
            raise not_found("The resource could not be found.")
        service, rest = found
        project = self.state.project_for_token(req.headers.get("x-auth-token"))
        if project is None:
            raise NovaFault(401, "", {"WWW-Authenticate": f"Keystone uri=\"{req.base_url}/v2.0\""},
                            body=KEYSTONE_UNAUTHORIZED)
        if service.tenant_in_path:
            path_tenant, rest = rest[0], rest[1:]
            if path_tenant != project.tenant_id:  # the configured ids match TENANT_ID (config.py)
                if not TENANT_ID.match(path_tenant):
                    raise not_found("The resource could not be found.")
                raise bad_request(f"Malformed request URL: URL's project_id '{path_tenant}' doesn't match "
                                  f"Context's project_id '{project.tenant_id}'")
        matches = service.routes.match(rest) if rest else []
        if not matches:
            raise not_found("The resource could not be found.")
        return self._pick(matches, req, project)

    def _check_control(self, req: Request) -> None:
        """The control API answers only when it is on, and only to the holder of its token if it has one."""
        if not self.config.control_api:
            raise not_found("The resource could not be found.")
        expected = self.config.control_token
        if expected is not None and not secrets.compare_digest(
                req.headers.get(CONTROL_HEADER.lower(), "").encode("latin-1"), expected.encode("latin-1")):
            raise forbidden(f"The mock's control API needs its token in {CONTROL_HEADER}.")

    def _pick(self, matches: list[tuple[routes.Methods, dict[str, str]]], req: Request,
              project: Project | None) -> tuple[Handler, MockRequest]:
        """The handler for the request's method in the first route that has one, or 405."""
        for methods, args in matches:
            handler = methods.get(req.method)
            if handler is not None:
                return handler, MockRequest(req, self.state, project, args)
        allowed = sorted({m for methods, _ in matches for m in methods})
        raise NovaFault(405, "The method specified is not allowed for this resource.", {"Allow": ", ".join(allowed)})


def create_app(config: MockConfig | None = None) -> MockApp:
    """A fresh mock with its own state. `app.state` resets, settles and moves the clock."""
    return MockApp(config)
