"""A real cloud's front door, on demand: throttling (429 with `Retry-After` and Nova's `overLimit` body), a
seeded fraction of transient failures (503 in Nova's envelope, a gateway's HTML 502, a connection dropped
before or after the service did the work) and latency (fixed, plus or minus a jitter). For the contract
suite's own tests and for every service that must cope with such a cloud. It decides only; the HTTP layer
(app.py) answers as decided. Nothing of it applies to the control API or to the version document.

    toast-compute-mock --throttle 3:5 --transient 0.02 --transient-kinds 503,502,drop --latency 150:50 --seed 7
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("503", "502", "drop", "drop-after")
METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH")
GATEWAY_502 = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway"
               b"</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")


class WeatherError(ValueError):
    """A weather setting that cannot be: the message says which and why."""


@dataclass(frozen=True)
class Weather:
    """The front door's weather. `throttle`: requests a second each tenant may send (None: no throttling),
    with `burst` in a row; `transient`: the fraction of requests (of `methods`, default all) that fail, each
    as one of `kinds`; `latency` and `jitter`: seconds added to every answer; `seed`: the same failures, run
    after run."""

    throttle: float | None = None
    burst: int = 5
    transient: float = 0.0
    kinds: tuple[str, ...] = ("503",)
    methods: tuple[str, ...] = METHODS
    latency: float = 0.0
    jitter: float = 0.0
    seed: int | None = None
    retry_after: int = 1  # seconds, in the 429s and 503s

    def __post_init__(self) -> None:
        if self.throttle is not None and not 0 < self.throttle <= 10_000:
            raise WeatherError("throttle must be a number of requests a second above 0")
        if self.burst < 1:
            raise WeatherError("burst must be at least 1")
        if not 0 <= self.transient <= 1:
            raise WeatherError("transient must be a fraction from 0 to 1")
        if not self.kinds or set(self.kinds) - set(KINDS):
            raise WeatherError(f"kinds must be some of {list(KINDS)}")
        if not self.methods or set(self.methods) - set(METHODS):
            raise WeatherError(f"methods must be some of {list(METHODS)}")
        if not 0 <= self.latency <= 60 or not 0 <= self.jitter <= self.latency + 60:
            raise WeatherError("latency and jitter must be seconds from 0 to 60")
        if not 0 <= self.retry_after <= 3600:
            raise WeatherError("retry_after must be seconds from 0 to 3600")

    @classmethod
    def parse(cls, document: Any) -> Weather:
        """From the control API's JSON (the fields above; lists for kinds and methods)."""
        if not isinstance(document, Mapping):
            raise WeatherError("Expected an object with throttle, burst, transient, kinds, methods, latency, jitter, "
                               "seed and/or retry_after")
        unknown = set(document) - set(cls.__dataclass_fields__)
        if unknown:
            raise WeatherError(f"Unknown fields: {sorted(unknown)}")
        values = dict(document)
        for name in ("kinds", "methods"):
            if name in values:
                if not isinstance(values[name], list) or not all(isinstance(v, str) for v in values[name]):
                    raise WeatherError(f"{name} must be a list of strings")
                values[name] = tuple(v.upper() if name == "methods" else v for v in values[name])
        for name in ("throttle", "transient", "latency", "jitter"):
            value = values.get(name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
                raise WeatherError(f"{name} must be a number")
        for name in ("burst", "seed", "retry_after"):
            value = values.get(name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise WeatherError(f"{name} must be an integer")
        return cls(**values)

    def view(self) -> dict[str, Any]:
        return {**asdict(self), "kinds": list(self.kinds), "methods": list(self.methods)}


@dataclass(frozen=True)
class Verdict:
    """What the front door does with one request: `answer` ("429", "503", "502", "drop", "drop-after" or
    None: pass it on) after `delay` seconds."""

    answer: str | None
    delay: float


@dataclass
class FrontDoor:
    """The weather applied: a token bucket per tenant and the seeded draws. Thread-safe."""

    weather: Weather
    clock: Callable[[], float] = time.monotonic
    counts: Counter[str] = field(default_factory=Counter)  # what the weather did: throttled, 503, 502, drop...
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)  # tenant -> (tokens, when)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _random: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self._random = random.Random(self.weather.seed)

    def decide(self, tenant_id: str, method: str) -> Verdict:
        weather = self.weather
        with self._lock:
            delay = weather.latency + (self._random.uniform(-weather.jitter, weather.jitter) if weather.jitter else 0)
            delay = max(delay, 0.0)
            if delay:
                self.counts["delayed"] += 1
            if weather.throttle is not None and not self._take_token(tenant_id):
                self.counts["throttled"] += 1
                return Verdict("429", delay)
            if weather.transient and method in weather.methods and self._random.random() < weather.transient:
                kind = self._random.choice(weather.kinds)
                self.counts[kind] += 1
                return Verdict(kind, delay)
            return Verdict(None, delay)

    def _take_token(self, tenant_id: str) -> bool:
        now = self.clock()
        rate, burst = self.weather.throttle or 0.0, float(self.weather.burst)
        tokens, since = self._buckets.get(tenant_id, (burst, now))
        tokens = min(burst, tokens + (now - since) * rate)
        if tokens < 1:
            self._buckets[tenant_id] = (tokens, now)
            return False
        self._buckets[tenant_id] = (tokens - 1, now)
        return True

    def view(self) -> dict[str, Any]:
        with self._lock:
            return {"weather": self.weather.view(), "counts": dict(self.counts)}


def parse_latency(text: str) -> tuple[float, float]:
    """`150` or `150:50` (milliseconds, plus or minus) -> seconds (latency, jitter)."""
    latency, _, jitter = text.partition(":")
    try:
        return float(latency) / 1000, float(jitter or 0) / 1000
    except ValueError:
        raise WeatherError(f"latency must be MS or MS:JITTER_MS, not {text!r}") from None


def parse_throttle(text: str) -> tuple[float, int]:
    """`3` or `3:5` (requests a second, burst) -> (rate, burst)."""
    rate, _, burst = text.partition(":")
    try:
        return float(rate), int(burst or 5)
    except ValueError:
        raise WeatherError(f"throttle must be RATE or RATE:BURST, not {text!r}") from None
