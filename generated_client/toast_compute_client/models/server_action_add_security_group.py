from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


if TYPE_CHECKING:
    from ..models.security_group_ref import SecurityGroupRef


T = TypeVar("T", bound="ServerActionAddSecurityGroup")


@_attrs_define
class ServerActionAddSecurityGroup:
    """Add a security group to every port of the server (보안 그룹 추가)."""

    add_security_group: SecurityGroupRef
    """ A security group by name (보안 그룹). """

    def to_dict(self) -> dict[str, Any]:
        add_security_group = self.add_security_group.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addSecurityGroup": add_security_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        add_security_group = SecurityGroupRef.from_dict(d["addSecurityGroup"])

        if cls is ServerActionAddSecurityGroup:
            server_action_add_security_group = object.__new__(cls)
            server_action_add_security_group.add_security_group = add_security_group
        else:
            server_action_add_security_group = cls(
                add_security_group,
            )

        return server_action_add_security_group

    @staticmethod
    def _from_wire(w: _ServerActionAddSecurityGroupWire) -> ServerActionAddSecurityGroup:
        add_security_group = SecurityGroupRef._from_wire(w.add_security_group)

        server_action_add_security_group = object.__new__(ServerActionAddSecurityGroup)
        server_action_add_security_group.add_security_group = add_security_group
        return server_action_add_security_group

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionAddSecurityGroup:
        return from_response(
            response,
            _ServerActionAddSecurityGroupWire,
            ServerActionAddSecurityGroup._from_wire,
            ServerActionAddSecurityGroup.from_dict,
        )


if TYPE_CHECKING:
    _ServerActionAddSecurityGroupWire = Any
else:

    class _ServerActionAddSecurityGroupWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        add_security_group: _SecurityGroupRefWire = _msgspec.field(name="addSecurityGroup")


from ..models.security_group_ref import SecurityGroupRef, _SecurityGroupRefWire
