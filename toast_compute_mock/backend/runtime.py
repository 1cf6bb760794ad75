"""What the operations of `servers`, `actions`, `volumes`, `keypairs`... work with besides the
caller's `Project`: the configuration, the scheduler (clock and pending transitions), the server
lifecycle and the key pair ids. `Backend` is a `Runtime` with the projects and tokens."""

from __future__ import annotations

import itertools

from ..config import MockConfig
from .clock import Clock
from .lifecycle import Lifecycle
from .scheduler import Scheduler


class Runtime:
    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.scheduler = Scheduler(Clock(config.clock, config.durations))
        self.lifecycle = Lifecycle(self.scheduler, config)
        self.keypair_ids = itertools.count(1)

    @property
    def clock(self) -> Clock:
        return self.scheduler.clock
