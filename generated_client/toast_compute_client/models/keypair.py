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

T = TypeVar("T", bound="Keypair")


@_attrs_define
class Keypair:
    """A key pair (키페어) as the list shows it."""

    name: str
    """ Key pair name (키페어 이름). """
    public_key: str
    """ The OpenSSH public key (공개키). """
    fingerprint: str
    """ Key fingerprint (키페어 지문). Nova computes the MD5 of the key as colon-separated hex (`1e:2c:9b:…`); the
    document's list and get examples show `SHA256:...`. No format is enforced (errata E10). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        public_key = self.public_key

        fingerprint = self.fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "public_key": public_key,
                "fingerprint": fingerprint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]

        public_key = d["public_key"]

        fingerprint = d["fingerprint"]

        fields_found = 3

        if cls is Keypair:
            keypair = object.__new__(cls)
            keypair.name = name
            keypair.public_key = public_key
            keypair.fingerprint = fingerprint
        else:
            keypair = cls(
                name,
                public_key,
                fingerprint,
            )

        if len(d) != fields_found:
            keypair.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return keypair

    @staticmethod
    def _from_wire(w: _KeypairWire) -> Keypair:
        name = w.name

        public_key = w.public_key

        fingerprint = w.fingerprint

        keypair = object.__new__(Keypair)
        keypair.name = name
        keypair.public_key = public_key
        keypair.fingerprint = fingerprint
        return keypair

    @staticmethod
    def _from_response(response: httpx.Response) -> Keypair:
        return from_response(response, _KeypairWire, Keypair._from_wire, Keypair.from_dict)

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
    _KeypairWire = Any
else:

    class _KeypairWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        name: Any = _msgspec.field(name="name")
        public_key: Any = _msgspec.field(name="public_key")
        fingerprint: Any = _msgspec.field(name="fingerprint")


_FIELD_KEYS = frozenset(
    {
        "name",
        "public_key",
        "fingerprint",
    }
)
