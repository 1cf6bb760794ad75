"""The mock's own control API under `/_mock/` (never a Nova path): reset state, read and move
the clock. No token needed: it is a test tool on loopback."""

from __future__ import annotations

from .clock import iso_z
from .config import CLOCK_MODES
from .faults import bad_request
from .http import Request, Response, empty


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


def set_clock_mode(req: Request, state) -> Response:
    mode = req.json().get("mode") if isinstance(req.json(), dict) else None
    if mode not in CLOCK_MODES:
        raise bad_request(f"Expected {{\"mode\": M}} with M one of {list(CLOCK_MODES)}")
    state.set_clock_mode(mode)
    return Response(200, {"clock": clock_view(state)})
