"""Every server action in one table, one row each: its key in `POST /servers/{id}/action` and the
transitions it runs, each with the states Nova accepts it in (`check_instance_state`; 409 otherwise),
the task and status it shows while it runs, where it ends, and how long it takes (by default and on a
realistic cloud). Derived from it: the lifecycle's transitions (`backend/lifecycle.py`), Nova's status
map (`STATE_MAP`), the durations tables (`config.py`) and the api's dispatch (`api/actions.py`: a row
that runs one transition and has no handler of its own there is run as it is).

Pure data, imported by `config`, the backend and the api alike: it imports nothing of the mock but its faults.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .faults import invalid_state

NOSTATE, RUNNING, SHUTDOWN = 0, 1, 4  # Nova's power_state values used here


class Stateful(Protocol):
    """What a precondition reads of a server."""

    @property
    def id(self) -> str: ...
    @property
    def vm_state(self) -> str: ...
    @property
    def task_state(self) -> str | None: ...


@dataclass(frozen=True)
class Transition:
    """An operation on a server, from its precondition to its end state."""

    name: str  # its key in `TRANSITIONS`
    action: str  # Nova's name for it in the 409 message
    vm_states: tuple[str, ...]  # accepted vm_states
    task_states: tuple[str | None, ...] = (None,)  # accepted task_states
    task: str | None = None  # task_state while it runs; None: nothing runs, a precondition only
    status_while: str | None = None  # the status while the task runs; None: its vm_state's own
    vm_state_while: str | None = None  # vm_state while it runs (None: unchanged)
    ends_in: str | None = None  # vm_state at the end (None: unchanged)
    power_state: int | None = None  # power_state at the end (None: unchanged)
    clears_fault: bool = False  # a server that was in ERROR leaves its fault behind
    leaves_host: bool = False  # off its host at the end (offloaded)
    finds_host: bool = False  # scheduled at the end; with no host found it stays as it was, task cleared
    seconds: tuple[float, float] | None = None  # (default, realistic) duration; None: takes no time
    duration: str = ""  # its key in the durations tables (MockConfig.durations); "": its name

    def __post_init__(self) -> None:
        if not self.duration:
            object.__setattr__(self, "duration", self.name)

    def check(self, server: Stateful) -> None:
        """409 conflictingRequest unless the server is in one of the accepted states."""
        if server.vm_state not in self.vm_states:
            raise invalid_state(self.action, server.id, "vm_state", server.vm_state)
        if server.task_state not in self.task_states:
            raise invalid_state(self.action, server.id, "task_state", server.task_state)


@dataclass(frozen=True)
class ServerAction:
    key: str  # its key in the request body
    runs: tuple[Transition, ...] = field(default=())  # the transitions it may run; (): it changes no state


ACTIONS: dict[str, ServerAction] = {row.key: row for row in (
    ServerAction("os-start", (Transition(
        "start", "start", ("stopped",), task="powering-on", ends_in="active", power_state=RUNNING,
        clears_fault=True, seconds=(1.0, 10.0)),)),
    ServerAction("os-stop", (Transition(
        "stop", "stop", ("active", "error"), task="powering-off", ends_in="stopped", power_state=SHUTDOWN,
        clears_fault=True, seconds=(1.0, 10.0)),)),
    ServerAction("reboot", (
        Transition("reboot", "reboot", ("active",), task="rebooting", status_while="REBOOT", ends_in="active",
                   power_state=RUNNING, clears_fault=True, seconds=(2.0, 30.0)),
        # A HARD reboot is accepted in more states; a stopped/error server shows HARD_REBOOT and ends ACTIVE.
        Transition("hard_reboot", "reboot", ("active", "stopped", "paused", "suspended", "error"),
                   (None, "rebooting", "rebooting_hard"), task="rebooting_hard", status_while="HARD_REBOOT",
                   vm_state_while="active", ends_in="active", power_state=RUNNING, clears_fault=True,
                   seconds=(2.0, 30.0)),
    )),
    ServerAction("resize", (Transition(
        "resize", "resize", ("active", "stopped"), task="resize_prep", status_while="RESIZE", ends_in="resized",
        seconds=(2.0, 60.0)),)),
    # Back to ACTIVE or SHUTOFF (by power state): by confirmResize now, or by TOAST itself after its duration
    # (1 s: the API document's TOAST rule).
    ServerAction("confirmResize", (Transition("confirm_resize", "confirmResize", ("resized",), seconds=(1.0, 3.0)),)),
    ServerAction("createImage", (Transition(
        "create_image", "createImage", ("active", "stopped", "paused", "suspended"), task="image_snapshot",
        seconds=(2.0, 60.0), duration="snapshot"),)),
    ServerAction("addSecurityGroup"),
    ServerAction("removeSecurityGroup"),
    # The vendor offloads at once (shelved_offload_time 0): straight to SHELVED_OFFLOADED, no host.
    ServerAction("shelve", (Transition(
        "shelve", "shelve", ("active", "stopped", "paused", "suspended"), task="shelving",
        ends_in="shelved_offloaded", power_state=NOSTATE, leaves_host=True, seconds=(2.0, 90.0)),)),
    # Scheduled again: the status stays SHELVED_OFFLOADED while unshelving, and with no host (an
    # anti-affinity policy that cannot be met) the server stays there, as Nova leaves it.
    ServerAction("unshelve", (Transition(
        "unshelve", "unshelve", ("shelved", "shelved_offloaded"), task="unshelving", ends_in="active",
        power_state=RUNNING, finds_host=True, seconds=(3.0, 60.0)),)),
    ServerAction("os-getConsoleOutput"),
    ServerAction("addFloatingIp"),
    ServerAction("removeFloatingIp"),
)}
TRANSITIONS: dict[str, Transition] = {t.name: t for row in ACTIONS.values() for t in row.runs}

# Nova's status of each vm_state when no task shows another (nova/api/openstack/common.py::_STATE_MAP,
# 'default'), for the vm_states this mock produces or accepts.
VM_STATE_STATUS = {
    "active": "ACTIVE",
    "building": "BUILD",
    "stopped": "SHUTOFF",
    "resized": "VERIFY_RESIZE",
    "shelved": "SHELVED",
    "shelved_offloaded": "SHELVED_OFFLOADED",
    "error": "ERROR",
    "deleted": "DELETED",
}


def _state_map() -> dict[str, dict[str | None, str]]:
    """vm_state -> task_state -> status: each vm_state's own, and the status a running task shows."""
    state_map: dict[str, dict[str | None, str]] = {vm: {None: status} for vm, status in VM_STATE_STATUS.items()}
    for transition in TRANSITIONS.values():
        if transition.status_while is not None:
            for vm_state in (transition.vm_state_while,) if transition.vm_state_while else transition.vm_states:
                state_map[vm_state][transition.task] = transition.status_while
    return state_map


STATE_MAP = _state_map()


def durations(realistic: bool) -> dict[str, float]:
    """Seconds each transition that takes time takes, by its duration key."""
    return {t.duration: t.seconds[realistic] for t in TRANSITIONS.values() if t.seconds is not None}
