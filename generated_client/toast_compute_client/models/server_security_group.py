from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import from_response

if TYPE_CHECKING:
    import httpx
from typing import cast

from ..types import first_read_of_additional_properties

if TYPE_CHECKING:
    from ..models.server_security_group_rule import ServerSecurityGroupRule


T = TypeVar("T", bound="ServerSecurityGroup")


@_attrs_define
class ServerSecurityGroup:
    """A security group of a server with its rules (Nova's `os-security-groups` view, proxied to the network service).
    Required fields follow Tempest's security group schema (errata E90).

    """

    id: int | str
    """ Security group ID; a UUID with the network service (Tempest also allows nova-network's integers). """
    name: str
    """ Security group name. """
    description: None | str
    """ Security group description. """
    tenant_id: str
    """ Tenant the group belongs to. """
    rules: list[None | ServerSecurityGroupRule]
    """ Ingress rules of the group in Nova's form (`ip_protocol`, `from_port`, `to_port`, `ip_range`, `group`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        tenant_id = self.tenant_id

        rules = []
        for rules_item_data in self.rules:
            rules_item: dict[str, Any] | None
            if isinstance(rules_item_data, ServerSecurityGroupRule):
                rules_item = rules_item_data.to_dict()
            else:
                rules_item = rules_item_data
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "tenant_id": tenant_id,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        name = d["name"]

        description = d["description"]

        tenant_id = d["tenant_id"]

        rules = []
        _rules = d["rules"]
        for rules_item_data in _rules:

            def _parse_rules_item(data: object) -> None | ServerSecurityGroupRule:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_0 = ServerSecurityGroupRule.from_dict(data)

                    return rules_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ServerSecurityGroupRule, data)

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        fields_found = 5

        if cls is ServerSecurityGroup:
            server_security_group = object.__new__(cls)
            server_security_group.id = id
            server_security_group.name = name
            server_security_group.description = description
            server_security_group.tenant_id = tenant_id
            server_security_group.rules = rules
        else:
            server_security_group = cls(
                id,
                name,
                description,
                tenant_id,
                rules,
            )

        if len(d) != fields_found:
            server_security_group.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_security_group

    @staticmethod
    def _from_wire(w: _ServerSecurityGroupWire) -> ServerSecurityGroup:
        id = w.id

        name = w.name

        description = w.description

        tenant_id = w.tenant_id

        rules = []
        _rules = w.rules
        for rules_item_data in _rules:

            def _parse_rules_item(data: object) -> None | ServerSecurityGroupRule:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_0 = ServerSecurityGroupRule.from_dict(data)

                    return rules_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ServerSecurityGroupRule, data)

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        server_security_group = object.__new__(ServerSecurityGroup)
        server_security_group.id = id
        server_security_group.name = name
        server_security_group.description = description
        server_security_group.tenant_id = tenant_id
        server_security_group.rules = rules
        return server_security_group

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerSecurityGroup:
        return from_response(
            response, _ServerSecurityGroupWire, ServerSecurityGroup._from_wire, ServerSecurityGroup.from_dict
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
    _ServerSecurityGroupWire = Any
else:

    class _ServerSecurityGroupWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: Any = _msgspec.field(name="id")
        name: Any = _msgspec.field(name="name")
        description: Any = _msgspec.field(name="description")
        tenant_id: Any = _msgspec.field(name="tenant_id")
        rules: Any = _msgspec.field(name="rules")


_FIELD_KEYS = frozenset(
    {
        "id",
        "name",
        "description",
        "tenant_id",
        "rules",
    }
)


from ..models.server_security_group_rule import ServerSecurityGroupRule
