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
    from ..models.keystone_error_body import KeystoneErrorBody


T = TypeVar("T", bound="KeystoneError")


@_attrs_define
class KeystoneError:
    """The error body of keystonemiddleware, which answers 401 before Nova sees the request (missing, invalid or expired
    token). Not Nova's fault envelope.

    """

    error: KeystoneErrorBody
    """ The body of a keystonemiddleware error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        error = KeystoneErrorBody.from_dict(d["error"])

        fields_found = 1

        if cls is KeystoneError:
            keystone_error = object.__new__(cls)
            keystone_error.error = error
        else:
            keystone_error = cls(
                error,
            )

        if len(d) != fields_found:
            keystone_error.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return keystone_error

    @staticmethod
    def _from_wire(w: _KeystoneErrorWire) -> KeystoneError:
        error = KeystoneErrorBody._from_wire(w.error)

        keystone_error = object.__new__(KeystoneError)
        keystone_error.error = error
        return keystone_error

    @staticmethod
    def _from_response(response: httpx.Response) -> KeystoneError:
        return from_response(response, _KeystoneErrorWire, KeystoneError._from_wire, KeystoneError.from_dict)

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
    _KeystoneErrorWire = Any
else:

    class _KeystoneErrorWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        error: _KeystoneErrorBodyWire = _msgspec.field(name="error")


_FIELD_KEYS = frozenset(
    {
        "error",
    }
)


from ..models.keystone_error_body import KeystoneErrorBody, _KeystoneErrorBodyWire
