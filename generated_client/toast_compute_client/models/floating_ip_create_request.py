from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx

from ..types import first_read_of_additional_properties

T = TypeVar("T", bound="FloatingIpCreateRequest")


@_attrs_define
class FloatingIpCreateRequest:
    """Allocate a floating IP from a pool (an external network); Nova's default pool when the body names none."""

    pool: None | str | Unset = UNSET
    """ Name of the external network to allocate from; `null` (as no `pool`) takes the default pool (Nova's `pool or
    default_floating_pool`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pool: None | str | Unset
        if isinstance(self.pool, Unset):
            pool = UNSET
        else:
            pool = self.pool

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pool is not UNSET:
            field_dict["pool"] = pool

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        pool = d.get("pool", UNSET)

        fields_found = 0
        fields_found += pool is not UNSET

        if cls is FloatingIpCreateRequest:
            floating_ip_create_request = object.__new__(cls)
            floating_ip_create_request.pool = pool
        else:
            floating_ip_create_request = cls(
                pool,
            )

        if len(d) != fields_found:
            floating_ip_create_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return floating_ip_create_request

    @staticmethod
    def _from_wire(w: _FloatingIpCreateRequestWire) -> FloatingIpCreateRequest:
        pool = w.pool

        floating_ip_create_request = object.__new__(FloatingIpCreateRequest)
        floating_ip_create_request.pool = pool
        return floating_ip_create_request

    @staticmethod
    def _from_response(response: httpx.Response) -> FloatingIpCreateRequest:
        return from_response(
            response,
            _FloatingIpCreateRequestWire,
            FloatingIpCreateRequest._from_wire,
            FloatingIpCreateRequest.from_dict,
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
    _FloatingIpCreateRequestWire = Any
else:

    class _FloatingIpCreateRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        pool: Any = _msgspec.field(default=UNSET, name="pool")


_FIELD_KEYS = frozenset(
    {
        "pool",
    }
)
