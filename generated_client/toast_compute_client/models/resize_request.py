from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
from ..models.disk_config import DiskConfig
from ..types import first_read_of_additional_properties

T = TypeVar("T", bound="ResizeRequest")


@_attrs_define
class ResizeRequest:
    """The new flavor (인스턴스 타입 변경 요청)."""

    flavor_ref: str
    """ Flavor to change to (변경할 인스턴스 타입 ID). The document says UUID; Nova takes any flavor id (errata E47). """
    os_dcf_disk_config: DiskConfig | Unset = UNSET
    """ Disk partitioning mode (디스크 설정 모드). `AUTO`: the root partition is grown to fill the disk. `MANUAL`:
    partitions are laid out as in the image; space beyond it stays unused. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor_ref = self.flavor_ref

        os_dcf_disk_config: str | Unset = UNSET
        if not isinstance(self.os_dcf_disk_config, Unset):
            os_dcf_disk_config = self.os_dcf_disk_config.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flavorRef": flavor_ref,
            }
        )
        if os_dcf_disk_config is not UNSET:
            field_dict["OS-DCF:diskConfig"] = os_dcf_disk_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        flavor_ref = d["flavorRef"]

        _os_dcf_disk_config = d.get("OS-DCF:diskConfig", UNSET)
        os_dcf_disk_config: DiskConfig | Unset
        if isinstance(_os_dcf_disk_config, Unset):
            os_dcf_disk_config = UNSET
        else:
            os_dcf_disk_config = DiskConfig(_os_dcf_disk_config)

        fields_found = 1
        fields_found += os_dcf_disk_config is not UNSET

        if cls is ResizeRequest:
            resize_request = object.__new__(cls)
            resize_request.flavor_ref = flavor_ref
            resize_request.os_dcf_disk_config = os_dcf_disk_config
        else:
            resize_request = cls(
                flavor_ref,
                os_dcf_disk_config,
            )

        if len(d) != fields_found:
            resize_request.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return resize_request

    @staticmethod
    def _from_wire(w: _ResizeRequestWire) -> ResizeRequest:
        flavor_ref = w.flavor_ref

        _os_dcf_disk_config = w.os_dcf_disk_config
        os_dcf_disk_config: DiskConfig | Unset
        if isinstance(_os_dcf_disk_config, Unset):
            os_dcf_disk_config = UNSET
        else:
            os_dcf_disk_config = DiskConfig(_os_dcf_disk_config)

        resize_request = object.__new__(ResizeRequest)
        resize_request.flavor_ref = flavor_ref
        resize_request.os_dcf_disk_config = os_dcf_disk_config
        return resize_request

    @staticmethod
    def _from_response(response: httpx.Response) -> ResizeRequest:
        return from_response(response, _ResizeRequestWire, ResizeRequest._from_wire, ResizeRequest.from_dict)

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
    _ResizeRequestWire = Any
else:

    class _ResizeRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        flavor_ref: Any = _msgspec.field(name="flavorRef")
        os_dcf_disk_config: Any = _msgspec.field(default=UNSET, name="OS-DCF:diskConfig")


_FIELD_KEYS = frozenset(
    {
        "flavorRef",
        "OS-DCF:diskConfig",
    }
)
