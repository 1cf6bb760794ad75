from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


if TYPE_CHECKING:
    from ..models.add_floating_ip_request import AddFloatingIpRequest


T = TypeVar("T", bound="ServerActionAddFloatingIp")


@_attrs_define
class ServerActionAddFloatingIp:
    """Associate a floating IP with the server (Nova's legacy `addFloatingIp`, removed upstream at 2.44, so served on /v2).
    Outside the vendor's document; the vendor's Terraform provider and cb-spider call it (errata E94).

    """

    add_floating_ip: AddFloatingIpRequest
    """ The floating IP to associate, and optionally the server's fixed IP to map it to. """

    def to_dict(self) -> dict[str, Any]:
        add_floating_ip = self.add_floating_ip.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addFloatingIp": add_floating_ip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        add_floating_ip = AddFloatingIpRequest.from_dict(d["addFloatingIp"])

        if cls is ServerActionAddFloatingIp:
            server_action_add_floating_ip = object.__new__(cls)
            server_action_add_floating_ip.add_floating_ip = add_floating_ip
        else:
            server_action_add_floating_ip = cls(
                add_floating_ip,
            )

        return server_action_add_floating_ip

    @staticmethod
    def _from_wire(w: _ServerActionAddFloatingIpWire) -> ServerActionAddFloatingIp:
        add_floating_ip = AddFloatingIpRequest._from_wire(w.add_floating_ip)

        server_action_add_floating_ip = object.__new__(ServerActionAddFloatingIp)
        server_action_add_floating_ip.add_floating_ip = add_floating_ip
        return server_action_add_floating_ip

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionAddFloatingIp:
        return from_response(
            response,
            _ServerActionAddFloatingIpWire,
            ServerActionAddFloatingIp._from_wire,
            ServerActionAddFloatingIp.from_dict,
        )


if TYPE_CHECKING:
    _ServerActionAddFloatingIpWire = Any
else:

    class _ServerActionAddFloatingIpWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        add_floating_ip: _AddFloatingIpRequestWire = _msgspec.field(name="addFloatingIp")


from ..models.add_floating_ip_request import AddFloatingIpRequest, _AddFloatingIpRequestWire
