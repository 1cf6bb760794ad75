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

if TYPE_CHECKING:
    from ..models.keypair_list_entry import KeypairListEntry
    from ..models.link import Link


T = TypeVar("T", bound="KeypairList")


@_attrs_define
class KeypairList:
    """The tenant user's key pairs (키페어 목록)."""

    keypairs: list[KeypairListEntry]
    """ Key pair entries (키페어 객체 목록). """
    keypairs_links: list[Link] | Unset = UNSET
    """ A `next` link when paginated (later microversions only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keypairs = []
        for keypairs_item_data in self.keypairs:
            keypairs_item = keypairs_item_data.to_dict()
            keypairs.append(keypairs_item)

        keypairs_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keypairs_links, Unset):
            keypairs_links = []
            for keypairs_links_item_data in self.keypairs_links:
                keypairs_links_item = keypairs_links_item_data.to_dict()
                keypairs_links.append(keypairs_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keypairs": keypairs,
            }
        )
        if keypairs_links is not UNSET:
            field_dict["keypairs_links"] = keypairs_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        keypairs = []
        _keypairs = d["keypairs"]
        for keypairs_item_data in _keypairs:
            keypairs_item = KeypairListEntry.from_dict(keypairs_item_data)

            keypairs.append(keypairs_item)

        _keypairs_links = d.get("keypairs_links", UNSET)
        keypairs_links: list[Link] | Unset = UNSET
        if _keypairs_links is not UNSET:
            keypairs_links = []
            for keypairs_links_item_data in _keypairs_links:
                keypairs_links_item = Link.from_dict(keypairs_links_item_data)

                keypairs_links.append(keypairs_links_item)

        fields_found = 1
        fields_found += keypairs_links is not UNSET

        if cls is KeypairList:
            keypair_list = object.__new__(cls)
            keypair_list.keypairs = keypairs
            keypair_list.keypairs_links = keypairs_links
        else:
            keypair_list = cls(
                keypairs,
                keypairs_links,
            )

        if len(d) != fields_found:
            keypair_list.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return keypair_list

    @staticmethod
    def _from_wire(w: _KeypairListWire) -> KeypairList:
        keypairs = []
        _keypairs = w.keypairs
        for keypairs_item_data in _keypairs:
            keypairs_item = KeypairListEntry._from_wire(keypairs_item_data)

            keypairs.append(keypairs_item)

        _keypairs_links = w.keypairs_links
        keypairs_links: list[Link] | Unset = UNSET
        if _keypairs_links is not UNSET:
            keypairs_links = []
            for keypairs_links_item_data in _keypairs_links:
                keypairs_links_item = Link._from_wire(keypairs_links_item_data)

                keypairs_links.append(keypairs_links_item)

        keypair_list = object.__new__(KeypairList)
        keypair_list.keypairs = keypairs
        keypair_list.keypairs_links = keypairs_links
        return keypair_list

    @staticmethod
    def _from_response(response: httpx.Response) -> KeypairList:
        return from_response(response, _KeypairListWire, KeypairList._from_wire, KeypairList.from_dict)

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
    _KeypairListWire = Any
else:

    class _KeypairListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        keypairs: list[_KeypairListEntryWire] = _msgspec.field(name="keypairs")
        keypairs_links: list[_LinkWire] | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="keypairs_links")


_FIELD_KEYS = frozenset(
    {
        "keypairs",
        "keypairs_links",
    }
)


from ..models.keypair_list_entry import KeypairListEntry, _KeypairListEntryWire
from ..models.link import Link, _LinkWire
