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

T = TypeVar("T", bound="AttachedVolume")


@_attrs_define
class AttachedVolume:
    """A volume attached to a server (연결된 추가 볼륨)."""

    id: str
    """ Volume ID (추가 볼륨 ID). """
    delete_on_termination: bool | Unset = UNSET
    """ Whether the volume is deleted with the server (later microversions only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        delete_on_termination = self.delete_on_termination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if delete_on_termination is not UNSET:
            field_dict["delete_on_termination"] = delete_on_termination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        delete_on_termination = d.get("delete_on_termination", UNSET)

        fields_found = 1
        fields_found += delete_on_termination is not UNSET

        if cls is AttachedVolume:
            attached_volume = object.__new__(cls)
            attached_volume.id = id
            attached_volume.delete_on_termination = delete_on_termination
        else:
            attached_volume = cls(
                id,
                delete_on_termination,
            )

        if len(d) != fields_found:
            attached_volume.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return attached_volume

    @staticmethod
    def _from_wire(w: _AttachedVolumeWire) -> AttachedVolume:
        id = w.id

        delete_on_termination = w.delete_on_termination

        attached_volume = object.__new__(AttachedVolume)
        attached_volume.id = id
        attached_volume.delete_on_termination = delete_on_termination
        return attached_volume

    @staticmethod
    def _from_response(response: httpx.Response) -> AttachedVolume:
        return from_response(response, _AttachedVolumeWire, AttachedVolume._from_wire, AttachedVolume.from_dict)

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
    _AttachedVolumeWire = Any
else:

    class _AttachedVolumeWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: Any = _msgspec.field(name="id")
        delete_on_termination: Any = _msgspec.field(default=UNSET, name="delete_on_termination")


_FIELD_KEYS = frozenset(
    {
        "id",
        "delete_on_termination",
    }
)
