"""The mock's own control API under `/_mock/` (never a Nova path): reset state, read and move
the clock, send a server to ERROR. No token needed: it is a test tool on loopback."""

from __future__ import annotations

from typing import Any

from ..config import CLOCK_MODES
from ..faults import bad_request
from ..http import MockRequest, Response, empty
from . import views


def _body(request: MockRequest) -> dict[str, Any]:
    """The JSON object sent, or {} for an empty body or anything that is not an object."""
    if not request.http.body.strip():
        return {}
    body = request.http.json()
    return body if isinstance(body, dict) else {}


def reset(request: MockRequest) -> Response:
    request.backend.reset()
    return empty(204)


def show_clock(request: MockRequest) -> Response:
    return Response(200, {"clock": views.clock(request.backend)})


def advance_clock(request: MockRequest) -> Response:
    seconds = _body(request).get("seconds")
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 <= seconds <= 10**9:
        raise bad_request("Expected {\"seconds\": N} with 0 <= N")
    request.backend.advance(float(seconds))
    return Response(200, {"clock": views.clock(request.backend)})


def set_clock_mode(request: MockRequest) -> Response:
    mode = _body(request).get("mode")
    if mode not in CLOCK_MODES:
        raise bad_request(f"Expected {{\"mode\": M}} with M one of {list(CLOCK_MODES)}")
    request.backend.set_clock_mode(mode)
    return Response(200, {"clock": views.clock(request.backend)})


def fail_server(request: MockRequest) -> Response:
    """`POST /_mock/servers/{id}/error` `{"message": ...}`: the server goes to ERROR now."""
    message = _body(request).get("message")
    if message is not None and not isinstance(message, str):
        raise bad_request("Expected {\"message\": \"...\"}")
    request.backend.fail_server(request.args["server_id"], message)
    return empty(202)
