"""Authentication as httpx auth flows: a fixed token, or Keystone v2 credentials with refresh.

Both send the token in `X-Auth-Token` on each request and never show it: not in `repr`, not in logs
(the client logs method and path only), not in exceptions. `KeystoneV2Auth` logs in with
`POST {identity_url}/v2.0/tokens` on first use, again `refresh_margin` before the token expires, and
once more if the compute API answers 401 to a token it thought valid (revoked early). The flow is a
generator, so the same code serves httpx.Client and httpx.AsyncClient. Concurrent first calls (threads, or
tasks in one event loop) log in once: the others wait for that login's token.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from .errors import UnexpectedResponse, error_from_response, request_id_of

log = logging.getLogger("toast_compute.auth")

IDENTITY_URL = "https://api-identity-infrastructure.nhncloudservice.com"
HEADER = "X-Auth-Token"


def _utcnow() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class StaticToken(httpx.Auth):
    """A token obtained elsewhere (console, another service). Its expiry is the caller's business."""

    def __init__(self, token: str):
        self._token = token

    def __repr__(self) -> str:
        return "StaticToken(token=***)"

    def redact(self, text: str) -> str:
        return text.replace(self._token, "***") if self._token else text

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[HEADER] = self._token
        yield request


class KeystoneV2Auth(httpx.Auth):
    """Tenant + username + API password, exchanged for a token at the identity service (ecosystem §5.3)."""

    requires_response_body = True

    def __init__(
        self,
        *,
        tenant_id: str,
        username: str,
        password: str,
        identity_url: str = IDENTITY_URL,
        refresh_margin: datetime.timedelta = datetime.timedelta(minutes=5),
        clock: Callable[[], datetime.datetime] = _utcnow,
    ):
        self.tenant_id = tenant_id
        self.username = username
        self._password = password
        self.identity_url = identity_url.rstrip("/")
        self.refresh_margin = refresh_margin
        self.clock = clock
        self._token: str | None = None
        self.expires: datetime.datetime | None = None
        self.catalog: list[dict[str, object]] = []
        # One login at a time, by thread and by task; held across the login's round trip only.
        self._thread_lock = threading.Lock()
        self._task_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"KeystoneV2Auth(tenant_id={self.tenant_id!r}, username={self.username!r}, password=***, token=***)"

    def login_lock(self) -> threading.Lock:
        """Held by the thread that logs in; the others wait for its token."""
        return self._thread_lock

    def async_login_lock(self) -> asyncio.Lock:
        """Held by the task that logs in; the running loop's own (an asyncio.Lock serves one event loop)."""
        loop = asyncio.get_running_loop()
        lock = self._task_locks.get(loop)
        if lock is None:
            lock = self._task_locks[loop] = asyncio.Lock()
        return lock

    def redact(self, text: str) -> str:
        for secret in (self._token, self._password):
            if secret:
                text = text.replace(secret, "***")
        return text

    def token_request(self) -> httpx.Request:
        body = {
            "auth": {
                "tenantId": self.tenant_id,
                "passwordCredentials": {"username": self.username, "password": self._password},
            }
        }
        return httpx.Request(
            "POST",
            f"{self.identity_url}/v2.0/tokens",
            content=json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )

    @property
    def token(self) -> str | None:
        """The current token (None before the first login), for callers that hand it to another tool."""
        return self._token

    def needs_token(self) -> bool:
        if self._token is None or self.expires is None:
            return True
        return self.clock() >= self.expires - self.refresh_margin

    def accept_token_response(self, response: httpx.Response) -> None:
        """Keep the token, its expiry and the catalog from a `POST /v2.0/tokens` response, or raise."""
        if response.status_code != 200:
            raise error_from_response(response.status_code, response.content, response.headers, self.redact)
        try:
            access = response.json()["access"]
            token, expires = str(access["token"]["id"]), datetime.datetime.fromisoformat(access["token"]["expires"])
            catalog = list(access.get("serviceCatalog") or [])
        except (KeyError, TypeError, ValueError, AttributeError):  # the body may hold a token: not in the error
            problem = "the body is not a Keystone v2 access document with a token id and expiry"
        else:
            self._token, self.catalog = token, catalog
            self.expires = expires if expires.tzinfo else expires.replace(tzinfo=datetime.UTC)
            log.info("identity: token for tenant %s valid until %s", self.tenant_id, self.expires.isoformat())
            return
        raise UnexpectedResponse("identity login", 200, problem, request_id=request_id_of(response.headers))

    def compute_endpoint(self, region: str) -> str | None:
        """The catalog's public compute URL for `region` (case-insensitive), after a login."""
        return self.endpoint("compute", region)

    def endpoint(self, service_type: str, region: str | None) -> str | None:
        """The catalog's public URL of `service_type` in `region` (case-insensitive), after a login; without a
        region, the service's only one. None when the catalog lists none, or several to choose from."""
        found = [
            str(endpoint["publicURL"])
            for service in self.catalog
            if service.get("type") == service_type
            for endpoint in service.get("endpoints") or []  # type: ignore[attr-defined]
            if region is None or str(endpoint.get("region", "")).lower() == region.lower()
        ]
        return found[0] if len(found) == 1 else None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.needs_token():
            with self.login_lock():
                if self.needs_token():  # else the thread that held the lock logged in
                    response = yield self.token_request()
                    response.read()
                    self.accept_token_response(response)
        yield from super().sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self.needs_token():
            async with self.async_login_lock():
                if self.needs_token():  # else the task that held the lock logged in
                    response = yield self.token_request()
                    await response.aread()
                    self.accept_token_response(response)
        flow = super().async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            incoming = yield outgoing
            try:
                outgoing = await flow.asend(incoming)
            except StopAsyncIteration:
                return

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        refreshed = False
        if self.needs_token():
            self.accept_token_response((yield self.token_request()))
            refreshed = True
        assert self._token is not None
        request.headers[HEADER] = self._token
        response = yield request
        if response.status_code == 401 and not refreshed:
            log.info("identity: compute answered 401, logging in again")
            self.accept_token_response((yield self.token_request()))
            request.headers[HEADER] = self._token
            yield request
