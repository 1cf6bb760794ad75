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

T = TypeVar("T", bound="MediaType")


@_attrs_define
class MediaType:
    """A media type a version of the API accepts."""

    base: str
    """ The base media type. """
    type_: str
    """ The versioned media type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        base = d["base"]

        type_ = d["type"]

        fields_found = 2

        if cls is MediaType:
            media_type = object.__new__(cls)
            media_type.base = base
            media_type.type_ = type_
        else:
            media_type = cls(
                base,
                type_,
            )

        if len(d) != fields_found:
            media_type.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return media_type

    @staticmethod
    def _from_wire(w: _MediaTypeWire) -> MediaType:
        base = w.base

        type_ = w.type_

        media_type = object.__new__(MediaType)
        media_type.base = base
        media_type.type_ = type_
        return media_type

    @staticmethod
    def _from_response(response: httpx.Response) -> MediaType:
        return from_response(response, _MediaTypeWire, MediaType._from_wire, MediaType.from_dict)

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
    _MediaTypeWire = Any
else:

    class _MediaTypeWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        base: Any = _msgspec.field(name="base")
        type_: Any = _msgspec.field(name="type")


_FIELD_KEYS = frozenset(
    {
        "base",
        "type",
    }
)
