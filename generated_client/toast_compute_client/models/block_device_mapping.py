from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx

from ..models.block_device_mapping_destination_type import BlockDeviceMappingDestinationType
from ..models.block_device_mapping_source_type import BlockDeviceMappingSourceType
from ..types import first_read_of_additional_properties

if TYPE_CHECKING:
    from ..models.nhn_encryption import NhnEncryption


T = TypeVar("T", bound="BlockDeviceMapping")


@_attrs_define
class BlockDeviceMapping:
    """A block device of the new server (블록 스토리지 정보). Required for TOAST m/c/r/t/x flavors, whose root disk is a volume.
    The root disk is 10 GB to 1 TB (50 GB at least for Windows). `source_type` is required (the document marks every
    field optional; errata E70).

    """

    source_type: BlockDeviceMappingSourceType
    """ What the volume is made from (볼륨 원형 타입): `blank` an empty volume, `snapshot` a snapshot, `volume` another
    volume, `image` an image. """
    uuid: str | Unset = UNSET
    """ ID of the source (image, volume or snapshot); not used for `blank`. """
    destination_type: BlockDeviceMappingDestinationType | Unset = UNSET
    """ Where the volume lives (볼륨의 위치): `local` on the host, `volume` block storage shared between hosts. """
    delete_on_termination: bool | Unset = UNSET
    """ Whether the volume is deleted with the server (인스턴스 삭제시 볼륨 처리 여부). The document's example sends `1`; the
    service wants a boolean (errata E31). """
    boot_index: int | Unset = UNSET
    """ Boot order (부팅 순서); `0` is the root volume, others are additional volumes. """
    volume_size: int | Unset = UNSET
    """ Volume size in GB. The document's example uses it; its table omits it. """
    device_name: str | Unset = UNSET
    """ Device name, e.g. `vda`. """
    volume_type: str | Unset = UNSET
    """ Block storage type (a later TOAST addition), e.g. `General SSD`: a `name` from the block storage type list.
    Needed for `image` and `blank` sources, not for `volume` or `snapshot` (조건부 필수, errata E82). """
    nhn_encryption: NhnEncryption | Unset = UNSET
    """ Encryption of the block storage to create (블록 스토리지의 암호화 정보), with a symmetric key of NHN Cloud's Secure Key
    Manager. Both fields are needed to create an encrypted volume (errata E81). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type = self.source_type.value

        uuid = self.uuid

        destination_type: str | Unset = UNSET
        if not isinstance(self.destination_type, Unset):
            destination_type = self.destination_type.value

        delete_on_termination = self.delete_on_termination

        boot_index = self.boot_index

        volume_size = self.volume_size

        device_name = self.device_name

        volume_type = self.volume_type

        nhn_encryption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nhn_encryption, Unset):
            nhn_encryption = self.nhn_encryption.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_type": source_type,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if destination_type is not UNSET:
            field_dict["destination_type"] = destination_type
        if delete_on_termination is not UNSET:
            field_dict["delete_on_termination"] = delete_on_termination
        if boot_index is not UNSET:
            field_dict["boot_index"] = boot_index
        if volume_size is not UNSET:
            field_dict["volume_size"] = volume_size
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if volume_type is not UNSET:
            field_dict["volume_type"] = volume_type
        if nhn_encryption is not UNSET:
            field_dict["nhn_encryption"] = nhn_encryption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        source_type = BlockDeviceMappingSourceType(d["source_type"])

        uuid = d.get("uuid", UNSET)

        _destination_type = d.get("destination_type", UNSET)
        destination_type: BlockDeviceMappingDestinationType | Unset
        if isinstance(_destination_type, Unset):
            destination_type = UNSET
        else:
            destination_type = BlockDeviceMappingDestinationType(_destination_type)

        delete_on_termination = d.get("delete_on_termination", UNSET)

        boot_index = d.get("boot_index", UNSET)

        volume_size = d.get("volume_size", UNSET)

        device_name = d.get("device_name", UNSET)

        volume_type = d.get("volume_type", UNSET)

        _nhn_encryption = d.get("nhn_encryption", UNSET)
        nhn_encryption: NhnEncryption | Unset
        if isinstance(_nhn_encryption, Unset):
            nhn_encryption = UNSET
        else:
            nhn_encryption = NhnEncryption.from_dict(_nhn_encryption)

        fields_found = 1
        fields_found += uuid is not UNSET
        fields_found += destination_type is not UNSET
        fields_found += delete_on_termination is not UNSET
        fields_found += boot_index is not UNSET
        fields_found += volume_size is not UNSET
        fields_found += device_name is not UNSET
        fields_found += volume_type is not UNSET
        fields_found += nhn_encryption is not UNSET

        if cls is BlockDeviceMapping:
            block_device_mapping = object.__new__(cls)
            block_device_mapping.source_type = source_type
            block_device_mapping.uuid = uuid
            block_device_mapping.destination_type = destination_type
            block_device_mapping.delete_on_termination = delete_on_termination
            block_device_mapping.boot_index = boot_index
            block_device_mapping.volume_size = volume_size
            block_device_mapping.device_name = device_name
            block_device_mapping.volume_type = volume_type
            block_device_mapping.nhn_encryption = nhn_encryption
        else:
            block_device_mapping = cls(
                source_type,
                uuid,
                destination_type,
                delete_on_termination,
                boot_index,
                volume_size,
                device_name,
                volume_type,
                nhn_encryption,
            )

        if len(d) != fields_found:
            block_device_mapping.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return block_device_mapping

    @staticmethod
    def _from_wire(w: _BlockDeviceMappingWire) -> BlockDeviceMapping:
        source_type = BlockDeviceMappingSourceType(w.source_type)

        uuid = w.uuid

        _destination_type = w.destination_type
        destination_type: BlockDeviceMappingDestinationType | Unset
        if isinstance(_destination_type, Unset):
            destination_type = UNSET
        else:
            destination_type = BlockDeviceMappingDestinationType(_destination_type)

        delete_on_termination = w.delete_on_termination

        boot_index = w.boot_index

        volume_size = w.volume_size

        device_name = w.device_name

        volume_type = w.volume_type

        _nhn_encryption = w.nhn_encryption
        nhn_encryption: NhnEncryption | Unset
        if isinstance(_nhn_encryption, Unset):
            nhn_encryption = UNSET
        else:
            nhn_encryption = NhnEncryption._from_wire(_nhn_encryption)

        block_device_mapping = object.__new__(BlockDeviceMapping)
        block_device_mapping.source_type = source_type
        block_device_mapping.uuid = uuid
        block_device_mapping.destination_type = destination_type
        block_device_mapping.delete_on_termination = delete_on_termination
        block_device_mapping.boot_index = boot_index
        block_device_mapping.volume_size = volume_size
        block_device_mapping.device_name = device_name
        block_device_mapping.volume_type = volume_type
        block_device_mapping.nhn_encryption = nhn_encryption
        return block_device_mapping

    @staticmethod
    def _from_response(response: httpx.Response) -> BlockDeviceMapping:
        return from_response(
            response, _BlockDeviceMappingWire, BlockDeviceMapping._from_wire, BlockDeviceMapping.from_dict
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
    _BlockDeviceMappingWire = Any
else:

    class _BlockDeviceMappingWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        source_type: Any = _msgspec.field(name="source_type")
        uuid: Any = _msgspec.field(default=UNSET, name="uuid")
        destination_type: Any = _msgspec.field(default=UNSET, name="destination_type")
        delete_on_termination: Any = _msgspec.field(default=UNSET, name="delete_on_termination")
        boot_index: Any = _msgspec.field(default=UNSET, name="boot_index")
        volume_size: Any = _msgspec.field(default=UNSET, name="volume_size")
        device_name: Any = _msgspec.field(default=UNSET, name="device_name")
        volume_type: Any = _msgspec.field(default=UNSET, name="volume_type")
        nhn_encryption: _NhnEncryptionWire | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="nhn_encryption")


_FIELD_KEYS = frozenset(
    {
        "source_type",
        "uuid",
        "destination_type",
        "delete_on_termination",
        "boot_index",
        "volume_size",
        "device_name",
        "volume_type",
        "nhn_encryption",
    }
)


from ..models.nhn_encryption import NhnEncryption, _NhnEncryptionWire
