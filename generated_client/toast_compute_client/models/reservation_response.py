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

T = TypeVar("T", bound="ReservationResponse")


@_attrs_define
class ReservationResponse:
    """The answer to a create with `return_reservation_id` (errata E32)."""

    reservation_id: str
    """ ID of the reservation grouping the servers created by this request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reservation_id = self.reservation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reservation_id": reservation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        reservation_id = d["reservation_id"]

        fields_found = 1

        if cls is ReservationResponse:
            reservation_response = object.__new__(cls)
            reservation_response.reservation_id = reservation_id
        else:
            reservation_response = cls(
                reservation_id,
            )

        if len(d) != fields_found:
            reservation_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return reservation_response

    @staticmethod
    def _from_wire(w: _ReservationResponseWire) -> ReservationResponse:
        reservation_id = w.reservation_id

        reservation_response = object.__new__(ReservationResponse)
        reservation_response.reservation_id = reservation_id
        return reservation_response

    @staticmethod
    def _from_response(response: httpx.Response) -> ReservationResponse:
        return from_response(
            response, _ReservationResponseWire, ReservationResponse._from_wire, ReservationResponse.from_dict
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
    _ReservationResponseWire = Any
else:

    class _ReservationResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        reservation_id: Any = _msgspec.field(name="reservation_id")


_FIELD_KEYS = frozenset(
    {
        "reservation_id",
    }
)
