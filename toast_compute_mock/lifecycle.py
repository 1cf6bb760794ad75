"""The server state machine: Nova's preconditions (`check_instance_state`) and the transitions
each operation makes on the mock's clock."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .catalog import Flavor
from .faults import invalid_state
from .servers import RUNNING, SHUTDOWN, Server

# Failure injection (as mimic does it): a server created with this metadata key goes to ERROR at the
# end of its build instead of ACTIVE. The value is the fault message ("" for Nova's usual one).
FAIL_BUILD_KEY = "mock:fail_build"
NO_VALID_HOST = "No valid host was found. There are not enough hosts available."

HARD_REBOOT_VM_STATES = ("active", "stopped", "paused", "suspended", "error")
HARD_REBOOT_TASK_STATES = (None, "rebooting", "rebooting_hard")
SNAPSHOT_VM_STATES = ("active", "stopped", "paused", "suspended")
VOLUME_VM_STATES = ("active", "paused", "stopped", "resized", "soft-delete", "shelved", "shelved_offloaded")


def require(server: Server, action: str, vm_states: Iterable[str], task_states: Iterable[str | None] = (None,)) -> None:
    """409 conflictingRequest unless the server is in one of the allowed states."""
    if server.vm_state not in vm_states:
        raise invalid_state(action, server.id, "vm_state", server.vm_state)
    if server.task_state not in task_states:
        raise invalid_state(action, server.id, "task_state", server.task_state)


class Lifecycle:
    """Transitions for one mock state (it owns the clock and the queue of pending transitions)."""

    def __init__(self, state) -> None:
        self.state = state

    def _now(self) -> float:
        return self.state.clock.now()

    def _later(self, server: Server, transition: str, finish: Callable[[float], None]) -> None:
        def run() -> None:
            if not server.deleted:
                finish(self._now())

        self.state.schedule(transition, run)

    def build(self, server: Server) -> None:
        def active(now: float) -> None:
            if FAIL_BUILD_KEY in server.metadata:
                self.fail(server, server.metadata[FAIL_BUILD_KEY] or NO_VALID_HOST)
                return
            server.host = f"compute-{server.availability_zone}-{int(server.id[:4], 16) % 16:02d}"
            server.launched_at = now
            server.set_state(now, "active", None, RUNNING)

        self._later(server, "build", active)

    def fail(self, server: Server, message: str, code: int = 500) -> None:
        """ERROR with Nova's `fault`; from there only stop, HARD reboot and delete help."""
        now = self._now()
        server.fault = (code, message, now)
        server.set_state(now, "error", None)

    def stop(self, server: Server) -> None:
        require(server, "stop", ("active", "error"))
        server.set_state(self._now(), server.vm_state, "powering-off")
        self._later(server, "stop", lambda now: self._settled(server, now, "stopped", SHUTDOWN))

    def start(self, server: Server) -> None:
        require(server, "start", ("stopped",))
        server.set_state(self._now(), server.vm_state, "powering-on")
        self._later(server, "start", lambda now: self._settled(server, now, "active", RUNNING))

    def reboot(self, server: Server, hard: bool) -> None:
        if hard:
            require(server, "reboot", HARD_REBOOT_VM_STATES, HARD_REBOOT_TASK_STATES)
        else:
            require(server, "reboot", ("active",))
        task = "rebooting_hard" if hard else "rebooting"
        vm_state = server.vm_state if server.vm_state == "active" else "active"
        # A hard reboot of a stopped/error server shows HARD_REBOOT and ends up ACTIVE.
        server.set_state(self._now(), vm_state, task)
        self._later(server, "hard_reboot" if hard else "reboot",
                    lambda now: self._settled(server, now, "active", RUNNING))

    @staticmethod
    def _settled(server: Server, now: float, vm_state: str, power_state: int) -> None:
        """The end of stop/start/reboot: a server that was in ERROR leaves its fault behind."""
        server.fault = None
        server.set_state(now, vm_state, None, power_state)

    def resize(self, server: Server, flavor: Flavor) -> None:
        require(server, "resize", ("active", "stopped"))
        before = server.vm_state
        server.set_state(self._now(), before, "resize_prep")

        def resized(now: float) -> None:
            server.flavor = flavor
            server.set_state(now, "resized", None)
            # TOAST confirms a resize by itself one second after VERIFY_RESIZE.
            self._later(server, "confirm_resize", lambda later: server.set_state(later, before, None))

        self._later(server, "resize", resized)

    def snapshot(self, server: Server, on_done: Callable[[], None]) -> None:
        require(server, "createImage", SNAPSHOT_VM_STATES)
        server.set_state(self._now(), server.vm_state, "image_snapshot")

        def done(now: float) -> None:
            server.set_state(now, server.vm_state, None)
            on_done()

        self._later(server, "snapshot", done)

    def delete(self, server: Server) -> None:
        now = self._now()
        server.terminated_at = now
        server.set_state(now, "deleted", None, 0)
