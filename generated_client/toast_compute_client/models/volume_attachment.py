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

T = TypeVar("T", bound="VolumeAttachment")


@_attrs_define
class VolumeAttachment:
    """A volume attached to a server (연결 정보 객체)."""

    id: UUID
    """ Attachment ID (연결 정보 ID). In Nova's legacy /v2 API this is the volume ID (errata E42). """
    server_id: UUID
    """ Server ID (인스턴스 ID). """
    volume_id: UUID
    """ Volume ID (볼륨 ID). """
    device: None | str | Unset = UNSET
    """ Device name of the volume in the server (인스턴스의 볼륨 이름), e.g. `/dev/vdb`. Omitted (list, get) or `null`
    (attach) when the service has not assigned one (errata E41). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        server_id = str(self.server_id)

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
                "id": id,
                "serverId": server_id,
                "volumeId": volume_id,
            }
        )
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = parse_uuid(d["id"])

        server_id = parse_uuid(d["serverId"])

        volume_id = parse_uuid(d["volumeId"])

        device = d.get("device", UNSET)

        fields_found = 3
        fields_found += device is not UNSET

        if cls is VolumeAttachment:
            volume_attachment = object.__new__(cls)
            volume_attachment.id = id
            volume_attachment.server_id = server_id
            volume_attachment.volume_id = volume_id
            volume_attachment.device = device
        else:
            volume_attachment = cls(
                id,
                server_id,
                volume_id,
                device,
            )

        if len(d) != fields_found:
            volume_attachment.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return volume_attachment

    @staticmethod
    def _from_wire(w: _VolumeAttachmentWire) -> VolumeAttachment:
        id = w.id

        server_id = w.server_id

        volume_id = w.volume_id

        device = w.device

        volume_attachment = object.__new__(VolumeAttachment)
        volume_attachment.id = id
        volume_attachment.server_id = server_id
        volume_attachment.volume_id = volume_id
        volume_attachment.device = device
        return volume_attachment

    @staticmethod
    def _from_response(response: httpx.Response) -> VolumeAttachment:
        return from_response(response, _VolumeAttachmentWire, VolumeAttachment._from_wire, VolumeAttachment.from_dict)

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
    _VolumeAttachmentWire = Any
else:

    class _VolumeAttachmentWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: UUID = _msgspec.field(name="id")
        server_id: UUID = _msgspec.field(name="serverId")
        volume_id: UUID = _msgspec.field(name="volumeId")
        device: Any = _msgspec.field(default=UNSET, name="device")


_FIELD_KEYS = frozenset(
    {
        "id",
        "serverId",
        "volumeId",
        "device",
    }
)
