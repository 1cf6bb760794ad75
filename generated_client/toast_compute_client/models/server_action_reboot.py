from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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


from ..models.reboot_request import RebootRequest
