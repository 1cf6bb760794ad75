from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decode_json

if TYPE_CHECKING:
    import httpx


T = TypeVar("T", bound="FlavorExtraSpecs")


@_attrs_define
class FlavorExtraSpecs:
    """Extra specifications of the flavor (타입 추가 사양), e.g. `flavor_type`. A TOAST addition: Nova's legacy /v2 API does not
    return it, so it may be absent (errata E07).

        Example:
            {'flavor_type': 'performance'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if cls is FlavorExtraSpecs:
            flavor_extra_specs = object.__new__(cls)
        else:
            flavor_extra_specs = cls()

        flavor_extra_specs.additional_properties = d
        return flavor_extra_specs

    @staticmethod
    def _from_response(response: httpx.Response) -> FlavorExtraSpecs:
        return FlavorExtraSpecs.from_dict(decode_json(response))

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
