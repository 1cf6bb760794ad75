from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import from_response

if TYPE_CHECKING:
    import httpx
from ..models.reboot_request_type import RebootRequestType
from ..types import first_read_of_additional_properties

T = TypeVar("T", bound="RebootRequest")


@_attrs_define
class RebootRequest:
    """How to reboot (인스턴스 재부팅 요청 객체)."""

    type_: RebootRequestType
    """ `SOFT`: shut down cleanly, then restart; the server must be `ACTIVE`. `HARD`: power cycle; allowed from
    `ACTIVE`, `ERROR`, `HARD_REBOOT`, `PAUSED`, `REBOOT`, `SHUTOFF`, `SUSPENDED` (재부팅 방식). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = RebootRequestType(d["type"])

        fields_found = 1

        if cls is RebootRequest:
            reboot_request = object.__new__(cls)
            reboot_request.type_ = type_
        else:
            reboot_request = cls(
                type_,
            )

        if len(d) != fields_found:
            reboot_request.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return reboot_request

    @staticmethod
    def _from_wire(w: _RebootRequestWire) -> RebootRequest:
        type_ = RebootRequestType(w.type_)

        reboot_request = object.__new__(RebootRequest)
        reboot_request.type_ = type_
        return reboot_request

    @staticmethod
    def _from_response(response: httpx.Response) -> RebootRequest:
        return from_response(response, _RebootRequestWire, RebootRequest._from_wire, RebootRequest.from_dict)

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
    _RebootRequestWire = Any
else:

    class _RebootRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        type_: Any = _msgspec.field(name="type")


_FIELD_KEYS = frozenset(
    {
        "type",
    }
)
