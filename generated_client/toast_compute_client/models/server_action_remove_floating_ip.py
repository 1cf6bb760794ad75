from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


if TYPE_CHECKING:
    from ..models.remove_floating_ip_request import RemoveFloatingIpRequest


T = TypeVar("T", bound="ServerActionRemoveFloatingIp")


@_attrs_define
class ServerActionRemoveFloatingIp:
    """Disassociate a floating IP from the server (Nova's legacy `removeFloatingIp`); outside the vendor's document (errata
    E94).

    """

    remove_floating_ip: RemoveFloatingIpRequest
    """ The floating IP to disassociate. """

    def to_dict(self) -> dict[str, Any]:
        remove_floating_ip = self.remove_floating_ip.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "removeFloatingIp": remove_floating_ip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        remove_floating_ip = RemoveFloatingIpRequest.from_dict(d["removeFloatingIp"])

        if cls is ServerActionRemoveFloatingIp:
            server_action_remove_floating_ip = object.__new__(cls)
            server_action_remove_floating_ip.remove_floating_ip = remove_floating_ip
        else:
            server_action_remove_floating_ip = cls(
                remove_floating_ip,
            )

        return server_action_remove_floating_ip

    @staticmethod
    def _from_wire(w: _ServerActionRemoveFloatingIpWire) -> ServerActionRemoveFloatingIp:
        remove_floating_ip = RemoveFloatingIpRequest._from_wire(w.remove_floating_ip)

        server_action_remove_floating_ip = object.__new__(ServerActionRemoveFloatingIp)
        server_action_remove_floating_ip.remove_floating_ip = remove_floating_ip
        return server_action_remove_floating_ip

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionRemoveFloatingIp:
        return from_response(
            response,
            _ServerActionRemoveFloatingIpWire,
            ServerActionRemoveFloatingIp._from_wire,
            ServerActionRemoveFloatingIp.from_dict,
        )


if TYPE_CHECKING:
    _ServerActionRemoveFloatingIpWire = Any
else:

    class _ServerActionRemoveFloatingIpWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        remove_floating_ip: _RemoveFloatingIpRequestWire = _msgspec.field(name="removeFloatingIp")


from ..models.remove_floating_ip_request import RemoveFloatingIpRequest, _RemoveFloatingIpRequestWire
