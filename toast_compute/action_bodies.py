"""The request body of every server action the layer sends, one builder each, registered under the
action's key in `POST /servers/{id}/action` (`BODIES`). The clients' action methods build their body
here; `tests/spec/test_action_sets.py` checks that the keys and the models they build are the
description's."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ParamSpec, TypeVar

from toast_compute_client import models

from .operations import ActionBody, opt

P = ParamSpec("P")
B = TypeVar("B", bound=ActionBody)
BODIES: dict[str, Callable[..., ActionBody]] = {}


def _builds(key: str) -> Callable[[Callable[P, B]], Callable[P, B]]:
    def register(builder: Callable[P, B]) -> Callable[P, B]:
        BODIES[key] = builder
        return builder

    return register


@_builds("os-start")
def start() -> models.ServerActionStart:
    return models.ServerActionStart(os_start=None)


@_builds("os-stop")
def stop() -> models.ServerActionStop:
    return models.ServerActionStop(os_stop=None)


@_builds("reboot")
def reboot(hard: bool) -> models.ServerActionReboot:
    kind = models.RebootRequestType.HARD if hard else models.RebootRequestType.SOFT
    return models.ServerActionReboot(reboot=models.RebootRequest(type_=kind))


@_builds("resize")
def resize(flavor_ref: str, disk_config: models.DiskConfig | None) -> models.ServerActionResize:
    return models.ServerActionResize(
        resize=models.ResizeRequest(flavor_ref=flavor_ref, os_dcf_disk_config=opt(disk_config)))


@_builds("confirmResize")
def confirm_resize() -> models.ServerActionConfirmResize:
    return models.ServerActionConfirmResize(confirm_resize=None)


@_builds("createImage")
def create_image(name: str, metadata: Mapping[str, str] | None) -> models.ServerActionCreateImage:
    request = models.CreateImageRequest(name=name)
    if metadata is not None:
        request.metadata = models.Metadata.from_dict(dict(metadata))
    return models.ServerActionCreateImage(create_image=request)


@_builds("addSecurityGroup")
def add_security_group(name: str) -> models.ServerActionAddSecurityGroup:
    return models.ServerActionAddSecurityGroup(add_security_group=models.SecurityGroupRef(name=name))


@_builds("removeSecurityGroup")
def remove_security_group(name: str) -> models.ServerActionRemoveSecurityGroup:
    return models.ServerActionRemoveSecurityGroup(remove_security_group=models.SecurityGroupRef(name=name))


@_builds("shelve")
def shelve() -> models.ServerActionShelve:
    return models.ServerActionShelve(shelve=None)


@_builds("unshelve")
def unshelve() -> models.ServerActionUnshelve:
    """The vendor's `{"unshelve": null}` (Nova's object form chooses a zone, which /v2 ignores)."""
    return models.ServerActionUnshelve(unshelve=None)


@_builds("os-getConsoleOutput")
def console_output(length: int | None) -> models.ServerActionGetConsoleOutput:
    return models.ServerActionGetConsoleOutput(os_get_console_output=models.ConsoleOutputRequest(length=opt(length)))


@_builds("addFloatingIp")
def add_floating_ip(address: str, fixed_address: str | None) -> models.ServerActionAddFloatingIp:
    request = models.AddFloatingIpRequest(address=address, fixed_address=opt(fixed_address))
    return models.ServerActionAddFloatingIp(add_floating_ip=request)


@_builds("removeFloatingIp")
def remove_floating_ip(address: str) -> models.ServerActionRemoveFloatingIp:
    return models.ServerActionRemoveFloatingIp(remove_floating_ip=models.RemoveFloatingIpRequest(address=address))
