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
    from ..models.availability_zone import AvailabilityZone


T = TypeVar("T", bound="AvailabilityZoneList")


@_attrs_define
class AvailabilityZoneList:
    """The availability zones the tenant can use."""

    availability_zone_info: list[AvailabilityZone]
    """ The zones (가용성 영역 정보 객체). The document says Object; it is an array (errata E04). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability_zone_info = []
        for availability_zone_info_item_data in self.availability_zone_info:
            availability_zone_info_item = availability_zone_info_item_data.to_dict()
            availability_zone_info.append(availability_zone_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availabilityZoneInfo": availability_zone_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        availability_zone_info = []
        _availability_zone_info = d["availabilityZoneInfo"]
        for availability_zone_info_item_data in _availability_zone_info:
            availability_zone_info_item = AvailabilityZone.from_dict(availability_zone_info_item_data)

            availability_zone_info.append(availability_zone_info_item)

        fields_found = 1

        if cls is AvailabilityZoneList:
            availability_zone_list = object.__new__(cls)
            availability_zone_list.availability_zone_info = availability_zone_info
        else:
            availability_zone_list = cls(
                availability_zone_info,
            )

        if len(d) != fields_found:
            availability_zone_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return availability_zone_list

    @staticmethod
    def _from_wire(w: _AvailabilityZoneListWire) -> AvailabilityZoneList:
        availability_zone_info = []
        _availability_zone_info = w.availability_zone_info
        for availability_zone_info_item_data in _availability_zone_info:
            availability_zone_info_item = AvailabilityZone._from_wire(availability_zone_info_item_data)

            availability_zone_info.append(availability_zone_info_item)

        availability_zone_list = object.__new__(AvailabilityZoneList)
        availability_zone_list.availability_zone_info = availability_zone_info
        return availability_zone_list

    @staticmethod
    def _from_response(response: httpx.Response) -> AvailabilityZoneList:
        return from_response(
            response, _AvailabilityZoneListWire, AvailabilityZoneList._from_wire, AvailabilityZoneList.from_dict
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
    _AvailabilityZoneListWire = Any
else:

    class _AvailabilityZoneListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        availability_zone_info: list[_AvailabilityZoneWire] = _msgspec.field(name="availabilityZoneInfo")


_FIELD_KEYS = frozenset(
    {
        "availabilityZoneInfo",
    }
)


from ..models.availability_zone import AvailabilityZone, _AvailabilityZoneWire
