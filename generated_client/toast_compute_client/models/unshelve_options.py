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

T = TypeVar("T", bound="UnshelveOptions")


@_attrs_define
class UnshelveOptions:
    """Nova's object body of `unshelve` (microversion 2.77 and later); accepted on /v2, where the service does not act on
    it.

    """

    availability_zone: None | str | Unset = UNSET
    """ Availability zone to unshelve into (Nova 2.77+); ignored on /v2. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability_zone: None | str | Unset
        if isinstance(self.availability_zone, Unset):
            availability_zone = UNSET
        else:
            availability_zone = self.availability_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability_zone is not UNSET:
            field_dict["availability_zone"] = availability_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        availability_zone = d.get("availability_zone", UNSET)

        fields_found = 0
        fields_found += availability_zone is not UNSET

        if cls is UnshelveOptions:
            unshelve_options = object.__new__(cls)
            unshelve_options.availability_zone = availability_zone
        else:
            unshelve_options = cls(
                availability_zone,
            )

        if len(d) != fields_found:
            unshelve_options.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return unshelve_options

    @staticmethod
    def _from_wire(w: _UnshelveOptionsWire) -> UnshelveOptions:
        availability_zone = w.availability_zone

        unshelve_options = object.__new__(UnshelveOptions)
        unshelve_options.availability_zone = availability_zone
        return unshelve_options

    @staticmethod
    def _from_response(response: httpx.Response) -> UnshelveOptions:
        return from_response(response, _UnshelveOptionsWire, UnshelveOptions._from_wire, UnshelveOptions.from_dict)

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
    _UnshelveOptionsWire = Any
else:

    class _UnshelveOptionsWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        availability_zone: Any = _msgspec.field(default=UNSET, name="availability_zone")


_FIELD_KEYS = frozenset(
    {
        "availability_zone",
    }
)
