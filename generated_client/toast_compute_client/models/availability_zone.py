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

from ..types import first_read_of_additional_properties

if TYPE_CHECKING:
    from ..models.availability_zone_hosts import AvailabilityZoneHosts
    from ..models.availability_zone_state import AvailabilityZoneState


T = TypeVar("T", bound="AvailabilityZone")


@_attrs_define
class AvailabilityZone:
    """An availability zone (가용성 영역)."""

    zone_name: str
    """ Zone name (가용성 영역 이름), e.g. `kr-pub-a`. """
    zone_state: AvailabilityZoneState
    """ The state of an availability zone (가용성 영역 상태 정보 객체). """
    hosts: AvailabilityZoneHosts | None | Unset = UNSET
    """ Hosts in the zone (호스트 정보 객체); `null` for regular users. The vendor dropped it from its document in 2020, so
    it may be absent (errata E86). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zone_name = self.zone_name

        zone_state = self.zone_state.to_dict()

        hosts: dict[str, Any] | None | Unset
        if isinstance(self.hosts, Unset):
            hosts = UNSET
        elif isinstance(self.hosts, AvailabilityZoneHosts):
            hosts = self.hosts.to_dict()
        else:
            hosts = self.hosts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "zoneName": zone_name,
                "zoneState": zone_state,
            }
        )
        if hosts is not UNSET:
            field_dict["hosts"] = hosts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        zone_name = d["zoneName"]

        zone_state = AvailabilityZoneState.from_dict(d["zoneState"])

        hosts = _parse_hosts(d.get("hosts", UNSET))

        fields_found = 2
        fields_found += hosts is not UNSET

        if cls is AvailabilityZone:
            availability_zone = object.__new__(cls)
            availability_zone.zone_name = zone_name
            availability_zone.zone_state = zone_state
            availability_zone.hosts = hosts
        else:
            availability_zone = cls(
                zone_name,
                zone_state,
                hosts,
            )

        if len(d) != fields_found:
            availability_zone.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return availability_zone

    @staticmethod
    def _from_wire(w: _AvailabilityZoneWire) -> AvailabilityZone:
        zone_name = w.zone_name

        zone_state = AvailabilityZoneState._from_wire(w.zone_state)

        hosts = _parse_hosts(w.hosts)

        availability_zone = object.__new__(AvailabilityZone)
        availability_zone.zone_name = zone_name
        availability_zone.zone_state = zone_state
        availability_zone.hosts = hosts
        return availability_zone

    @staticmethod
    def _from_response(response: httpx.Response) -> AvailabilityZone:
        return from_response(response, _AvailabilityZoneWire, AvailabilityZone._from_wire, AvailabilityZone.from_dict)

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
    _AvailabilityZoneWire = Any
else:

    class _AvailabilityZoneWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        zone_name: Any = _msgspec.field(name="zoneName")
        zone_state: _AvailabilityZoneStateWire = _msgspec.field(name="zoneState")
        hosts: Any = _msgspec.field(default=UNSET, name="hosts")


_FIELD_KEYS = frozenset(
    {
        "zoneName",
        "zoneState",
        "hosts",
    }
)


def _parse_hosts(data: object) -> AvailabilityZoneHosts | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        hosts_type_1 = AvailabilityZoneHosts.from_dict(data)

        return hosts_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AvailabilityZoneHosts | None | Unset, data)


from ..models.availability_zone_hosts import AvailabilityZoneHosts
from ..models.availability_zone_state import AvailabilityZoneState, _AvailabilityZoneStateWire
