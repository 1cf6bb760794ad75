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

T = TypeVar("T", bound="AvailabilityZoneState")


@_attrs_define
class AvailabilityZoneState:
    """The state of an availability zone (가용성 영역 상태 정보 객체)."""

    available: bool
    """ Whether the zone is available (가용성 영역 상태). The document lists it one level up (errata E09). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        available = d["available"]

        fields_found = 1

        if cls is AvailabilityZoneState:
            availability_zone_state = object.__new__(cls)
            availability_zone_state.available = available
        else:
            availability_zone_state = cls(
                available,
            )

        if len(d) != fields_found:
            availability_zone_state.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return availability_zone_state

    @staticmethod
    def _from_wire(w: _AvailabilityZoneStateWire) -> AvailabilityZoneState:
        available = w.available

        availability_zone_state = object.__new__(AvailabilityZoneState)
        availability_zone_state.available = available
        return availability_zone_state

    @staticmethod
    def _from_response(response: httpx.Response) -> AvailabilityZoneState:
        return from_response(
            response, _AvailabilityZoneStateWire, AvailabilityZoneState._from_wire, AvailabilityZoneState.from_dict
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
    _AvailabilityZoneStateWire = Any
else:

    class _AvailabilityZoneStateWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        available: Any = _msgspec.field(name="available")


_FIELD_KEYS = frozenset(
    {
        "available",
    }
)
