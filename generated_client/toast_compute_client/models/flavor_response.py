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
    from ..models.flavor_detail import FlavorDetail


T = TypeVar("T", bound="FlavorResponse")


@_attrs_define
class FlavorResponse:
    """One flavor with its sizes."""

    flavor: FlavorDetail
    """ An instance type with its sizes (타입 목록 상세). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor = self.flavor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flavor": flavor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        flavor = FlavorDetail.from_dict(d["flavor"])

        fields_found = 1

        if cls is FlavorResponse:
            flavor_response = object.__new__(cls)
            flavor_response.flavor = flavor
        else:
            flavor_response = cls(
                flavor,
            )

        if len(d) != fields_found:
            flavor_response.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return flavor_response

    @staticmethod
    def _from_wire(w: _FlavorResponseWire) -> FlavorResponse:
        flavor = FlavorDetail._from_wire(w.flavor)

        flavor_response = object.__new__(FlavorResponse)
        flavor_response.flavor = flavor
        return flavor_response

    @staticmethod
    def _from_response(response: httpx.Response) -> FlavorResponse:
        return from_response(response, _FlavorResponseWire, FlavorResponse._from_wire, FlavorResponse.from_dict)

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
    _FlavorResponseWire = Any
else:

    class _FlavorResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        flavor: _FlavorDetailWire = _msgspec.field(name="flavor")


_FIELD_KEYS = frozenset(
    {
        "flavor",
    }
)


from ..models.flavor_detail import FlavorDetail, _FlavorDetailWire
