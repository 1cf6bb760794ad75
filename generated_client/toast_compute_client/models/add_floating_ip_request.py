from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
from ..types import first_read_of_additional_properties

T = TypeVar("T", bound="AddFloatingIpRequest")


@_attrs_define
class AddFloatingIpRequest:
    """The floating IP to associate, and optionally the server's fixed IP to map it to."""

    address: str
    """ The floating IP address (one of the tenant's, see `list_floating_ips`). """
    fixed_address: str | Unset = UNSET
    """ The server's fixed IP to map it to; the first port's when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        fixed_address = self.fixed_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
            }
        )
        if fixed_address is not UNSET:
            field_dict["fixed_address"] = fixed_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        address = d["address"]

        fixed_address = d.get("fixed_address", UNSET)

        fields_found = 1
        fields_found += fixed_address is not UNSET

        if cls is AddFloatingIpRequest:
            add_floating_ip_request = object.__new__(cls)
            add_floating_ip_request.address = address
            add_floating_ip_request.fixed_address = fixed_address
        else:
            add_floating_ip_request = cls(
                address,
                fixed_address,
            )

        if len(d) != fields_found:
            add_floating_ip_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return add_floating_ip_request

    @staticmethod
    def _from_wire(w: _AddFloatingIpRequestWire) -> AddFloatingIpRequest:
        address = w.address

        fixed_address = w.fixed_address

        add_floating_ip_request = object.__new__(AddFloatingIpRequest)
        add_floating_ip_request.address = address
        add_floating_ip_request.fixed_address = fixed_address
        return add_floating_ip_request

    @staticmethod
    def _from_response(response: httpx.Response) -> AddFloatingIpRequest:
        return from_response(
            response, _AddFloatingIpRequestWire, AddFloatingIpRequest._from_wire, AddFloatingIpRequest.from_dict
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
    _AddFloatingIpRequestWire = Any
else:

    class _AddFloatingIpRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        address: Any = _msgspec.field(name="address")
        fixed_address: Any = _msgspec.field(default=UNSET, name="fixed_address")


_FIELD_KEYS = frozenset(
    {
        "address",
        "fixed_address",
    }
)
