from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
from uuid import UUID

from ..types import first_read_of_additional_properties, parse_uuid

T = TypeVar("T", bound="VolumeAttachmentCreate")


@_attrs_define
class VolumeAttachmentCreate:
    """The volume to attach (볼륨 연결 요청 객체)."""

    volume_id: UUID
    """ Volume to attach (연결할 볼륨 ID). """
    device: None | str | Unset = UNSET
    """ Device name to ask for, e.g. `/dev/vdc`; the service picks the next free one when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_id = str(self.volume_id)

        device: None | str | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        else:
            device = self.device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volumeId": volume_id,
            }
        )
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        volume_id = parse_uuid(d["volumeId"])

        device = d.get("device", UNSET)

        fields_found = 1
        fields_found += device is not UNSET

        if cls is VolumeAttachmentCreate:
            volume_attachment_create = object.__new__(cls)
            volume_attachment_create.volume_id = volume_id
            volume_attachment_create.device = device
        else:
            volume_attachment_create = cls(
                volume_id,
                device,
            )

        if len(d) != fields_found:
            volume_attachment_create.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return volume_attachment_create

    @staticmethod
    def _from_wire(w: _VolumeAttachmentCreateWire) -> VolumeAttachmentCreate:
        volume_id = w.volume_id

        device = w.device

        volume_attachment_create = object.__new__(VolumeAttachmentCreate)
        volume_attachment_create.volume_id = volume_id
        volume_attachment_create.device = device
        return volume_attachment_create

    @staticmethod
    def _from_response(response: httpx.Response) -> VolumeAttachmentCreate:
        return from_response(
            response, _VolumeAttachmentCreateWire, VolumeAttachmentCreate._from_wire, VolumeAttachmentCreate.from_dict
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
    _VolumeAttachmentCreateWire = Any
else:

    class _VolumeAttachmentCreateWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        volume_id: UUID = _msgspec.field(name="volumeId")
        device: Any = _msgspec.field(default=UNSET, name="device")


_FIELD_KEYS = frozenset(
    {
        "volumeId",
        "device",
    }
)
