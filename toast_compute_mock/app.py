"""The ASGI application: reads the request (1 MiB cap), authenticates like keystonemiddleware,
isolates tenants like Nova, routes, and renders Nova's fault envelope for every error."""

from __future__ import annotations

import itertools
import logging
import re
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, unquote

import orjson

from . import routes
from .backend import Backend, Project
from .config import MockConfig
from .faults import KEYSTONE_UNAUTHORIZED, NovaFault, bad_request, not_found
from .http import MockRequest, Request, Response

log = logging.getLogger(__name__)
TENANT_SEGMENT = re.compile(r"^[0-9a-f-]+$")  # Nova's ProjectMapper project_id pattern


_USED = {b"host", b"x-auth-token", b"content-type", b"content-length"}  # the request headers the mock reads


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
        prefix = uuid.uuid4().hex[:20]  # request ids look like Nova's req-<uuid>; cheap to make
        self._request_ids = (
            f"req-{prefix[:8]}-{prefix[8:12]}-{prefix[12:16]}-{prefix[16:20]}-{n:012x}".encode()
            for n in itertools.count(1)
        )

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
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"] if k.lower() in _USED}
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
            response = self.handle(request)
        payload = b"" if response.body is None else orjson.dumps(response.body)
        out = [(b"content-length", str(len(payload)).encode())]
        if response.body is not None:
            out.append((b"content-type", b"application/json"))
        request_id = next(self._request_ids)
        out += [(b"x-compute-request-id", request_id), (b"x-openstack-request-id", request_id)]
        out += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
        await send({"type": "http.response.start", "status": response.status, "headers": out})
        await send({"type": "http.response.body", "body": payload})

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
    def handle(self, req: Request) -> Response:
        try:
            with self.state.lock:
                self.state.settle()
                return self._dispatch(req)
        except NovaFault as fault:
            return self.fault_response(fault)
        except Exception:  # never expected: a bug in the mock, answered the way Nova would
            log.exception("unexpected error in %s %s", req.method, req.path)
            return self.fault_response(NovaFault(500, "Unexpected API Error. Please report this to the mock."))

    @staticmethod
    def fault_response(fault: NovaFault) -> Response:
        return Response(fault.code, fault.body(), fault.headers)

    def _dispatch(self, req: Request) -> Response:
        segments = tuple(req.path.strip("/").split("/"))
        if "%" in req.path:
            segments = tuple(unquote(s, errors="replace") for s in segments)
        public = routes.PUBLIC_ROUTES.match(segments)
        if public:
            return self._call(public, req, None)
        if len(segments) < 2 or segments[0] != "v2":
            raise not_found("The resource could not be found.")
        project = self.state.project_for_token(req.headers.get("x-auth-token"))
        if project is None:
            return Response(401, KEYSTONE_UNAUTHORIZED,
                            {"WWW-Authenticate": f"Keystone uri=\"{req.base_url}/v2.0\""})
        path_tenant = segments[1]
        if not TENANT_SEGMENT.match(path_tenant):
            raise not_found("The resource could not be found.")
        if path_tenant != project.tenant_id:
            raise bad_request(f"Malformed request URL: URL's project_id '{path_tenant}' doesn't match Context's "
                              f"project_id '{project.tenant_id}'")
        matches = routes.API_ROUTES.match(segments[2:])
        if not matches:
            raise not_found("The resource could not be found.")
        return self._call(matches, req, project)

    def _call(self, matches: list[tuple[routes.Methods, dict[str, str]]], req: Request,
              project: Project | None) -> Response:
        """The handler for the request's method in the first route that has one, or 405."""
        for methods, args in matches:
            handler = methods.get(req.method)
            if handler is not None:
                return handler(MockRequest(req, self.state, project, args))
        allowed = sorted({m for methods, _ in matches for m in methods})
        raise NovaFault(405, "The method specified is not allowed for this resource.", {"Allow": ", ".join(allowed)})


def create_app(config: MockConfig | None = None) -> MockApp:
    """A fresh mock with its own state. `app.state` resets, settles and moves the clock."""
    return MockApp(config)
