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
    from ..models.image import Image


T = TypeVar("T", bound="ImageResponse")


@_attrs_define
class ImageResponse:
    """One image (compute image proxy)."""

    image: Image
    """ An image as Nova's compute image proxy shows it (`/v2/{tenantId}/images`, deprecated upstream at 2.36 and
    served on /v2): a snapshot made by `createImage` is found here under the id in its `Location` (errata E89).
    Required fields follow Tempest's compute image schema. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        image = Image.from_dict(d["image"])

        fields_found = 1

        if cls is ImageResponse:
            image_response = object.__new__(cls)
            image_response.image = image
        else:
            image_response = cls(
                image,
            )

        if len(d) != fields_found:
            image_response.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return image_response

    @staticmethod
    def _from_wire(w: _ImageResponseWire) -> ImageResponse:
        image = Image._from_wire(w.image)

        image_response = object.__new__(ImageResponse)
        image_response.image = image
        return image_response

    @staticmethod
    def _from_response(response: httpx.Response) -> ImageResponse:
        return from_response(response, _ImageResponseWire, ImageResponse._from_wire, ImageResponse.from_dict)

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
    _ImageResponseWire = Any
else:

    class _ImageResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        image: _ImageWire = _msgspec.field(name="image")


_FIELD_KEYS = frozenset(
    {
        "image",
    }
)


from ..models.image import Image, _ImageWire
