"""The server state machine: the server actions' transitions from their table (`server_actions.py`)
and the preconditions of the other changes a server takes, run by `Lifecycle` on a `Scheduler`; a
server's build and delete, which no action starts, are written here."""

from __future__ import annotations

from collections.abc import Callable

from ..config import MockConfig
from ..server_actions import NOSTATE, RUNNING, SHUTDOWN, Transition
from ..server_actions import TRANSITIONS as ACTION_TRANSITIONS
from . import placement
from .models import Server
from .project import Project
from .scheduler import Scheduler

# Failure injection (as mimic does it): a server created with this metadata key goes to ERROR at the
# end of its build instead of ACTIVE. The value is the fault message ("" for Nova's usual one).
FAIL_BUILD_KEY = "mock:fail_build"
NO_VALID_HOST = "No valid host was found. There are not enough hosts available."
DELETING = "deleting"  # the task_state of a server until its delete is done

# Shelved servers take volumes only from microversion 2.20 (`_check_request_version`): not on /v2.
_ATTACHABLE = ("active", "paused", "stopped", "resized", "soft-delete")
_METADATA_EDITABLE = ("active", "paused", "suspended", "stopped")
# Preconditions only (no task, no time): changes that are not server actions.
_PRECONDITIONS = (
    Transition("attach_volume", "attach_volume", _ATTACHABLE),
    # Nova's compute API: metadata changes only in these states and with no task running.
    Transition("update_metadata", "update metadata", _METADATA_EDITABLE),
    Transition("delete_metadata", "delete metadata", _METADATA_EDITABLE),
    Transition("detach_volume", "detach_volume", _ATTACHABLE),
)
TRANSITIONS: dict[str, Transition] = {**ACTION_TRANSITIONS, **{t.name: t for t in _PRECONDITIONS}}


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

    def begin(self, project: Project, server: Server, name: str, then: Callable[[float], None] | None = None) -> None:
        """Checks the precondition of `TRANSITIONS[name]`, shows its task, and ends it after its
        duration (`then` runs at the end, after the table's end state is set)."""
        transition = TRANSITIONS[name]
        transition.check(server)
        server.set_state(self._now(), transition.vm_state_while or server.vm_state, transition.task)

        def end(now: float) -> None:
            if transition.finds_host:
                host = placement.choose_host(project, server)
                if host is None:
                    server.set_state(now, server.vm_state, None)
                    return
                server.host = host
            if transition.clears_fault:
                server.fault = None
            server.set_state(now, transition.ends_in or server.vm_state, None, transition.power_state)
            if transition.leaves_host:
                server.host = ""
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
