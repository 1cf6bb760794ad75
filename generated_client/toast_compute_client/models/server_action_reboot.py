from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


if TYPE_CHECKING:
    from ..models.reboot_request import RebootRequest


T = TypeVar("T", bound="ServerActionReboot")


@_attrs_define
class ServerActionReboot:
    """Reboot a server (인스턴스 재시작), `SOFT` or `HARD` (errata E45)."""

    reboot: RebootRequest
    """ How to reboot (인스턴스 재부팅 요청 객체). """

    def to_dict(self) -> dict[str, Any]:
        reboot = self.reboot.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reboot": reboot,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        reboot = RebootRequest.from_dict(d["reboot"])

        if cls is ServerActionReboot:
            server_action_reboot = object.__new__(cls)
            server_action_reboot.reboot = reboot
        else:
            server_action_reboot = cls(
                reboot,
            )

        return server_action_reboot

    @staticmethod
    def _from_wire(w: _ServerActionRebootWire) -> ServerActionReboot:
        reboot = RebootRequest._from_wire(w.reboot)

        server_action_reboot = object.__new__(ServerActionReboot)
        server_action_reboot.reboot = reboot
        return server_action_reboot

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionReboot:
        return from_response(
            response, _ServerActionRebootWire, ServerActionReboot._from_wire, ServerActionReboot.from_dict
        )


if TYPE_CHECKING:
    _ServerActionRebootWire = Any
else:

    class _ServerActionRebootWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        reboot: _RebootRequestWire = _msgspec.field(name="reboot")


from ..models.reboot_request import RebootRequest, _RebootRequestWire
