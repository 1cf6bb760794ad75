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
    from ..models.volume_attachment import VolumeAttachment


T = TypeVar("T", bound="VolumeAttachmentList")


@_attrs_define
class VolumeAttachmentList:
    """Volumes attached to a server (연결 정보 객체 목록)."""

    volume_attachments: list[VolumeAttachment]
    """ The attachments (연결 정보 객체 목록). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_attachments = []
        for volume_attachments_item_data in self.volume_attachments:
            volume_attachments_item = volume_attachments_item_data.to_dict()
            volume_attachments.append(volume_attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volumeAttachments": volume_attachments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        volume_attachments = []
        _volume_attachments = d["volumeAttachments"]
        for volume_attachments_item_data in _volume_attachments:
            volume_attachments_item = VolumeAttachment.from_dict(volume_attachments_item_data)

            volume_attachments.append(volume_attachments_item)

        fields_found = 1

        if cls is VolumeAttachmentList:
            volume_attachment_list = object.__new__(cls)
            volume_attachment_list.volume_attachments = volume_attachments
        else:
            volume_attachment_list = cls(
                volume_attachments,
            )

        if len(d) != fields_found:
            volume_attachment_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return volume_attachment_list

    @staticmethod
    def _from_wire(w: _VolumeAttachmentListWire) -> VolumeAttachmentList:
        volume_attachments = []
        _volume_attachments = w.volume_attachments
        for volume_attachments_item_data in _volume_attachments:
            volume_attachments_item = VolumeAttachment._from_wire(volume_attachments_item_data)

            volume_attachments.append(volume_attachments_item)

        volume_attachment_list = object.__new__(VolumeAttachmentList)
        volume_attachment_list.volume_attachments = volume_attachments
        return volume_attachment_list

    @staticmethod
    def _from_response(response: httpx.Response) -> VolumeAttachmentList:
        return from_response(
            response, _VolumeAttachmentListWire, VolumeAttachmentList._from_wire, VolumeAttachmentList.from_dict
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
    _VolumeAttachmentListWire = Any
else:

    class _VolumeAttachmentListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        volume_attachments: list[_VolumeAttachmentWire] = _msgspec.field(name="volumeAttachments")


_FIELD_KEYS = frozenset(
    {
        "volumeAttachments",
    }
)


from ..models.volume_attachment import VolumeAttachment, _VolumeAttachmentWire
