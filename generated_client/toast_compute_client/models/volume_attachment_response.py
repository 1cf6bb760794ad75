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


T = TypeVar("T", bound="VolumeAttachmentResponse")


@_attrs_define
class VolumeAttachmentResponse:
    """One volume attachment."""

    volume_attachment: VolumeAttachment
    """ A volume attached to a server (연결 정보 객체). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_attachment = self.volume_attachment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volumeAttachment": volume_attachment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        volume_attachment = VolumeAttachment.from_dict(d["volumeAttachment"])

        fields_found = 1

        if cls is VolumeAttachmentResponse:
            volume_attachment_response = object.__new__(cls)
            volume_attachment_response.volume_attachment = volume_attachment
        else:
            volume_attachment_response = cls(
                volume_attachment,
            )

        if len(d) != fields_found:
            volume_attachment_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return volume_attachment_response

    @staticmethod
    def _from_wire(w: _VolumeAttachmentResponseWire) -> VolumeAttachmentResponse:
        volume_attachment = VolumeAttachment._from_wire(w.volume_attachment)

        volume_attachment_response = object.__new__(VolumeAttachmentResponse)
        volume_attachment_response.volume_attachment = volume_attachment
        return volume_attachment_response

    @staticmethod
    def _from_response(response: httpx.Response) -> VolumeAttachmentResponse:
        return from_response(
            response,
            _VolumeAttachmentResponseWire,
            VolumeAttachmentResponse._from_wire,
            VolumeAttachmentResponse.from_dict,
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
    _VolumeAttachmentResponseWire = Any
else:

    class _VolumeAttachmentResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        volume_attachment: _VolumeAttachmentWire = _msgspec.field(name="volumeAttachment")


_FIELD_KEYS = frozenset(
    {
        "volumeAttachment",
    }
)


from ..models.volume_attachment import VolumeAttachment, _VolumeAttachmentWire
