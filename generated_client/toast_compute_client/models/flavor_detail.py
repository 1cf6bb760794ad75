from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
from typing import cast

from ..models.empty_string import EmptyString
from ..types import first_read_of_additional_properties

if TYPE_CHECKING:
    from ..models.flavor_extra_specs import FlavorExtraSpecs
    from ..models.link import Link


T = TypeVar("T", bound="FlavorDetail")


@_attrs_define
class FlavorDetail:
    """An instance type with its sizes (타입 목록 상세)."""

    id: str
    """ Flavor ID (타입 ID). TOAST flavor ids are UUIDs, but Nova treats flavor ids as opaque strings, so no format is
    enforced (errata E02). """
    name: str
    """ Flavor name (타입 이름), e.g. `m2.c4m8`. """
    links: list[Link]
    """ Links to the flavor (타입 경로 객체). """
    ram: int
    """ Memory in MiB (메모리). """
    disk: int
    """ Root disk size in GiB (기본 디스크 크기); 0 for flavors whose root disk is a block storage volume. """
    vcpus: int
    """ Number of vCPUs (vCPU 갯수). """
    swap: EmptyString | int
    """ Swap size in **MiB** (스왑 영역 크기), or the empty string `""` when the flavor has no swap. The document says
    Integer (GB); Nova's legacy /v2 API returns `""` for 0 (errata E05). """
    rxtx_factor: EmptyString | float | Unset = UNSET
    """ Network receive/transmit factor (네트워크 송신/수신 패킷 비율); `""` when unset (errata E06). Always sent (`x-always-
    sent`, errata E101). """
    os_flavor_access_is_public: bool | Unset = UNSET
    """ Whether the flavor is public (타입 공유 여부). Always sent (`x-always-sent`, errata E101). """
    os_flv_disabled_disabled: bool | Unset = UNSET
    """ Whether the flavor is disabled (타입 활성화 여부). Always sent (`x-always-sent`, errata E101). """
    os_flv_ext_data_ephemeral: int | Unset = UNSET
    """ Ephemeral disk size in GiB (임시 볼륨 크기). Always sent (`x-always-sent`, errata E101). """
    extra_specs: FlavorExtraSpecs | Unset = UNSET
    """ Extra specifications of the flavor (타입 추가 사양), e.g. `flavor_type`. A TOAST addition: Nova's legacy /v2 API
    does not return it, so it may be absent (errata E07). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        ram = self.ram

        disk = self.disk

        vcpus = self.vcpus

        swap: int | str
        if isinstance(self.swap, EmptyString):
            swap = self.swap.value
        else:
            swap = self.swap

        rxtx_factor: float | str | Unset
        if isinstance(self.rxtx_factor, Unset):
            rxtx_factor = UNSET
        elif isinstance(self.rxtx_factor, EmptyString):
            rxtx_factor = self.rxtx_factor.value
        else:
            rxtx_factor = self.rxtx_factor

        os_flavor_access_is_public = self.os_flavor_access_is_public

        os_flv_disabled_disabled = self.os_flv_disabled_disabled

        os_flv_ext_data_ephemeral = self.os_flv_ext_data_ephemeral

        extra_specs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_specs, Unset):
            extra_specs = self.extra_specs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "links": links,
                "ram": ram,
                "disk": disk,
                "vcpus": vcpus,
                "swap": swap,
            }
        )
        if rxtx_factor is not UNSET:
            field_dict["rxtx_factor"] = rxtx_factor
        if os_flavor_access_is_public is not UNSET:
            field_dict["os-flavor-access:is_public"] = os_flavor_access_is_public
        if os_flv_disabled_disabled is not UNSET:
            field_dict["OS-FLV-DISABLED:disabled"] = os_flv_disabled_disabled
        if os_flv_ext_data_ephemeral is not UNSET:
            field_dict["OS-FLV-EXT-DATA:ephemeral"] = os_flv_ext_data_ephemeral
        if extra_specs is not UNSET:
            field_dict["extra_specs"] = extra_specs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        name = d["name"]

        links = []
        _links = d["links"]
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        ram = d["ram"]

        disk = d["disk"]

        vcpus = d["vcpus"]

        swap = _parse_swap(d["swap"])

        rxtx_factor = _parse_rxtx_factor(d.get("rxtx_factor", UNSET))

        os_flavor_access_is_public = d.get("os-flavor-access:is_public", UNSET)

        os_flv_disabled_disabled = d.get("OS-FLV-DISABLED:disabled", UNSET)

        os_flv_ext_data_ephemeral = d.get("OS-FLV-EXT-DATA:ephemeral", UNSET)

        _extra_specs = d.get("extra_specs", UNSET)
        extra_specs: FlavorExtraSpecs | Unset
        if isinstance(_extra_specs, Unset):
            extra_specs = UNSET
        else:
            extra_specs = FlavorExtraSpecs.from_dict(_extra_specs)

        fields_found = 7
        fields_found += rxtx_factor is not UNSET
        fields_found += os_flavor_access_is_public is not UNSET
        fields_found += os_flv_disabled_disabled is not UNSET
        fields_found += os_flv_ext_data_ephemeral is not UNSET
        fields_found += extra_specs is not UNSET

        if cls is FlavorDetail:
            flavor_detail = object.__new__(cls)
            flavor_detail.id = id
            flavor_detail.name = name
            flavor_detail.links = links
            flavor_detail.ram = ram
            flavor_detail.disk = disk
            flavor_detail.vcpus = vcpus
            flavor_detail.swap = swap
            flavor_detail.rxtx_factor = rxtx_factor
            flavor_detail.os_flavor_access_is_public = os_flavor_access_is_public
            flavor_detail.os_flv_disabled_disabled = os_flv_disabled_disabled
            flavor_detail.os_flv_ext_data_ephemeral = os_flv_ext_data_ephemeral
            flavor_detail.extra_specs = extra_specs
        else:
            flavor_detail = cls(
                id,
                name,
                links,
                ram,
                disk,
                vcpus,
                swap,
                rxtx_factor,
                os_flavor_access_is_public,
                os_flv_disabled_disabled,
                os_flv_ext_data_ephemeral,
                extra_specs,
            )

        if len(d) != fields_found:
            flavor_detail.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return flavor_detail

    @staticmethod
    def _from_wire(w: _FlavorDetailWire) -> FlavorDetail:
        id = w.id

        name = w.name

        links = []
        _links = w.links
        for links_item_data in _links:
            links_item = Link._from_wire(links_item_data)

            links.append(links_item)

        ram = w.ram

        disk = w.disk

        vcpus = w.vcpus

        swap = _parse_swap(w.swap)

        rxtx_factor = _parse_rxtx_factor(w.rxtx_factor)

        os_flavor_access_is_public = w.os_flavor_access_is_public

        os_flv_disabled_disabled = w.os_flv_disabled_disabled

        os_flv_ext_data_ephemeral = w.os_flv_ext_data_ephemeral

        _extra_specs = w.extra_specs
        extra_specs: FlavorExtraSpecs | Unset
        if isinstance(_extra_specs, Unset):
            extra_specs = UNSET
        else:
            extra_specs = FlavorExtraSpecs.from_dict(_extra_specs)

        flavor_detail = object.__new__(FlavorDetail)
        flavor_detail.id = id
        flavor_detail.name = name
        flavor_detail.links = links
        flavor_detail.ram = ram
        flavor_detail.disk = disk
        flavor_detail.vcpus = vcpus
        flavor_detail.swap = swap
        flavor_detail.rxtx_factor = rxtx_factor
        flavor_detail.os_flavor_access_is_public = os_flavor_access_is_public
        flavor_detail.os_flv_disabled_disabled = os_flv_disabled_disabled
        flavor_detail.os_flv_ext_data_ephemeral = os_flv_ext_data_ephemeral
        flavor_detail.extra_specs = extra_specs
        return flavor_detail

    @staticmethod
    def _from_response(response: httpx.Response) -> FlavorDetail:
        return from_response(response, _FlavorDetailWire, FlavorDetail._from_wire, FlavorDetail.from_dict)

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
    _FlavorDetailWire = Any
else:

    class _FlavorDetailWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: Any = _msgspec.field(name="id")
        name: Any = _msgspec.field(name="name")
        links: list[_LinkWire] = _msgspec.field(name="links")
        ram: Any = _msgspec.field(name="ram")
        disk: Any = _msgspec.field(name="disk")
        vcpus: Any = _msgspec.field(name="vcpus")
        swap: Any = _msgspec.field(name="swap")
        rxtx_factor: Any = _msgspec.field(default=UNSET, name="rxtx_factor")
        os_flavor_access_is_public: Any = _msgspec.field(default=UNSET, name="os-flavor-access:is_public")
        os_flv_disabled_disabled: Any = _msgspec.field(default=UNSET, name="OS-FLV-DISABLED:disabled")
        os_flv_ext_data_ephemeral: Any = _msgspec.field(default=UNSET, name="OS-FLV-EXT-DATA:ephemeral")
        extra_specs: Any = _msgspec.field(default=UNSET, name="extra_specs")


_FIELD_KEYS = frozenset(
    {
        "id",
        "name",
        "links",
        "ram",
        "disk",
        "vcpus",
        "swap",
        "rxtx_factor",
        "os-flavor-access:is_public",
        "OS-FLV-DISABLED:disabled",
        "OS-FLV-EXT-DATA:ephemeral",
        "extra_specs",
    }
)


_EMPTY_STRING_VALUES = EmptyString._value2member_map_


def _parse_swap(data: object) -> EmptyString | int:
    if isinstance(data, str):
        swap_type_1 = _EMPTY_STRING_VALUES.get(data)
        if swap_type_1 is not None:
            return swap_type_1  # type: ignore[return-value]
    return cast(EmptyString | int, data)


_EMPTY_STRING_VALUES = EmptyString._value2member_map_


def _parse_rxtx_factor(data: object) -> EmptyString | float | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        rxtx_factor_type_1 = _EMPTY_STRING_VALUES.get(data)
        if rxtx_factor_type_1 is not None:
            return rxtx_factor_type_1  # type: ignore[return-value]
    return cast(EmptyString | float | Unset, data)


from ..models.flavor_extra_specs import FlavorExtraSpecs
from ..models.link import Link, _LinkWire
