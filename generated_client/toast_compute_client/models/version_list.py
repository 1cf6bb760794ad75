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
    from ..models.version import Version


T = TypeVar("T", bound="VersionList")


@_attrs_define
class VersionList:
    """Nova's version document at the compute root (`{"versions": [...]}`)."""

    versions: list[Version]
    """ The API versions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        versions = []
        _versions = d["versions"]
        for versions_item_data in _versions:
            versions_item = Version.from_dict(versions_item_data)

            versions.append(versions_item)

        fields_found = 1

        if cls is VersionList:
            version_list = object.__new__(cls)
            version_list.versions = versions
        else:
            version_list = cls(
                versions,
            )

        if len(d) != fields_found:
            version_list.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return version_list

    @staticmethod
    def _from_wire(w: _VersionListWire) -> VersionList:
        versions = []
        _versions = w.versions
        for versions_item_data in _versions:
            versions_item = Version._from_wire(versions_item_data)

            versions.append(versions_item)

        version_list = object.__new__(VersionList)
        version_list.versions = versions
        return version_list

    @staticmethod
    def _from_response(response: httpx.Response) -> VersionList:
        return from_response(response, _VersionListWire, VersionList._from_wire, VersionList.from_dict)

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
    _VersionListWire = Any
else:

    class _VersionListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        versions: list[_VersionWire] = _msgspec.field(name="versions")


_FIELD_KEYS = frozenset(
    {
        "versions",
    }
)


from ..models.version import Version, _VersionWire
