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


T = TypeVar("T", bound="ServerMetadataResponse")


@_attrs_define
class ServerMetadataResponse:
    """All metadata of the server (인스턴스 메타데이터 목록)."""

    metadata: MetadataMap
    """ Metadata as the service returns it (메타데이터): string keys and string values. Open: the service may keep pairs
    a request could not set (image-derived keys such as `volume_size`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        metadata = MetadataMap.from_dict(d["metadata"])

        fields_found = 1

        if cls is ServerMetadataResponse:
            server_metadata_response = object.__new__(cls)
            server_metadata_response.metadata = metadata
        else:
            server_metadata_response = cls(
                metadata,
            )

        if len(d) != fields_found:
            server_metadata_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_metadata_response

    @staticmethod
    def _from_wire(w: _ServerMetadataResponseWire) -> ServerMetadataResponse:
        metadata = MetadataMap.from_dict(w.metadata)

        server_metadata_response = object.__new__(ServerMetadataResponse)
        server_metadata_response.metadata = metadata
        return server_metadata_response

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerMetadataResponse:
        return from_response(
            response, _ServerMetadataResponseWire, ServerMetadataResponse._from_wire, ServerMetadataResponse.from_dict
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
    _ServerMetadataResponseWire = Any
else:

    class _ServerMetadataResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        metadata: Any = _msgspec.field(name="metadata")


_FIELD_KEYS = frozenset(
    {
        "metadata",
    }
)


from ..models.metadata_map import MetadataMap
