from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decode_json

if TYPE_CHECKING:
    import httpx


T = TypeVar("T", bound="ServerMetadata")


@_attrs_define
class ServerMetadata:
    """Server metadata (메타데이터 객체), key-value pairs of strings.

    Example:
        {'os_type': 'linux', 'volume_size': '50'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if cls is ServerMetadata:
            server_metadata = object.__new__(cls)
        else:
            server_metadata = cls()

        server_metadata.additional_properties = d
        return server_metadata

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerMetadata:
        return ServerMetadata.from_dict(decode_json(response))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
