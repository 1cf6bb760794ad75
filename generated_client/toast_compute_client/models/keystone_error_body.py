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

T = TypeVar("T", bound="KeystoneErrorBody")


@_attrs_define
class KeystoneErrorBody:
    """The body of a keystonemiddleware error."""

    code: int
    """ The HTTP status code, repeated. """
    title: str
    """ The HTTP reason phrase. """
    message: str
    """ A human-readable explanation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title": title,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        code = d["code"]

        title = d["title"]

        message = d["message"]

        fields_found = 3

        if cls is KeystoneErrorBody:
            keystone_error_body = object.__new__(cls)
            keystone_error_body.code = code
            keystone_error_body.title = title
            keystone_error_body.message = message
        else:
            keystone_error_body = cls(
                code,
                title,
                message,
            )

        if len(d) != fields_found:
            keystone_error_body.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return keystone_error_body

    @staticmethod
    def _from_wire(w: _KeystoneErrorBodyWire) -> KeystoneErrorBody:
        code = w.code

        title = w.title

        message = w.message

        keystone_error_body = object.__new__(KeystoneErrorBody)
        keystone_error_body.code = code
        keystone_error_body.title = title
        keystone_error_body.message = message
        return keystone_error_body

    @staticmethod
    def _from_response(response: httpx.Response) -> KeystoneErrorBody:
        return from_response(
            response, _KeystoneErrorBodyWire, KeystoneErrorBody._from_wire, KeystoneErrorBody.from_dict
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
    _KeystoneErrorBodyWire = Any
else:

    class _KeystoneErrorBodyWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        code: Any = _msgspec.field(name="code")
        title: Any = _msgspec.field(name="title")
        message: Any = _msgspec.field(name="message")


_FIELD_KEYS = frozenset(
    {
        "code",
        "title",
        "message",
    }
)
