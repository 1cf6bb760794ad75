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

T = TypeVar("T", bound="FloatingIp")


@_attrs_define
class FloatingIp:
    """A floating IP in Nova's legacy `os-floating-ips` view (proxied to the network service; removed upstream at 2.36,
    served on /v2). Required fields follow Tempest's schema (errata E94).

    """

    id: str
    """ Floating IP ID. """
    ip: str
    """ The floating IP address. """
    pool: str
    """ Name of the external network the address comes from. """
    fixed_ip: None | str
    """ The fixed IP it maps to, `null` when not associated. """
    instance_id: None | str
    """ The server it is associated with, `null` when none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ip = self.ip

        pool = self.pool

        fixed_ip: None | str
        fixed_ip = self.fixed_ip

        instance_id: None | str
        instance_id = self.instance_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ip": ip,
                "pool": pool,
                "fixed_ip": fixed_ip,
                "instance_id": instance_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        ip = d["ip"]

        pool = d["pool"]

        fixed_ip = d["fixed_ip"]

        instance_id = d["instance_id"]

        fields_found = 5

        if cls is FloatingIp:
            floating_ip = object.__new__(cls)
            floating_ip.id = id
            floating_ip.ip = ip
            floating_ip.pool = pool
            floating_ip.fixed_ip = fixed_ip
            floating_ip.instance_id = instance_id
        else:
            floating_ip = cls(
                id,
                ip,
                pool,
                fixed_ip,
                instance_id,
            )

        if len(d) != fields_found:
            floating_ip.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return floating_ip

    @staticmethod
    def _from_wire(w: _FloatingIpWire) -> FloatingIp:
        id = w.id

        ip = w.ip

        pool = w.pool

        fixed_ip = w.fixed_ip

        instance_id = w.instance_id

        floating_ip = object.__new__(FloatingIp)
        floating_ip.id = id
        floating_ip.ip = ip
        floating_ip.pool = pool
        floating_ip.fixed_ip = fixed_ip
        floating_ip.instance_id = instance_id
        return floating_ip

    @staticmethod
    def _from_response(response: httpx.Response) -> FloatingIp:
        return from_response(response, _FloatingIpWire, FloatingIp._from_wire, FloatingIp.from_dict)

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
    _FloatingIpWire = Any
else:

    class _FloatingIpWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: Any = _msgspec.field(name="id")
        ip: Any = _msgspec.field(name="ip")
        pool: Any = _msgspec.field(name="pool")
        fixed_ip: Any = _msgspec.field(name="fixed_ip")
        instance_id: Any = _msgspec.field(name="instance_id")


_FIELD_KEYS = frozenset(
    {
        "id",
        "ip",
        "pool",
        "fixed_ip",
        "instance_id",
    }
)
