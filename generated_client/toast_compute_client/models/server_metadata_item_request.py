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
    from ..models.metadata_item import MetadataItem


T = TypeVar("T", bound="ServerMetadataItemRequest")


@_attrs_define
class ServerMetadataItemRequest:
    """One metadata pair to create or change (메타데이터 생성/수정); its key must be the path's `key`."""

    meta: MetadataItem
    """ Exactly one metadata pair (메타데이터 객체), the key 1–255 characters and the value at most 255. In a PUT of
    `/metadata/{key}` the key must equal the path's `key` (otherwise 400, "Request body and URI mismatch"). """
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
        meta = MetadataItem.from_dict(d["meta"])

        fields_found = 1

        if cls is ServerMetadataItemRequest:
            server_metadata_item_request = object.__new__(cls)
            server_metadata_item_request.meta = meta
        else:
            server_metadata_item_request = cls(
                meta,
            )

        if len(d) != fields_found:
            server_metadata_item_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_metadata_item_request

    @staticmethod
    def _from_wire(w: _ServerMetadataItemRequestWire) -> ServerMetadataItemRequest:
        meta = MetadataItem.from_dict(w.meta)

        server_metadata_item_request = object.__new__(ServerMetadataItemRequest)
        server_metadata_item_request.meta = meta
        return server_metadata_item_request

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerMetadataItemRequest:
        return from_response(
            response,
            _ServerMetadataItemRequestWire,
            ServerMetadataItemRequest._from_wire,
            ServerMetadataItemRequest.from_dict,
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
    _ServerMetadataItemRequestWire = Any
else:

    class _ServerMetadataItemRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        meta: Any = _msgspec.field(name="meta")


_FIELD_KEYS = frozenset(
    {
        "meta",
    }
)


from ..models.metadata_item import MetadataItem
