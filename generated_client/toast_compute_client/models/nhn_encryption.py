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

T = TypeVar("T", bound="NhnEncryption")


@_attrs_define
class NhnEncryption:
    """Encryption of the block storage to create (블록 스토리지의 암호화 정보), with a symmetric key of NHN Cloud's Secure Key Manager.
    Both fields are needed to create an encrypted volume (errata E81).

    """

    skm_appkey: str
    """ App key of the Secure Key Manager service (Secure Key Manager 서비스의 앱키). """
    skm_key_id: str
    """ ID of the Secure Key Manager symmetric key to encrypt with (대칭 키 ID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skm_appkey = self.skm_appkey

        skm_key_id = self.skm_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skm_appkey": skm_appkey,
                "skm_key_id": skm_key_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        skm_appkey = d["skm_appkey"]

        skm_key_id = d["skm_key_id"]

        fields_found = 2

        if cls is NhnEncryption:
            nhn_encryption = object.__new__(cls)
            nhn_encryption.skm_appkey = skm_appkey
            nhn_encryption.skm_key_id = skm_key_id
        else:
            nhn_encryption = cls(
                skm_appkey,
                skm_key_id,
            )

        if len(d) != fields_found:
            nhn_encryption.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return nhn_encryption

    @staticmethod
    def _from_wire(w: _NhnEncryptionWire) -> NhnEncryption:
        skm_appkey = w.skm_appkey

        skm_key_id = w.skm_key_id

        nhn_encryption = object.__new__(NhnEncryption)
        nhn_encryption.skm_appkey = skm_appkey
        nhn_encryption.skm_key_id = skm_key_id
        return nhn_encryption

    @staticmethod
    def _from_response(response: httpx.Response) -> NhnEncryption:
        return from_response(response, _NhnEncryptionWire, NhnEncryption._from_wire, NhnEncryption.from_dict)

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
    _NhnEncryptionWire = Any
else:

    class _NhnEncryptionWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        skm_appkey: Any = _msgspec.field(name="skm_appkey")
        skm_key_id: Any = _msgspec.field(name="skm_key_id")


_FIELD_KEYS = frozenset(
    {
        "skm_appkey",
        "skm_key_id",
    }
)
