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


T = TypeVar("T", bound="ServerActionRemoveSecurityGroup")


@_attrs_define
class ServerActionRemoveSecurityGroup:
    """Remove a security group from every port of the server (보안 그룹 삭제)."""

    remove_security_group: SecurityGroupRef
    """ A security group by name (보안 그룹). """

    def to_dict(self) -> dict[str, Any]:
        remove_security_group = self.remove_security_group.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "removeSecurityGroup": remove_security_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        remove_security_group = SecurityGroupRef.from_dict(d["removeSecurityGroup"])

        if cls is ServerActionRemoveSecurityGroup:
            server_action_remove_security_group = object.__new__(cls)
            server_action_remove_security_group.remove_security_group = remove_security_group
        else:
            server_action_remove_security_group = cls(
                remove_security_group,
            )

        return server_action_remove_security_group

    @staticmethod
    def _from_wire(w: _ServerActionRemoveSecurityGroupWire) -> ServerActionRemoveSecurityGroup:
        remove_security_group = SecurityGroupRef._from_wire(w.remove_security_group)

        server_action_remove_security_group = object.__new__(ServerActionRemoveSecurityGroup)
        server_action_remove_security_group.remove_security_group = remove_security_group
        return server_action_remove_security_group

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionRemoveSecurityGroup:
        return from_response(
            response,
            _ServerActionRemoveSecurityGroupWire,
            ServerActionRemoveSecurityGroup._from_wire,
            ServerActionRemoveSecurityGroup.from_dict,
        )


if TYPE_CHECKING:
    _ServerActionRemoveSecurityGroupWire = Any
else:

    class _ServerActionRemoveSecurityGroupWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        remove_security_group: _SecurityGroupRefWire = _msgspec.field(name="removeSecurityGroup")


from ..models.security_group_ref import SecurityGroupRef, _SecurityGroupRefWire
