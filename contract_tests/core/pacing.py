"""One pace for every request of a run, a count of requests per kind, and the weather rule applied to each.

Every request the run sends goes through `Pacer.send`: schemathesis's (cases, stateful steps, the extra
requests of checks such as `ignored_auth`) through `WeatherproofAdapter`, the `requests` adapter of the
session its transport uses (`install_transport`); the suite's own (discovery, reads of existing resources,
the property tests' client, waits, cleanup) through `WeatherproofTransport`, an httpx transport. Each
attempt waits its turn and is counted under the kind of request being sent.

The pace adapts: a 429 pauses every request for as long as the endpoint asks and halves the rate; each run
of answers without throttling raises it again by a tenth, up to the configured rate (an unpaced run that is
throttled starts pacing at the rate it was throttled at).
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import httpx
import requests
from requests.adapters import HTTPAdapter

from contract_tests.core.weather import Answer, LostAnswer, NotSent, Weatherproofing

SLOWEST = 0.2  # requests a second: the pace never adapts below this
RECOVERY_RUN = 20  # answers without throttling before the pace rises again
RECENT = 20  # requests the observed pace is measured over


class Pacer:
    def __init__(self, per_second: float | None, weather: Weatherproofing | None = None,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        self.per_second = per_second or None  # the configured ceiling; None (or 0): unpaced
        self.rate = self.per_second  # the pace now
        self.weather = weather or Weatherproofing(sleep=sleep)
        self.requests: Counter[str] = Counter()
        self.clock = clock
        self.sleep = sleep
        self._next = 0.0  # when the next request may leave
        self._paused_until = 0.0  # the end of the pause the last 429 asked for
        self._recent: deque[float] = deque(maxlen=RECENT)  # when the last requests left: the pace observed
        self._since_throttled = 0
        self._lock = threading.Lock()
        self._kind = threading.local()

    @contextmanager
    def sending(self, kind: str) -> Iterator[None]:
        """Count the requests sent inside as `kind`."""
        previous = getattr(self._kind, "value", None)
        self._kind.value = kind
        try:
            yield
        finally:
            self._kind.value = previous

    def wait(self, kind: str | None = None) -> None:
        """Block until the next request may go, and count it under `kind` (default: the kind being sent)."""
        with self._lock:
            self.requests[kind or getattr(self._kind, "value", None) or "other"] += 1
            now = self.clock()
            leaves = max(now, self._next)
            self._next = leaves + (1 / self.rate if self.rate else 0)
            self._recent.append(leaves)
        if leaves > now:
            self.sleep(leaves - now)

    def throttled(self, seconds: float) -> None:
        """A 429: nothing leaves for `seconds`, and the pace halves, once per pause: the other requests that
        were under way when the endpoint started refusing meet the same 429 and must not halve it again (a
        burst of them would bring the pace to its floor)."""
        with self._lock:
            now = self.clock()
            within_pause = now < self._paused_until
            self._next = max(self._next, now + seconds)
            self._paused_until = max(self._paused_until, now + seconds)
            self._since_throttled = 0
            if not within_pause:
                self.rate = max((self.rate or self._observed_rate()) / 2, SLOWEST)
                self._recent.clear()  # the pace observed later is the one after this pause, not across it

    def _observed_rate(self) -> float:
        """Requests a second over the last few sent (an unpaced run's pace when it is first throttled)."""
        if len(self._recent) < 2 or self._recent[-1] <= self._recent[0]:
            return 1.0
        return (len(self._recent) - 1) / (self._recent[-1] - self._recent[0])

    def answered(self) -> None:
        """An answer without throttling: after a run of them the pace rises by a tenth (to the ceiling)."""
        with self._lock:
            self._since_throttled += 1
            if self.rate == self.per_second or self._since_throttled < RECOVERY_RUN:
                return
            self._since_throttled = 0
            raised = (self.rate or 0) * 1.1
            self.rate = None if self.per_second is None and raised > 50 else (
                raised if self.per_second is None else min(raised, self.per_second))

    def send(self, method: str, path: str, attempt: Callable[[], Answer]) -> Answer:
        return self.weather.send(method, path, attempt, self.wait, self.throttled, self.answered)

    def transport(self, kind: str, inner: httpx.BaseTransport | None = None) -> httpx.BaseTransport:
        return WeatherproofTransport(self, kind, inner or httpx.HTTPTransport())

    def client(self, kind: str, **options: Any) -> httpx.Client:
        return httpx.Client(transport=self.transport(kind), **options)

    def session(self) -> requests.Session:
        """A `requests` session whose every request is paced and weatherproof (schemathesis's)."""
        from schemathesis.transport.requests import SameHostRedirectsSession

        session = SameHostRedirectsSession()
        adapter = WeatherproofAdapter(self)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        return session

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    def seconds_at(self, per_second: float) -> float:
        """How long the requests of this run take at `per_second` (the pacing alone)."""
        return self.total / per_second


class WeatherproofTransport(httpx.BaseTransport):
    def __init__(self, pacer: Pacer, kind: str, inner: httpx.BaseTransport) -> None:
        self.pacer = pacer
        self.kind = kind
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        kept: list[httpx.Response] = []

        def attempt() -> Answer:
            try:
                response = self.inner.handle_request(request)
                response.read()
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
                raise NotSent(type(error).__name__) from error
            except httpx.TransportError as error:
                raise LostAnswer(type(error).__name__) from error
            kept[:] = [response]
            return Answer(response.status_code, response.headers.get("retry-after"))

        with self.pacer.sending(self.kind):
            self.pacer.send(request.method, request.url.path, attempt)
        return kept[0]

    def close(self) -> None:
        self.inner.close()


class WeatherproofAdapter(HTTPAdapter):
    """`requests`' adapter with the weather rule: what schemathesis sends goes through it."""

    def __init__(self, pacer: Pacer) -> None:
        super().__init__()
        self.pacer = pacer

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        kept: list[requests.Response] = []

        def attempt() -> Answer:
            try:
                response = super(WeatherproofAdapter, self).send(request, *args, **kwargs)
                _ = response.content  # read it whole: a dropped body is a lost answer too
            except (requests.exceptions.ConnectTimeout, requests.exceptions.SSLError) as error:
                raise NotSent(type(error).__name__) from error
            except requests.exceptions.ConnectionError as error:
                if _never_connected(error):
                    raise NotSent(type(error).__name__) from error
                raise LostAnswer(type(error).__name__) from error
            except requests.exceptions.RequestException as error:
                raise LostAnswer(type(error).__name__) from error
            kept[:] = [response]
            return Answer(response.status_code, response.headers.get("Retry-After"))

        path = urlsplit(request.url or "").path
        self.pacer.send(request.method or "GET", path, attempt)
        return kept[0]


def _never_connected(error: requests.exceptions.ConnectionError) -> bool:
    """A refused or unresolvable connection (urllib3's NewConnectionError), not one lost after sending."""
    from urllib3.exceptions import MaxRetryError, NewConnectionError

    reason = error.args[0] if error.args else None
    if isinstance(reason, MaxRetryError):
        reason = reason.reason
    return isinstance(reason, NewConnectionError)


def install_transport(pacer: Pacer) -> None:
    """Make every request schemathesis sends — cases, stateful steps and the probes of checks, which it sends
    without a session of ours — go through the pacer's weatherproof session. schemathesis picks its transport
    from one module attribute (`transport.get`); this replaces that attribute for the process."""
    from schemathesis.transport import requests as requests_transport

    session = pacer.session()

    class RunTransport(requests_transport.RequestsTransport):
        def send(self, case: Any, *, session: requests.Session | None = None, **kwargs: Any) -> Any:
            return super().send(case, session=session or run_session, **kwargs)

    run_session = session
    transport = RunTransport()
    transport._serializers = requests_transport.REQUESTS_TRANSPORT._serializers  # JSON, forms, ...: the same
    requests_transport.REQUESTS_TRANSPORT = transport
