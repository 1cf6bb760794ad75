from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decode_json

if TYPE_CHECKING:
    import httpx


T = TypeVar("T", bound="ServerGroupMetadata")


@_attrs_define
class ServerGroupMetadata:
    """Metadata of the policy (배치 정책 메타데이터 객체); always empty (`{}`).

    Example:
        {}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if cls is ServerGroupMetadata:
            server_group_metadata = object.__new__(cls)
        else:
            server_group_metadata = cls()

        server_group_metadata.additional_properties = d
        return server_group_metadata

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerGroupMetadata:
        return ServerGroupMetadata.from_dict(decode_json(response))

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
