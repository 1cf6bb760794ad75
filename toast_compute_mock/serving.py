"""Serving the app over real HTTP: uvicorn in a background thread (tests, the pytest plugin) or
in the foreground (the console script), and granian in the foreground."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import socket
import threading

import httpx
import uvicorn

from .app import ASGIApp, MockApp, create_app
from .config import DEFAULT_LIMITS, ConnectionLimits, MockConfig, Quotas, Tenant
from .connections import guarded_protocol
from .http import DroppedConnection
from .weather import Weather

CONFIG_ENV = "TOAST_COMPUTE_MOCK_CONFIG"  # how the CLI hands its config to granian's worker


def uvicorn_config(app: ASGIApp, host: str = "127.0.0.1", port: int = 0,
                   limits: ConnectionLimits = DEFAULT_LIMITS) -> uvicorn.Config:
    """uvicorn with httptools and uvloop, and the limits on slow clients (see `connections`)."""
    return uvicorn.Config(app, host=host, port=port, loop="uvloop", http=guarded_protocol(limits), lifespan="off",
                          log_level="warning", access_log=False, proxy_headers=False, server_header=False,
                          timeout_keep_alive=int(limits.keep_alive_timeout) or 1, backlog=2048)


class ThreadedServer:
    """The app on a free loopback port, served by uvicorn in a daemon thread (like moto's
    ThreadedMotoServer). The app object is shared, so Python control still works."""

    def __init__(self, app: MockApp, host: str = "127.0.0.1", limits: ConnectionLimits = DEFAULT_LIMITS) -> None:
        self.app = app
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, 0))
        self.host, self.port = self._socket.getsockname()[:2]
        self._server = uvicorn.Server(uvicorn_config(app, host, self.port, limits))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> ThreadedServer:
        self._thread.start()
        for _ in range(500):
            if self._server.started:
                return self
            self._thread.join(0.01)
        raise RuntimeError("the mock server did not start")

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(5)
        self._socket.close()


class SyncASGITransport(httpx.BaseTransport):
    """Drives the ASGI app in-process from a synchronous httpx.Client (httpx's own ASGI
    transport is async-only). A connection the weather drops is httpx's RemoteProtocolError, as over HTTP."""

    def __init__(self, app: MockApp) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._loop = asyncio.new_event_loop()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        try:
            response = self._loop.run_until_complete(self._inner.handle_async_request(request))
        except DroppedConnection:
            message = "Server disconnected without sending a response."
            raise httpx.RemoteProtocolError(message, request=request) from None
        content = self._loop.run_until_complete(response.aread())
        return httpx.Response(response.status_code, headers=response.headers, content=content,
                              extensions=response.extensions, request=request)

    def close(self) -> None:
        """Clients come and go; the loop lives until `shutdown()`."""

    def shutdown(self) -> None:
        self._loop.close()


def config_to_env(config: MockConfig) -> str:
    return json.dumps(dataclasses.asdict(config))


def app_from_env() -> MockApp:
    """Granian's factory target: the config the CLI put in the environment."""
    raw = json.loads(os.environ[CONFIG_ENV])
    tenants = [Tenant(**{**t, "quotas": Quotas(**t["quotas"])}) for t in raw.pop("tenants")]
    weather = raw.pop("weather")
    if weather is not None:
        weather = Weather(**{**weather, "kinds": tuple(weather["kinds"]), "methods": tuple(weather["methods"])})
    return create_app(MockConfig(tenants=tenants, weather=weather, **raw))


def serve_uvicorn(app: ASGIApp, host: str, port: int, limits: ConnectionLimits = DEFAULT_LIMITS) -> None:
    """uvicorn with httptools and uvloop, one process."""
    uvicorn.Server(uvicorn_config(app, host, port, limits)).run()


def serve_granian(target: str, host: str, port: int, factory: bool = False,
                  limits: ConnectionLimits = DEFAULT_LIMITS) -> None:
    """granian's ASGI interface, one worker (the state lives in one process). Its HTTP/1 settings give the
    head deadline; `backpressure` caps the requests in progress (granian has no keep-alive timeout)."""
    from granian import Granian
    from granian.constants import Interfaces
    from granian.http import HTTP1Settings

    Granian(target, address=host, port=port, interface=Interfaces.ASGI, workers=1, factory=factory,
            log_access=False, backpressure=limits.max_waiting_heads,
            http1_settings=HTTP1Settings(header_read_timeout=int(limits.header_timeout * 1000))).serve()


def serve_foreground(config: MockConfig, host: str, port: int, server: str,
                     limits: ConnectionLimits = DEFAULT_LIMITS) -> None:
    if server == "uvicorn":
        serve_uvicorn(create_app(config), host, port, limits)
    else:
        os.environ[CONFIG_ENV] = config_to_env(config)
        serve_granian("toast_compute_mock.serving:app_from_env", host, port, factory=True, limits=limits)
