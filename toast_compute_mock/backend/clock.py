"""The mock's notion of time.

Virtual time is `base + offset`: on the `real` clock `base` is the wall clock, on the `manual`
clock it is frozen and only `advance()` moves it. `immediate` is the real clock with every
transition taking no time. Switching modes keeps time continuous.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from ..config import CLOCK_MODES

MANUAL_EPOCH = datetime(2020, 2, 25, 1, 15, 46, tzinfo=UTC).timestamp()


class Clock:
    def __init__(self, mode: str = "real", durations: dict[str, float] | None = None) -> None:
        self.durations = dict(durations or {})
        self._mode = "real"
        self._offset = 0.0
        self._frozen = MANUAL_EPOCH
        self.set_mode(mode)
        if mode == "manual":
            self._frozen, self._offset = MANUAL_EPOCH, 0.0

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in CLOCK_MODES:
            raise ValueError(f"clock mode must be one of {CLOCK_MODES}")
        current = self.now()
        if mode == "manual":
            self._frozen, self._offset = current, 0.0
        else:
            self._offset = current - time.time()
        self._mode = mode

    def now(self) -> float:
        base = self._frozen if self._mode == "manual" else time.time()
        return base + self._offset

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self._offset += seconds

    def duration(self, transition: str) -> float:
        """How long a transition takes on this clock."""
        return 0.0 if self._mode == "immediate" else self.durations.get(transition, 0.0)
