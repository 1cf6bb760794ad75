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
    from ..models.identity_version_values import IdentityVersionValues


T = TypeVar("T", bound="IdentityVersionList")


@_attrs_define
class IdentityVersionList:
    """A Keystone (identity) version document (`{"versions": {"values": [...]}}`), which is what the document's example
    shows for this call (errata E01).

    """

    versions: IdentityVersionValues
    """ The `versions` object of a Keystone version document. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        versions = self.versions.to_dict()

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
        versions = IdentityVersionValues.from_dict(d["versions"])

        fields_found = 1

        if cls is IdentityVersionList:
            identity_version_list = object.__new__(cls)
            identity_version_list.versions = versions
        else:
            identity_version_list = cls(
                versions,
            )

        if len(d) != fields_found:
            identity_version_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return identity_version_list

    @staticmethod
    def _from_wire(w: _IdentityVersionListWire) -> IdentityVersionList:
        versions = IdentityVersionValues._from_wire(w.versions)

        identity_version_list = object.__new__(IdentityVersionList)
        identity_version_list.versions = versions
        return identity_version_list

    @staticmethod
    def _from_response(response: httpx.Response) -> IdentityVersionList:
        return from_response(
            response, _IdentityVersionListWire, IdentityVersionList._from_wire, IdentityVersionList.from_dict
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
    _IdentityVersionListWire = Any
else:

    class _IdentityVersionListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        versions: _IdentityVersionValuesWire = _msgspec.field(name="versions")


_FIELD_KEYS = frozenset(
    {
        "versions",
    }
)


from ..models.identity_version_values import IdentityVersionValues, _IdentityVersionValuesWire
