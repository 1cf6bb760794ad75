"""A real cloud's front door, as the suite lives with it: throttling (429), transient refusals (502, 503,
504), dropped connections and timeouts. None of them is a check result.

One rule decides for every request the suite sends, whatever client sends it (schemathesis's `requests`
session, the suite's own httpx clients):
- 429: the endpoint did nothing; wait as it asks (`Retry-After`, else a backoff), slow the run's pace down,
  and send the same request again.
- A connection that could not be made: nothing was sent; send again.
- 502, 503, 504, any 5xx of a read, a dropped connection or a timeout after the request left: reads are sent
  again; a write only on a 503 (the front door refused it before the service saw it). Any other failed write
  is ambiguous (it may have been done): it is never sent again, and `TransientFailure(ambiguous=True)` tells the
  caller, which looks for what it may have created.
- Weather that outlasts the retries raises `TransientFailure`: the case is not judged. A 500 is the API's own
  error: a read is sent once more, and a 500 again is returned for the checks to judge.
Every answer also tells `Health` whether the endpoint is there at all.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
GATEWAY_STATUSES = frozenset({502, 503, 504})
MAX_RETRIES = 5  # sends of one request after its first, for weather other than throttling
MAX_THROTTLED = 30  # 429s one request may meet before the run calls the endpoint unhealthy
MAX_RETRY_AFTER = 120.0  # seconds: a longer `Retry-After` is capped


class TransientFailure(Exception):
    """The request met weather that outlasted its retries, or a write failed ambiguously: not a check result."""

    def __init__(self, method: str, path: str, reason: str, *, ambiguous: bool = False) -> None:
        kind = "ambiguous write" if ambiguous else "transient failure"
        super().__init__(f"{kind}: {method} {path}: {reason}")
        self.method = method
        self.path = path
        self.reason = reason
        self.ambiguous = ambiguous


class NotSent(Exception):
    """The connection could not be made: the request never left."""


class LostAnswer(Exception):
    """The request left, and its answer never came (a dropped connection, a read timeout)."""


@dataclass(frozen=True)
class Answer:
    status: int
    retry_after: str | None = None


@dataclass
class WeatherLog:
    """What the weather cost the run: throttling (times and seconds), retries by reason, transient failures
    that were not judged, ambiguous writes and what was found after them."""

    throttled: int = 0
    throttled_seconds: float = 0.0
    retries: Counter[str] = field(default_factory=Counter)
    transient: list[str] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def note_throttled(self, seconds: float) -> None:
        with self._lock:
            self.throttled += 1
            self.throttled_seconds += seconds

    def note_retry(self, reason: str) -> None:
        with self._lock:
            self.retries[reason] += 1

    def note_transient(self, failure: TransientFailure) -> None:
        with self._lock:
            self.transient.append(str(failure))

    def note_recovered(self, what: str) -> None:
        with self._lock:
            self.recovered.append(what)


class EndpointUnhealthy(Exception):
    """The endpoint is down or mostly failing: the run's verdict is `endpoint unhealthy`, not drift."""


@dataclass
class Health:
    """Whether the endpoint is there. Unhealthy when no answer other than weather came for `down_after`
    seconds while requests were sent, or when the share of weather among the last `window` requests reaches
    `threshold`. `on_unhealthy` is called once, with the reason."""

    down_after: float = 45.0
    window: int = 40
    threshold: float = 0.5
    clock: Callable[[], float] = time.monotonic
    on_unhealthy: Callable[[str], None] | None = None
    verdict: str | None = None  # why the endpoint is unhealthy; None while it is not
    _recent: deque[bool] = field(default_factory=deque)
    _last_answer: float | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, answered: bool) -> None:
        """`answered`: the endpoint gave an answer that is not weather."""
        with self._lock:
            now = self.clock()
            if self._last_answer is None:
                self._last_answer = now
            if answered:
                self._last_answer = now
            self._recent.append(answered)
            if len(self._recent) > self.window:
                self._recent.popleft()
            reason = self._judge(now)
            if reason is None or self.verdict is not None:
                return
            self.verdict = reason
        if self.on_unhealthy is not None:
            self.on_unhealthy(reason)

    def _judge(self, now: float) -> str | None:
        silent = now - (now if self._last_answer is None else self._last_answer)
        if silent >= self.down_after:
            return f"no answer but weather for {silent:.0f} s"
        failed = self._recent.count(False)
        if len(self._recent) >= self.window and failed / len(self._recent) >= self.threshold:
            return f"{failed} of the last {len(self._recent)} requests met weather"
        return None


def retry_after_seconds(value: str | None) -> float | None:
    """`Retry-After` as seconds (delta-seconds or an HTTP date), capped; None when absent or unreadable."""
    if not value:
        return None
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(when.timestamp() - time.time(), 0.0), MAX_RETRY_AFTER)


@dataclass
class Weatherproofing:
    """The rule above, for one run: shared by every client the run uses."""

    log: WeatherLog = field(default_factory=WeatherLog)
    health: Health = field(default_factory=Health)
    backoff: float = 0.5  # seconds before the first resend without `Retry-After`; doubles, with jitter
    sleep: Callable[[float], None] = time.sleep
    jitter: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        asked = retry_after_seconds(retry_after)
        if asked is not None:
            return asked
        return min(self.backoff * 2.0 ** attempt, 8 * self.backoff) * (0.5 + self.jitter.random() / 2)

    def send(self, method: str, path: str, attempt: Callable[[], Answer], pace: Callable[[], None],
             throttled: Callable[[float], None], answered: Callable[[], None]) -> Answer:
        """Send through `attempt` (after `pace`) until the answer is not weather, by the rule above. The
        caller's `attempt` raises NotSent or LostAnswer for a failed exchange and closes what it discards;
        `throttled(seconds)` and `answered()` tell its pacer."""
        method = method.upper()
        safe = method in SAFE_METHODS
        retries = throttles = 0
        while True:
            pace()
            retry_after: str | None = None
            try:
                answer = attempt()
            except NotSent as error:
                reason, resend = f"no connection ({error})", True
            except LostAnswer as error:
                reason, resend = f"no answer ({error})", safe
                if not resend:
                    self.health.record(False)
                    raise TransientFailure(method, path, reason, ambiguous=True) from None
            else:
                if answer.status == 429:
                    throttles += 1
                    seconds = self.delay(throttles - 1, answer.retry_after)
                    self.log.note_throttled(seconds)
                    throttled(seconds)
                    self.health.record(False)
                    if throttles > MAX_THROTTLED:
                        raise TransientFailure(method, path, f"throttled {throttles} times")
                    continue
                weather = answer.status in GATEWAY_STATUSES or (answer.status >= 500 and safe)
                if not weather:
                    self.health.record(True)
                    answered()
                    return answer
                reason, retry_after = f"answered {answer.status}", answer.retry_after
                resend = safe or answer.status == 503
                if not resend:
                    self.health.record(False)
                    raise TransientFailure(method, path, reason, ambiguous=True)
                if answer.status == 500 and retries >= 1:
                    self.health.record(True)  # the API's own error, again: the checks judge it
                    return answer
            self.health.record(False)
            if retries >= MAX_RETRIES:
                raise TransientFailure(method, path, f"{reason}, {retries + 1} times")
            self.log.note_retry(reason.split(" (")[0])
            self.sleep(self.delay(retries, retry_after))
            retries += 1
