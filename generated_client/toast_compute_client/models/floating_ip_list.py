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

if TYPE_CHECKING:
    from ..models.floating_ip import FloatingIp


T = TypeVar("T", bound="FloatingIpList")


@_attrs_define
class FloatingIpList:
    """The floating IPs of the tenant."""

    floating_ips: list[FloatingIp]
    """ Floating IPs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floating_ips = []
        for floating_ips_item_data in self.floating_ips:
            floating_ips_item = floating_ips_item_data.to_dict()
            floating_ips.append(floating_ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "floating_ips": floating_ips,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        floating_ips = []
        _floating_ips = d["floating_ips"]
        for floating_ips_item_data in _floating_ips:
            floating_ips_item = FloatingIp.from_dict(floating_ips_item_data)

            floating_ips.append(floating_ips_item)

        fields_found = 1

        if cls is FloatingIpList:
            floating_ip_list = object.__new__(cls)
            floating_ip_list.floating_ips = floating_ips
        else:
            floating_ip_list = cls(
                floating_ips,
            )

        if len(d) != fields_found:
            floating_ip_list.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return floating_ip_list

    @staticmethod
    def _from_wire(w: _FloatingIpListWire) -> FloatingIpList:
        floating_ips = []
        _floating_ips = w.floating_ips
        for floating_ips_item_data in _floating_ips:
            floating_ips_item = FloatingIp._from_wire(floating_ips_item_data)

            floating_ips.append(floating_ips_item)

        floating_ip_list = object.__new__(FloatingIpList)
        floating_ip_list.floating_ips = floating_ips
        return floating_ip_list

    @staticmethod
    def _from_response(response: httpx.Response) -> FloatingIpList:
        return from_response(response, _FloatingIpListWire, FloatingIpList._from_wire, FloatingIpList.from_dict)

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
    _FloatingIpListWire = Any
else:

    class _FloatingIpListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        floating_ips: list[_FloatingIpWire] = _msgspec.field(name="floating_ips")


_FIELD_KEYS = frozenset(
    {
        "floating_ips",
    }
)


from ..models.floating_ip import FloatingIp, _FloatingIpWire
