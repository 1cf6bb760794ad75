from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import from_response

if TYPE_CHECKING:
    import httpx
from ..types import first_read_of_additional_properties

T = TypeVar("T", bound="RemoveFloatingIpRequest")


@_attrs_define
class RemoveFloatingIpRequest:
    """The floating IP to disassociate."""

    address: str
    """ The floating IP address associated with the server. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        address = d["address"]

        fields_found = 1

        if cls is RemoveFloatingIpRequest:
            remove_floating_ip_request = object.__new__(cls)
            remove_floating_ip_request.address = address
        else:
            remove_floating_ip_request = cls(
                address,
            )

        if len(d) != fields_found:
            remove_floating_ip_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return remove_floating_ip_request

    @staticmethod
    def _from_wire(w: _RemoveFloatingIpRequestWire) -> RemoveFloatingIpRequest:
        address = w.address

        remove_floating_ip_request = object.__new__(RemoveFloatingIpRequest)
        remove_floating_ip_request.address = address
        return remove_floating_ip_request

    @staticmethod
    def _from_response(response: httpx.Response) -> RemoveFloatingIpRequest:
        return from_response(
            response,
            _RemoveFloatingIpRequestWire,
            RemoveFloatingIpRequest._from_wire,
            RemoveFloatingIpRequest.from_dict,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name == "additional_properties":
                return first_read_of_additional_properties(self)
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'", name=name, obj=self)


if TYPE_CHECKING:
    _RemoveFloatingIpRequestWire = Any
else:

    class _RemoveFloatingIpRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        address: Any = _msgspec.field(name="address")


_FIELD_KEYS = frozenset(
    {
        "address",
    }
)
