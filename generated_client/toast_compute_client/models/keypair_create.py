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

T = TypeVar("T", bound="KeypairCreate")


@_attrs_define
class KeypairCreate:
    """The key pair to create or import (키페어 객체). Without `public_key` the service generates a key pair and returns its
    private key once.

    """

    name: str
    """ Name of the key pair to create or import (생성 또는 등록할 키페어 이름), unique per user: 1–255 letters, digits, `_`,
    `-` or spaces. The service refuses other characters (errata E13). """
    public_key: str | Unset = UNSET
    """ An OpenSSH public key to import (공개키). Omit it to have the service generate a key pair. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        public_key = self.public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if public_key is not UNSET:
            field_dict["public_key"] = public_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]

        public_key = d.get("public_key", UNSET)

        fields_found = 1
        fields_found += public_key is not UNSET

        if cls is KeypairCreate:
            keypair_create = object.__new__(cls)
            keypair_create.name = name
            keypair_create.public_key = public_key
        else:
            keypair_create = cls(
                name,
                public_key,
            )

        if len(d) != fields_found:
            keypair_create.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return keypair_create

    @staticmethod
    def _from_wire(w: _KeypairCreateWire) -> KeypairCreate:
        name = w.name

        public_key = w.public_key

        keypair_create = object.__new__(KeypairCreate)
        keypair_create.name = name
        keypair_create.public_key = public_key
        return keypair_create

    @staticmethod
    def _from_response(response: httpx.Response) -> KeypairCreate:
        return from_response(response, _KeypairCreateWire, KeypairCreate._from_wire, KeypairCreate.from_dict)

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
    _KeypairCreateWire = Any
else:

    class _KeypairCreateWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        name: Any = _msgspec.field(name="name")
        public_key: Any = _msgspec.field(default=UNSET, name="public_key")


_FIELD_KEYS = frozenset(
    {
        "name",
        "public_key",
    }
)
