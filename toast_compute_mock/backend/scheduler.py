"""The mock's clock and the transitions pending on it, as one object: what `Lifecycle` runs on.
Not thread-safe on its own: the backend calls it under its state lock."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable

from .clock import Clock


class Scheduler:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._events: list[tuple[float, int, Callable[[], None]]] = []  # (due, sequence, action), a heap
        self._seq = itertools.count()

    def now(self) -> float:
        return self.clock.now()

    def duration(self, key: str) -> float:
        """How long the transition `key` (a key of the durations table) takes on this clock."""
        return self.clock.duration(key)

    def schedule(self, duration_key: str, action: Callable[[], None]) -> None:
        """Runs `action` once the duration `duration_key` has passed on the clock."""
        heapq.heappush(self._events, (self.now() + self.duration(duration_key), next(self._seq), action))

    def settle(self) -> None:
        """Applies every transition that is due (including ones that a due transition schedules)."""
        now = self.now()
        while self._events and self._events[0][0] <= now:
            _, _, action = heapq.heappop(self._events)
            action()

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.settle()

    def set_mode(self, mode: str) -> None:
        self.clock.set_mode(mode)
        if mode == "immediate":  # whatever was pending is due now
            self._events = [(self.now(), seq, action) for _, seq, action in self._events]
            heapq.heapify(self._events)
        self.settle()

    @property
    def pending(self) -> int:
        return len(self._events)

    def clear(self) -> None:
        """Forgets every pending transition."""
        self._events.clear()
