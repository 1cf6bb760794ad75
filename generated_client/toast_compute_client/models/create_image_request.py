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

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateImageRequest")


@_attrs_define
class CreateImageRequest:
    """The image to create (이미지 생성 요청)."""

    name: str
    """ Name of the new image (생성할 이미지 이름). """
    metadata: Metadata | Unset = UNSET
    """ Metadata key-value pairs (메타데이터): keys of 1–255 characters from letters, digits, space and `-_:.`, string
    values of at most 255 characters, at most 128 pairs (the `metadata_items` quota). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]

        _metadata = d.get("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        fields_found = 1
        fields_found += metadata is not UNSET

        if cls is CreateImageRequest:
            create_image_request = object.__new__(cls)
            create_image_request.name = name
            create_image_request.metadata = metadata
        else:
            create_image_request = cls(
                name,
                metadata,
            )

        if len(d) != fields_found:
            create_image_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return create_image_request

    @staticmethod
    def _from_wire(w: _CreateImageRequestWire) -> CreateImageRequest:
        name = w.name

        _metadata = w.metadata
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        create_image_request = object.__new__(CreateImageRequest)
        create_image_request.name = name
        create_image_request.metadata = metadata
        return create_image_request

    @staticmethod
    def _from_response(response: httpx.Response) -> CreateImageRequest:
        return from_response(
            response, _CreateImageRequestWire, CreateImageRequest._from_wire, CreateImageRequest.from_dict
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
    _CreateImageRequestWire = Any
else:

    class _CreateImageRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        name: Any = _msgspec.field(name="name")
        metadata: Any = _msgspec.field(default=UNSET, name="metadata")


_FIELD_KEYS = frozenset(
    {
        "name",
        "metadata",
    }
)


from ..models.metadata import Metadata
