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
    from ..models.metadata_map import MetadataMap


T = TypeVar("T", bound="ServerMetadataItemResponse")


@_attrs_define
class ServerMetadataItemResponse:
    """One metadata pair of the server (메타데이터 보기)."""

    meta: MetadataMap
    """ Metadata as the service returns it (메타데이터): string keys and string values. Open: the service may keep pairs
    a request could not set (image-derived keys such as `volume_size`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        meta = MetadataMap.from_dict(d["meta"])

        fields_found = 1

        if cls is ServerMetadataItemResponse:
            server_metadata_item_response = object.__new__(cls)
            server_metadata_item_response.meta = meta
        else:
            server_metadata_item_response = cls(
                meta,
            )

        if len(d) != fields_found:
            server_metadata_item_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_metadata_item_response

    @staticmethod
    def _from_wire(w: _ServerMetadataItemResponseWire) -> ServerMetadataItemResponse:
        meta = MetadataMap.from_dict(w.meta)

        server_metadata_item_response = object.__new__(ServerMetadataItemResponse)
        server_metadata_item_response.meta = meta
        return server_metadata_item_response

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerMetadataItemResponse:
        return from_response(
            response,
            _ServerMetadataItemResponseWire,
            ServerMetadataItemResponse._from_wire,
            ServerMetadataItemResponse.from_dict,
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
    _ServerMetadataItemResponseWire = Any
else:

    class _ServerMetadataItemResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        meta: Any = _msgspec.field(name="meta")


_FIELD_KEYS = frozenset(
    {
        "meta",
    }
)


from ..models.metadata_map import MetadataMap
