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

T = TypeVar("T", bound="KeypairCreated")


@_attrs_define
class KeypairCreated:
    """A created or imported key pair."""

    name: str
    """ Key pair name (키페어 이름). """
    public_key: str
    """ The OpenSSH public key (공개키). """
    fingerprint: str
    """ Key fingerprint (키페어 지문), MD5 colon-hex (errata E10). """
    user_id: str
    """ ID of the user who owns the key (키 소유주 ID). """
    private_key: str | Unset = UNSET
    """ The generated private key (PEM), returned only when the service generated the key pair, and only this once.
    Not in the document (errata E11). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        public_key = self.public_key

        fingerprint = self.fingerprint

        user_id = self.user_id

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "public_key": public_key,
                "fingerprint": fingerprint,
                "user_id": user_id,
            }
        )
        if private_key is not UNSET:
            field_dict["private_key"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]

        public_key = d["public_key"]

        fingerprint = d["fingerprint"]

        user_id = d["user_id"]

        private_key = d.get("private_key", UNSET)

        fields_found = 4
        fields_found += private_key is not UNSET

        if cls is KeypairCreated:
            keypair_created = object.__new__(cls)
            keypair_created.name = name
            keypair_created.public_key = public_key
            keypair_created.fingerprint = fingerprint
            keypair_created.user_id = user_id
            keypair_created.private_key = private_key
        else:
            keypair_created = cls(
                name,
                public_key,
                fingerprint,
                user_id,
                private_key,
            )

        if len(d) != fields_found:
            keypair_created.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return keypair_created

    @staticmethod
    def _from_wire(w: _KeypairCreatedWire) -> KeypairCreated:
        name = w.name

        public_key = w.public_key

        fingerprint = w.fingerprint

        user_id = w.user_id

        private_key = w.private_key

        keypair_created = object.__new__(KeypairCreated)
        keypair_created.name = name
        keypair_created.public_key = public_key
        keypair_created.fingerprint = fingerprint
        keypair_created.user_id = user_id
        keypair_created.private_key = private_key
        return keypair_created

    @staticmethod
    def _from_response(response: httpx.Response) -> KeypairCreated:
        return from_response(response, _KeypairCreatedWire, KeypairCreated._from_wire, KeypairCreated.from_dict)

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
    _KeypairCreatedWire = Any
else:

    class _KeypairCreatedWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        name: Any = _msgspec.field(name="name")
        public_key: Any = _msgspec.field(name="public_key")
        fingerprint: Any = _msgspec.field(name="fingerprint")
        user_id: Any = _msgspec.field(name="user_id")
        private_key: Any = _msgspec.field(default=UNSET, name="private_key")


_FIELD_KEYS = frozenset(
    {
        "name",
        "public_key",
        "fingerprint",
        "user_id",
        "private_key",
    }
)
