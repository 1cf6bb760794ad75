"""The mock's own control API under `/_mock/` (never a Nova path): reset state, read and move
the clock, send a server to ERROR. The app checks its own credential first (MockConfig.control_token)."""

from __future__ import annotations

from typing import Any

from ..config import CLOCK_MODES
from ..faults import bad_request
from ..http import MockRequest, Response, empty
from ..injection import parse
from ..weather import FrontDoor, Weather, WeatherError
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


def inject_fault(request: MockRequest) -> Response:
    """`POST /_mock/faults` `{"method": "GET", "path": "/flavors", "status": 503, "count": 2}`: the next
    `count` requests of that operation answer `status` (429 with `Retry-After`) and/or after `delay` seconds."""
    injection = request.backend.injections.add(parse(_body(request)))
    return Response(201, {"fault": injection.view()})


def list_faults(request: MockRequest) -> Response:
    return Response(200, {"faults": [i.view() for i in request.backend.injections.pending()]})


def show_weather(request: MockRequest) -> Response:
    """`GET /_mock/weather`: the weather, and what it did so far (throttled, 503, 502, drop, drop-after,
    delayed); `{"weather": null}` in perfect weather."""
    front_door = request.backend.front_door
    return Response(200, front_door.view() if front_door is not None else {"weather": None, "counts": {}})


def set_weather(request: MockRequest) -> Response:
    """`PUT /_mock/weather` `{"throttle": 3, "burst": 5, "transient": 0.02, "kinds": ["503", "drop"],
    "latency": 0.15, "jitter": 0.05, "seed": 7}`: the front door's weather from now on (counts restart)."""
    try:
        weather = Weather.parse(request.http.json() if request.http.body.strip() else None)
    except WeatherError as error:
        raise bad_request(str(error)) from None
    request.backend.front_door = FrontDoor(weather)
    return Response(200, request.backend.front_door.view())


def clear_weather(request: MockRequest) -> Response:
    """`DELETE /_mock/weather`: perfect weather."""
    request.backend.front_door = None
    return empty(204)


def clear_faults(request: MockRequest) -> Response:
    request.backend.injections.clear()
    return empty(204)
