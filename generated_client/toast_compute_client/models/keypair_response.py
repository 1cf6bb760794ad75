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
    from ..models.keypair_detail import KeypairDetail


T = TypeVar("T", bound="KeypairResponse")


@_attrs_define
class KeypairResponse:
    """The response of a key pair get."""

    keypair: KeypairDetail
    """ A key pair with its bookkeeping fields (키페어 보기). """
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
        keypair = KeypairDetail.from_dict(d["keypair"])

        fields_found = 1

        if cls is KeypairResponse:
            keypair_response = object.__new__(cls)
            keypair_response.keypair = keypair
        else:
            keypair_response = cls(
                keypair,
            )

        if len(d) != fields_found:
            keypair_response.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return keypair_response

    @staticmethod
    def _from_wire(w: _KeypairResponseWire) -> KeypairResponse:
        keypair = KeypairDetail._from_wire(w.keypair)

        keypair_response = object.__new__(KeypairResponse)
        keypair_response.keypair = keypair
        return keypair_response

    @staticmethod
    def _from_response(response: httpx.Response) -> KeypairResponse:
        return from_response(response, _KeypairResponseWire, KeypairResponse._from_wire, KeypairResponse.from_dict)

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
    _KeypairResponseWire = Any
else:

    class _KeypairResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        keypair: _KeypairDetailWire = _msgspec.field(name="keypair")


_FIELD_KEYS = frozenset(
    {
        "keypair",
    }
)


from ..models.keypair_detail import KeypairDetail, _KeypairDetailWire
