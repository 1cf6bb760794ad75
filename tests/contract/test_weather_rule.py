"""The suite's weather rule (contract_tests/core/weather.py), over real HTTP on loopback: a scripted front
door answers each request with the next line of its script (a status, or a dropped connection), and the
suite's two clients — the httpx transport of its own requests and the `requests` adapter schemathesis
sends through — must resend exactly what is safe to resend."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from contract_tests.core.pacing import Pacer
from contract_tests.core.weather import Health, TransientFailure, Weatherproofing

DROP = 0  # a script line: close the connection without answering


class FrontDoor(http.server.ThreadingHTTPServer):
    """Answers the n-th request with script[n] (the last line repeats); counts what reached it."""

    def __init__(self, script: list[int]) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.script = script
        self.seen: list[str] = []
        self.lock = threading.Lock()

    def next_status(self, method: str) -> int:
        with self.lock:
            self.seen.append(method)
            return self.script[min(len(self.seen) - 1, len(self.script) - 1)]


class Handler(http.server.BaseHTTPRequestHandler):
    server: FrontDoor

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        status = self.server.next_status(self.command)
        if status == DROP:
            self.close_connection = True
            self.connection.close()
            return
        body = b'{"ok": true}' if status < 400 else b'{"overLimit": {"code": 429, "message": "slow down"}}'
        self.send_response(status)
        if status in (429, 503):
            self.send_header("Retry-After", "0")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_DELETE = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def front_door(*script: int) -> Iterator[FrontDoor]:
    server = FrontDoor(list(script))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def pacer() -> Pacer:
    return Pacer(None, Weatherproofing(backoff=0.001, health=Health(down_after=60)))


def url(server: FrontDoor) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/v2/t/servers"


@pytest.mark.parametrize("client", ["httpx", "requests"])
@pytest.mark.parametrize("method, script, sent, outcome", [
    ("GET", [429, 429, 200], 3, 200),  # throttled twice: waited, sent again
    ("POST", [429, 200], 2, 200),  # a 429 did nothing: a write is sent again too
    ("GET", [503, 502, DROP, 200], 4, 200),  # a read survives every kind of weather
    ("POST", [503, 201], 2, 201),  # a 503 write was refused before the service: sent again
    ("POST", [502], 1, "ambiguous"),  # a gateway error on a write: it may have been done; never sent again
    ("POST", [DROP], 1, "ambiguous"),  # a write whose answer was lost: never sent again
    ("GET", [503], 6, "transient"),  # weather that outlasts the retries: not judged
    ("GET", [500], 2, 500),  # a 500 again is the API's own error: returned, the checks judge it
    ("POST", [500], 1, 500),  # a write's 500 is returned at once
    ("GET", [404], 1, 404),  # an answer is an answer
])
def test_what_is_sent_again(client: str, method: str, script: list[int], sent: int, outcome: object) -> None:
    with front_door(*script) as door:
        run_pacer = pacer()
        if outcome in ("ambiguous", "transient"):
            with pytest.raises(TransientFailure) as raised:
                send(client, run_pacer, method, url(door))
            assert raised.value.ambiguous == (outcome == "ambiguous")
        else:
            assert send(client, run_pacer, method, url(door)) == outcome
        assert door.seen == [method] * sent
        assert run_pacer.total == sent, "every attempt is counted"


def send(client: str, run_pacer: Pacer, method: str, address: str) -> int:
    if client == "httpx":
        with httpx.Client(transport=run_pacer.transport("test"), timeout=5) as http:
            return http.request(method, address, json={} if method == "POST" else None).status_code
    session = run_pacer.session()
    with session:
        return session.request(method, address, json={} if method == "POST" else None, timeout=5).status_code


def test_throttling_pauses_the_run_and_slows_its_pace() -> None:
    with front_door(429, 200) as door:
        run_pacer = Pacer(20, Weatherproofing(backoff=0.001))
        send("httpx", run_pacer, "GET", url(door))
    assert run_pacer.weather.log.throttled == 1
    assert run_pacer.rate == 10, "a 429 halves the pace"
    for _ in range(20):
        run_pacer.answered()
    assert run_pacer.rate == pytest.approx(11), "a run of answers raises it by a tenth"


def test_an_endpoint_that_is_down_is_unhealthy_within_the_window() -> None:
    now = [0.0]
    verdicts: list[str] = []
    health = Health(down_after=45, clock=lambda: now[0], on_unhealthy=verdicts.append)
    health.record(True)
    for _ in range(10):
        now[0] += 5
        health.record(False)
    assert verdicts == ["no answer but weather for 45 s"], verdicts
    health.record(False)
    assert len(verdicts) == 1, "said once"


def test_a_share_of_weather_is_unhealthy_a_sprinkle_is_not() -> None:
    health = Health(window=40, threshold=0.5)
    for index in range(200):
        health.record(index % 50 != 0)  # 2% weather
    assert health.verdict is None
    for index in range(40):
        health.record(index % 2 == 0)
    assert health.verdict == "20 of the last 40 requests met weather"


def test_an_unpaced_run_that_is_throttled_starts_pacing_at_half_the_pace_it_had() -> None:
    now = [0.0]
    slept: list[float] = []
    run_pacer = Pacer(None, Weatherproofing(backoff=0.001), clock=lambda: now[0], sleep=slept.append)
    for _ in range(20):
        run_pacer.wait("test")
        now[0] += 0.02  # 50 requests a second
    run_pacer.throttled(1.0)
    assert run_pacer.rate == pytest.approx(25), "half the 50 req/s it was sending at"
    run_pacer.wait("test")
    assert slept and slept[-1] == pytest.approx(1.0, abs=0.05), "nothing leaves while the endpoint asks to wait"


def test_the_429s_of_one_pause_halve_the_pace_once() -> None:
    now = [0.0]
    run_pacer = Pacer(40, Weatherproofing(backoff=0.001), clock=lambda: now[0], sleep=lambda _: None)
    for _ in range(6):  # the requests under way when the endpoint began refusing
        run_pacer.throttled(1.0)
    assert run_pacer.rate == 20, "one episode of throttling, one halving"
    now[0] += 1.5
    run_pacer.throttled(1.0)
    assert run_pacer.rate == 10, "a 429 after the pause is a new episode"


def test_an_unpaced_run_recovers_slowly_and_never_counts_a_pause_as_its_pace() -> None:
    now = [0.0]
    run_pacer = Pacer(0, Weatherproofing(backoff=0.001), clock=lambda: now[0], sleep=lambda _: None)  # 0: unpaced
    for _ in range(20):
        run_pacer.wait("test")
        now[0] += 0.02  # 50 requests a second
    run_pacer.throttled(1.0)
    assert run_pacer.rate == pytest.approx(25)
    for _ in range(20):
        run_pacer.answered()
    assert run_pacer.rate == pytest.approx(27.5), "a tenth more, not back to unpaced at once"
    run_pacer.rate = None  # recovered to unpaced
    now[0] += 1.0  # the pause
    for _ in range(5):
        run_pacer.wait("test")
        now[0] += 0.02
    run_pacer.throttled(1.0)
    assert run_pacer.rate == pytest.approx(25), "the pace sent since the pause, not one averaged over it"
