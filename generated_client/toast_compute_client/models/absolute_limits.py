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

T = TypeVar("T", bound="AbsoluteLimits")


@_attrs_define
class AbsoluteLimits:
    """The tenant's quotas (`max*`; -1 is unlimited) and what it uses (`total*Used`). Every server that is not deleted
    counts, in ERROR or shelved too (errata E98). A newer service may add keys.

    """

    max_total_instances: int
    """ Servers allowed (Nova's `instances` quota, default 10). """
    max_total_cores: int
    """ vCPUs allowed (`cores`, default 20). """
    max_total_ram_size: int
    """ RAM allowed in MB (`ram`, default 51200). """
    total_instances_used: int
    """ Servers the tenant holds. """
    total_cores_used: int
    """ vCPUs of the servers the tenant holds. """
    total_ram_used: int
    """ RAM in MB of the servers the tenant holds. """
    max_total_keypairs: int | Unset = UNSET
    """ Key pairs allowed per user (`key_pairs`, default 100). """
    max_server_meta: int | Unset = UNSET
    """ Metadata items allowed per server (`metadata_items`, default 128). """
    max_image_meta: int | Unset = UNSET
    """ Metadata items allowed per image (the same quota). """
    max_personality: int | Unset = UNSET
    """ Personality files allowed per server (`injected_files`, default 5). """
    max_personality_size: int | Unset = UNSET
    """ Bytes allowed per personality file (`injected_file_content_bytes`, default 10240). """
    max_server_groups: int | Unset = UNSET
    """ Placement policies allowed (`server_groups`, default 10). """
    max_server_group_members: int | Unset = UNSET
    """ Servers allowed per placement policy (`server_group_members`, default 10). """
    max_security_groups: int | Unset = UNSET
    """ Deprecated network quota, shown below microversion 2.36 and not enforced by the compute API. """
    max_security_group_rules: int | Unset = UNSET
    """ Deprecated network quota, shown below microversion 2.36 and not enforced by the compute API. """
    max_total_floating_ips: int | Unset = UNSET
    """ Deprecated network quota, shown below microversion 2.36 and not enforced by the compute API. """
    total_server_groups_used: int | Unset = UNSET
    """ Placement policies the tenant holds. """
    total_security_groups_used: int | Unset = UNSET
    """ Deprecated; Nova answers 0. """
    total_floating_ips_used: int | Unset = UNSET
    """ Deprecated; Nova answers 0. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_total_instances = self.max_total_instances

        max_total_cores = self.max_total_cores

        max_total_ram_size = self.max_total_ram_size

        total_instances_used = self.total_instances_used

        total_cores_used = self.total_cores_used

        total_ram_used = self.total_ram_used

        max_total_keypairs = self.max_total_keypairs

        max_server_meta = self.max_server_meta

        max_image_meta = self.max_image_meta

        max_personality = self.max_personality

        max_personality_size = self.max_personality_size

        max_server_groups = self.max_server_groups

        max_server_group_members = self.max_server_group_members

        max_security_groups = self.max_security_groups

        max_security_group_rules = self.max_security_group_rules

        max_total_floating_ips = self.max_total_floating_ips

        total_server_groups_used = self.total_server_groups_used

        total_security_groups_used = self.total_security_groups_used

        total_floating_ips_used = self.total_floating_ips_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxTotalInstances": max_total_instances,
                "maxTotalCores": max_total_cores,
                "maxTotalRAMSize": max_total_ram_size,
                "totalInstancesUsed": total_instances_used,
                "totalCoresUsed": total_cores_used,
                "totalRAMUsed": total_ram_used,
            }
        )
        if max_total_keypairs is not UNSET:
            field_dict["maxTotalKeypairs"] = max_total_keypairs
        if max_server_meta is not UNSET:
            field_dict["maxServerMeta"] = max_server_meta
        if max_image_meta is not UNSET:
            field_dict["maxImageMeta"] = max_image_meta
        if max_personality is not UNSET:
            field_dict["maxPersonality"] = max_personality
        if max_personality_size is not UNSET:
            field_dict["maxPersonalitySize"] = max_personality_size
        if max_server_groups is not UNSET:
            field_dict["maxServerGroups"] = max_server_groups
        if max_server_group_members is not UNSET:
            field_dict["maxServerGroupMembers"] = max_server_group_members
        if max_security_groups is not UNSET:
            field_dict["maxSecurityGroups"] = max_security_groups
        if max_security_group_rules is not UNSET:
            field_dict["maxSecurityGroupRules"] = max_security_group_rules
        if max_total_floating_ips is not UNSET:
            field_dict["maxTotalFloatingIps"] = max_total_floating_ips
        if total_server_groups_used is not UNSET:
            field_dict["totalServerGroupsUsed"] = total_server_groups_used
        if total_security_groups_used is not UNSET:
            field_dict["totalSecurityGroupsUsed"] = total_security_groups_used
        if total_floating_ips_used is not UNSET:
            field_dict["totalFloatingIpsUsed"] = total_floating_ips_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        max_total_instances = d["maxTotalInstances"]

        max_total_cores = d["maxTotalCores"]

        max_total_ram_size = d["maxTotalRAMSize"]

        total_instances_used = d["totalInstancesUsed"]

        total_cores_used = d["totalCoresUsed"]

        total_ram_used = d["totalRAMUsed"]

        max_total_keypairs = d.get("maxTotalKeypairs", UNSET)

        max_server_meta = d.get("maxServerMeta", UNSET)

        max_image_meta = d.get("maxImageMeta", UNSET)

        max_personality = d.get("maxPersonality", UNSET)

        max_personality_size = d.get("maxPersonalitySize", UNSET)

        max_server_groups = d.get("maxServerGroups", UNSET)

        max_server_group_members = d.get("maxServerGroupMembers", UNSET)

        max_security_groups = d.get("maxSecurityGroups", UNSET)

        max_security_group_rules = d.get("maxSecurityGroupRules", UNSET)

        max_total_floating_ips = d.get("maxTotalFloatingIps", UNSET)

        total_server_groups_used = d.get("totalServerGroupsUsed", UNSET)

        total_security_groups_used = d.get("totalSecurityGroupsUsed", UNSET)

        total_floating_ips_used = d.get("totalFloatingIpsUsed", UNSET)

        fields_found = 6
        fields_found += max_total_keypairs is not UNSET
        fields_found += max_server_meta is not UNSET
        fields_found += max_image_meta is not UNSET
        fields_found += max_personality is not UNSET
        fields_found += max_personality_size is not UNSET
        fields_found += max_server_groups is not UNSET
        fields_found += max_server_group_members is not UNSET
        fields_found += max_security_groups is not UNSET
        fields_found += max_security_group_rules is not UNSET
        fields_found += max_total_floating_ips is not UNSET
        fields_found += total_server_groups_used is not UNSET
        fields_found += total_security_groups_used is not UNSET
        fields_found += total_floating_ips_used is not UNSET

        if cls is AbsoluteLimits:
            absolute_limits = object.__new__(cls)
            absolute_limits.max_total_instances = max_total_instances
            absolute_limits.max_total_cores = max_total_cores
            absolute_limits.max_total_ram_size = max_total_ram_size
            absolute_limits.total_instances_used = total_instances_used
            absolute_limits.total_cores_used = total_cores_used
            absolute_limits.total_ram_used = total_ram_used
            absolute_limits.max_total_keypairs = max_total_keypairs
            absolute_limits.max_server_meta = max_server_meta
            absolute_limits.max_image_meta = max_image_meta
            absolute_limits.max_personality = max_personality
            absolute_limits.max_personality_size = max_personality_size
            absolute_limits.max_server_groups = max_server_groups
            absolute_limits.max_server_group_members = max_server_group_members
            absolute_limits.max_security_groups = max_security_groups
            absolute_limits.max_security_group_rules = max_security_group_rules
            absolute_limits.max_total_floating_ips = max_total_floating_ips
            absolute_limits.total_server_groups_used = total_server_groups_used
            absolute_limits.total_security_groups_used = total_security_groups_used
            absolute_limits.total_floating_ips_used = total_floating_ips_used
        else:
            absolute_limits = cls(
                max_total_instances,
                max_total_cores,
                max_total_ram_size,
                total_instances_used,
                total_cores_used,
                total_ram_used,
                max_total_keypairs,
                max_server_meta,
                max_image_meta,
                max_personality,
                max_personality_size,
                max_server_groups,
                max_server_group_members,
                max_security_groups,
                max_security_group_rules,
                max_total_floating_ips,
                total_server_groups_used,
                total_security_groups_used,
                total_floating_ips_used,
            )

        if len(d) != fields_found:
            absolute_limits.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return absolute_limits

    @staticmethod
    def _from_wire(w: _AbsoluteLimitsWire) -> AbsoluteLimits:
        max_total_instances = w.max_total_instances

        max_total_cores = w.max_total_cores

        max_total_ram_size = w.max_total_ram_size

        total_instances_used = w.total_instances_used

        total_cores_used = w.total_cores_used

        total_ram_used = w.total_ram_used

        max_total_keypairs = w.max_total_keypairs

        max_server_meta = w.max_server_meta

        max_image_meta = w.max_image_meta

        max_personality = w.max_personality

        max_personality_size = w.max_personality_size

        max_server_groups = w.max_server_groups

        max_server_group_members = w.max_server_group_members

        max_security_groups = w.max_security_groups

        max_security_group_rules = w.max_security_group_rules

        max_total_floating_ips = w.max_total_floating_ips

        total_server_groups_used = w.total_server_groups_used

        total_security_groups_used = w.total_security_groups_used

        total_floating_ips_used = w.total_floating_ips_used

        absolute_limits = object.__new__(AbsoluteLimits)
        absolute_limits.max_total_instances = max_total_instances
        absolute_limits.max_total_cores = max_total_cores
        absolute_limits.max_total_ram_size = max_total_ram_size
        absolute_limits.total_instances_used = total_instances_used
        absolute_limits.total_cores_used = total_cores_used
        absolute_limits.total_ram_used = total_ram_used
        absolute_limits.max_total_keypairs = max_total_keypairs
        absolute_limits.max_server_meta = max_server_meta
        absolute_limits.max_image_meta = max_image_meta
        absolute_limits.max_personality = max_personality
        absolute_limits.max_personality_size = max_personality_size
        absolute_limits.max_server_groups = max_server_groups
        absolute_limits.max_server_group_members = max_server_group_members
        absolute_limits.max_security_groups = max_security_groups
        absolute_limits.max_security_group_rules = max_security_group_rules
        absolute_limits.max_total_floating_ips = max_total_floating_ips
        absolute_limits.total_server_groups_used = total_server_groups_used
        absolute_limits.total_security_groups_used = total_security_groups_used
        absolute_limits.total_floating_ips_used = total_floating_ips_used
        return absolute_limits

    @staticmethod
    def _from_response(response: httpx.Response) -> AbsoluteLimits:
        return from_response(response, _AbsoluteLimitsWire, AbsoluteLimits._from_wire, AbsoluteLimits.from_dict)

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
    _AbsoluteLimitsWire = Any
else:

    class _AbsoluteLimitsWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        max_total_instances: Any = _msgspec.field(name="maxTotalInstances")
        max_total_cores: Any = _msgspec.field(name="maxTotalCores")
        max_total_ram_size: Any = _msgspec.field(name="maxTotalRAMSize")
        total_instances_used: Any = _msgspec.field(name="totalInstancesUsed")
        total_cores_used: Any = _msgspec.field(name="totalCoresUsed")
        total_ram_used: Any = _msgspec.field(name="totalRAMUsed")
        max_total_keypairs: Any = _msgspec.field(default=UNSET, name="maxTotalKeypairs")
        max_server_meta: Any = _msgspec.field(default=UNSET, name="maxServerMeta")
        max_image_meta: Any = _msgspec.field(default=UNSET, name="maxImageMeta")
        max_personality: Any = _msgspec.field(default=UNSET, name="maxPersonality")
        max_personality_size: Any = _msgspec.field(default=UNSET, name="maxPersonalitySize")
        max_server_groups: Any = _msgspec.field(default=UNSET, name="maxServerGroups")
        max_server_group_members: Any = _msgspec.field(default=UNSET, name="maxServerGroupMembers")
        max_security_groups: Any = _msgspec.field(default=UNSET, name="maxSecurityGroups")
        max_security_group_rules: Any = _msgspec.field(default=UNSET, name="maxSecurityGroupRules")
        max_total_floating_ips: Any = _msgspec.field(default=UNSET, name="maxTotalFloatingIps")
        total_server_groups_used: Any = _msgspec.field(default=UNSET, name="totalServerGroupsUsed")
        total_security_groups_used: Any = _msgspec.field(default=UNSET, name="totalSecurityGroupsUsed")
        total_floating_ips_used: Any = _msgspec.field(default=UNSET, name="totalFloatingIpsUsed")


_FIELD_KEYS = frozenset(
    {
        "maxTotalInstances",
        "maxTotalCores",
        "maxTotalRAMSize",
        "totalInstancesUsed",
        "totalCoresUsed",
        "totalRAMUsed",
        "maxTotalKeypairs",
        "maxServerMeta",
        "maxImageMeta",
        "maxPersonality",
        "maxPersonalitySize",
        "maxServerGroups",
        "maxServerGroupMembers",
        "maxSecurityGroups",
        "maxSecurityGroupRules",
        "maxTotalFloatingIps",
        "totalServerGroupsUsed",
        "totalSecurityGroupsUsed",
        "totalFloatingIpsUsed",
    }
)
