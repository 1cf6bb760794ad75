from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import from_response

if TYPE_CHECKING:
    import httpx

from ..models.server_group_policy import ServerGroupPolicy
from ..types import first_read_of_additional_properties

T = TypeVar("T", bound="ServerGroupCreate")


@_attrs_define
class ServerGroupCreate:
    """The placement policy to create (배치 정책 객체)."""

    name: str
    """ Placement policy name (배치 정책 이름). """
    policies: list[ServerGroupPolicy]
    """ The policy type (배치 정책 유형); only `anti-affinity` can be set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.value
            policies.append(policies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "policies": policies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]

        policies = []
        _policies = d["policies"]
        for policies_item_data in _policies:
            policies_item = ServerGroupPolicy(policies_item_data)

            policies.append(policies_item)

        fields_found = 2

        if cls is ServerGroupCreate:
            server_group_create = object.__new__(cls)
            server_group_create.name = name
            server_group_create.policies = policies
        else:
            server_group_create = cls(
                name,
                policies,
            )

        if len(d) != fields_found:
            server_group_create.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_group_create

    @staticmethod
    def _from_wire(w: _ServerGroupCreateWire) -> ServerGroupCreate:
        name = w.name

        policies = []
        _policies = w.policies
        for policies_item_data in _policies:
            policies_item = ServerGroupPolicy(policies_item_data)

            policies.append(policies_item)

        server_group_create = object.__new__(ServerGroupCreate)
        server_group_create.name = name
        server_group_create.policies = policies
        return server_group_create

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerGroupCreate:
        return from_response(
            response, _ServerGroupCreateWire, ServerGroupCreate._from_wire, ServerGroupCreate.from_dict
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
    _ServerGroupCreateWire = Any
else:

    class _ServerGroupCreateWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        name: Any = _msgspec.field(name="name")
        policies: Any = _msgspec.field(name="policies")


_FIELD_KEYS = frozenset(
    {
        "name",
        "policies",
    }
)
