"""Drifted endpoints for mutation testing: the healthy mock with one realistic change each.

Each drift wraps the mock's ASGI app. A breaking drift is something a client of the description would
trip over; a compatible one is a change the description allows (open objects, extra headers, any key
order). The suite must fail on every breaking drift and pass on every compatible one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

ASGIApp = Callable[..., Any]
# (method, path, status, headers, body) -> (status, headers, body)
Rewrite = Callable[[str, str, int, list[tuple[bytes, bytes]], bytes], tuple[int, list[tuple[bytes, bytes]], bytes]]


@dataclass(frozen=True)
class Drift:
    name: str
    breaking: bool
    description: str
    wrap: Callable[[ASGIApp], ASGIApp]


def rewriting_responses(rewrite: Rewrite) -> Callable[[ASGIApp], ASGIApp]:
    """Buffer each response of the wrapped app and pass it through `rewrite`."""

    def wrap(app: ASGIApp) -> ASGIApp:
        async def drifted(scope: dict, receive: Callable, send: Callable) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            start: dict[str, Any] = {}
            chunks: list[bytes] = []

            async def capture(message: dict) -> None:
                if message["type"] == "http.response.start":
                    start.update(message)
                elif message["type"] == "http.response.body":
                    chunks.append(message.get("body", b""))
                    if not message.get("more_body"):
                        status, headers, body = rewrite(
                            scope["method"], scope["path"], start["status"], list(start.get("headers", [])),
                            b"".join(chunks),
                        )
                        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                        headers.append((b"content-length", str(len(body)).encode()))
                        await send({"type": "http.response.start", "status": status, "headers": headers})
                        await send({"type": "http.response.body", "body": body})

            await app(scope, receive, capture)

        return drifted

    return wrap


def _authenticated(scope: dict) -> bool:
    from toast_compute_mock.config import Tenant

    return (b"x-auth-token", Tenant().token.encode()) in [(k.lower(), v) for k, v in scope["headers"]]


def rewriting_requests(rewrite: Callable[[dict], dict | None]) -> Callable[[ASGIApp], ASGIApp]:
    """Change the request scope before the mock sees it; `None` answers 202/204 without the mock
    (for authenticated requests only: the drift is in what the call does, not in its authentication)."""

    def wrap(app: ASGIApp) -> ASGIApp:
        async def drifted(scope: dict, receive: Callable, send: Callable) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            changed = rewrite(dict(scope))
            if changed is None and not _authenticated(scope):
                changed = scope
            if changed is None:  # pretend it worked
                status = 204 if scope["method"] == "DELETE" and "/servers/" in scope["path"] else 202
                await send({"type": "http.response.start", "status": status, "headers": []})
                await send({"type": "http.response.body", "body": b""})
                return
            await app(changed, receive, send)

        return drifted

    return wrap


def json_objects(rewrite_object: Callable[[dict], dict]) -> Rewrite:
    """Apply `rewrite_object` to every JSON object of a JSON response body, innermost first."""

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return rewrite_object({k: walk(v) for k, v in node.items()})
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    def rewrite(method: str, path: str, status: int, headers: list, body: bytes) -> tuple[int, list, bytes]:
        if not body or not dict(headers).get(b"content-type", b"").startswith(b"application/json"):
            return status, headers, body
        return status, headers, json.dumps(walk(json.loads(body))).encode()

    return rewrite


def _is_server(obj: dict) -> bool:
    return "hostId" in obj and "id" in obj


def _rename_status(obj: dict) -> dict:
    return {("state" if k == "status" and _is_server(obj) else k): v for k, v in obj.items()}


def _ram_as_string(obj: dict) -> dict:
    return {k: (str(v) if k == "ram" and isinstance(v, int) else v) for k, v in obj.items()}


def _null_server_ids(obj: dict) -> dict:
    if "links" in obj and "id" in obj and "name" in obj and "ram" not in obj:
        return {**obj, "id": None}
    return obj


def _server_delete_answers_200(method: str, path: str, status: int, headers: list, body: bytes):
    if method == "DELETE" and status == 204 and path.count("/") == 4 and "/servers/" in path:
        return 200, headers, body
    return status, headers, body


def _json_as_text(method: str, path: str, status: int, headers: list, body: bytes):
    changed = [(k, b"text/plain" if k.lower() == b"content-type" else v) for k, v in headers]
    return status, changed, body


def _not_found_as_500(method: str, path: str, status: int, headers: list, body: bytes):
    if status == 404:
        return 500, headers, json.dumps({"computeFault": {"code": 500, "message": "Unexpected API Error."}}).encode()
    return status, headers, body


def _with_any_token(scope: dict) -> dict:
    """Authentication ignored: a missing or wrong token is replaced by a valid one."""
    from toast_compute_mock.config import Tenant

    headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"x-auth-token"]
    scope["headers"] = [*headers, (b"x-auth-token", Tenant().token.encode())]
    return scope


def _drop_deletes(scope: dict) -> dict | None:
    """A delete that answers success and deletes nothing (servers and key pairs)."""
    path = scope["path"]
    if scope["method"] == "DELETE" and ("/os-keypairs/" in path or (path.count("/") == 4 and "/servers/" in path)):
        return None
    return scope


class _StopNeverStops:
    """`os-stop` answers 202 and the server keeps running."""

    @staticmethod
    def wrap(app: ASGIApp) -> ASGIApp:
        async def drifted(scope: dict, receive: Callable, send: Callable) -> None:
            if (
                scope["type"] == "http" and scope["method"] == "POST" and scope["path"].endswith("/action")
                and _authenticated(scope)
            ):
                message = await receive()
                body = message.get("body", b"")
                try:
                    is_stop = isinstance(json.loads(body), dict) and "os-stop" in json.loads(body)
                except ValueError:
                    is_stop = False
                if is_stop:
                    await send({"type": "http.response.start", "status": 202, "headers": []})
                    await send({"type": "http.response.body", "body": b""})
                    return
                replayed = False

                async def replay() -> dict:
                    nonlocal replayed
                    if not replayed:
                        replayed = True
                        return {"type": "http.request", "body": body, "more_body": False}
                    return await receive()

                await app(scope, replay, send)
                return
            await app(scope, receive, send)

        return drifted


def _ignore_limit(scope: dict) -> dict:
    query = [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode(), keep_blank_values=True)]
    scope["query_string"] = urlencode([(k, v) for k, v in query if k != "limit"]).encode()
    return scope


def _accept_invalid_queries(app: ASGIApp) -> ASGIApp:
    """A GET the mock refuses with 400 is answered as if its query string were not there."""

    async def drifted(scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope.get("query_string"):
            await app(scope, receive, send)
            return
        first: list[dict] = []

        async def capture(message: dict) -> None:
            first.append(message)

        async def no_body() -> dict:
            return {"type": "http.request", "body": b"", "more_body": False}

        await app(scope, no_body, capture)
        if first and first[0].get("status") == 400:
            await app({**scope, "query_string": b""}, no_body, send)
            return
        for message in first:
            await send(message)

    return drifted


def _extra_field(obj: dict) -> dict:
    """A new attribute on every resource (what NHN did with `NHN-EXT-ATTR:protect`)."""
    return {**obj, "NHN-EXT-ATTR:drift": "extra"} if "id" in obj else obj


def _extra_header(method: str, path: str, status: int, headers: list, body: bytes):
    return status, [*headers, (b"x-nhn-drift", b"extra")], body


def _reversed_keys(obj: dict) -> dict:
    return dict(reversed(list(obj.items())))


DRIFTS: dict[str, Drift] = {
    drift.name: drift
    for drift in [
        Drift("renamed_field", True, "server `status` renamed to `state`",
              rewriting_responses(json_objects(_rename_status))),
        Drift("changed_type", True, "flavor `ram` sent as a string", rewriting_responses(json_objects(_ram_as_string))),
        Drift("null_id", True, "ids in list entries are null", rewriting_responses(json_objects(_null_server_ids))),
        Drift("changed_success_code", True, "server delete answers 200 instead of 204",
              rewriting_responses(_server_delete_answers_200)),
        Drift("wrong_content_type", True, "JSON served as text/plain", rewriting_responses(_json_as_text)),
        Drift("server_error_for_not_found", True, "500 computeFault instead of 404",
              rewriting_responses(_not_found_as_500)),
        Drift("ignored_auth", True, "requests without a valid token are served", rewriting_requests(_with_any_token)),
        Drift("delete_does_not_delete", True, "deletes answer success and delete nothing",
              rewriting_requests(_drop_deletes)),
        Drift("stop_never_stops", True, "os-stop answers 202 and the server keeps running", _StopNeverStops.wrap),
        Drift("list_ignores_limit", True, "lists ignore `limit`", rewriting_requests(_ignore_limit)),
        Drift("invalid_input_accepted", True, "invalid query parameters are ignored instead of refused",
              _accept_invalid_queries),
        Drift("extra_field", False, "an undocumented field in every object",
              rewriting_responses(json_objects(_extra_field))),
        Drift("extra_header", False, "an undocumented response header", rewriting_responses(_extra_header)),
        Drift("reordered_keys", False, "object keys in reverse order",
              rewriting_responses(json_objects(_reversed_keys))),
    ]
}
