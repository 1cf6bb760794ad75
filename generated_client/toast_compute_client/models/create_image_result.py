from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import from_response

if TYPE_CHECKING:
    import httpx
from uuid import UUID

from ..types import first_read_of_additional_properties, parse_uuid

T = TypeVar("T", bound="CreateImageResult")


@_attrs_define
class CreateImageResult:
    """The body the document shows for createImage. Nova's legacy /v2 API answers with an empty body and the image URL in
    the `Location` header; later microversions send this body instead (errata E51).

    """

    image_id: UUID
    """ ID of the new image (생성한 이미지 ID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_id = str(self.image_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_id": image_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        image_id = parse_uuid(d["image_id"])

        fields_found = 1

        if cls is CreateImageResult:
            create_image_result = object.__new__(cls)
            create_image_result.image_id = image_id
        else:
            create_image_result = cls(
                image_id,
            )

        if len(d) != fields_found:
            create_image_result.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return create_image_result

    @staticmethod
    def _from_wire(w: _CreateImageResultWire) -> CreateImageResult:
        image_id = w.image_id

        create_image_result = object.__new__(CreateImageResult)
        create_image_result.image_id = image_id
        return create_image_result

    @staticmethod
    def _from_response(response: httpx.Response) -> CreateImageResult:
        return from_response(
            response, _CreateImageResultWire, CreateImageResult._from_wire, CreateImageResult.from_dict
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
    _CreateImageResultWire = Any
else:

    class _CreateImageResultWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        image_id: UUID = _msgspec.field(name="image_id")


_FIELD_KEYS = frozenset(
    {
        "image_id",
    }
)
