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
    from ..models.flavor import Flavor
    from ..models.link import Link


T = TypeVar("T", bound="FlavorList")


@_attrs_define
class FlavorList:
    """A page of flavors (타입 목록)."""

    flavors: list[Flavor]
    """ The flavors (타입 목록 객체). The document says Object; it is an array (errata E04). """
    flavors_links: list[Link] | Unset = UNSET
    """ A `next` link when the page is full (errata E08). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavors = []
        for flavors_item_data in self.flavors:
            flavors_item = flavors_item_data.to_dict()
            flavors.append(flavors_item)

        flavors_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flavors_links, Unset):
            flavors_links = []
            for flavors_links_item_data in self.flavors_links:
                flavors_links_item = flavors_links_item_data.to_dict()
                flavors_links.append(flavors_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flavors": flavors,
            }
        )
        if flavors_links is not UNSET:
            field_dict["flavors_links"] = flavors_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        flavors = []
        _flavors = d["flavors"]
        for flavors_item_data in _flavors:
            flavors_item = Flavor.from_dict(flavors_item_data)

            flavors.append(flavors_item)

        _flavors_links = d.get("flavors_links", UNSET)
        flavors_links: list[Link] | Unset = UNSET
        if _flavors_links is not UNSET:
            flavors_links = []
            for flavors_links_item_data in _flavors_links:
                flavors_links_item = Link.from_dict(flavors_links_item_data)

                flavors_links.append(flavors_links_item)

        fields_found = 1
        fields_found += flavors_links is not UNSET

        if cls is FlavorList:
            flavor_list = object.__new__(cls)
            flavor_list.flavors = flavors
            flavor_list.flavors_links = flavors_links
        else:
            flavor_list = cls(
                flavors,
                flavors_links,
            )

        if len(d) != fields_found:
            flavor_list.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return flavor_list

    @staticmethod
    def _from_wire(w: _FlavorListWire) -> FlavorList:
        flavors = []
        _flavors = w.flavors
        for flavors_item_data in _flavors:
            flavors_item = Flavor._from_wire(flavors_item_data)

            flavors.append(flavors_item)

        _flavors_links = w.flavors_links
        flavors_links: list[Link] | Unset = UNSET
        if _flavors_links is not UNSET:
            flavors_links = []
            for flavors_links_item_data in _flavors_links:
                flavors_links_item = Link._from_wire(flavors_links_item_data)

                flavors_links.append(flavors_links_item)

        flavor_list = object.__new__(FlavorList)
        flavor_list.flavors = flavors
        flavor_list.flavors_links = flavors_links
        return flavor_list

    @staticmethod
    def _from_response(response: httpx.Response) -> FlavorList:
        return from_response(response, _FlavorListWire, FlavorList._from_wire, FlavorList.from_dict)

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
    _FlavorListWire = Any
else:

    class _FlavorListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        flavors: list[_FlavorWire] = _msgspec.field(name="flavors")
        flavors_links: list[_LinkWire] | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="flavors_links")


_FIELD_KEYS = frozenset(
    {
        "flavors",
        "flavors_links",
    }
)


from ..models.flavor import Flavor, _FlavorWire
from ..models.link import Link, _LinkWire
