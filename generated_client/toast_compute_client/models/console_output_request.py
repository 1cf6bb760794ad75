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

T = TypeVar("T", bound="ConsoleOutputRequest")


@_attrs_define
class ConsoleOutputRequest:
    """How much of the console log to return."""

    length: int | None | Unset = UNSET
    """ Number of lines from the end of the log; `null` or `-1` for the whole log. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length: int | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if length is not UNSET:
            field_dict["length"] = length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        length = d.get("length", UNSET)

        fields_found = 0
        fields_found += length is not UNSET

        if cls is ConsoleOutputRequest:
            console_output_request = object.__new__(cls)
            console_output_request.length = length
        else:
            console_output_request = cls(
                length,
            )

        if len(d) != fields_found:
            console_output_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return console_output_request

    @staticmethod
    def _from_wire(w: _ConsoleOutputRequestWire) -> ConsoleOutputRequest:
        length = w.length

        console_output_request = object.__new__(ConsoleOutputRequest)
        console_output_request.length = length
        return console_output_request

    @staticmethod
    def _from_response(response: httpx.Response) -> ConsoleOutputRequest:
        return from_response(
            response, _ConsoleOutputRequestWire, ConsoleOutputRequest._from_wire, ConsoleOutputRequest.from_dict
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
    _ConsoleOutputRequestWire = Any
else:

    class _ConsoleOutputRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        length: Any = _msgspec.field(default=UNSET, name="length")


_FIELD_KEYS = frozenset(
    {
        "length",
    }
)
