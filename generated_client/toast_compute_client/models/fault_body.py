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

T = TypeVar("T", bound="FaultBody")


@_attrs_define
class FaultBody:
    """The body inside Nova's fault envelope."""

    code: int
    """ The HTTP status code, repeated. """
    message: str
    """ A human-readable explanation. Some TOAST messages are in Korean. """
    details: str | Unset = UNSET
    """ Optional further detail. """
    retry_after: str | Unset = UNSET
    """ Seconds to wait before retrying, on `overLimit` faults that carry a `Retry-After` header. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        retry_after = self.retry_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if retry_after is not UNSET:
            field_dict["retryAfter"] = retry_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        code = d["code"]

        message = d["message"]

        details = d.get("details", UNSET)

        retry_after = d.get("retryAfter", UNSET)

        fields_found = 2
        fields_found += details is not UNSET
        fields_found += retry_after is not UNSET

        if cls is FaultBody:
            fault_body = object.__new__(cls)
            fault_body.code = code
            fault_body.message = message
            fault_body.details = details
            fault_body.retry_after = retry_after
        else:
            fault_body = cls(
                code,
                message,
                details,
                retry_after,
            )

        if len(d) != fields_found:
            fault_body.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return fault_body

    @staticmethod
    def _from_wire(w: _FaultBodyWire) -> FaultBody:
        code = w.code

        message = w.message

        details = w.details

        retry_after = w.retry_after

        fault_body = object.__new__(FaultBody)
        fault_body.code = code
        fault_body.message = message
        fault_body.details = details
        fault_body.retry_after = retry_after
        return fault_body

    @staticmethod
    def _from_response(response: httpx.Response) -> FaultBody:
        return from_response(response, _FaultBodyWire, FaultBody._from_wire, FaultBody.from_dict)

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
    _FaultBodyWire = Any
else:

    class _FaultBodyWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        code: Any = _msgspec.field(name="code")
        message: Any = _msgspec.field(name="message")
        details: Any = _msgspec.field(default=UNSET, name="details")
        retry_after: Any = _msgspec.field(default=UNSET, name="retryAfter")


_FIELD_KEYS = frozenset(
    {
        "code",
        "message",
        "details",
        "retryAfter",
    }
)
