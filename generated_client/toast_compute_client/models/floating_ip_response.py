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
    from ..models.floating_ip import FloatingIp


T = TypeVar("T", bound="FloatingIpResponse")


@_attrs_define
class FloatingIpResponse:
    """One floating IP."""

    floating_ip: FloatingIp
    """ A floating IP in Nova's legacy `os-floating-ips` view (proxied to the network service; removed upstream at
    2.36, served on /v2). Required fields follow Tempest's schema (errata E94). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floating_ip = self.floating_ip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "floating_ip": floating_ip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        floating_ip = FloatingIp.from_dict(d["floating_ip"])

        fields_found = 1

        if cls is FloatingIpResponse:
            floating_ip_response = object.__new__(cls)
            floating_ip_response.floating_ip = floating_ip
        else:
            floating_ip_response = cls(
                floating_ip,
            )

        if len(d) != fields_found:
            floating_ip_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return floating_ip_response

    @staticmethod
    def _from_wire(w: _FloatingIpResponseWire) -> FloatingIpResponse:
        floating_ip = FloatingIp._from_wire(w.floating_ip)

        floating_ip_response = object.__new__(FloatingIpResponse)
        floating_ip_response.floating_ip = floating_ip
        return floating_ip_response

    @staticmethod
    def _from_response(response: httpx.Response) -> FloatingIpResponse:
        return from_response(
            response, _FloatingIpResponseWire, FloatingIpResponse._from_wire, FloatingIpResponse.from_dict
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
    _FloatingIpResponseWire = Any
else:

    class _FloatingIpResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        floating_ip: _FloatingIpWire = _msgspec.field(name="floating_ip")


_FIELD_KEYS = frozenset(
    {
        "floating_ip",
    }
)


from ..models.floating_ip import FloatingIp, _FloatingIpWire
