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
    from ..models.keypair_create import KeypairCreate


T = TypeVar("T", bound="KeypairCreateRequest")


@_attrs_define
class KeypairCreateRequest:
    """Request body of a key pair create or import."""

    keypair: KeypairCreate
    """ The key pair to create or import (키페어 객체). Without `public_key` the service generates a key pair and returns
    its private key once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keypair = self.keypair.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keypair": keypair,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        keypair = KeypairCreate.from_dict(d["keypair"])

        fields_found = 1

        if cls is KeypairCreateRequest:
            keypair_create_request = object.__new__(cls)
            keypair_create_request.keypair = keypair
        else:
            keypair_create_request = cls(
                keypair,
            )

        if len(d) != fields_found:
            keypair_create_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return keypair_create_request

    @staticmethod
    def _from_wire(w: _KeypairCreateRequestWire) -> KeypairCreateRequest:
        keypair = KeypairCreate._from_wire(w.keypair)

        keypair_create_request = object.__new__(KeypairCreateRequest)
        keypair_create_request.keypair = keypair
        return keypair_create_request

    @staticmethod
    def _from_response(response: httpx.Response) -> KeypairCreateRequest:
        return from_response(
            response, _KeypairCreateRequestWire, KeypairCreateRequest._from_wire, KeypairCreateRequest.from_dict
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
    _KeypairCreateRequestWire = Any
else:

    class _KeypairCreateRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        keypair: _KeypairCreateWire = _msgspec.field(name="keypair")


_FIELD_KEYS = frozenset(
    {
        "keypair",
    }
)


from ..models.keypair_create import KeypairCreate, _KeypairCreateWire
