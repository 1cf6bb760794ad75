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
from uuid import UUID

from ..models.server_group_policy import ServerGroupPolicy
from ..types import first_read_of_additional_properties

if TYPE_CHECKING:
    from ..models.server_group_metadata import ServerGroupMetadata


T = TypeVar("T", bound="ServerGroup")


@_attrs_define
class ServerGroup:
    """A placement policy (배치 정책), Nova's server group in its legacy (before 2.64) shape: a `policies` array. Servers join
    it at create time through `os:scheduler_hints.group` and leave it when deleted (errata E76).

    """

    id: str
    """ Placement policy ID (배치 정책 ID). """
    name: str
    """ Placement policy name (배치 정책 이름). """
    policies: list[ServerGroupPolicy | str]
    """ The policy (배치 정책 유형), one item. The service only creates `anti-affinity` (spread the members over hosts);
    any other string must be expected in responses. """
    members: list[UUID]
    """ IDs of the servers in the policy (배치 정책에 할당된 인스턴스 ID 목록). """
    metadata: ServerGroupMetadata
    """ Metadata of the policy (배치 정책 메타데이터 객체); always empty (`{}`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        policies = []
        for policies_item_data in self.policies:
            policies_item: str
            if isinstance(policies_item_data, ServerGroupPolicy):
                policies_item = policies_item_data.value
            else:
                policies_item = policies_item_data
            policies.append(policies_item)

        members = []
        for members_item_data in self.members:
            members_item = str(members_item_data)
            members.append(members_item)

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "policies": policies,
                "members": members,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        name = d["name"]

        policies = []
        _policies = d["policies"]
        for policies_item_data in _policies:

            def _parse_policies_item(data: object) -> ServerGroupPolicy | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    policies_item_type_0 = ServerGroupPolicy(data)

                    return policies_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ServerGroupPolicy | str, data)

            policies_item = _parse_policies_item(policies_item_data)

            policies.append(policies_item)

        members = []
        _members = d["members"]
        for members_item_data in _members:
            members_item = UUID(members_item_data)

            members.append(members_item)

        metadata = ServerGroupMetadata.from_dict(d["metadata"])

        fields_found = 5

        if cls is ServerGroup:
            server_group = object.__new__(cls)
            server_group.id = id
            server_group.name = name
            server_group.policies = policies
            server_group.members = members
            server_group.metadata = metadata
        else:
            server_group = cls(
                id,
                name,
                policies,
                members,
                metadata,
            )

        if len(d) != fields_found:
            server_group.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_group

    @staticmethod
    def _from_wire(w: _ServerGroupWire) -> ServerGroup:
        id = w.id

        name = w.name

        policies = []
        _policies = w.policies
        for policies_item_data in _policies:

            def _parse_policies_item(data: object) -> ServerGroupPolicy | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    policies_item_type_0 = ServerGroupPolicy(data)

                    return policies_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ServerGroupPolicy | str, data)

            policies_item = _parse_policies_item(policies_item_data)

            policies.append(policies_item)

        members = []
        _members = w.members
        for members_item_data in _members:
            members_item = UUID(members_item_data)

            members.append(members_item)

        metadata = ServerGroupMetadata.from_dict(w.metadata)

        server_group = object.__new__(ServerGroup)
        server_group.id = id
        server_group.name = name
        server_group.policies = policies
        server_group.members = members
        server_group.metadata = metadata
        return server_group

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerGroup:
        return from_response(response, _ServerGroupWire, ServerGroup._from_wire, ServerGroup.from_dict)

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
    _ServerGroupWire = Any
else:

    class _ServerGroupWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: Any = _msgspec.field(name="id")
        name: Any = _msgspec.field(name="name")
        policies: Any = _msgspec.field(name="policies")
        members: Any = _msgspec.field(name="members")
        metadata: Any = _msgspec.field(name="metadata")


_FIELD_KEYS = frozenset(
    {
        "id",
        "name",
        "policies",
        "members",
        "metadata",
    }
)


from ..models.server_group_metadata import ServerGroupMetadata
