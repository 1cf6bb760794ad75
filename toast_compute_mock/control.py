"""The mock's own control API under `/_mock/` (never a Nova path): reset state, read and move
the clock, send a server to ERROR. No token needed: it is a test tool on loopback."""

from __future__ import annotations

from .clock import iso_z
from .config import CLOCK_MODES
from .faults import bad_request, not_found
from .http import Request, Response, empty
from .lifecycle import NO_VALID_HOST


def clock_view(state) -> dict:
    return {"mode": state.clock.mode, "now": iso_z(state.clock.now()), "pending_transitions": state.pending_transitions}


def reset(req: Request, state) -> Response:
    state.reset()
    return empty(204)


def show_clock(req: Request, state) -> Response:
    return Response(200, {"clock": clock_view(state)})


def advance_clock(req: Request, state) -> Response:
    seconds = req.json().get("seconds") if isinstance(req.json(), dict) else None
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 <= seconds <= 10**9:
        raise bad_request("Expected {\"seconds\": N} with 0 <= N")
    state.advance(float(seconds))
    return Response(200, {"clock": clock_view(state)})


def fail_server(req: Request, state, server_id: str) -> Response:
    """`POST /_mock/servers/{id}/error` `{"message": ...}`: the server goes to ERROR now."""
    body = req.json() if req.body.strip() else {}
    message = body.get("message") if isinstance(body, dict) else None
    if message is not None and not isinstance(message, str):
        raise bad_request("Expected {\"message\": \"...\"}")
    for tenant in state.tenants.values():
        server = tenant.servers.get(server_id)
        if server is not None:
            state.lifecycle.fail(server, message or NO_VALID_HOST)
            return empty(202)
    raise not_found(f"Instance {server_id} could not be found.")


def set_clock_mode(req: Request, state) -> Response:
    mode = req.json().get("mode") if isinstance(req.json(), dict) else None
    if mode not in CLOCK_MODES:
        raise bad_request(f"Expected {{\"mode\": M}} with M one of {list(CLOCK_MODES)}")
    state.set_clock_mode(mode)
    return Response(200, {"clock": clock_view(state)})
