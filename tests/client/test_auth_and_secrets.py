"""Identity login and refresh (Keystone v2), and the token/password never shown in a repr, a log or an error."""

from __future__ import annotations

import datetime
import json
import logging
from typing import Any

import httpx
import pytest

from toast_compute import ConfigurationError, KeystoneV2Auth, RetryPolicy, ServerError, StaticToken, Unauthorized
from toast_compute.settings import service_root

from .conftest import make_layer
from .payloads import TENANT, Script, reply

pytestmark = pytest.mark.client

TOKEN = "gAAAAABsecret-token-value"
PASSWORD = "api-password-value"
IDENTITY = "https://identity.test"
T0 = datetime.datetime(2026, 11, 28, 3, 32, tzinfo=datetime.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime.datetime:
        return self.now


def token_response(token: str, expires: datetime.datetime) -> httpx.Response:
    access = {
        "token": {"id": token, "expires": expires.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": {"id": TENANT}},
        "serviceCatalog": [
            {
                "type": "compute",
                "name": "nova",
                "endpoints": [{"region": "KR1", "publicURL": f"https://kr1.test/v2/{TENANT}"}],
            }
        ],
        "user": {"id": "u", "username": "me@example.com"},
    }
    return reply(200, {"access": access})


class Service:
    """Identity at IDENTITY, compute elsewhere; compute accepts only the tokens in `valid`."""

    def __init__(self, *tokens: str, lifetime: datetime.timedelta = datetime.timedelta(hours=12)):
        self.tokens, self.lifetime, self.clock = list(tokens), lifetime, Clock()
        self.valid: set[str] = set()
        self.script = Script(self.answer)
        self.logins: list[dict[str, Any]] = []
        self.refuse = False

    def answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2.0/tokens":
            self.logins.append(json.loads(request.content))
            token = self.tokens.pop(0)
            self.valid.add(token)
            return token_response(token, self.clock.now + self.lifetime)
        if self.refuse or request.headers.get("X-Auth-Token") not in self.valid:
            return reply(401, {"error": {"code": 401, "title": "Unauthorized", "message": "bad token"}})
        return reply(200, {"keypairs": []})

    def layer(self, facade: str, loop: Any, retry: RetryPolicy | None = None, **kwargs: Any) -> Any:
        auth = KeystoneV2Auth(
            tenant_id=TENANT,
            username="me@example.com",
            password=PASSWORD,
            identity_url=IDENTITY,
            clock=self.clock,
            **kwargs,
        )
        return make_layer(
            facade,
            loop,
            base_url="https://kr1.test",
            tenant_id=TENANT,
            auth=auth,
            transport=self.script.transport(),
            retry=retry,
        )


def test_logs_in_once_and_sends_the_token(facade: str, loop: Any) -> None:
    service = Service(TOKEN)
    layer = service.layer(facade, loop)
    layer.list_keypairs()
    layer.list_keypairs()
    assert service.logins == [
        {"auth": {"tenantId": TENANT, "passwordCredentials": {"username": "me@example.com", "password": PASSWORD}}}
    ]
    assert [h.get("X-Auth-Token") for h in service.script.headers] == [None, TOKEN, TOKEN]
    assert layer.target.settings.auth.compute_endpoint("kr1") == f"https://kr1.test/v2/{TENANT}"


def test_refreshes_before_expiry(facade: str, loop: Any) -> None:
    service = Service("first", "second", lifetime=datetime.timedelta(hours=1))
    layer = service.layer(facade, loop, refresh_margin=datetime.timedelta(minutes=5))
    layer.list_keypairs()
    service.clock.now = T0 + datetime.timedelta(minutes=54)
    layer.list_keypairs()
    assert len(service.logins) == 1
    service.clock.now = T0 + datetime.timedelta(minutes=56)
    layer.list_keypairs()
    assert len(service.logins) == 2
    assert service.script.headers[-1]["X-Auth-Token"] == "second"


def test_a_revoked_token_is_replaced_once(facade: str, loop: Any) -> None:
    service = Service("first", "second", "third")
    layer = service.layer(facade, loop)
    layer.list_keypairs()
    service.valid.clear()  # revoked early: one 401, one new login, the request sent again
    layer.list_keypairs()
    assert len(service.logins) == 2
    assert [h.get("X-Auth-Token") for h in service.script.headers[-3:]] == ["first", None, "second"]
    service.refuse = True  # a 401 right after a fresh login is the caller's problem
    with pytest.raises(Unauthorized, match="bad token"):
        layer.list_keypairs()
    assert len(service.logins) == 3


def test_refused_login_is_unauthorized_without_the_password(facade: str, loop: Any) -> None:
    body = {"error": {"code": 401, "title": "Unauthorized", "message": f"Invalid user / password ({PASSWORD})"}}
    script = Script(reply(401, body))
    auth = KeystoneV2Auth(tenant_id=TENANT, username="me", password=PASSWORD, identity_url=IDENTITY)
    layer = make_layer(
        facade, loop, base_url="https://kr1.test", tenant_id=TENANT, auth=auth, transport=script.transport()
    )
    with pytest.raises(Unauthorized) as raised:
        layer.list_keypairs()
    assert PASSWORD not in str(raised.value) and "Invalid user / password" in str(raised.value)


def test_secrets_never_shown(facade: str, loop: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"computeFault": {"code": 500, "message": f"token {TOKEN} broke", "details": f"X-Auth-Token: {TOKEN}"}}
    service = Service(TOKEN)
    original = service.answer
    service.script.answers = [lambda r: original(r) if r.url.path.endswith("tokens") else reply(500, echo)]
    layer = service.layer(facade, loop, retry=RetryPolicy(max_attempts=2, base_delay=0.001))
    with pytest.raises(ServerError) as raised:
        layer.list_keypairs()  # logs in, then retries the 500s (logged), then raises
    static = make_layer(facade, loop, region="kr1", token=TOKEN, tenant_id=TENANT)
    shown = [
        str(raised.value),
        repr(raised.value),
        str(raised.value.details),
        repr(layer.target),
        repr(layer.target.settings),
        repr(layer.target.settings.auth),
        repr(layer.target.client),
        repr(static.target),
        repr(static.target.settings),
        repr(static.target.client),
        repr(StaticToken(TOKEN)),
        *(record.getMessage() for record in caplog.records),
    ]
    assert any(record.name == "toast_compute.retry" for record in caplog.records)
    for text in shown:
        assert TOKEN not in text and PASSWORD not in text, text


def test_base_url_and_region() -> None:
    assert service_root(None, "KR2", TENANT) == "https://kr2-api-instance-infrastructure.nhncloudservice.com"
    assert service_root(f"https://kr1.test/v2/{TENANT}/", None, TENANT) == "https://kr1.test"
    assert service_root("http://127.0.0.1:8774", "kr1", TENANT) == "http://127.0.0.1:8774"
    with pytest.raises(ConfigurationError):
        service_root(None, None, TENANT)
    with pytest.raises(ConfigurationError):
        service_root(None, "us1", TENANT)
