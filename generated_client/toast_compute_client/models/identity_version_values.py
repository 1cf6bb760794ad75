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
    from ..models.version import Version


T = TypeVar("T", bound="IdentityVersionValues")


@_attrs_define
class IdentityVersionValues:
    """The `versions` object of a Keystone version document."""

    values: list[Version]
    """ The API versions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        values = []
        _values = d["values"]
        for values_item_data in _values:
            values_item = Version.from_dict(values_item_data)

            values.append(values_item)

        fields_found = 1

        if cls is IdentityVersionValues:
            identity_version_values = object.__new__(cls)
            identity_version_values.values = values
        else:
            identity_version_values = cls(
                values,
            )

        if len(d) != fields_found:
            identity_version_values.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return identity_version_values

    @staticmethod
    def _from_wire(w: _IdentityVersionValuesWire) -> IdentityVersionValues:
        values = []
        _values = w.values
        for values_item_data in _values:
            values_item = Version._from_wire(values_item_data)

            values.append(values_item)

        identity_version_values = object.__new__(IdentityVersionValues)
        identity_version_values.values = values
        return identity_version_values

    @staticmethod
    def _from_response(response: httpx.Response) -> IdentityVersionValues:
        return from_response(
            response, _IdentityVersionValuesWire, IdentityVersionValues._from_wire, IdentityVersionValues.from_dict
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
    _IdentityVersionValuesWire = Any
else:

    class _IdentityVersionValuesWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        values: list[_VersionWire] = _msgspec.field(name="values")


_FIELD_KEYS = frozenset(
    {
        "values",
    }
)


from ..models.version import Version, _VersionWire
