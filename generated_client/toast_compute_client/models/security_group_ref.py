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

T = TypeVar("T", bound="SecurityGroupRef")


@_attrs_define
class SecurityGroupRef:
    """A security group by name (보안 그룹)."""

    name: str
    """ Security group name (보안 그룹 이름). Nova also accepts a security group UUID in requests. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]

        fields_found = 1

        if cls is SecurityGroupRef:
            security_group_ref = object.__new__(cls)
            security_group_ref.name = name
        else:
            security_group_ref = cls(
                name,
            )

        if len(d) != fields_found:
            security_group_ref.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return security_group_ref

    @staticmethod
    def _from_wire(w: _SecurityGroupRefWire) -> SecurityGroupRef:
        name = w.name

        security_group_ref = object.__new__(SecurityGroupRef)
        security_group_ref.name = name
        return security_group_ref

    @staticmethod
    def _from_response(response: httpx.Response) -> SecurityGroupRef:
        return from_response(response, _SecurityGroupRefWire, SecurityGroupRef._from_wire, SecurityGroupRef.from_dict)

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
    _SecurityGroupRefWire = Any
else:

    class _SecurityGroupRefWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        name: Any = _msgspec.field(name="name")


_FIELD_KEYS = frozenset(
    {
        "name",
    }
)
