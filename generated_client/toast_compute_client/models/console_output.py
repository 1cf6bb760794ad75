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

T = TypeVar("T", bound="ConsoleOutput")


@_attrs_define
class ConsoleOutput:
    """The console log of a server (`os-getConsoleOutput`)."""

    output: str
    """ The last lines of the console log, newline-separated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        output = d["output"]

        fields_found = 1

        if cls is ConsoleOutput:
            console_output = object.__new__(cls)
            console_output.output = output
        else:
            console_output = cls(
                output,
            )

        if len(d) != fields_found:
            console_output.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return console_output

    @staticmethod
    def _from_wire(w: _ConsoleOutputWire) -> ConsoleOutput:
        output = w.output

        console_output = object.__new__(ConsoleOutput)
        console_output.output = output
        return console_output

    @staticmethod
    def _from_response(response: httpx.Response) -> ConsoleOutput:
        return from_response(response, _ConsoleOutputWire, ConsoleOutput._from_wire, ConsoleOutput.from_dict)

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
    _ConsoleOutputWire = Any
else:

    class _ConsoleOutputWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        output: Any = _msgspec.field(name="output")


_FIELD_KEYS = frozenset(
    {
        "output",
    }
)
