"""The server state machine in one table: for each operation, the states Nova accepts it in
(`check_instance_state`; 409 otherwise), the task it shows while it runs, and where it ends after
its duration on the mock's clock. `Lifecycle` runs the table's rows on a `Scheduler`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..config import MockConfig
from ..faults import invalid_state
from . import placement
from .models import NOSTATE, RUNNING, SHUTDOWN, Server
from .project import Project
from .scheduler import Scheduler

# Failure injection (as mimic does it): a server created with this metadata key goes to ERROR at the
# end of its build instead of ACTIVE. The value is the fault message ("" for Nova's usual one).
FAIL_BUILD_KEY = "mock:fail_build"
NO_VALID_HOST = "No valid host was found. There are not enough hosts available."
DELETING = "deleting"  # the task_state of a server until its delete is done


@dataclass(frozen=True)
class Transition:
    """One row of the table: an operation on a server, from its precondition to its end state."""

    action: str  # Nova's name for it in the 409 message
    vm_states: tuple[str, ...]  # accepted vm_states
    task_states: tuple[str | None, ...] = (None,)  # accepted task_states
    task: str | None = None  # task_state while it runs; None: nothing runs, a precondition only
    vm_state_while: str | None = None  # vm_state while it runs (None: unchanged)
    ends_in: str | None = None  # vm_state at the end (None: unchanged)
    power_state: int | None = None  # power_state at the end (None: unchanged)
    clears_fault: bool = False  # a server that was in ERROR leaves its fault behind
    duration: str = ""  # key of MockConfig.durations

    def check(self, server: Server) -> None:
        """409 conflictingRequest unless the server is in one of the accepted states."""
        if server.vm_state not in self.vm_states:
            raise invalid_state(self.action, server.id, "vm_state", server.vm_state)
        if server.task_state not in self.task_states:
            raise invalid_state(self.action, server.id, "task_state", server.task_state)


# Shelved servers take volumes only from microversion 2.20 (`_check_request_version`): not on /v2.
_ATTACHABLE = ("active", "paused", "stopped", "resized", "soft-delete")
_METADATA_EDITABLE = ("active", "paused", "suspended", "stopped")
TRANSITIONS: dict[str, Transition] = {
    "start": Transition("start", ("stopped",), task="powering-on", ends_in="active", power_state=RUNNING,
                        clears_fault=True, duration="start"),
    "stop": Transition("stop", ("active", "error"), task="powering-off", ends_in="stopped", power_state=SHUTDOWN,
                       clears_fault=True, duration="stop"),
    "reboot": Transition("reboot", ("active",), task="rebooting", ends_in="active", power_state=RUNNING,
                         clears_fault=True, duration="reboot"),
    # A HARD reboot is accepted in more states; a stopped/error server shows HARD_REBOOT and ends ACTIVE.
    "hard_reboot": Transition("reboot", ("active", "stopped", "paused", "suspended", "error"),
                              (None, "rebooting", "rebooting_hard"), task="rebooting_hard",
                              vm_state_while="active", ends_in="active", power_state=RUNNING, clears_fault=True,
                              duration="hard_reboot"),
    "resize": Transition("resize", ("active", "stopped"), task="resize_prep", ends_in="resized", duration="resize"),
    # Back to ACTIVE or SHUTOFF (by power state): by confirmResize now, or by TOAST itself after a while.
    "confirm_resize": Transition("confirmResize", ("resized",), duration="confirm_resize"),
    "create_image": Transition("createImage", ("active", "stopped", "paused", "suspended"), task="image_snapshot",
                               duration="snapshot"),
    # The vendor offloads at once (shelved_offload_time 0): straight to SHELVED_OFFLOADED, no host.
    "shelve": Transition("shelve", ("active", "stopped", "paused", "suspended"), task="shelving",
                         ends_in="shelved_offloaded", power_state=NOSTATE, duration="shelve"),
    # Scheduled again (lifecycle.unshelve): the status stays SHELVED_OFFLOADED while unshelving.
    "unshelve": Transition("unshelve", ("shelved", "shelved_offloaded"), task="unshelving", duration="unshelve"),
    "attach_volume": Transition("attach_volume", _ATTACHABLE),
    # Nova's compute API: metadata changes only in these states and with no task running.
    "update_metadata": Transition("update metadata", _METADATA_EDITABLE),
    "delete_metadata": Transition("delete metadata", _METADATA_EDITABLE),
    "detach_volume": Transition("detach_volume", _ATTACHABLE),
}


class Lifecycle:
    """Runs transitions on a scheduler (the clock and its pending transitions)."""

    def __init__(self, scheduler: Scheduler, config: MockConfig) -> None:
        self.scheduler = scheduler
        self.config = config

    def _now(self) -> float:
        return self.scheduler.now()

    def _later(self, server: Server, duration: str, finish: Callable[[float], None]) -> None:
        def run() -> None:
            if not server.deleted and server.task_state != DELETING:  # a delete overrides what was running
                finish(self._now())

        self.scheduler.schedule(duration, run)

    def begin(self, server: Server, name: str, then: Callable[[float], None] | None = None) -> None:
        """Checks the precondition of `TRANSITIONS[name]`, shows its task, and ends it after its
        duration (`then` runs at the end, after the table's end state is set)."""
        transition = TRANSITIONS[name]
        transition.check(server)
        server.set_state(self._now(), transition.vm_state_while or server.vm_state, transition.task)

        def end(now: float) -> None:
            if transition.clears_fault:
                server.fault = None
            server.set_state(now, transition.ends_in or server.vm_state, None, transition.power_state)
            if then is not None:
                then(now)

        self._later(server, transition.duration, end)

    def build(self, project: Project, server: Server) -> None:
        def active(now: float) -> None:
            if FAIL_BUILD_KEY in server.metadata:
                self.fail_build(project, server, server.metadata[FAIL_BUILD_KEY] or NO_VALID_HOST)
                return
            host = placement.choose_host(project, server)
            if host is None:
                self.fail(server, NO_VALID_HOST)
                return
            server.host = host
            server.launched_at = now
            server.set_state(now, "active", None, RUNNING)

        self._later(server, "build", active)

    def fail(self, server: Server, message: str, code: int = 500) -> None:
        """ERROR with Nova's `fault`; from there only stop, HARD reboot and delete help."""
        now = self._now()
        server.fault = (code, message, now)
        server.set_state(now, "error", None)

    def fail_build(self, project: Project, server: Server, message: str) -> None:
        """A build that fails ends in ERROR without its ports (Nova deallocates the network)."""
        self.fail(server, message)
        project.release_addresses(server)
        server.addresses = []

    def confirm_resize(self, server: Server) -> None:
        TRANSITIONS["confirm_resize"].check(server)
        server.set_state(self._now(), "stopped" if server.power_state == SHUTDOWN else "active", None)

    def confirm_resize_later(self, server: Server) -> None:
        """TOAST confirms a resize by itself a while after VERIFY_RESIZE, unless confirmResize came first."""
        def confirm(now: float) -> None:
            if server.vm_state == "resized":
                self.confirm_resize(server)

        self._later(server, TRANSITIONS["confirm_resize"].duration, confirm)

    def shelve(self, server: Server) -> None:
        def offloaded(now: float) -> None:
            server.host = ""

        self.begin(server, "shelve", then=offloaded)

    def unshelve(self, project: Project, server: Server) -> None:
        """Back to ACTIVE on a host the scheduler finds; with none (an anti-affinity policy that cannot
        be met) the server stays SHELVED_OFFLOADED, as Nova leaves it."""
        def placed(now: float) -> None:
            host = placement.choose_host(project, server)
            if host is not None:
                server.host = host
                server.set_state(now, "active", None, RUNNING)

        self.begin(server, "unshelve", then=placed)

    def delete(self, project: Project, server: Server) -> None:
        """Nova's delete, in any state: gone at once when the `delete` duration is 0, else shown with task
        `deleting` (and still counted against the quota) until that duration has passed. A second delete
        changes nothing."""
        if server.task_state == DELETING:
            return
        if self.scheduler.duration("delete") <= 0:
            self._remove(project, server)
            return
        server.set_state(self._now(), server.vm_state, DELETING)
        self.scheduler.schedule("delete", lambda: self._remove(project, server))

    def _remove(self, project: Project, server: Server) -> None:
        """Soft-deleted (listed by `changes-since` until the retention window has passed); its fixed IPs
        and volumes are free."""
        if server.deleted:
            return
        now = self._now()
        server.terminated_at = now
        server.set_state(now, "deleted", None, NOSTATE)
        project.servers.delete(server)
        config = self.config
        project.servers.prune(now - config.deleted_retention_seconds, config.deleted_kept_per_tenant)
        project.release_addresses(server)
        for volume_id in server.volumes:
            project.attached.pop(volume_id, None)
